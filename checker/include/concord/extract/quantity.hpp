#pragma once
#include <string>

#include "concord/core/span.hpp"

namespace concord::extract {

// A quantity found in a segment: its value with magnitudes applied, and its unit ("%", a currency code such
// as "USD", or empty for a bare count). Digits, number words, compounds (`двогодинну`, `2-hour`) and Roman
// numerals in their context (`World War II`) all become one Quantity; an ordinal has its cardinal's value.
struct Quantity {
  Span span;
  std::string text;
  double value = 0;
  std::string unit;
  double magnitude = 1;  // the magnitude word applied to the value: 1e6 for `1,5 млн`, 1 for `15`
  bool spelled_out = false;  // written in words only, no digit: `чотири`, `twenty-five`, `двогодинну`
  bool ordinal = false;  // `першої`, `fifth`, `21st`, `World War II`
  bool lone_magnitude = false;  // a magnitude word with no count: `a hundred`, `мільйон`, `сотнею тисяч`
  // Non-empty for digits that are names rather than amounts (version strings, phone numbers, identifiers):
  // the digits, groups joined by '.'; they match only the same literal (or the same whole number) on the
  // other side, and `value` is meaningless.
  std::string literal;
  // A literal that is a name made of letters and digits (`G7`, `views_2532`): translations often spell it out
  // (`Великої сімки`), so one on one side only is a warning.
  bool identifier = false;

  // Translators often rephrase small numbers in words (`both`, `a pair`, `одна`), use a lone magnitude
  // loosely (`мільйон жертв` / `millions of victims`) and spell identifiers out, so one of these on one side
  // only is a warning, not an error.
  bool often_rephrased() const {
    return identifier || (spelled_out && literal.empty() &&
                          (lone_magnitude || (unit.empty() && value >= 0 && value <= 10)));
  }
};

}  // namespace concord::extract
