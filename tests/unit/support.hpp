#pragma once
// Shared by the unit tests: the project's own language profiles, loaded once.
#include "concord/lang/languages.hpp"

namespace concord::testing {

inline const lang::Languages& languages() {
  static const lang::Languages instance(lang::default_settings());
  return instance;
}

}  // namespace concord::testing
