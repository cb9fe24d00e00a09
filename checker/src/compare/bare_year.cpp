#include "bare_year.hpp"

#include <algorithm>

namespace concord::compare {
namespace {

bool year_alone(const extract::DateExpression& date) {
  if (date.range_end || !date.value.year) return false;
  return std::none_of(std::begin(extract::kDateParts), std::end(extract::kDateParts), [&](extract::DatePart part) {
    return part != extract::DatePart::year && extract::has_part(date.value, part);
  });
}

bool plain_number(const extract::Quantity& number) {
  return number.unit.empty() && number.literal.empty() && !number.ordinal && !number.spelled_out &&
         number.magnitude == 1;
}

bool same_figure(const extract::DateExpression& date, const extract::Quantity& number) {
  return year_alone(date) && plain_number(number) && number.value == *date.value.year;
}

}  // namespace

bool year_among_numbers(const extract::DateExpression& date, const std::vector<extract::Quantity>& numbers) {
  return std::any_of(numbers.begin(), numbers.end(),
                     [&](const extract::Quantity& number) { return same_figure(date, number); });
}

bool number_among_years(const extract::Quantity& number, const std::vector<extract::DateExpression>& dates) {
  return std::any_of(dates.begin(), dates.end(),
                     [&](const extract::DateExpression& date) { return same_figure(date, number); });
}

}  // namespace concord::compare
