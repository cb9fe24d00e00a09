#include "lone_figure.hpp"

#include <algorithm>
#include <optional>

namespace concord::compare {
namespace {

bool only_parts(const extract::DateValue& value, std::initializer_list<extract::DatePart> allowed) {
  return std::all_of(std::begin(extract::kDateParts), std::end(extract::kDateParts),
                     [&](extract::DatePart part) {
                       return !extract::has_part(value, part) ||
                              std::find(allowed.begin(), allowed.end(), part) != allowed.end();
                     });
}

// The one figure a date states, if it states only one: its year, or its hour on the hour.
std::optional<int> lone_figure(const extract::DateExpression& date) {
  if (date.range_end) return std::nullopt;
  const auto& value = date.value;
  if (value.year && only_parts(value, {extract::DatePart::year})) return value.year;
  if (value.hour && value.minute.value_or(0) == 0 &&
      only_parts(value, {extract::DatePart::hour, extract::DatePart::minute}))
    return value.hour;
  return std::nullopt;
}

bool plain_number(const extract::Quantity& number) {
  return number.unit.empty() && number.literal.empty() && !number.ordinal && !number.spelled_out &&
         number.magnitude == 1;
}

bool same_figure(const extract::DateExpression& date, const extract::Quantity& number) {
  const auto figure = lone_figure(date);
  return figure && plain_number(number) && number.value == *figure;
}

}  // namespace

bool date_among_numbers(const extract::DateExpression& date, const std::vector<extract::Quantity>& numbers) {
  return std::any_of(numbers.begin(), numbers.end(),
                     [&](const extract::Quantity& number) { return same_figure(date, number); });
}

bool number_among_dates(const extract::Quantity& number, const std::vector<extract::DateExpression>& dates) {
  return std::any_of(dates.begin(), dates.end(),
                     [&](const extract::DateExpression& date) { return same_figure(date, number); });
}

}  // namespace concord::compare
