#include "concord/adapters/icu_date_symbols.hpp"

#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::adapters {
namespace {

std::u32string to_u32(const icu::UnicodeString& s) {
  std::string utf8;
  s.toUTF8String(utf8);
  return text::to_u32(utf8);
}

using Context = icu::DateFormatSymbols::DtContextType;
using Width = icu::DateFormatSymbols::DtWidthType;

void add_months(const icu::DateFormatSymbols& symbols, Context context, Width width,
                std::vector<DateName>& out) {
  int32_t count = 0;
  const icu::UnicodeString* names = symbols.getMonths(count, context, width);
  for (int32_t i = 0; i < count && i < 12; ++i) {
    out.push_back({to_u32(names[i]), i + 1, width != icu::DateFormatSymbols::WIDE});
  }
}

void add_weekdays(const icu::DateFormatSymbols& symbols, Context context, std::vector<DateName>& out) {
  int32_t count = 0;
  // ICU indexes weekdays by UCalendarDaysOfWeek: 1 = Sunday ... 7 = Saturday; index 0 is empty.
  const icu::UnicodeString* names = symbols.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
  for (int32_t i = 1; i < count && i <= 7; ++i) {
    out.push_back({to_u32(names[i]), i == 1 ? 7 : i - 1, false});
  }
}

}  // namespace

DateNames date_names(const std::string& icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DateFormatSymbols symbols(icu::Locale(icu_locale.c_str()), status);
  if (U_FAILURE(status)) {
    throw Error("ICU has no date symbols for locale " + icu_locale + ": " + u_errorName(status));
  }
  DateNames names;
  for (Context context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    add_months(symbols, context, icu::DateFormatSymbols::WIDE, names.months);
    add_months(symbols, context, icu::DateFormatSymbols::ABBREVIATED, names.months);
    add_weekdays(symbols, context, names.weekdays);
  }
  return names;
}

}  // namespace concord::adapters
