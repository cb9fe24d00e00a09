// What: a date or time in one side of a segment does not agree with the dates of the other side.
// Why:  a weekday, a month or a year changed in translation is a factual error that digit-only QA never
//   sees.
// Example: uk "у четвер" / en "on Friday" -> date, error; uk "21 січня" / en "January 12" -> date, error; uk
//   "у середу, 21 січня" / en "on January 21" -> date, warning (the translation does not state the weekday).
// Not a finding: uk "у січні" / en "in January"; uk "21 січня" / en "on January 21"; uk "о 19:00" / en "at 7
//   p.m."; uk "з 2014 року" / en "since 2014"; a relative expression on one side only (`сьогодні` dropped);
//   a year or a whole hour alone that the other side writes as a plain number (`1776 г.` / "1776", `v 7
//   hodin` / `7 години`); a segment with one side missing (the omission and addition checks own those).
//
// The rules, in order:
//   0. An expression copied verbatim (`10/12/21` on both sides) matches, whatever order each language reads.
//   1. Two expressions unify when every part both state is equal (hour, minute, day, month, year, weekday,
//      decade, century, relative category; an English `7:00` without a.m./p.m. also equals 19:00), they
//      share at least one part, and their range ends unify when both have one.
//   2. Unifying expressions pair up greedily, the pairs sharing most parts first, then in text order.
//   3. A paired expression stating a part its counterpart lacks is a finding naming that part: an error for
//      the day of the month (a figure gone missing, as in rule 5: `1.1.2022` / "2022"), a warning for the
//      weekday, the month, the year or a range end, which translators leave to the context.
//   4. Each expression left over pairs with the first one left over on the other side that states one of the
//      same parts: they conflict. An error, or a warning when only the relative category differs (`вчора` /
//      "today").
//   5. Whatever is still left is a date stated on one side only: an error when it states a year, a day or a
//      clock time (a figure gone missing, as for numbers), a warning when it states only a weekday, a month,
//      a decade or a century (often folded into the context), and nothing when it is only a relative
//      expression: translators drop and add `сьогодні`, "now", "this year" freely.
#include <algorithm>
#include <memory>
#include <tuple>

#include "concord/compare/check.hpp"
#include "lone_figure.hpp"

namespace concord::compare {
namespace {

using extract::DateExpression;
using extract::DatePart;
using extract::DateValue;

// How many parts the two values share, or -1 when a part they share differs.
int shared_parts(const DateValue& a, const DateValue& b) {
  int shared = 0;
  for (DatePart part : extract::kDateParts) {
    if (!has_part(a, part) || !has_part(b, part)) continue;
    if (!same_part(a, b, part)) return -1;
    ++shared;
  }
  return shared;
}

int unification_score(const DateExpression& a, const DateExpression& b) {
  const int shared = shared_parts(a.value, b.value);
  if (shared <= 0) return 0;
  if (a.range_end && b.range_end && shared_parts(*a.range_end, *b.range_end) < 0) return 0;
  return shared;
}

std::string joined_names(const std::vector<DatePart>& parts) {
  std::string names;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) names += k + 1 == parts.size() ? " and " : ", ";
    names += extract::part_name(parts[k]);
  }
  return names;
}

// The parts `a` states and `b` does not.
std::vector<DatePart> parts_missing_from(const DateValue& a, const DateValue& b) {
  std::vector<DatePart> missing;
  for (DatePart part : extract::kDateParts) {
    if (has_part(a, part) && !has_part(b, part)) missing.push_back(part);
  }
  return missing;
}

std::vector<DatePart> differing_parts(const DateValue& a, const DateValue& b) {
  std::vector<DatePart> differing;
  for (DatePart part : extract::kDateParts) {
    if (has_part(a, part) && has_part(b, part) && !same_part(a, b, part)) differing.push_back(part);
  }
  return differing;
}

bool shares_a_part(const DateValue& a, const DateValue& b) {
  return std::any_of(std::begin(extract::kDateParts), std::end(extract::kDateParts),
                     [&](DatePart part) { return has_part(a, part) && has_part(b, part); });
}

bool only_relative(const DateValue& value) {
  return std::all_of(std::begin(extract::kDateParts), std::end(extract::kDateParts),
                     [&](DatePart part) { return part == DatePart::relative || !has_part(value, part); });
}

Excerpt excerpt(const DateExpression& d) { return {d.text, d.span}; }

class DateMismatch final : public SegmentCheck {
 public:
  std::string_view id() const override { return "date"; }
  std::string_view description() const override {
    return "A date, weekday, month, year or time differs between the source and the translation.";
  }

