#pragma once
#include <string>
#include <vector>

namespace concord::adapters {

// A name ICU's CLDR data gives for a month or a weekday. `abbreviated` forms (`Jan`, `січ.`) are short enough
// to be ordinary words too, so callers may want more evidence before they trust one.
struct DateName {
  std::u32string text;
  int value = 0;  // month 1-12, or weekday 1 (Monday) to 7 (Sunday)
  bool abbreviated = false;
};

struct DateNames {
  std::vector<DateName> months;    // wide and abbreviated, format and stand-alone forms
  std::vector<DateName> weekdays;  // wide forms, format and stand-alone
};

// The month and weekday names ICU's DateFormatSymbols give for a locale; throws Error if ICU fails.
DateNames date_names(const std::string& icu_locale);

}  // namespace concord::adapters
