#pragma once
// A date that is one figure (a year alone, an hour alone) which the other side writes as a plain number, for
// the date and number checks.
#include <vector>

#include "concord/extract/date_expression.hpp"
#include "concord/extract/quantity.hpp"

namespace concord::compare {

// Whether `date` is a year alone (`1776 г.`, `r. 1421`) or a whole hour alone (`v 7 hodin`, `11:00`) that
// `numbers` hold as a plain number (`1776`, `7 години ранку` read as a number): one figure that each side
// read as its own kind of fact. Another figure stays a finding of both checks.
bool date_among_numbers(const extract::DateExpression& date, const std::vector<extract::Quantity>& numbers);
// The same pairing seen from the number's side.
bool number_among_dates(const extract::Quantity& number, const std::vector<extract::DateExpression>& dates);

}  // namespace concord::compare
