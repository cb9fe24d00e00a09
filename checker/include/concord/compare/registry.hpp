#pragma once
#include <memory>
#include <string>
#include <vector>

#include "concord/compare/check.hpp"

namespace concord::compare {

// Every check, sorted by id.
std::vector<std::unique_ptr<Check>> make_checks();

// The ids of make_checks(), sorted.
std::vector<std::string> check_ids();

}  // namespace concord::compare
