// What: a quantity in one side of a segment has no quantity of equal value and unit in the other.
// Why:  a mistyped figure is the costliest silent translation error, and only values, not digit strings,
//   tell a real change (`5` / `25`) from a change of notation (`1 500,5` / `1,500.5`, `five` / `5`).
// Example: uk "зробили 90%" / en "we've done 80%" -> number, error, both spans; uk "1,5 млн" /
//   en "1.5 billion" -> error; uk "чотири роки" / en "five years" -> error; a figure dropped from the
//   translation -> error; a small number in words (one to ten) on one side only -> warning.
// Not a finding: uk "1 500,5" / en "1,500.5"; the same values in another order; uk "від 5 до 10 млн
//   доларів" / en "$5 million to $10 million" (a unit shared by a range); qualifiers (`about 10` /
//   `понад 10`); a year or a whole hour that the other side states as a date (`1776` / `1776 г.`, `7` / `v 7
//   hodin`); a segment with one side missing (the omission and addition checks own those).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

#include "concord/compare/check.hpp"
#include "lone_figure.hpp"

namespace concord::compare {
namespace {

using extract::Quantity;

// A bare number this close before one with a unit or magnitude may share it: `5–10%`, `від 5 до 10 млн`.
constexpr std::size_t kSharedUnitReach = 12;

bool same_value(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b)); }

// A literal is the same as another literal of the same digits, or as a bare whole number written with them
// (`COVID19` / `COVID-19`).
bool same_literal(const Quantity& literal, const Quantity& other) {
  if (!other.literal.empty()) return literal.literal == other.literal;
  return other.unit.empty() && other.value >= 0 && other.value == std::floor(other.value) &&
         literal.literal == std::to_string(static_cast<long long>(other.value));
}

bool same_quantity(const Quantity& a, const Quantity& b) {
  if (!a.literal.empty()) return same_literal(a, b);
  if (!b.literal.empty()) return same_literal(b, a);
  return a.unit == b.unit && same_value(a.value, b.value);
}

// `другий`, `перший` in words are also "the other", "another": equal to a cardinal (`two trees` / `друга`) only
// when no changed figure of the cardinal's own class is left to pair with it (see NumberMismatch::check).
bool may_mean_other(const Quantity& q) { return q.ordinal && q.often_rephrased() && q.value <= 2; }

// The same amount with its currency named on one side only (`2000 гривень` / `2,000`, `AU$500` / `500
// австралійських доларів`): the currency is often said once or left to context, so this is no finding. A
// percentage is never the same as a count.
bool same_amount(const Quantity& a, const Quantity& b) {
  if (!a.literal.empty() || !b.literal.empty() || !same_value(a.value, b.value)) return false;
  if (may_mean_other(a) != may_mean_other(b)) return false;
  return (a.unit.empty() && b.unit != "%") || (b.unit.empty() && a.unit != "%");
}

// `5` in `5–10%` read with the unit and magnitude of the number after it: `5%`.
std::optional<Quantity> with_shared_unit(const std::vector<Quantity>& side, std::size_t k) {
  const Quantity& q = side[k];
  if (!q.literal.empty() || !q.unit.empty() || q.magnitude != 1 || k + 1 >= side.size()) return std::nullopt;
  const Quantity& following = side[k + 1];
  if (following.span.start < q.span.end || following.span.start - q.span.end > kSharedUnitReach) {
    return std::nullopt;
  }
  if (following.unit.empty() && following.magnitude == 1) return std::nullopt;
  Quantity shared = q;
  shared.unit = following.unit;
  shared.value = q.value * following.magnitude;
  return shared;
}

// The quantities equal to `q` as written (same_quantity) share this key: a literal and a bare whole number
// written with its digits meet as `#digits`; other values meet by unit and value to nine significant digits;
// an ordinal that may mean "other" meets only its own kind.
std::string exact_key(const Quantity& q) {
  if (may_mean_other(q)) return "other:" + std::to_string(static_cast<long long>(q.value));
  if (!q.literal.empty()) return "#" + q.literal;
  if (q.unit.empty() && q.value >= 0 && q.value < 1e18 && q.value == std::floor(q.value)) {
    return "#" + std::to_string(static_cast<long long>(q.value));
  }
  char value[32];
  std::snprintf(value, sizeof value, "%.9g", q.value);
  return q.unit + ":" + value;
}

std::vector<std::size_t> unused_indices(const std::vector<bool>& used) {
  std::vector<std::size_t> indices;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) indices.push_back(k);
  }
  return indices;
}

// Marks the pairs of quantities that are equal: first as written, then with units shared along a range, then
// with a currency on one side only. Each source quantity takes the first equal target quantity still free. The
// first pass, where nearly every pair is found, goes through buckets of equal keys, so a segment holding
// thousands of figures is matched in linear time; the later passes only see what is left.
void match(const std::vector<Quantity>& source, const std::vector<Quantity>& target,
           std::vector<bool>& source_used, std::vector<bool>& target_used) {
  std::unordered_map<std::string, std::deque<std::size_t>> targets_by_key;
  for (std::size_t b = 0; b < target.size(); ++b) targets_by_key[exact_key(target[b])].push_back(b);
  for (std::size_t a = 0; a < source.size(); ++a) {
    auto bucket = targets_by_key.find(exact_key(source[a]));
    if (bucket == targets_by_key.end() || bucket->second.empty()) continue;
    source_used[a] = target_used[bucket->second.front()] = true;
    bucket->second.pop_front();
  }
  const auto match_shared = [](const std::vector<Quantity>& side, std::vector<bool>& used,
                               const std::vector<Quantity>& other, std::vector<bool>& other_used) {
    const auto other_left = unused_indices(other_used);
    for (std::size_t a : unused_indices(used)) {
      const auto shared = with_shared_unit(side, a);
      for (std::size_t k = 0; shared && k < other_left.size() && !used[a]; ++k) {
        const std::size_t b = other_left[k];
        if (!other_used[b] && same_quantity(*shared, other[b])) used[a] = other_used[b] = true;
      }
    }
  };
  match_shared(source, source_used, target, target_used);
  match_shared(target, target_used, source, source_used);
  const auto target_left = unused_indices(target_used);
  for (std::size_t a : unused_indices(source_used)) {
    for (std::size_t k = 0; k < target_left.size() && !source_used[a]; ++k) {
      const std::size_t b = target_left[k];
      if (!target_used[b] && same_amount(source[a], target[b])) source_used[a] = target_used[b] = true;
    }
  }
}

