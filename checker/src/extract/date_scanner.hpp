#pragma once
// The first stage of the date extractor: the atoms of a segment, each a date part, a complete date or time, a
// bare number whose role depends on its neighbours, or a word that joins parts. date_extractor.cpp assembles
// them into expressions.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "concord/extract/date_expression.hpp"
#include "concord/lang/languages.hpp"

namespace concord::extract {

enum class AtomKind {
  number,      // digits whose role (day, year or nothing) depends on their neighbours
  part,        // a part of a calendar date that joins its neighbours: a month, a weekday, a year, `21.01.26`
  standalone,  // complete on its own: a clock time, a decade, a century, a relative expression
  connector,   // may stand between the parts of one date (`,`, `of`)
  list,        // joins dates in a list (`та`, `and`): `26 та 27 листопада`
};

struct Atom {
  Atom(AtomKind kind, Span span) : kind(kind), span(span) {}

  AtomKind kind;
  Span span;
  DateValue value;
  std::optional<DateValue> range_end;
  int number = 0;
  std::optional<int> number_end;
  std::size_t digits = 0;
  bool needs_evidence = false;  // an ambiguous name with no context word before it
  bool after_context = false;   // right after a context word: `у 2000`, `in 1900`
};

DateValue calendar_date(std::optional<int> year, std::optional<int> month, std::optional<int> day);

// Finds the atoms of one language's dates; built once per language, scan() is const and thread-safe.
class DateScanner {
 public:
  // The language's Hunspell is asked only about words one letter away from a month or weekday name.
  explicit DateScanner(const lang::Language& language);
  ~DateScanner();
  DateScanner(const DateScanner&) = delete;
  DateScanner& operator=(const DateScanner&) = delete;

  // `normalised` is normalise_for_dates(original): the same length, offsets shared.
  std::vector<Atom> scan(const std::u32string& original, const std::u32string& normalised) const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::extract
