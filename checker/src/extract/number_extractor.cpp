// What: every quantity of a segment with its value: digits in the language's conventions (`1 500,5`,
//   `1,500.5`), magnitudes (`1,5 млн`, `$5bn`), number words in any case and gender (`двома`, `twenty-five`,
//   `першої`), compounds (`двогодинну`, `2-hour`), Roman numerals in context (`World War II`), percent and
//   currency. All the words come from the language's data files (see number_lexicon.hpp).
// Why:  the number check compares values, so each notation must reduce to the same number and unit.
// Example: uk "3,5 млрд доларів" -> 3.5e9 USD; en "$3.5 billion" -> 3.5e9 USD; uk "двогодинну" -> 2.
// Not a quantity: numbers in URLs and e-mail addresses, clock times (`13:30`, `14.00`, `5 pm`), dotted dates
//   (`21.01.26`) and slashed numbers (`10/12/21`, `24/7`), which belong to the date facts or to no fact;
//   spans claimed by earlier extractors (dates, years). Identifiers (`views_2532`, `G7`), version strings
//   (`2.3.1`) and phone numbers become literals, compared as strings of digits.
#include <charconv>
#include <cmath>
#include <optional>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"
#include "concord/extract/number_lexicon.hpp"
#include "concord/extract/registry.hpp"

namespace concord::extract {
namespace {

constexpr std::u32string_view kCurrencySigns = U"$€£₴₽";
// The en dash is left out: `у решті світу –5–7 днів` uses it as a dash far more often than as a minus.
constexpr std::u32string_view kMinusSigns = U"-−";
constexpr std::u32string_view kRomanDigits = U"IVXLCDM";
// Letters glued to digits that read as a unit of measure (`5km`, `10га`) rather than an identifier (`5G`).
constexpr std::size_t kMaxGluedUnitLength = 3;

std::string currency_code(char32_t sign) {
  switch (sign) {
    case U'$':
      return "USD";
    case U'€':
      return "EUR";
    case U'£':
      return "GBP";
    case U'₽':
      return "RUB";
    default:
      return "UAH";
  }
}

// Digits glued to a word or an identifier (`views_2532`, `COVID19`) are part of that token.
bool is_word_char(char32_t c) { return c == U'_' || text::is_digit(c) || adapters::is_letter(c); }

// Digits joined by a slash are dates, fractions or `24/7` (`24 / 7` as machine translation spaces it), not
// amounts to compare one by one.
bool joined_by_slash(const std::u32string& s, std::size_t start, std::size_t end) {
  std::size_t after = end;
  if (after < s.size() && s[after] == U' ') ++after;
  if (after + 1 < s.size() && s[after] == U'/') {
    ++after;
    if (after < s.size() && s[after] == U' ') ++after;
    if (after < s.size() && text::is_digit(s[after])) return true;
  }
  std::size_t before = start;
  if (before > 0 && s[before - 1] == U' ') --before;
  if (before > 1 && s[before - 1] == U'/') {
    --before;
    if (before > 0 && s[before - 1] == U' ') --before;
    if (before > 0 && text::is_digit(s[before - 1])) return true;
  }
  return false;
}

struct Token {
  enum class Kind { word, digits, symbol };
  Kind kind;
  std::size_t start;
  std::size_t end;
  std::u32string normal;  // words only: NumberLexicon::normal_form
};

// Whole Roman numerals only (`XXI`, not `IIII` or `IC`), by converting and writing back.
std::optional<int> roman_value(std::u32string_view word) {
  if (word.empty() || word.size() > 7) return std::nullopt;
  static constexpr std::pair<int, std::u32string_view> kParts[] = {
      {1000, U"M"}, {900, U"CM"}, {500, U"D"}, {400, U"CD"}, {100, U"C"}, {90, U"XC"}, {50, U"L"},
      {40, U"XL"},  {10, U"X"},   {9, U"IX"},  {5, U"V"},    {4, U"IV"},  {1, U"I"}};
  int value = 0;
  std::u32string_view rest = word;
  for (const auto& [part_value, part] : kParts) {
    for (int repeat = 0; rest.substr(0, part.size()) == part && repeat < 3; ++repeat) {
      value += part_value;
      rest.remove_prefix(part.size());
    }
  }
  if (!rest.empty() || value == 0) return std::nullopt;
  return value;
}

class NumberExtractor final : public Extractor {
 public:
  explicit NumberExtractor(const lang::Language& language)
      : conventions_(language.profile().numbers), lexicon_(language.profile().data_dir) {}

