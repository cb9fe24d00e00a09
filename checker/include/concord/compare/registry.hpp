#pragma once
#include <memory>
#include <vector>

#include "concord/compare/check.hpp"

namespace concord::compare {

// Every check, sorted by id.
std::vector<std::unique_ptr<Check>> make_checks();

}  // namespace concord::compare
