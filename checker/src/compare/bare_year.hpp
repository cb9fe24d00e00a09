#pragma once
// A year that one side writes as a date and the other as a plain number, for the date and number checks.
#include <vector>

#include "concord/extract/date_expression.hpp"
#include "concord/extract/quantity.hpp"

namespace concord::compare {

// Whether `date` is a year alone (`1776 г.`, `r. 1421`) that `numbers` hold as a plain number (`1776` in a
// text that gives no year word, `1 945` grouped): one figure that each side read as its own kind of fact.
bool year_among_numbers(const extract::DateExpression& date, const std::vector<extract::Quantity>& numbers);
// The same pairing seen from the number's side.
bool number_among_years(const extract::Quantity& number, const std::vector<extract::DateExpression>& dates);

}  // namespace concord::compare