  void extract(const SegmentText& text, SegmentFacts& facts) const override {
    const std::u32string& s = text.chars;
    const std::vector<Token> tokens = tokenize(s);
    for (std::size_t i = 0; i < tokens.size();) {
      std::optional<Quantity> quantity;
      std::size_t next = i + 1;
      if (tokens[i].kind == Token::Kind::digits) {
        quantity = read_digits(s, tokens, i, next);
      } else if (tokens[i].kind == Token::Kind::word) {
        quantity = read_words(s, tokens, i, next);
      }
      if (quantity && !facts.is_claimed(quantity->span)) {
        quantity->text =
            text::to_utf8(std::u32string_view(s).substr(quantity->span.start, quantity->span.length()));
        facts.claim(quantity->span);  // `UAH` in `UAH 36.2 million` is the unit, not a name
        facts.quantities.push_back(std::move(*quantity));
      }
      i = next;
    }
  }

 private:
  bool is_grouping(char32_t c) const { return conventions_.grouping.find(c) != std::u32string::npos; }
  bool is_decimal(char32_t c) const {
    return c == conventions_.decimal || conventions_.extra_decimals.find(c) != std::u32string::npos;
  }

  // Words, digit runs and single symbols, leaving out web addresses and e-mail addresses, whose digits are
  // names, not amounts.
  std::vector<Token> tokenize(const std::u32string& s) const {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < s.size();) {
      if (text::is_space(s[i])) {
        ++i;
      } else if (is_address_at(s, i)) {
        while (i < s.size() && !text::is_space(s[i])) ++i;
      } else if (text::is_digit(s[i])) {
        const std::size_t end = scan_digits(s, i);
        tokens.push_back({Token::Kind::digits, i, end, {}});
        i = end;
      } else if (adapters::is_letter(s[i])) {
        std::size_t end = i + 1;
        while (end < s.size() &&
               (adapters::is_letter(s[end]) || (text::is_apostrophe(s[end]) && end + 1 < s.size() &&
                                                adapters::is_letter(s[end + 1])))) {
          ++end;
        }
        tokens.push_back({Token::Kind::word, i, end,
                          NumberLexicon::normal_form(std::u32string_view(s).substr(i, end - i))});
        i = end;
      } else {
        tokens.push_back({Token::Kind::symbol, i, i + 1, {}});
        ++i;
      }
    }
    return tokens;
  }

  // True at the start of a whitespace-delimited chunk that is a URL or an e-mail address.
  static bool is_address_at(const std::u32string& s, std::size_t i) {
    if (i > 0 && !text::is_space(s[i - 1])) return false;
    std::size_t end = i;
    while (end < s.size() && !text::is_space(s[end])) ++end;
    const std::u32string_view chunk = std::u32string_view(s).substr(i, end - i);
    const auto at = chunk.find(U'@');
    return chunk.find(U"://") != std::u32string_view::npos || chunk.substr(0, 4) == U"www." ||
           (at != std::u32string_view::npos && at > 0 && chunk.find(U'.', at) != std::u32string_view::npos);
  }

  // The end of the digit run starting at `start`: digits joined by single separators that are followed by
  // more digits, so `1 500 000,5` is one run and `10 people` stops after `10`. A space joins only groups of
  // three (`1 500`), so `код 3643 10` stays two numbers, except in a phone number (`+380 44 123 45 67`). A
  // colon joins only clock minutes (`13:30`): a score or a ratio (`2:1`) is two numbers, as `2-1` is.
  std::size_t scan_digits(const std::u32string& s, std::size_t start) const {
    const bool phone = opens_phone_number(s, start);
    std::size_t i = start;
    std::size_t group = 0;
    while (i < s.size()) {
      if (text::is_digit(s[i])) {
        ++i;
        ++group;
      } else if (i + 1 < s.size() && text::is_digit(s[i + 1]) &&
                 (is_grouping(s[i]) || is_decimal(s[i]) || (s[i] == U':' && digits_at(s, i + 1) == 2) ||
                  s[i] == U',' || s[i] == U'.' || (phone && text::is_space(s[i]))) &&
                 (!text::is_space(s[i]) || phone || (group <= 3 && digits_at(s, i + 1) == 3))) {
        ++i;
        group = 0;
      } else {
        break;
      }
    }
    return i;
  }

