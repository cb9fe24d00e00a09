#include "concord/compare/registry.hpp"

#include <algorithm>

namespace concord::compare {

std::unique_ptr<Check> make_addition();
std::unique_ptr<Check> make_consistency();
std::unique_ptr<Check> make_date_mismatch();
std::unique_ptr<Check> make_name_mismatch();
std::unique_ptr<Check> make_number_mismatch();
std::unique_ptr<Check> make_omission();

std::vector<std::unique_ptr<Check>> make_checks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(make_addition());
  checks.push_back(make_consistency());
  checks.push_back(make_date_mismatch());
  checks.push_back(make_name_mismatch());
  checks.push_back(make_number_mismatch());
  checks.push_back(make_omission());
  std::sort(checks.begin(), checks.end(), [](const auto& a, const auto& b) { return a->id() < b->id(); });
  return checks;
}

std::vector<std::string> check_ids() {
  std::vector<std::string> ids;
  for (const auto& check : make_checks()) ids.emplace_back(check->id());
  return ids;
}

}  // namespace concord::compare
