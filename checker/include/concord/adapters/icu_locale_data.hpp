#pragma once
#include <string>

namespace concord::adapters {

struct NumberSymbols {
  char32_t decimal = U'.';
  char32_t grouping = U',';
};

// The decimal and grouping separators ICU's CLDR data gives for a locale; throws Error if ICU fails.
NumberSymbols number_symbols(const std::string& icu_locale);

// The ICU script code (e.g. "Cyrl", "Latn") of a code point, empty for common characters.
std::string script_of(char32_t c);

}  // namespace concord::adapters
