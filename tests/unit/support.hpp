#pragma once
// Shared by the unit tests: the project's own language profiles, loaded once.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "concord/lang/languages.hpp"

namespace concord::testing {

inline const lang::Languages& languages() {
  static const lang::Languages instance(lang::default_settings());
  return instance;
}

// Writes bytes to a file of this test process's own (tests of several builds may run at once on one machine).
inline std::filesystem::path write_temp_file(const std::string& name, const std::string& bytes) {
  const auto dir = std::filesystem::temp_directory_path() / ("concord-unit-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace concord::testing
