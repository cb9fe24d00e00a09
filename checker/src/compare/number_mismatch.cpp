// What: a quantity in one side of a segment has no quantity of equal value and unit in the other.
// Why:  a mistyped figure is the costliest silent translation error.
// Example: uk "зробили 90%" / en "we've done 80%" -> number, error, both spans.
// Not a finding: uk "1 500,5" / en "1,500.5"; the same values in another order; a segment with one side missing
//   (the omission and addition checks own those).
#include <cmath>
#include <memory>

#include "concord/compare/check.hpp"

namespace concord::compare {
namespace {

bool same_quantity(const extract::Quantity& a, const extract::Quantity& b) {
  return a.unit == b.unit && std::abs(a.value - b.value) <= 1e-9 * std::max(std::abs(a.value), std::abs(b.value));
}

Excerpt excerpt(const extract::Quantity& q) { return {q.text, q.span}; }

class NumberMismatch final : public SegmentCheck {
 public:
  std::string_view id() const override { return "number"; }
  std::string_view description() const override {
    return "A number, amount or percentage differs between the source and the translation.";
  }

 protected:
  void check(const SegmentPair& pair, const AlignedDocument&, std::vector<Finding>& findings) const override {
    if (!pair.source.present() || !pair.target.present()) return;
    const auto& source = pair.source.facts.quantities;
    const auto& target = pair.target.facts.quantities;
    std::vector<bool> target_used(target.size(), false);
    std::vector<const extract::Quantity*> unmatched_source;
    for (const auto& s : source) {
      bool matched = false;
      for (std::size_t t = 0; t < target.size() && !matched; ++t) {
        if (!target_used[t] && same_quantity(s, target[t])) matched = target_used[t] = true;
      }
      if (!matched) unmatched_source.push_back(&s);
    }
    std::vector<const extract::Quantity*> unmatched_target;
    for (std::size_t t = 0; t < target.size(); ++t) {
      if (!target_used[t]) unmatched_target.push_back(&target[t]);
    }
    // Leftovers pair up in order of appearance: a changed figure is one finding with both spans.
    const std::size_t paired = std::min(unmatched_source.size(), unmatched_target.size());
    for (std::size_t k = 0; k < paired; ++k) {
      findings.push_back({std::string(id()), Severity::error,
                          "source has " + unmatched_source[k]->text + ", translation has " + unmatched_target[k]->text,
                          excerpt(*unmatched_source[k]), excerpt(*unmatched_target[k])});
    }
    for (std::size_t k = paired; k < unmatched_source.size(); ++k) {
      findings.push_back({std::string(id()), Severity::error,
                          "source has " + unmatched_source[k]->text + ", translation has no such number",
                          excerpt(*unmatched_source[k]), std::nullopt});
    }
    for (std::size_t k = paired; k < unmatched_target.size(); ++k) {
      findings.push_back({std::string(id()), Severity::error,
                          "translation has " + unmatched_target[k]->text + ", source has no such number",
                          std::nullopt, excerpt(*unmatched_target[k])});
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_number_mismatch() { return std::make_unique<NumberMismatch>(); }

}  // namespace concord::compare