  // `+380 44 ...`, or a leading zero whose first group is followed by a space and more digits (`0 800 503
  // 200`, `044 123 45 67`): no amount is written so in any language.
  static bool opens_phone_number(const std::u32string& s, std::size_t start) {
    if (start > 0 && s[start - 1] == U'+') return true;
    const std::size_t first_group_end = start + digits_at(s, start);
    return s[start] == U'0' && first_group_end + 1 < s.size() && text::is_space(s[first_group_end]) &&
           text::is_digit(s[first_group_end + 1]);
  }

  static std::size_t digits_at(const std::u32string& s, std::size_t i) {
    std::size_t count = 0;
    while (i + count < s.size() && text::is_digit(s[i + count])) ++count;
    return count;
  }

  static bool only_spaces_between(const std::u32string& s, std::size_t from, std::size_t to) {
    for (std::size_t k = from; k < to; ++k) {
      if (!text::is_space(s[k])) return false;
    }
    return to - from <= 1;
  }

  const NumberWord* word_at(const std::vector<Token>& tokens, std::size_t i) const {
    return i < tokens.size() && tokens[i].kind == Token::Kind::word ? lexicon_.word(tokens[i].normal)
                                                                    : nullptr;
  }

  // A quantity written with digits, with what is glued to or follows it: sign, currency, magnitude, unit.
  std::optional<Quantity> read_digits(const std::u32string& s, const std::vector<Token>& tokens,
                                      std::size_t i, std::size_t& next) const {
    const Token& token = tokens[i];
    if (joined_by_slash(s, token.start, token.end)) return std::nullopt;
    if (token.end + 2 < s.size() && s[token.end] == U':' && text::is_space(s[token.end + 1]) &&
        digits_at(s, token.end + 2) == 2) {
      // `5: 00`, a clock time as machine translation spaces it: skip the minutes too.
      while (next < tokens.size() && tokens[next].start < token.end + 4) ++next;
      return std::nullopt;
    }
    if (token.start > 0 && is_word_char(s[token.start - 1])) return read_identifier(s, tokens, i, next);
    Quantity quantity;
    quantity.span = {token.start, token.end};
    if (!read_digit_value(s, token, quantity)) return std::nullopt;

    // Letters glued to the digits: an ordinal suffix (`21st`), a magnitude (`$5bn`), a unit (`800грн`), a
    // short unit of measure (`5km`), a clock time (`5.30pm`); anything else makes an identifier (`5G`, `3D`).
    const bool has_currency_sign =
        token.start > 0 && kCurrencySigns.find(s[token.start - 1]) != std::u32string_view::npos;
    if (next < tokens.size() && tokens[next].kind == Token::Kind::word && tokens[next].start == token.end) {
      const Token& glued = tokens[next];
      const NumberWord* word = lexicon_.word(glued.normal);
      const NumberUnit* unit = lexicon_.unit(glued.normal);
      const bool lower_case =
          glued.normal == std::u32string_view(s).substr(glued.start, glued.end - glued.start);
      if (word && word->role == NumberRole::clock) return std::nullopt;
      if (glued.end < s.size() && text::is_digit(s[glued.end])) {
        return read_identifier(s, tokens, i, next);  // `4x3`, `2a5`
      }
      if (word && word->role == NumberRole::magnitude && (!word->needs_currency || has_currency_sign)) {
        quantity.value *= word->value;
        quantity.magnitude = word->value;
      } else if (word && word->role == NumberRole::ordinal_suffix) {
        quantity.ordinal = true;
      } else if (unit) {
        quantity.unit = unit->unit;
      } else if (glued.end - glued.start > kMaxGluedUnitLength ||
                 (glued.end - glued.start == 1 && !lower_case)) {
        return read_identifier(s, tokens, i, next);  // `5G`, `3D`, `4K`; but `35GB` and `5km` are amounts
      }
      quantity.span.end = glued.end;
      ++next;
    } else if (next + 1 < tokens.size() && s[tokens[next].start] == U'-' && tokens[next].start == token.end &&
               tokens[next + 1].start == tokens[next].end && tokens[next + 1].kind == Token::Kind::word) {
      // `100-відсоткову`: a unit joined by a hyphen.
      if (const NumberUnit* unit = lexicon_.unit(tokens[next + 1].normal)) {
        quantity.unit = unit->unit;
        quantity.span.end = tokens[next + 1].end;
        next += 2;
      }
    }
    if (clock_word_follows(s, tokens, next, quantity.span.end)) return std::nullopt;
    if (quantity.literal.empty()) {
      read_sign_and_currency(s, tokens, i, quantity);
      read_magnitude(s, tokens, next, quantity);
      read_unit_after(s, tokens, next, quantity);
    }
    return quantity;
  }

