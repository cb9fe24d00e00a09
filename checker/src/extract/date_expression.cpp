#include "concord/extract/date_expression.hpp"

#include <cstdio>

namespace concord::extract {

bool DateValue::empty() const {
  for (DatePart part : kDateParts) {
    if (has_part(*this, part)) return false;
  }
  return true;
}

namespace {

const std::optional<int>* numeric_part(const DateValue& v, DatePart part) {
  switch (part) {
    case DatePart::year:
      return &v.year;
    case DatePart::month:
      return &v.month;
    case DatePart::day:
      return &v.day;
    case DatePart::weekday:
      return &v.weekday;
    case DatePart::hour:
      return &v.hour;
    case DatePart::minute:
      return &v.minute;
    case DatePart::decade:
      return &v.decade;
    case DatePart::century:
      return &v.century;
    case DatePart::relative:
      return nullptr;
  }
  return nullptr;
}

std::string two_digits(int n) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

std::string value_key(const DateValue& v) {
  std::string key;
  auto add = [&](std::string part) {
    if (!key.empty()) key += ' ';
    key += part;
  };
  if (v.century) add("C" + std::to_string(*v.century));
  if (v.decade) add("Y" + std::to_string(*v.decade) + "s");
  if (v.year) add("Y" + std::to_string(*v.year));
  if (v.month) add("M" + two_digits(*v.month));
  if (v.day) add("D" + two_digits(*v.day));
  if (v.weekday) add("W" + std::to_string(*v.weekday));
  if (v.hour) add("T" + two_digits(*v.hour) + ":" + (v.minute ? two_digits(*v.minute) : "00"));
  if (!v.relative.empty()) add("R:" + v.relative);
  return key;
}

}  // namespace

bool has_part(const DateValue& value, DatePart part) {
  if (part == DatePart::relative) return !value.relative.empty();
  return numeric_part(value, part)->has_value();
}

bool same_part(const DateValue& a, const DateValue& b, DatePart part) {
  if (part == DatePart::relative) return a.relative == b.relative;
  const int x = **numeric_part(a, part);
  const int y = **numeric_part(b, part);
  if (part == DatePart::hour) {
    return x == y || (a.hour_may_be_pm && x + 12 == y) || (b.hour_may_be_pm && y + 12 == x);
  }
  return x == y;
}

std::string_view part_name(DatePart part) {
  switch (part) {
    case DatePart::year:
      return "year";
    case DatePart::month:
      return "month";
    case DatePart::day:
      return "day";
    case DatePart::weekday:
      return "weekday";
    case DatePart::hour:
      return "hour";
    case DatePart::minute:
      return "minute";
    case DatePart::decade:
      return "decade";
    case DatePart::century:
      return "century";
    case DatePart::relative:
      return "relative date";
  }
  return "";
}

std::string date_key(const DateExpression& expression) {
  std::string key = value_key(expression.value);
  if (expression.range_end) key += "/" + value_key(*expression.range_end);
  return key;
}

}  // namespace concord::extract
