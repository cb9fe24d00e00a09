#include "concord/adapters/number_spellout.hpp"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include "concord/core/error.hpp"

namespace concord::adapters {

struct NumberSpeller::Impl {
  std::unique_ptr<icu::RuleBasedNumberFormat> format;
};

NumberSpeller::NumberSpeller(const std::string& icu_locale) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->format = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT,
                                                               icu::Locale(icu_locale.c_str()), status);
  if (U_FAILURE(status)) {
    throw Error("ICU has no spell-out rules for locale " + icu_locale + ": " + u_errorName(status));
  }
}

NumberSpeller::~NumberSpeller() = default;

std::string NumberSpeller::spell(long long value) const {
  icu::UnicodeString text;
  impl_->format->format(static_cast<int64_t>(value), text);
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

}  // namespace concord::adapters