  // `views_2532`, `COVID19`, `5G`: digits inside a word make an identifier. Its digits are its key, so it
  // matches even when its letters are transliterated (`А4` / `A4`) or it is written `COVID-19`.
  std::optional<Quantity> read_identifier(const std::u32string& s, const std::vector<Token>& tokens,
                                          std::size_t i, std::size_t& next) const {
    std::size_t start = tokens[i].start;
    while (start > 0 && is_word_char(s[start - 1])) --start;
    std::size_t end = tokens[i].end;
    while (end < s.size() && is_word_char(s[end])) ++end;
    Quantity quantity;
    quantity.span = {start, end};
    quantity.identifier = true;
    bool separated = false;
    for (std::size_t k = start; k < end; ++k) {
      if (text::is_digit(s[k])) {
        if (separated && !quantity.literal.empty()) quantity.literal += '.';
        quantity.literal += static_cast<char>(s[k]);
        separated = false;
      } else {
        separated = true;
      }
    }
    while (next < tokens.size() && tokens[next].start < end) ++next;
    return quantity;
  }

  // `5 pm`, `4 ранку`, `6-ій вечора`: a word after the number (past a hyphenated ending) makes a clock time.
  bool clock_word_follows(const std::u32string& s, const std::vector<Token>& tokens, std::size_t next,
                          std::size_t end) const {
    if (next + 1 < tokens.size() && tokens[next].start == end && s[tokens[next].start] == U'-' &&
        tokens[next + 1].kind == Token::Kind::word && tokens[next + 1].start == tokens[next].end) {
      end = tokens[next + 1].end;
      next += 2;
    }
    if (next >= tokens.size() || tokens[next].kind != Token::Kind::word ||
        !only_spaces_between(s, end, tokens[next].start)) {
      return false;
    }
    const NumberWord* word = lexicon_.word(dotted_abbreviation(s, tokens, next));
    return word && word->role == NumberRole::clock;
  }

  // The key of a word, or of single letters joined by dots (`p.m.` -> `pm`) starting at token i.
  static std::u32string dotted_abbreviation(const std::u32string& s, const std::vector<Token>& tokens,
                                            std::size_t i) {
    std::u32string key = tokens[i].normal;
    while (key.size() == tokens[i].end - tokens[i].start && tokens[i].end - tokens[i].start == 1 &&
           i + 2 < tokens.size() && s[tokens[i + 1].start] == U'.' && tokens[i + 1].start == tokens[i].end &&
           tokens[i + 2].kind == Token::Kind::word && tokens[i + 2].start == tokens[i + 1].end &&
           tokens[i + 2].end - tokens[i + 2].start == 1) {
      i += 2;
      key += tokens[i].normal;
    }
    return key;
  }

  // Fills value (or literal) from a digit run; false when it is no quantity at all (a clock time, a date).
  bool read_digit_value(const std::u32string& s, const Token& token, Quantity& quantity) const {
    std::vector<std::u32string> groups(1);
    std::u32string separators;
    for (std::size_t k = token.start; k < token.end; ++k) {
      if (text::is_digit(s[k])) {
        groups.back().push_back(s[k]);
      } else {
        separators.push_back(s[k]);
        groups.emplace_back();
      }
    }
    if (separators.find(U':') != std::u32string::npos) return false;  // a clock time
    if (separators == U"." && groups[0].size() <= 2 && groups[1] == U"00" &&
        (token.start == 0 || kCurrencySigns.find(s[token.start - 1]) == std::u32string_view::npos)) {
      return false;  // a clock time written `14.00`; `$5.00` is a price
    }
    if (separators == U".." && groups[0].size() <= 2 && groups[1].size() <= 2 &&
        (groups[2].size() == 2 || groups[2].size() == 4)) {
      return false;  // a dotted date; `2.3.1` is a version string
    }
    const bool phone = opens_phone_number(s, token.start) && separators.size() >= 2;
    auto digits = phone ? std::nullopt : interpret(groups, separators);
    if (!digits) {
      // A version string (`2.3.1`) or a phone number: only the same digits on the other side are the same.
      for (const auto& group : groups) quantity.literal += text::to_utf8(group) + ".";
      quantity.literal.pop_back();
      return true;
    }
    std::from_chars(digits->data(), digits->data() + digits->size(), quantity.value);
    return true;
  }

