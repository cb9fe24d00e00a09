// What: a quantity in one side of a segment has no quantity of equal value and unit in the other.
// Why:  a mistyped figure is the costliest silent translation error.
// Example: uk "зробили 90%" / en "we've done 80%" -> number, error, both spans.
// Not a finding: uk "1 500,5" / en "1,500.5"; the same values in another order; a segment with one side missing
//   (the omission and addition checks own those).
#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <optional>
#include <tuple>

#include "concord/compare/check.hpp"

namespace concord::compare {
namespace {

bool same_quantity(const extract::Quantity& a, const extract::Quantity& b) {
  return a.unit == b.unit && std::abs(a.value - b.value) <= 1e-9 * std::max(std::abs(a.value), std::abs(b.value));
}

Excerpt excerpt(const extract::Quantity& q) { return {q.text, q.span}; }

// The target's quantities sorted by unit and value, so that each source quantity finds an unused equal one by
// binary search instead of a scan: a 10 MB paragraph full of figures stays n log n, not n squared. Among exact
// equals the first in text order is taken. Non-finite values equal nothing (as same_quantity says) and stay out.
class UnusedTargets {
 public:
  explicit UnusedTargets(const std::vector<extract::Quantity>& target) : target_(target) {
    for (std::size_t t = 0; t < target.size(); ++t) {
      if (std::isfinite(target[t].value)) order_.push_back(t);
    }
    std::sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
      return std::tie(target[a].unit, target[a].value, a) < std::tie(target[b].unit, target[b].value, b);
    });
    next_unused_.resize(order_.size() + 1);
    std::iota(next_unused_.begin(), next_unused_.end(), std::size_t{0});
  }

  // Marks the first unused target quantity equal to `q` as used and returns its index.
  std::optional<std::size_t> take(const extract::Quantity& q) {
    if (!std::isfinite(q.value)) return std::nullopt;
    const double tolerance = 2e-9 * std::abs(q.value);
    auto below = [&](std::size_t t, double value) {
      return std::tie(target_[t].unit, target_[t].value) < std::tie(q.unit, value);
    };
    const auto first = std::lower_bound(order_.begin(), order_.end(), q.value - tolerance, below) - order_.begin();
    for (auto p = unused_from(static_cast<std::size_t>(first)); p < order_.size(); p = unused_from(p + 1)) {
      const auto& candidate = target_[order_[p]];
      if (candidate.unit != q.unit || candidate.value > q.value + tolerance) break;
      if (same_quantity(q, candidate)) {
        next_unused_[p] = p + 1;
        return order_[p];
      }
    }
    return std::nullopt;
  }

 private:
  // The first unused position at or after p (path halving keeps repeated lookups near constant).
  std::size_t unused_from(std::size_t p) {
    while (next_unused_[p] != p) p = next_unused_[p] = next_unused_[next_unused_[p]];
    return p;
  }

  const std::vector<extract::Quantity>& target_;
  std::vector<std::size_t> order_;        // target indices by (unit, value, index)
  std::vector<std::size_t> next_unused_;  // per position in order_; order_.size() means none left
};

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
    UnusedTargets unused(target);
    for (const auto& s : source) {
      if (auto t = unused.take(s)) {
        target_used[*t] = true;
      } else {
        unmatched_source.push_back(&s);
      }
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
