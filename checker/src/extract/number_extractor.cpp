// What: quantities written with digits, read with the language's decimal and grouping conventions.
// Why:  the number check compares values, so `1 500,5` (uk) and `1,500.5` (en) must both become 1500.5.
// Example: uk "зробили 90%" -> 90 "%"; en "1,500.5" -> 1500.5; uk "1 500 000" (no-break spaces) -> 1500000.
// Not a quantity: digits inside words and identifiers (`views_2532`, `COVID19`), clock times (`13:30`) and
//   dotted dates (`21.01.26`), which belong to the date facts.
#include <charconv>
#include <optional>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"
#include "concord/extract/registry.hpp"

namespace concord::extract {
namespace {

constexpr std::u32string_view kCurrencySigns = U"$€£₴";
constexpr std::u32string_view kMinusSigns = U"-−–";

std::string currency_code(char32_t sign) {
  switch (sign) {
    case U'$': return "USD";
    case U'€': return "EUR";
    case U'£': return "GBP";
    default: return "UAH";
  }
}

// Digits glued to a word or an identifier (`views_2532`, `COVID19`) are part of that token.
bool is_word_char(char32_t c) { return c == U'_' || text::is_digit(c) || adapters::is_letter(c); }

class NumberExtractor final : public Extractor {
 public:
  explicit NumberExtractor(const lang::NumberConventions& conventions) : conventions_(conventions) {}

  void extract(const SegmentText& text, SegmentFacts& facts) const override {
    const std::u32string& s = text.chars;
    for (std::size_t i = 0; i < s.size();) {
      if (!text::is_digit(s[i])) {
        ++i;
        continue;
      }
      const std::size_t end = scan_token(s, i);
      const bool glued = (i > 0 && is_word_char(s[i - 1])) || (end < s.size() && adapters::is_letter(s[end]));
      if (auto quantity = glued ? std::nullopt : read(s, i, end); quantity && !facts.is_claimed(quantity->span)) {
        quantity->text = text::to_utf8(std::u32string_view(s).substr(quantity->span.start, quantity->span.length()));
        facts.quantities.push_back(std::move(*quantity));
      }
      i = end;
    }
  }

 private:
  bool is_grouping(char32_t c) const { return conventions_.grouping.find(c) != std::u32string::npos; }
  bool is_decimal(char32_t c) const {
    return c == conventions_.decimal || conventions_.extra_decimals.find(c) != std::u32string::npos;
  }

  // The end of the digit token starting at `start`: digits joined by single separators that are followed by
  // more digits, so `1 500 000,5` is one token and `10 people` stops after `10`.
  std::size_t scan_token(const std::u32string& s, std::size_t start) const {
    std::size_t i = start;
    while (i < s.size()) {
      if (text::is_digit(s[i])) {
        ++i;
      } else if (i + 1 < s.size() && text::is_digit(s[i + 1]) &&
                 (is_grouping(s[i]) || is_decimal(s[i]) || s[i] == U':' || s[i] == U',' || s[i] == U'.')) {
        ++i;
      } else {
        break;
      }
    }
    return i;
  }

  std::optional<Quantity> read(const std::u32string& s, std::size_t start, std::size_t end) const {
    std::vector<std::u32string> groups(1);
    std::u32string separators;
    for (std::size_t i = start; i < end; ++i) {
      if (text::is_digit(s[i])) {
        groups.back().push_back(s[i]);
      } else {
        separators.push_back(s[i]);
        groups.emplace_back();
      }
    }
    if (separators.find(U':') != std::u32string::npos) return std::nullopt;  // a clock time
    if (separators.size() == 2 && separators[0] == U'.' && separators[1] == U'.' && groups[0].size() <= 2 &&
        groups[1].size() <= 2) {
      return std::nullopt;  // a dotted date
    }
    auto digits = interpret(groups, separators);
    if (!digits) return std::nullopt;
    double value = 0;
    std::from_chars(digits->data(), digits->data() + digits->size(), value);

    Quantity quantity;
    quantity.span = {start, end};
    if (start > 0 && kMinusSigns.find(s[start - 1]) != std::u32string_view::npos &&
        (start == 1 || !is_word_char(s[start - 2]))) {
      value = -value;
      quantity.span.start = start - 1;
    }
    if (start > 0 && kCurrencySigns.find(s[start - 1]) != std::u32string_view::npos) {
      quantity.unit = currency_code(s[start - 1]);
      quantity.span.start = start - 1;
    }
    std::size_t after = end;
    if (after < s.size() && text::is_space(s[after]) && after + 1 < s.size() && s[after + 1] == U'%') ++after;
    if (after < s.size() && s[after] == U'%') {
      quantity.unit = "%";
      quantity.span.end = after + 1;
    }
    quantity.value = value;
    return quantity;
  }

  // Turns digit groups and their separators into a plain "1234.5" string, or nothing when the separators
  // make no sense as one number.
  std::optional<std::string> interpret(const std::vector<std::u32string>& groups,
                                       const std::u32string& separators) const {
    std::string integer(groups[0].begin(), groups[0].end());
    std::string fraction;
    for (std::size_t k = 0; k < separators.size(); ++k) {
      const char32_t sep = separators[k];
      const std::u32string& group = groups[k + 1];
      const bool last = k + 1 == separators.size();
      // A separator used more than once can only be grouping (`1,500,000` in a text that writes `1,5`).
      const bool repeated = separators.find(sep) != separators.rfind(sep);
      const bool groups_of_three = group.size() == 3 && groups[0].size() <= 3;
      if ((is_grouping(sep) || repeated) && groups_of_three && fraction.empty()) {
        integer.append(group.begin(), group.end());
      } else if (last && is_decimal(sep) && !repeated) {
        fraction.assign(group.begin(), group.end());
      } else {
        return std::nullopt;
      }
    }
    return fraction.empty() ? integer : integer + "." + fraction;
  }

  lang::NumberConventions conventions_;
};

}  // namespace

std::unique_ptr<Extractor> make_number_extractor(const lang::Language& language) {
  return std::make_unique<NumberExtractor>(language.profile().numbers);
}

}  // namespace concord::extract
