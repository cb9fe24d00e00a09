#include "concord/adapters/icu_locale_data.hpp"

#include <unicode/dcfmtsym.h>
#include <unicode/locid.h>
#include <unicode/uscript.h>

#include "concord/core/error.hpp"

namespace concord::adapters {

NumberSymbols number_symbols(const std::string& icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::DecimalFormatSymbols symbols(icu::Locale(icu_locale.c_str()), status);
  if (U_FAILURE(status)) {
    throw Error("ICU has no number symbols for locale " + icu_locale + ": " + u_errorName(status));
  }
  NumberSymbols result;
  result.decimal = symbols.getConstSymbol(icu::DecimalFormatSymbols::kDecimalSeparatorSymbol).char32At(0);
  result.grouping = symbols.getConstSymbol(icu::DecimalFormatSymbols::kGroupingSeparatorSymbol).char32At(0);
  return result;
}

std::string script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) return {};
  return uscript_getShortName(code);
}

}  // namespace concord::adapters