Excerpt excerpt(const Quantity& q) { return {q.text, q.span}; }

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
    std::vector<bool> source_used(source.size(), false);
    std::vector<bool> target_used(target.size(), false);
    match(source, target, source_used, target_used);

    std::vector<const Quantity*> left_source;
    std::vector<const Quantity*> left_target;
    // A number the other side states as a year or an hour alone (`1776` / `1776 г.`) is one figure: neither
    // check flags it.
    for (std::size_t k = 0; k < source.size(); ++k) {
      if (!source_used[k] && !number_among_dates(source[k], pair.target.facts.dates))
        left_source.push_back(&source[k]);
    }
    for (std::size_t k = 0; k < target.size(); ++k) {
      if (!target_used[k] && !number_among_dates(target[k], pair.source.facts.dates))
        left_target.push_back(&target[k]);
    }
    // Leftovers pair up in order of appearance, first within a class (figures with figures, small cardinal
    // words with small cardinal words, small ordinals with small ordinals, identifiers with identifiers);
    // last a figure pairs with a small word or identifier (`двогодинну` / `3-hour`). A changed figure is one
    // finding with both spans; a rephrased `one` and `другий` (another) are not paired with each other, so
    // they stay warnings.
    const auto leftover_class = [](const Quantity* q) {
      if (q->identifier) return 3;
      return q->often_rephrased() ? (q->ordinal ? 2 : 1) : 0;
    };
    // A small cardinal and a small ordinal of three or more are the same kind of fact (`day four` /
    // `четвертий день`): changed, they pair up. One and two are not, being also `another` and `the other`.
    const auto counts_past_two = [](const Quantity* q) { return q->value >= 3; };
    // `другий` meets a cardinal of its value (`round two` / `другий раунд`) when the cardinal's side has more
    // leftovers of its class than the other side: with as many on both sides, the cardinal is more likely a
    // changed figure (`two trees ... the other` / `три ялинки ... друга`).
    const auto meet_other = [&](std::vector<const Quantity*>& mine, std::vector<const Quantity*>& theirs) {
      const auto in_class = [&](const std::vector<const Quantity*>& side, int c) {
        return std::count_if(side.begin(), side.end(), [&](const Quantity* q) { return leftover_class(q) == c; });
      };
      std::vector<const Quantity*> kept;
      for (std::size_t k = 0; k < mine.size(); ++k) {
        const Quantity* other = mine[k];
        const auto equal = std::find_if(theirs.begin(), theirs.end(), [&](const Quantity* q) {
          return may_mean_other(*other) && same_quantity(*other, *q) &&
                 in_class(theirs, leftover_class(q)) > in_class(mine, leftover_class(q));
        });
        if (equal == theirs.end()) {
          kept.push_back(other);
        } else {
          theirs.erase(equal);
        }
      }
      mine = std::move(kept);
    };
    meet_other(left_source, left_target);
    meet_other(left_target, left_source);
    pair_up(left_source, left_target, findings, [&](const Quantity* a, const Quantity* b) {
      const int ca = leftover_class(a);
      const int cb = leftover_class(b);
      return ca == cb || (ca + cb == 3 && counts_past_two(a) && counts_past_two(b));
    });
    pair_up(left_source, left_target, findings, [&](const Quantity* a, const Quantity* b) {
      return (leftover_class(a) == 0) != (leftover_class(b) == 0);
    });
    for (const Quantity* q : left_source) {
      findings.push_back({std::string(id()), q->often_rephrased() ? Severity::warning : Severity::error,
                          "source has " + q->text + ", translation has no such number", excerpt(*q),
                          std::nullopt});
    }
    for (const Quantity* q : left_target) {
      findings.push_back({std::string(id()), q->often_rephrased() ? Severity::warning : Severity::error,
                          "translation has " + q->text + ", source has no such number", std::nullopt,
                          excerpt(*q)});
    }
  }

 private:
  // Pairs each leftover of the source with the first leftover of the target it may pair with, as a changed
  // number, and removes both.
  template <typename MayPair>
  void pair_up(std::vector<const Quantity*>& source, std::vector<const Quantity*>& target,
               std::vector<Finding>& findings, MayPair may_pair) const {
    std::vector<const Quantity*> unpaired;
    for (const Quantity* s : source) {
      const auto t =
          std::find_if(target.begin(), target.end(), [&](const Quantity* t) { return may_pair(s, t); });
      if (t == target.end()) {
        unpaired.push_back(s);
        continue;
      }
      findings.push_back({std::string(id()), Severity::error,
                          "source has " + s->text + ", translation has " + (*t)->text, excerpt(*s),
                          excerpt(**t)});
      target.erase(t);
    }
    source = std::move(unpaired);
  }
};

}  // namespace

std::unique_ptr<Check> make_number_mismatch() { return std::make_unique<NumberMismatch>(); }

}  // namespace concord::compare
