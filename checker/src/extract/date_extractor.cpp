// What: date and time expressions with their normalised partial value: numeric dates (`21.01.26`,
//   `2026-01-21`, `01/21/2026`), month and weekday names in every case, month and weekday adjectives
//   (`серпневому`, `недільне`), days next to a month (`21-го січня`, `January 21st`, `21st of January`),
//   years (`2014`, `у 2014 році`, `2011–2019 роках`), decades (`1990-ті`, `the 1990s`), centuries (`XX
//   століття`, `20th century`), clock times (`13:30`, `7 p.m. ET`, `о 7 вечора`), ranges (`1–3 березня`,
//   `March 1-3`, `9:00–18:00`) and relative expressions (`минулого місяця`, `last month`). Adjacent parts
//   join into one expression: `у середу, 21 січня 2026 року`. date_scanner.cpp finds the parts; this file
//   joins them.
// Why:  the date check compares values, so `21 січня` and `January 21` must both become {day 21, month 1};
//   and every span taken here is claimed, so a year or a day number is never also a `number` fact.
// Example: uk "на його серпневому саміті" -> {month 8}; en "at 7 p.m." -> {19:00}; uk "з 2014 року" ->
//   {2014}.
// Not a date: a bare number that is no year and stands next to no month (`21 people`), digits inside a
//   grouped or decimal number (`2 000`, `3.2014`), an ambiguous name without a number or a context word
//   beside it (`лютого звіра`, `may`), a round hundred without a context word (`2000 людей`), a number
//   followed by `%`.
#include <algorithm>
#include <optional>

#include "concord/core/text.hpp"
#include "concord/extract/registry.hpp"
#include "date_lexicon.hpp"
#include "date_scanner.hpp"

namespace concord::extract {
namespace {

constexpr int kFirstBareYear = 1800;
constexpr int kLastBareYear = 2100;

bool conflicts(const DateValue& a, const DateValue& b) {
  for (DatePart part : kDateParts) {
    if (has_part(a, part) && has_part(b, part)) return true;
  }
  return false;
}

void merge_into(DateValue& into, const DateValue& from) {
  if (from.year) into.year = from.year;
  if (from.month) into.month = from.month;
  if (from.day) into.day = from.day;
  if (from.weekday) into.weekday = from.weekday;
  if (from.hour) into.hour = from.hour;
  if (from.minute) into.minute = from.minute;
  if (from.decade) into.decade = from.decade;
  if (from.century) into.century = from.century;
  if (!from.relative.empty()) into.relative = from.relative;
  into.hour_may_be_pm = into.hour_may_be_pm || from.hour_may_be_pm;
}

class DateExtractor final : public Extractor {
 public:
  explicit DateExtractor(const lang::Language& language) : scanner_(language) {}

  void extract(const SegmentText& text, SegmentFacts& facts) const override {
    const std::u32string& s = text.chars;
    const std::u32string normalised = normalise_for_dates(s);
    for (auto& expression : assemble(scanner_.scan(s, normalised), normalised)) {
      if (facts.is_claimed(expression.span)) continue;
      expression.text =
          text::to_utf8(std::u32string_view(s).substr(expression.span.start, expression.span.length()));
      facts.claim(expression.span);
      facts.dates.push_back(std::move(expression));
    }
  }

 private:
  // Whether the text between two atoms holds only spaces and atoms of the given kind (commas only if
  // allowed).
  static bool gap_holds_only(const std::vector<Atom>& atoms, const std::u32string& n, std::size_t from,
                             std::size_t to, AtomKind kind, bool comma_allowed) {
    for (std::size_t k = from; k < to; ++k) {
      if (n[k] == U' ') continue;
      if (n[k] == U',' && !comma_allowed) return false;
      const bool covered = std::any_of(atoms.begin(), atoms.end(), [&](const Atom& a) {
        return a.kind == kind && a.span.start <= k && k < a.span.end;
      });
      if (!covered) return false;
    }
    return true;
  }

