#pragma once
#include <optional>
#include <string>

#include "concord/core/span.hpp"

namespace concord::extract {

// A date or time as far as the text states it: every part is optional, so `у січні` is {month 1} and
// `21.01.26, 13:30` gives {2026, 1, 21} and {13:30}. Weekdays run 1 (Monday) to 7 (Sunday). `relative` names
// a category such as "yesterday" or "last-month" from the language's data; `decade` is the first year (1990
// for `the 1990s`); `century` is its ordinal (20 for `XX століття`).
struct DateValue {
  std::optional<int> year;
  std::optional<int> month;
  std::optional<int> day;
  std::optional<int> weekday;
  std::optional<int> hour;
  std::optional<int> minute;
  std::optional<int> decade;
  std::optional<int> century;
  std::string relative;
  // A clock hour written without a.m./p.m. in a 12-hour style (`7:00` in English) may also mean hour + 12.
  bool hour_may_be_pm = false;

  bool empty() const;
  bool operator==(const DateValue&) const = default;
};

// One date or time expression in a segment: `1–3 березня` is {day 1, month 3} with range_end
// {day 3, month 3}.
struct DateExpression {
  Span span;
  std::string text;
  DateValue value;
  std::optional<DateValue> range_end;
};

// The parts of a date value, for comparing them one by one and naming them in messages.
enum class DatePart { year, month, day, weekday, hour, minute, decade, century, relative };
inline constexpr DatePart kDateParts[] = {DatePart::year,    DatePart::month,   DatePart::day,
                                          DatePart::weekday, DatePart::hour,    DatePart::minute,
                                          DatePart::decade,  DatePart::century, DatePart::relative};

bool has_part(const DateValue& value, DatePart part);
// Whether two values agree on a part both of them have (the 12-hour ambiguity included).
bool same_part(const DateValue& a, const DateValue& b, DatePart part);
std::string_view part_name(DatePart part);  // "year", "month", ... for messages

// The normalised partial value, the fact key: e.g. "Y2026 M01 D21", "W3", "T19:00", or
// "M03 D01/M03 D03" for a range.
std::string date_key(const DateExpression& expression);

}  // namespace concord::extract
