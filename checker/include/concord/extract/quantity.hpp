#pragma once
#include <string>

#include "concord/core/span.hpp"

namespace concord::extract {

// A quantity found in a segment: its value with magnitudes applied, and its unit ("%", a currency code such as
// "USD", or empty for a bare count). Digits, number words, compounds (`двогодинну`, `2-hour`) and Roman numerals
// in their context (`World War II`) all become one Quantity; an ordinal has the value of its cardinal.
struct Quantity {
  Span span;
  std::string text;
  double value = 0;
  std::string unit;
  double magnitude = 1;      // the magnitude word applied to the value: 1e6 for `1,5 млн`, 1 for `15`
  bool spelled_out = false;  // written in words only, no digit: `чотири`, `twenty-five`, `двогодинну`
  // Non-empty for strings of digits that are names rather than amounts (version strings, phone numbers): they
  // match only the same string on the other side, and `value` is meaningless.
  std::string literal;

  // A small number in words (one to ten) with no unit: translators often rephrase these (`both`, `a pair`), so
  // one on one side only is a warning, not an error.
  bool is_small_word() const { return spelled_out && unit.empty() && literal.empty() && value >= 0 && value <= 10; }
};

}  // namespace concord::extract