  // The month a day number belongs to, by atom index: the month right beside it (`21 січня`, `January 21st`,
  // `21st of January`), or, through a list (`26 та 27 листопада`, `November 26 and 27`), the month of a
  // listed day. `listed` tells the second kind, which makes a date of its own rather than joining its
  // neighbours.
  struct DayOfMonth {
    std::size_t month;
    bool listed;
  };
  static std::vector<std::optional<DayOfMonth>> days_of_months(const std::vector<Atom>& atoms,
                                                               const std::u32string& n) {
    std::vector<std::optional<DayOfMonth>> days(atoms.size());
    auto is_day_number = [&](std::size_t k) {
      const Atom& a = atoms[k];
      return a.kind == AtomKind::number && a.digits <= 2 && a.number >= 1 && a.number <= 31 &&
             (!a.number_end || *a.number_end <= 31);
    };
    auto is_bare_month = [&](std::size_t k) {
      return atoms[k].kind == AtomKind::part && atoms[k].value.month && !atoms[k].value.day;
    };
    // The nearest atom in a direction that is not of `skipped` kind, if the gap to it holds only such atoms.
    auto neighbour = [&](std::size_t k, int step, AtomKind skipped,
                         bool comma_allowed) -> std::optional<std::size_t> {
      std::size_t j = k;
      do {
        if ((step < 0 && j == 0) || (step > 0 && j + 1 >= atoms.size())) return std::nullopt;
        j = step < 0 ? j - 1 : j + 1;
      } while (atoms[j].kind == skipped);
      const auto [from, to] = step < 0 ? std::pair(atoms[j].span.end, atoms[k].span.start)
                                       : std::pair(atoms[k].span.end, atoms[j].span.start);
      if (!gap_holds_only(atoms, n, from, to, skipped, comma_allowed)) return std::nullopt;
      return j;
    };
    for (std::size_t k = 0; k < atoms.size(); ++k) {
      if (!is_day_number(k)) continue;
      for (int step : {1, -1}) {
        if (auto j = neighbour(k, step, AtomKind::connector, false); j && is_bare_month(*j) && !days[k]) {
          days[k] = DayOfMonth{*j, false};
        }
      }
    }
    for (int step : {1, -1}) {
      for (std::size_t m = 0; m < atoms.size(); ++m) {
        const std::size_t k = step > 0 ? atoms.size() - 1 - m : m;  // walk away from the month
        if (!is_day_number(k) || days[k]) continue;
        if (auto j = neighbour(k, step, AtomKind::list, true);
            j && *j != k && days[*j] && (atoms[*j].span.start != atoms[k].span.end)) {
          const std::size_t gap_start = step > 0 ? atoms[k].span.end : atoms[*j].span.end;
          const std::size_t gap_end = step > 0 ? atoms[*j].span.start : atoms[k].span.start;
          const bool has_list_word = std::any_of(n.begin() + static_cast<std::ptrdiff_t>(gap_start),
                                                 n.begin() + static_cast<std::ptrdiff_t>(gap_end),
                                                 [](char32_t c) { return c != U' '; });
          if (has_list_word) days[k] = DayOfMonth{days[*j]->month, true};
        }
      }
    }
    return days;
  }

  // Joins adjacent parts into expressions and decides what each bare number is.
  std::vector<DateExpression> assemble(const std::vector<Atom>& atoms, const std::u32string& n) const {
    const auto days = days_of_months(atoms, n);
    std::vector<DateExpression> result;
    DateExpression current;
    bool open = false;
    bool current_needs_evidence = false;
    bool current_has_number = false;
    auto flush = [&] {
      if (open && !current.value.empty() && (!current_needs_evidence || current_has_number)) {
        result.push_back(current);
      }
      open = false;
      current_needs_evidence = current_has_number = false;
    };

    for (std::size_t k = 0; k < atoms.size(); ++k) {
      const Atom& atom = atoms[k];
      if (atom.kind == AtomKind::connector || atom.kind == AtomKind::list) continue;
      if (atom.kind == AtomKind::standalone) {
        flush();
        result.push_back({atom.span, {}, atom.value, atom.range_end});
        continue;
      }
      DateValue value = atom.value;
      std::optional<DateValue> range_end = atom.range_end;
      bool from_number = false;
      if (atom.kind == AtomKind::number) {
        // A round hundred is more often a count (`2000 футів`) than a year, unless `у` or `in` precedes it.
        const bool bare_year = atom.digits == 4 && atom.number >= kFirstBareYear &&
                               atom.number <= kLastBareYear &&
                               (!atom.number_end || *atom.number_end <= kLastBareYear) &&
                               (atom.number % 100 != 0 || atom.after_context);
        if (days[k] && days[k]->listed) {
          flush();
          DateValue listed_day = calendar_date({}, atoms[days[k]->month].value.month, atom.number);
          std::optional<DateValue> listed_end;
          if (atom.number_end) listed_end = calendar_date({}, {}, *atom.number_end);
          result.push_back({atom.span, {}, listed_day, listed_end});
          continue;
        }
        if (days[k]) {
          value.day = atom.number;
          if (atom.number_end) range_end = calendar_date({}, {}, *atom.number_end);
        } else if (bare_year) {
          value.year = atom.number;
          if (atom.number_end) range_end = calendar_date(*atom.number_end, {}, {});
        } else {
          flush();
          continue;
        }
        from_number = true;
      }
      const bool joins =
          open && !conflicts(current.value, value) && !(current.range_end && range_end) &&
          gap_holds_only(atoms, n, current.span.end, atom.span.start, AtomKind::connector, true);
      if (!joins) {
        flush();
        current = DateExpression{atom.span, {}, {}, std::nullopt};
        open = true;
      }
      merge_into(current.value, value);
      if (range_end) current.range_end = range_end;
      current.span.end = atom.span.end;
      current_needs_evidence = current_needs_evidence || atom.needs_evidence;
      current_has_number = current_has_number || from_number;
    }
    flush();
    // A range end carries the parts its start shares with it: `1–3 березня` ends on {day 3, month 3}.
    for (auto& expression : result) {
      if (!expression.range_end) continue;
      DateValue end = expression.value;
      merge_into(end, *expression.range_end);
      expression.range_end = end;
    }
    return result;
  }

  DateScanner scanner_;
};

}  // namespace

std::unique_ptr<Extractor> make_date_extractor(const lang::Language& language) {
  return std::make_unique<DateExtractor>(language);
}

}  // namespace concord::extract
