#pragma once
// The date words of one language: ICU's month and weekday names plus dictionaries/<lang>/dates.tsv (other
// cases, month adjectives, relative expressions, year and century words, suffixes, a.m./p.m., time zones).
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "concord/lang/profile.hpp"

namespace concord::extract {

enum class DateWordKind {
  month,
  weekday,
  relative,
  year_word,
  century_word,
  ordinal_suffix,
  decade_suffix,
  meridiem,
  hour_word,
  zone,
  connector,
  list_word,
  range_word,
  context,
  clock_context
};

struct DateWord {
  explicit DateWord(DateWordKind kind, int value = 0) : kind(kind), value(value) {}

  DateWordKind kind;
  int value = 0;         // month 1-12, weekday 1-7, meridiem 0 (a.m.) or 12 (p.m.)
  std::string category;  // relative expressions: "yesterday", "last-month", ...
  bool needs_capital =
      false;  // written capitalised in the data (`January`): lower-case `may` is another word
  bool ambiguous =
      false;  // also an ordinary word (`лютого`, `Jan`): a date only next to a number or a context word
};

class DateLexicon {
 public:
  // Throws Error naming file and line for a malformed dates.tsv; a language without one gets ICU's
  // names only.
  explicit DateLexicon(const lang::Profile& profile);

  struct Match {
    const DateWord* word;
    std::size_t end;
  };
  // The longest form of the given kind that starts at `start` of the normalised text and ends at a
  // word boundary.
  std::optional<Match> match(const std::u32string& normalised, const std::u32string& original,
                             std::size_t start, DateWordKind kind) const;
  // Every kind of word whose longest form starts at `start`.
  std::vector<Match> match_all(const std::u32string& normalised, const std::u32string& original,
                               std::size_t start) const;
  // A month or weekday name misspelt by one letter (`неділлю`, `Wendesday`): the word at `start`, of at least
  // six letters, one insertion, deletion, substitution or swap of neighbours away from the forms of exactly
  // one month or weekday, with the same first letter. Whether the word is a word of its own the caller
  // decides.
  std::optional<Match> misspelt(const std::u32string& normalised, const std::u32string& original,
                                std::size_t start) const;

  bool month_first_in_slash_dates() const { return month_first_; }
  bool twelve_hour_clock() const { return twelve_hour_; }
  // Whether an ordinal day or century is written with a dot (`9. června`, `20. století`).
  bool ordinal_dot() const { return ordinal_dot_; }

 private:
  void add(const std::u32string& form, DateWord word);
  void index_misspellable_forms();

  std::unordered_map<std::u32string, std::vector<DateWord>> forms_;
  // Hashes words and views of them alike, so that a view into the text is looked up without a copy.
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view word) const { return std::hash<std::u32string_view>{}(word); }
  };
  // The first word of every form: most words of a text are none of them and are rejected with one look-up.
  std::unordered_set<std::u32string, WordHash, std::equal_to<>> first_words_;
  // Unambiguous one-word month and weekday forms by first letter, for misspelt().
  std::unordered_map<char32_t, std::vector<std::pair<std::u32string, const DateWord*>>> misspellable_;
  std::size_t longest_ = 0;
  bool month_first_ = false;
  bool twelve_hour_ = false;
  bool ordinal_dot_ = false;
};

// Lower case, every apostrophe as ', every dash as -, every space as ' ': one code point for one code point,
// so offsets into the normalised text are offsets into the original.
std::u32string normalise_for_dates(const std::u32string& text);

}  // namespace concord::extract
