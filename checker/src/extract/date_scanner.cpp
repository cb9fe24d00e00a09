#include "date_scanner.hpp"

#include <algorithm>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"
#include "date_lexicon.hpp"

namespace concord::extract {
namespace {

constexpr std::u32string_view kCurrencySigns = U"$€£₴";

std::size_t digit_run_end(const std::u32string& s, std::size_t i) {
  while (i < s.size() && text::is_digit(s[i])) ++i;
  return i;
}

// Saturates: a digit run may be arbitrarily long, and any value this large is no day, month, year or hour.
int digits_value(const std::u32string& s, std::size_t start, std::size_t end) {
  constexpr int kSaturated = 100'000'000;
  int value = 0;
  for (std::size_t i = start; i < end && value < kSaturated; ++i)
    value = value * 10 + static_cast<int>(s[i] - U'0');
  return std::min(value, kSaturated);
}

int full_year(int year, std::size_t digits) {
  if (digits != 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

bool valid_day_month(int day, int month) { return day >= 1 && day <= 31 && month >= 1 && month <= 12; }

std::optional<int> roman_value(const std::u32string& word) {
  auto digit = [](char32_t c) -> int {
    switch (c) {
      case U'I':
      case U'І':
        return 1;  // Latin I and Cyrillic І look alike and both are written
      case U'V':
        return 5;
      case U'X':
      case U'Х':
        return 10;
      case U'L':
        return 50;
      case U'C':
      case U'С':
        return 100;
      default:
        return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const int value = digit(word[i]);
    if (value == 0) return std::nullopt;
    const int next = i + 1 < word.size() ? digit(word[i + 1]) : 0;
    total += next > value ? -value : value;
  }
  return total > 0 ? std::optional<int>(total) : std::nullopt;
}

}  // namespace

DateValue calendar_date(std::optional<int> year, std::optional<int> month, std::optional<int> day) {
  DateValue value;
  value.year = year;
  value.month = month;
  value.day = day;
  return value;
}

class DateScanner::Impl {
 public:
  explicit Impl(const lang::Language& language)
      : language_(language),
        lexicon_(language.profile()),
        number_separators_(language.profile().numbers.grouping + language.profile().numbers.decimal +
                           language.profile().numbers.extra_decimals) {}

  // Every date word at `i`; failing any, a month or weekday name misspelt by one letter that is no word of the
  // language itself (`неділлю` for `неділю`, but not `середні` for `середи`): sources have typos too, and the
  // translation of a misspelt weekday is still that weekday.
  std::vector<DateLexicon::Match> date_words_at(const std::u32string& s, const std::u32string& n,
                                                std::size_t i) const {
    auto matches = lexicon_.match_all(n, s, i);
    if (!matches.empty() || !adapters::is_letter(n[i])) return matches;
    if (auto misspelt = lexicon_.misspelt(n, s, i);
        misspelt && !language_.spell().knows(text::to_utf8(std::u32string_view(s).substr(i, misspelt->end - i)))) {
      matches.push_back(*misspelt);
    }
    return matches;
  }

  std::size_t skip_spaces(const std::u32string& n, std::size_t i) const {
    while (i < n.size() && n[i] == U' ') ++i;
    return i;
  }

  // Where a range goes on after `i`: past a dash (`1–3`) or a range word (`з 9:00 до 18:00`, `1 to 3`).
  std::optional<std::size_t> range_separator_end(const std::u32string& s, const std::u32string& n,
                                                 std::size_t i) const {
    const std::size_t next = skip_spaces(n, i);
    if (next < n.size() && n[next] == U'-') return next + 1;
    if (next == i) return std::nullopt;
    if (auto word = lexicon_.match(n, s, next, DateWordKind::range_word)) return word->end;
    return std::nullopt;
  }

  // Whether the word before `i` (and a space) is of `kind`: `у 2000`, `о 14.00`.
  bool preceded_by(const std::u32string& s, const std::u32string& n, std::size_t i, DateWordKind kind) const {
    std::size_t end = i > 0 && n[i - 1] == U'-' ? i - 1 : i;  // `mid-March`
    while (end > 0 && n[end - 1] == U' ') --end;
    // an abbreviation keeps its dot (`r. 1421`); a word must then be written with it
    const std::size_t letters_end = end > 0 && n[end - 1] == U'.' ? end - 1 : end;
    std::size_t start = letters_end;
    while (start > 0 && adapters::is_letter(n[start - 1])) --start;
    if (end == i || start == letters_end) return false;
    const auto word = lexicon_.match(n, s, start, kind);
    return word && word->end == end;
  }

  // A word of `kind` after optional spaces at `i`: its end, or nothing.
  std::optional<DateLexicon::Match> word_after(const std::u32string& s, const std::u32string& n,
                                               std::size_t i, DateWordKind kind) const {
    const std::size_t start = skip_spaces(n, i);
    if (start == n.size() || (start > 0 && adapters::is_letter(n[start - 1]) && start == i))
      return std::nullopt;
    return lexicon_.match(n, s, start, kind);
  }

  std::vector<Atom> scan(const std::u32string& s, const std::u32string& n) const {
    std::vector<Atom> atoms;
    for (std::size_t i = 0; i < n.size();) {
      if (text::is_digit(n[i])) {
        const std::size_t first_new = atoms.size();
        i = scan_number(s, n, i, atoms);
        for (std::size_t k = first_new; k < atoms.size(); ++k) {
          atoms[k].after_context = preceded_by(s, n, atoms[k].span.start, DateWordKind::context);
        }
        continue;
      }
      const bool inside_word = i > 0 && adapters::is_letter(n[i]) && adapters::is_letter(n[i - 1]);
      if (n[i] == U' ' || inside_word) {
        ++i;
        continue;
      }
      if (auto century = roman_century(s, n, i)) {
        atoms.push_back(*century);
        i = century->span.end;
        continue;
      }
      std::size_t next = i + 1;
      for (const auto& match : date_words_at(s, n, i)) {
        const DateWord& word = *match.word;
        const Span span{i, match.end};
        if (word.kind == DateWordKind::connector) atoms.push_back({AtomKind::connector, span});
        if (word.kind == DateWordKind::list_word) atoms.push_back({AtomKind::list, span});
        if (word.kind == DateWordKind::month || word.kind == DateWordKind::weekday) {
          Atom atom{AtomKind::part, span};
          (word.kind == DateWordKind::month ? atom.value.month : atom.value.weekday) = word.value;
          atom.needs_evidence = word.ambiguous && !preceded_by(s, n, i, DateWordKind::context);
          atoms.push_back(atom);
        }
        if (word.kind == DateWordKind::relative) {
          Atom atom{AtomKind::standalone, span};
          atom.value.relative = word.category;
          atoms.push_back(atom);
        }
        next = std::max(next, match.end);
      }
      if (next == i + 1 && adapters::is_letter(n[i])) {
        while (next < n.size() && adapters::is_letter(n[next])) ++next;
      }
      i = next;
    }
    return atoms;
  }

  // `XX століття`, `XXI century`: a Roman numeral followed by a century word.
  std::optional<Atom> roman_century(const std::u32string& s, const std::u32string& n, std::size_t i) const {
    std::size_t end = i;
    while (end < s.size() && adapters::is_letter(s[end])) ++end;
    const auto value = roman_value(s.substr(i, end - i));
    if (!value || *value > 30) return std::nullopt;
    const auto word = word_after(s, n, end, DateWordKind::century_word);
    if (!word || skip_spaces(n, end) == end) return std::nullopt;
    Atom atom{AtomKind::standalone, {i, word->end}};
    atom.value.century = *value;
    return atom;
  }

  // Reads the date or time starting with the digits at `i`, appends its atom if it is one, and returns
  // where scanning goes on.
  std::size_t scan_number(const std::u32string& s, const std::u32string& n, std::size_t i,
                          std::vector<Atom>& atoms) const {
    const std::size_t e1 = digit_run_end(n, i);
    const std::size_t digits = e1 - i;
    const bool glued_before = i > 0 && (adapters::is_letter(n[i - 1]) || n[i - 1] == U'_');
    // The tail of a grouped or decimal number (`000` of `2 000`); after a space only a group of three digits.
    const bool inside_number = i >= 2 && is_number_separator(s[i - 1]) && text::is_digit(s[i - 2]) &&
                               (!text::is_space(s[i - 1]) || digits == 3);
    if (digits > 4 || glued_before || inside_number) return e1;
    const int first = digits_value(n, i, e1);

    // A day right after its month is read as a day even where a space could group digits: `April 3 410
    // bodies`, and `April 2 to 6 am` is no range of hours.
    const bool after_month = !atoms.empty() && atoms.back().kind == AtomKind::part &&
                             atoms.back().value.month && !atoms.back().value.day &&
                             skip_spaces(n, atoms.back().span.end) == i;
    if (auto atom = numeric_date_or_time(s, n, i, e1, first)) {
      atoms.push_back(*atom);
      return atom->span.end;
    }
    // A grouped or decimal number (`2 000`, `3,5`, `1.5`) belongs to the number facts.
    if (e1 + 1 < n.size() && is_number_separator(s[e1]) && text::is_digit(s[e1 + 1]) &&
        !(after_month && text::is_space(s[e1]))) {
      const std::size_t next_end = digit_run_end(n, e1 + 1);
      if (!text::is_space(s[e1]) || (next_end - e1 - 1 == 3 && digits <= 3)) return next_end;
    }
    if (i > 0 && kCurrencySigns.find(n[i - 1]) != std::u32string_view::npos) return e1;

    Atom atom{AtomKind::number, {i, e1}};
    atom.number = first;
    atom.digits = digits;
    std::size_t pos = e1;
    // A range: `1–3`, `2011-2019`, `1 – 3`.
    if (auto separator_end = range_separator_end(s, n, pos)) {
      const std::size_t second = skip_spaces(n, *separator_end);
      const std::size_t second_end = digit_run_end(n, second);
      // `from 1 to 2 pm`: both hours take the meridiem written after the second.
      if (auto end_time =
              !after_month && second_end - second <= 2 && first >= 1 && first <= 12
                  ? clock_hour_with_meridiem(s, n, second, second_end, digits_value(n, second, second_end))
                  : std::nullopt) {
        Atom time{AtomKind::standalone, {i, end_time->span.end}};
        const int meridiem = *end_time->value.hour >= 12 ? 12 : 0;
        time.value.hour = first % 12 + meridiem;
        time.value.minute = 0;
        time.range_end = end_time->value;
        atoms.push_back(time);
        return time.span.end;
      }
      const bool clock_follows =
          second_end < n.size() &&
          (n[second_end] == U':' || word_after(s, n, second_end, DateWordKind::meridiem));
      const bool glued_word = second_end < n.size() && adapters::is_letter(n[second_end]) &&
                              !lexicon_.match(n, s, second_end, DateWordKind::ordinal_suffix);  // `16-19th`
      if (second_end > second && second_end - second <= 4 && !clock_follows && !glued_word) {
        int last = digits_value(n, second, second_end);
        if (digits == 4 && second_end - second == 2) last += first / 100 * 100;  // `1986-88`
        if (last > first) {
          atom.number_end = last;
          pos = second_end;
        }
      }
    }
    // Glued or hyphenated suffixes: `21-го`, `21st`, `1990-ті`, `1990s`, `'90s`.
    std::size_t suffix_start = pos < n.size() && (n[pos] == U'-' || n[pos] == U'\'') ? pos + 1 : pos;
    if (pos < n.size() && adapters::is_letter(n[pos]) && !atom.number_end) {
      if (auto time = digits <= 2 ? clock_hour_with_meridiem(s, n, i, pos, first) : std::nullopt) {
        atoms.push_back(*time);
        return time->span.end;
      }
    }
    if (suffix_start < n.size() && adapters::is_letter(n[suffix_start])) {
      if (auto m = lexicon_.match(n, s, suffix_start, DateWordKind::decade_suffix);
          m && first % 10 == 0 && (digits == 4 || digits == 2) && !atom.number_end &&
          !(m->end < n.size() && text::is_digit(n[m->end]))) {
        Atom decade{AtomKind::standalone, {i > 0 && n[i - 1] == U'\'' ? i - 1 : i, m->end}};
        decade.value.decade = full_year(first, digits);
        atoms.push_back(decade);
        return m->end;
      }
      const auto m = lexicon_.match(n, s, suffix_start, DateWordKind::ordinal_suffix);
      if (!m) {
        // `od 18hod`, `od 15h`: an hour word glued to the hour.
        auto hour = digits <= 2 && first <= 24 && !atom.number_end && suffix_start == pos
                        ? lexicon_.match(n, s, pos, DateWordKind::hour_word)
                        : std::nullopt;
        if (hour && (!hour->word->ambiguous || preceded_by(s, n, i, DateWordKind::clock_context))) {
          Atom time{AtomKind::standalone, {i, hour->end}};
          time.value.hour = first % 24;
          time.value.minute = 0;
          time.span.end = time_tail(s, n, time);
          atoms.push_back(time);
          return time.span.end;
        }
        return suffix_start;  // digits glued to a word: `5G`, `2000m`
      }
      pos = m->end;
      if (auto end = atom.number_end ? std::nullopt : ordinal_range_end(s, n, pos);
          end && end->first > first) {
        atom.number_end = end->first;
        pos = end->second;
      }
      atom.span.end = pos;
    }
    // `9. června`, `1.září`, `20. století`, `po 22. hodině`: where the data says ordinals take a dot, the dot
    // before a month, century or hour word belongs to the number (elsewhere it may end the sentence).
    if (lexicon_.ordinal_dot() && digits <= 2 && pos + 1 < n.size() && n[pos] == U'.' &&
        (word_after(s, n, pos + 1, DateWordKind::month) ||
         word_after(s, n, pos + 1, DateWordKind::century_word) ||
         word_after(s, n, pos + 1, DateWordKind::hour_word))) {
      atom.span.end = ++pos;
    } else if (pos < n.size() && (adapters::is_letter(n[pos]) || text::is_digit(n[pos]))) {
      return pos;
    }
    if (const std::size_t after = skip_spaces(n, pos); after < n.size() && n[after] == U'%') return after + 1;

    if (auto time = digits <= 2 ? clock_hour_with_meridiem(s, n, i, pos, first) : std::nullopt;
        time && !atom.number_end) {
      atoms.push_back(*time);
      return time->span.end;
    }
    if (auto hour = word_after(s, n, pos, DateWordKind::hour_word);
        hour && first <= 24 && (!atom.number_end || *atom.number_end <= 24) &&
        (!hour->word->ambiguous || preceded_by(s, n, i, DateWordKind::clock_context))) {
      Atom time{AtomKind::standalone, {i, hour->end}};
      time.value.hour = first % 24;
      time.value.minute = 0;
      if (atom.number_end) {  // `з 9 до 18 години`: a range of hours
        time.range_end = DateValue();
        time.range_end->hour = *atom.number_end % 24;
        time.range_end->minute = 0;
      }
      time.span.end = time_tail(s, n, time);
      atoms.push_back(time);
      return time.span.end;
    }
    auto century = word_after(s, n, pos, DateWordKind::century_word);
    if (!century && pos < n.size() && n[pos] == U'-') {  // `21st-century laws`
      century = word_after(s, n, pos + 1, DateWordKind::century_word);
    }
    if (century && first >= 1 && first <= 30) {
      Atom atom_century{AtomKind::standalone, {i, century->end}};
      atom_century.value.century = first;
      if (atom.number_end && *atom.number_end <= 30) {
        atom_century.range_end = DateValue();
        atom_century.range_end->century = *atom.number_end;
      }
      atoms.push_back(atom_century);
      return century->end;
    }
    if (auto year = word_after(s, n, pos, DateWordKind::year_word); year && digits >= 3) {
      Atom atom_year{AtomKind::part, {i, year->end}};
      atom_year.value.year = first;
      if (atom.number_end) atom_year.range_end = calendar_date(*atom.number_end, {}, {});
      atoms.push_back(atom_year);
      return year->end;
    }
    // `r. 1421`, `roku 1710`: a year word may also come before the year.
    if (digits == 4 && !atom.number_end && preceded_by(s, n, i, DateWordKind::year_word)) {
      Atom atom_year{AtomKind::part, {i, pos}};
      atom_year.value.year = first;
      atoms.push_back(atom_year);
      return pos;
    }
    atom.span.end = pos;
    atoms.push_back(atom);
    return pos;
  }

  // `-18.00`, `- 16 hodin` after a dotted time at `end`: a second clock time closing a range.
  bool dotted_range_follows(const std::u32string& s, const std::u32string& n, std::size_t end) const {
    const auto separator_end = range_separator_end(s, n, end);
    if (!separator_end) return false;
    const std::size_t second = skip_spaces(n, *separator_end);
    const std::size_t second_end = digit_run_end(n, second);
    return clock_at(s, n, second, U'.').has_value() ||
           (second_end > second && second_end - second <= 2 &&
            word_after(s, n, second_end, DateWordKind::hour_word));
  }

  // The second ordinal of a range (`16th-19th`): its value and end.
  std::optional<std::pair<int, std::size_t>> ordinal_range_end(const std::u32string& s,
                                                               const std::u32string& n, std::size_t i) const {
    const auto separator_end = range_separator_end(s, n, i);
    if (!separator_end) return std::nullopt;
    const std::size_t start = skip_spaces(n, *separator_end);
    const std::size_t end = digit_run_end(n, start);
    if (end == start || end - start > 4 || end == n.size()) return std::nullopt;
    const std::size_t suffix = n[end] == U'-' ? end + 1 : end;
    const auto m = lexicon_.match(n, s, suffix, DateWordKind::ordinal_suffix);
    if (!m) return std::nullopt;
    return std::pair(digits_value(n, start, end), m->end);
  }

  // `7 p.m.`, `7pm`, `о 7 вечора`: an hour of 1-12 followed by a.m./p.m. or its equivalent.
  std::optional<Atom> clock_hour_with_meridiem(const std::u32string& s, const std::u32string& n,
                                               std::size_t start, std::size_t end, int hour) const {
    if (hour < 1 || hour > 12) return std::nullopt;
    const auto meridiem = word_after(s, n, end, DateWordKind::meridiem);
    if (!meridiem) return std::nullopt;
    Atom time{AtomKind::standalone, {start, meridiem->end}};
    time.value.hour = hour % 12 + meridiem->word->value;
    time.value.minute = 0;
    time.span.end = time_tail(s, n, time, true);
    return time;
  }

  // `1. 1. 2022`, `19. 4.`: where ordinals take a dot, the day and month of a numeric date are ordinals
  // followed by a space. `first` ends at `e1`, on its dot.
  std::optional<Atom> spaced_ordinal_date(const std::u32string& n, std::size_t i, std::size_t e1,
                                          int first) const {
    const std::size_t month_start = e1 + 2;
    if (month_start >= n.size() || n[e1 + 1] != U' ') return std::nullopt;
    const std::size_t month_end = digit_run_end(n, month_start);
    if (month_end == month_start || month_end - month_start > 2 || month_end == n.size() ||
        n[month_end] != U'.')
      return std::nullopt;
    const int month = digits_value(n, month_start, month_end);
    if (!valid_day_month(first, month)) return std::nullopt;
    Atom date{AtomKind::part, {i, month_end + 1}};
    std::optional<int> year;
    const std::size_t year_start = month_end + 2;
    if (year_start < n.size() && n[month_end + 1] == U' ') {
      const std::size_t year_end = digit_run_end(n, year_start);
      if (year_end - year_start == 4 &&
          (year_end == n.size() || !(text::is_digit(n[year_end]) || adapters::is_letter(n[year_end])))) {
        year = digits_value(n, year_start, year_end);
        date.span.end = year_end;
      }
    }
    date.value = calendar_date(year, month, first);
    return date;
  }

  // `21.01.26`, `21.01.2026`, `2026-01-21`, `01/21/2026`, `13:30`, `1.30pm`.
  std::optional<Atom> numeric_date_or_time(const std::u32string& s, const std::u32string& n, std::size_t i,
                                           std::size_t e1, int first) const {
    if (e1 + 1 >= n.size()) return std::nullopt;
    const char32_t separator = n[e1];
    // Machine translation often writes `5: 00 p.m.`.
    const std::size_t second_start = separator == U':' && n[e1 + 1] == U' ' ? e1 + 2 : e1 + 1;
    const std::size_t e2 = digit_run_end(n, second_start);
    const std::size_t d1 = e1 - i;
    const std::size_t d2 = e2 - second_start;
    if (d2 == 0 && separator == U'.' && d1 <= 2 && lexicon_.ordinal_dot())
      return spaced_ordinal_date(n, i, e1, first);
    if (d2 == 0) return std::nullopt;
    const int second = digits_value(n, second_start, e2);
    auto ends_cleanly = [&](std::size_t end) {
      return end == n.size() || !(text::is_digit(n[end]) || adapters::is_letter(n[end]) ||
                                  (end + 1 < n.size() &&
                                   (n[end] == U'.' || n[end] == U',' || n[end] == U':' || n[end] == U'/') &&
                                   text::is_digit(n[end + 1])));
    };
    // `17:30hod`, `10.30h`: an hour word may be glued to the time.
    auto glued_hour_word = [&](std::size_t end) {
      return lexicon_.match(n, s, end, DateWordKind::hour_word).has_value();
    };
    if (separator == U':' && d1 <= 2 && d2 == 2 && first <= 24 && second <= 59) {
      Atom time{AtomKind::standalone, {i, e2}};
      std::size_t end = e2;
      if (end + 2 < n.size() && n[end] == U':' && text::is_digit(n[end + 1]) && text::is_digit(n[end + 2]))
        end += 3;
      if (!ends_cleanly(end) && !glued_hour_word(end)) return std::nullopt;
      time.span.end = end;
      time.value.hour = first % 24;
      time.value.minute = second;
      time.span.end = time_tail(s, n, time);
      return time;
    }
    if (separator == U'.' && d1 <= 2 && d2 == 2 && first <= 12 && second <= 59) {
      if (auto meridiem = word_after(s, n, e2, DateWordKind::meridiem)) {
        Atom time{AtomKind::standalone, {i, meridiem->end}};
        time.value.hour = first % 12 + meridiem->word->value;
        time.value.minute = second;
        time.span.end = time_tail(s, n, time, true);
        return time;
      }
    }
    // `Monday 25.04`, `з 19.04 вівторка`: beside a weekday a day and month (even after a word that announces a
    // clock time), without the closing dot some languages never write.
    if (separator == U'.' && d1 <= 2 && d2 == 2 && ends_cleanly(e2) && valid_day_month(first, second) &&
        (preceded_by(s, n, i, DateWordKind::weekday) || word_after(s, n, e2, DateWordKind::weekday))) {
      const bool closing_dot = e2 < n.size() && n[e2] == U'.';
      Atom date{AtomKind::part, {i, closing_dot ? e2 + 1 : e2}};
      date.value = calendar_date({}, second, first);
      return date;
    }
    // `о 14.00`, `12.30 hodin`, `16.30-18.00`: a dotted time only after a word that announces a clock time,
    // before an hour word, or opening a range that a second dotted time closes; else it is a decimal. With a
    // decimal comma (`ve 14,30 hod.`) only before an hour word.
    const bool hour_word_follows = word_after(s, n, e2, DateWordKind::hour_word).has_value();
    if ((separator == U'.' || (separator == U',' && hour_word_follows)) && d1 <= 2 && d2 == 2 &&
        first <= 24 && second <= 59 && (ends_cleanly(e2) || glued_hour_word(e2)) &&
        (preceded_by(s, n, i, DateWordKind::clock_context) || hour_word_follows ||
         dotted_range_follows(s, n, e2))) {
      Atom time{AtomKind::standalone, {i, e2}};
      time.value.hour = first % 24;
      time.value.minute = second;
      time.span.end = time_tail(s, n, time, false, separator);
      return time;
    }
    // `25.04.` with its closing dot and a two-digit month: a day and month without a year, not a decimal.
    if (separator == U'.' && d1 <= 2 && d2 == 2 && e2 < n.size() && n[e2] == U'.' &&
        (e2 + 1 == n.size() || !text::is_digit(n[e2 + 1])) && valid_day_month(first, second) &&
        !(e2 + 1 < n.size() && adapters::is_letter(n[e2 + 1]))) {
      Atom date{AtomKind::part, {i, e2 + 1}};
      date.value = calendar_date({}, second, first);
      return date;
    }
    if (e2 + 1 >= n.size() || n[e2] != separator || !text::is_digit(n[e2 + 1])) return std::nullopt;
    const std::size_t e3 = digit_run_end(n, e2 + 1);
    const std::size_t d3 = e3 - e2 - 1;
    const int third = digits_value(n, e2 + 1, e3);
    if (!ends_cleanly(e3)) return std::nullopt;
    Atom date{AtomKind::part, {i, e3}};
    if (separator == U'-' && d1 == 4 && d2 == 2 && d3 == 2 && valid_day_month(third, second)) {
      date.value = calendar_date(first, second, third);
      return date;
    }
    if ((separator == U'.' || separator == U'/') && d1 <= 2 && d2 <= 2 && (d3 == 2 || d3 == 4)) {
      const bool month_first = separator == U'/' && lexicon_.month_first_in_slash_dates() && first <= 12;
      const int day = month_first ? second : first;
      const int month = month_first ? first : second;
      if (!valid_day_month(day, month)) return std::nullopt;
      date.value = calendar_date(full_year(third, d3), month, day);
      return date;
    }
    return std::nullopt;
  }

  // After a clock time: a.m./p.m., a range end (`9:00–18:00`), a time zone (`ET`, `за Києвом`).
  // Returns where the time ends.
  // `minute_separator` is the one the time itself was written with: `16.30-18.00` is a range, `16:30-18.00`
  // no.
  std::size_t time_tail(const std::u32string& s, const std::u32string& n, Atom& time,
                        bool meridiem_read = false, char32_t minute_separator = U':') const {
    std::size_t end = time.span.end;
    const auto meridiem = meridiem_read ? std::nullopt : word_after(s, n, end, DateWordKind::meridiem);
    if (meridiem && *time.value.hour >= 1 && *time.value.hour <= 12) {
      time.value.hour = *time.value.hour % 12 + meridiem->word->value;
      end = meridiem->end;
    } else if (!meridiem_read && lexicon_.twelve_hour_clock() && *time.value.hour >= 1 &&
               *time.value.hour <= 11) {
      time.value.hour_may_be_pm = true;
    }
    if (auto separator_end = range_separator_end(s, n, end)) {
      // A dotted range takes a dash: `od 9.00 do 13.00` stays two times, as translations keep it.
      const bool dashed = std::none_of(n.begin() + end, n.begin() + *separator_end,
                                       [](char32_t c) { return adapters::is_letter(c); });
      if (auto clock = clock_at(s, n, skip_spaces(n, *separator_end), dashed ? minute_separator : U':')) {
        time.range_end = clock->first;
        end = clock->second;
      }
    }
    if (auto zone = word_after(s, n, end, DateWordKind::zone)) end = zone->end;
    return end;
  }

  // A clock time at `i` that says it is one: `18:00`, `6 am`, `6:30 p.m.`; its value and end.
  std::optional<std::pair<DateValue, std::size_t>> clock_at(const std::u32string& s, const std::u32string& n,
                                                            std::size_t i,
                                                            char32_t minute_separator = U':') const {
    const std::size_t e1 = digit_run_end(n, i);
    if (e1 == i || e1 - i > 2) return std::nullopt;
    DateValue value;
    value.hour = digits_value(n, i, e1);
    value.minute = 0;
    std::size_t end = e1;
    const bool has_minutes = e1 + 2 < n.size() && n[e1] == minute_separator && text::is_digit(n[e1 + 1]) &&
                             text::is_digit(n[e1 + 2]) && (e1 + 3 == n.size() || !text::is_digit(n[e1 + 3]));
    if (has_minutes) {
      value.minute = digits_value(n, e1 + 1, e1 + 3);
      end = e1 + 3;
    }
    const auto meridiem = word_after(s, n, end, DateWordKind::meridiem);
    if (meridiem && *value.hour >= 1 && *value.hour <= 12) {
      value.hour = *value.hour % 12 + meridiem->word->value;
      end = meridiem->end;
    } else if (!has_minutes || *value.hour > 24) {
      return std::nullopt;
    }
    value.hour = *value.hour % 24;
    return std::pair(value, end);
  }

 private:
  bool is_number_separator(char32_t c) const { return number_separators_.find(c) != std::u32string::npos; }

  const lang::Language& language_;
  DateLexicon lexicon_;
  std::u32string number_separators_;  // the language's decimal and grouping marks: `2 000` is no day
};

DateScanner::DateScanner(const lang::Language& language) : impl_(std::make_unique<Impl>(language)) {}
DateScanner::~DateScanner() = default;

std::vector<Atom> DateScanner::scan(const std::u32string& original, const std::u32string& normalised) const {
  return impl_->scan(original, normalised);
}

}  // namespace concord::extract