  void read_sign_and_currency(const std::u32string& s, const std::vector<Token>& tokens, std::size_t i,
                              Quantity& quantity) const {
    const std::size_t start = tokens[i].start;
    if (start > 0 && kMinusSigns.find(s[start - 1]) != std::u32string_view::npos &&
        (start == 1 || !is_word_char(s[start - 2]))) {
      quantity.value = -quantity.value;
      quantity.span.start = start - 1;
    }
    if (!quantity.unit.empty()) return;
    if (start > 0 && kCurrencySigns.find(s[start - 1]) != std::u32string_view::npos) {
      quantity.unit = currency_code(s[start - 1]);
      quantity.span.start = start - 1;
    } else if (start > 1 && text::is_space(s[start - 1]) &&
               kCurrencySigns.find(s[start - 2]) != std::u32string_view::npos) {
      quantity.unit = currency_code(s[start - 2]);
      quantity.span.start = start - 2;
    } else if (i > 0 && tokens[i - 1].kind == Token::Kind::word &&
               only_spaces_between(s, tokens[i - 1].end, start)) {
      if (const NumberUnit* unit = lexicon_.unit(tokens[i - 1].normal); unit && unit->before) {
        quantity.unit = unit->unit;
        quantity.span.start = tokens[i - 1].start;
      }
    }
  }

  // `1,5 млн`, `20 тис.`, `5 billion`, `$5 m`: a magnitude word after the digits multiplies them.
  void read_magnitude(const std::u32string& s, const std::vector<Token>& tokens, std::size_t& next,
                      Quantity& quantity) const {
    if (quantity.magnitude != 1) return;
    const NumberWord* word = word_at(tokens, next);
    if (!word || word->role != NumberRole::magnitude ||
        !only_spaces_between(s, quantity.span.end, tokens[next].start)) {
      return;
    }
    if (word->needs_currency && quantity.unit.empty()) return;
    quantity.value *= word->value;
    quantity.magnitude = word->value;
    quantity.span.end = tokens[next].end;
    ++next;
  }

  // `%`, `відсотків`, `per cent`, `доларів`, `€` after the number, also after an abbreviation's dot
  // (`15 тис. грн`).
  void read_unit_after(const std::u32string& s, const std::vector<Token>& tokens, std::size_t& next,
                       Quantity& quantity) const {
    if (quantity.unit.empty() && next + 1 < tokens.size() && tokens[next].start == quantity.span.end &&
        s[tokens[next].start] == U'.' && tokens[next + 1].kind == Token::Kind::word &&
        only_spaces_between(s, tokens[next].end, tokens[next + 1].start) &&
        lexicon_.unit(tokens[next + 1].normal)) {
      quantity.span.end = tokens[next].end;
      ++next;
    }
    if (!quantity.unit.empty() || next >= tokens.size() ||
        !only_spaces_between(s, quantity.span.end, tokens[next].start)) {
      return;
    }
    const Token& token = tokens[next];
    if (token.kind == Token::Kind::symbol) {
      if (s[token.start] == U'%') {
        quantity.unit = std::string(1, '%');
      } else if (kCurrencySigns.find(s[token.start]) != std::u32string_view::npos) {
        quantity.unit = currency_code(s[token.start]);
      } else {
        return;
      }
      quantity.span.end = token.end;
      ++next;
      return;
    }
    if (token.kind != Token::Kind::word) return;
    if (next + 1 < tokens.size() && tokens[next + 1].kind == Token::Kind::word &&
        only_spaces_between(s, token.end, tokens[next + 1].start)) {
      if (const NumberUnit* unit =
              lexicon_.unit(NumberLexicon::two_words(token.normal, tokens[next + 1].normal))) {
        quantity.unit = unit->unit;
        quantity.span.end = tokens[next + 1].end;
        next += 2;
        return;
      }
    }
    if (const NumberUnit* unit = lexicon_.unit(token.normal)) {
      quantity.unit = unit->unit;
      quantity.span.end = token.end;
      ++next;
      return;
    }
    // One word between the number and its currency: `500 австралійських доларів`, `5 US dollars`.
    if (next + 1 < tokens.size() && tokens[next + 1].kind == Token::Kind::word &&
        only_spaces_between(s, token.end, tokens[next + 1].start)) {
      if (const NumberUnit* unit = lexicon_.unit(tokens[next + 1].normal); unit && unit->unit != "%") {
        quantity.unit = unit->unit;
        quantity.span.end = tokens[next + 1].end;
        next += 2;
      }
    }
  }