 protected:
  void check(const SegmentPair& pair, const AlignedDocument&, std::vector<Finding>& findings) const override {
    if (!pair.source.present() || !pair.target.present()) return;
    const auto& source = pair.source.facts.dates;
    const auto& target = pair.target.facts.dates;
    std::vector<bool> source_used(source.size(), false);
    std::vector<bool> target_used(target.size(), false);

    // A date copied verbatim is the same date, whatever order each language reads it in (`10/12/21`).
    for (std::size_t s = 0; s < source.size(); ++s) {
      for (std::size_t t = 0; t < target.size() && !source_used[s]; ++t) {
        if (!target_used[t] && source[s].text == target[t].text) source_used[s] = target_used[t] = true;
      }
    }
    std::vector<std::tuple<int, std::size_t, std::size_t>> candidates;  // (-score, source, target)
    for (std::size_t s = 0; s < source.size(); ++s) {
      for (std::size_t t = 0; t < target.size(); ++t) {
        if (source_used[s] || target_used[t]) continue;
        if (const int score = unification_score(source[s], target[t]); score > 0)
          candidates.emplace_back(-score, s, t);
      }
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto& [score, s, t] : candidates) {
      if (source_used[s] || target_used[t]) continue;
      source_used[s] = target_used[t] = true;
      report_missing_parts(source[s], target[t], findings);
    }

    for (std::size_t s = 0; s < source.size(); ++s) {
      if (source_used[s]) continue;
      for (std::size_t t = 0; t < target.size(); ++t) {
        if (target_used[t] || !shares_a_part(source[s].value, target[t].value)) continue;
        source_used[s] = target_used[t] = true;
        report_conflict(source[s], target[t], findings);
        break;
      }
    }
    // A year or an hour the other side gives as a plain number (`1776 г.` / "1776") is one figure.
    for (std::size_t s = 0; s < source.size(); ++s) {
      if (!source_used[s] && !only_relative(source[s].value) &&
          !date_among_numbers(source[s], pair.target.facts.quantities)) {
        findings.push_back({std::string(id()), one_sided_severity(source[s].value),
                            "source has " + source[s].text + ", translation has no matching date",
                            excerpt(source[s]), std::nullopt});
      }
    }
    for (std::size_t t = 0; t < target.size(); ++t) {
      if (!target_used[t] && !only_relative(target[t].value) &&
          !date_among_numbers(target[t], pair.source.facts.quantities)) {
        findings.push_back({std::string(id()), one_sided_severity(target[t].value),
                            "translation has " + target[t].text + ", source has no matching date",
                            std::nullopt, excerpt(target[t])});
      }
    }
  }

 private:
  static Severity one_sided_severity(const DateValue& value) {
    const bool states_a_figure = has_part(value, DatePart::year) || has_part(value, DatePart::day) ||
                                 has_part(value, DatePart::hour);
    return states_a_figure ? Severity::error : Severity::warning;
  }

  void report_missing_parts(const DateExpression& s, const DateExpression& t,
                            std::vector<Finding>& findings) const {
    std::vector<std::string> notes;
    if (const auto missing = parts_missing_from(s.value, t.value); !missing.empty()) {
      notes.push_back("the translation does not state the " + joined_names(missing) + " of " + s.text);
    }
    if (const auto missing = parts_missing_from(t.value, s.value); !missing.empty()) {
      notes.push_back("the source does not state the " + joined_names(missing) + " of " + t.text);
    }
    if (s.range_end && !t.range_end)
      notes.push_back("the translation does not state the end of the range " + s.text);
    if (!s.range_end && t.range_end)
      notes.push_back("the source does not state the end of the range " + t.text);
    if (notes.empty()) return;
    std::string message = notes[0];
    for (std::size_t k = 1; k < notes.size(); ++k) message += "; " + notes[k];
    const bool day_missing = has_part(s.value, DatePart::day) != has_part(t.value, DatePart::day);
    findings.push_back(
        {std::string(id()), day_missing ? Severity::error : Severity::warning, message, excerpt(s), excerpt(t)});
  }

  void report_conflict(const DateExpression& s, const DateExpression& t,
                       std::vector<Finding>& findings) const {
    auto differing = differing_parts(s.value, t.value);
    if (differing.empty() && s.range_end && t.range_end)
      differing = differing_parts(*s.range_end, *t.range_end);
    const bool relative_only = differing.size() == 1 && differing[0] == DatePart::relative;
    const std::string verb = differing.size() == 1 ? " differs" : " differ";
    findings.push_back(
        {std::string(id()), relative_only ? Severity::warning : Severity::error,
         "the " + joined_names(differing) + verb + ": source has " + s.text + ", translation has " + t.text,
         excerpt(s), excerpt(t)});
  }
};

}  // namespace

std::unique_ptr<Check> make_date_mismatch() { return std::make_unique<DateMismatch>(); }

}  // namespace concord::compare