  // A quantity in words starting at token i: a Roman numeral in context, a compound adjective, or a phrase of
  // number words read left to right (`двадцять п'ять тисяч`, `twenty-five`, `a hundred`, `півтора мільйона`).
  std::optional<Quantity> read_words(const std::u32string& s, const std::vector<Token>& tokens, std::size_t i,
                                     std::size_t& next) const {
    const Token& first = tokens[i];
    Quantity quantity;
    quantity.span = {first.start, first.end};
    if (auto roman = roman_in_context(s, tokens, i)) {
      quantity.value = *roman;
      quantity.ordinal = true;
      return quantity;
    }
    quantity.spelled_out = true;
    if (auto compound = lexicon_.compound(first.normal)) {
      quantity.value = compound->value;
      quantity.unit = compound->unit;
      return quantity;
    }
    if (!read_number_phrase(s, tokens, i, next, quantity)) return std::nullopt;
    read_unit_after(s, tokens, next, quantity);
    return quantity;
  }

  std::optional<int> roman_in_context(const std::u32string& s, const std::vector<Token>& tokens,
                                      std::size_t i) const {
    const Token& token = tokens[i];
    const std::u32string_view word = std::u32string_view(s).substr(token.start, token.end - token.start);
    if (word.find_first_not_of(kRomanDigits) != std::u32string_view::npos) return std::nullopt;
    const auto value = roman_value(word);
    if (!value) return std::nullopt;
    const auto is_word = [&](std::size_t k) {
      return k < tokens.size() && tokens[k].kind == Token::Kind::word;
    };
    const auto context = [&](std::size_t k) {
      return is_word(k) && lexicon_.is_roman_context(tokens[k].normal);
    };
    const auto context2 = [&](std::size_t k) {
      return is_word(k) && is_word(k + 1) &&
             lexicon_.is_roman_context(NumberLexicon::two_words(tokens[k].normal, tokens[k + 1].normal));
    };
    const bool before = (i > 0 && context(i - 1)) || (i > 1 && context2(i - 2));
    const bool after = context(i + 1) || context2(i + 1);
    return before || after ? value : std::nullopt;
  }

  // The token after `i` that continues a number phrase: the next word after one space or after a hyphen
  // (`twenty-five`); tokens.size() when there is none.
  static std::size_t continuation(const std::u32string& s, const std::vector<Token>& tokens, std::size_t i) {
    std::size_t j = i + 1;
    if (j < tokens.size() && tokens[j].kind == Token::Kind::symbol && s[tokens[j].start] == U'-' &&
        tokens[j].start == tokens[i].end && j + 1 < tokens.size() && tokens[j + 1].start == tokens[j].end) {
      ++j;
    } else if (j < tokens.size() && !only_spaces_between(s, tokens[i].end, tokens[j].start)) {
      return tokens.size();
    }
    return j < tokens.size() && tokens[j].kind == Token::Kind::word ? j : tokens.size();
  }

  // Whether a magnitude follows token i, past connectors: a plural multiplier then opens an order of
  // magnitude (`сотні тисяч`, `hundreds of thousands`).
  bool magnitude_follows(const std::u32string& s, const std::vector<Token>& tokens, std::size_t i) const {
    for (std::size_t j = continuation(s, tokens, i); j < tokens.size(); j = continuation(s, tokens, j)) {
      const NumberWord* word = word_at(tokens, j);
      if (!word || word->role != NumberRole::connector) return word && word->role == NumberRole::magnitude;
    }
    return false;
  }

  // Reads consecutive number words into quantity.value; false when token i starts no number. `current` is the
  // part below the last magnitude; a word joins it only where it fills an empty place (`сто двадцять п'ять`),
  // so `two three` stays two numbers.
  bool read_number_phrase(const std::u32string& s, const std::vector<Token>& tokens, std::size_t i,
                          std::size_t& next, Quantity& quantity) const {
    double total = 0;
    double current = 0;
    double last_magnitude = INFINITY;
    bool found = false;
    std::size_t last = i;  // the last token taken into the number
    for (std::size_t j = i; j < tokens.size(); j = continuation(s, tokens, j)) {
      const NumberWord* word = word_at(tokens, j);
      if (!word || word->role == NumberRole::ordinal_suffix || word->role == NumberRole::clock ||
          word->needs_currency) {
        break;
      }
      if (word->role == NumberRole::connector || word->role == NumberRole::fraction_connector) {
        std::size_t after = continuation(s, tokens, j);
        while (word_at(tokens, after) && word_at(tokens, after)->role == NumberRole::fraction_connector) {
          after = continuation(s, tokens, after);
        }
        const NumberWord* following = word_at(tokens, after);
        if (!found || !following) break;
        if (following->role == NumberRole::fraction) continue;
        if (word->role == NumberRole::fraction_connector || following->role == NumberRole::connector ||
            (current != 0 && std::fmod(current, 100) != 0)) {
          break;
        }
        continue;
      }
      if (word->role == NumberRole::fraction) {
        if (!found) break;
        current += word->value;
        last = j;
        continue;
      }
      if (!found && (word->role == NumberRole::magnitude || word->role == NumberRole::multiplier)) {
        if (!word->stands_alone && !(word->role == NumberRole::multiplier && magnitude_follows(s, tokens, j)))
          break;
        quantity.lone_magnitude = true;
      }
      if (word->role == NumberRole::magnitude) {
        if (word->value >= last_magnitude) break;
        total += (current == 0 ? 1 : current) * word->value;
        current = 0;
        last_magnitude = word->value;
      } else if (word->role == NumberRole::multiplier) {
        if ((current == 0 && found) || current >= word->value) break;
        current = (current == 0 ? 1 : current) * word->value;
      } else {
        if (current != 0 && !fills_empty_place(current, word->value)) break;
        current += word->value;
      }
      found = true;
      last = j;
      quantity.ordinal = word->role == NumberRole::ordinal;
      if (quantity.ordinal) break;  // `twenty-first` ends the number
    }
    if (!found) return false;
    quantity.span.end = tokens[last].end;
    next = last + 1;
    quantity.value = total + current;
    if (last_magnitude != INFINITY) quantity.magnitude = last_magnitude;
    return true;
  }

  // 20 + 5, 100 + 20, 120 + 5 fill an empty place; 5 + 2 and 1.5 + 1 do not.
  static bool fills_empty_place(double current, double value) {
    if (current != std::floor(current) || value != std::floor(value)) return false;
    double place = 1;
    for (auto rest = static_cast<long long>(current); rest % 10 == 0 && rest != 0; rest /= 10) place *= 10;
    return place > 1 && value < place;
  }

  // Turns digit groups and their separators into a plain "1234.5" string, or nothing when the separators
  // make no sense as one number.
  std::optional<std::string> interpret(const std::vector<std::u32string>& groups,
                                       const std::u32string& separators) const {
    std::string integer = text::to_utf8(groups[0]);
    std::string fraction;
    for (std::size_t k = 0; k < separators.size(); ++k) {
      const char32_t sep = separators[k];
      const std::u32string& group = groups[k + 1];
      const bool last = k + 1 == separators.size();
      // A separator used more than once can only be grouping (`1,500,000` in a text that writes `1,5`).
      const bool repeated = separators.find(sep) != separators.rfind(sep);
      const bool groups_of_three = group.size() == 3 && groups[0].size() <= 3;
      if ((is_grouping(sep) || repeated) && groups_of_three && fraction.empty()) {
        integer += text::to_utf8(group);
      } else if (last && is_decimal(sep) && !repeated) {
        fraction = text::to_utf8(group);
      } else {
        return std::nullopt;
      }
    }
    return fraction.empty() ? integer : integer + "." + fraction;
  }

  lang::NumberConventions conventions_;
  NumberLexicon lexicon_;
};

}  // namespace

std::unique_ptr<Extractor> make_number_extractor(const lang::Language& language) {
  return std::make_unique<NumberExtractor>(language);
}

}  // namespace concord::extract
