#include "concord/adapters/icu_sentence_breaker.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "concord/core/error.hpp"

namespace concord::adapters {

struct SentenceBreaker::Impl {
  std::unique_ptr<icu::BreakIterator> prototype;
};

namespace {

void require(UErrorCode status, const std::string& what) {
  if (U_FAILURE(status)) throw Error("ICU: " + what + ": " + u_errorName(status));
}

}  // namespace

SentenceBreaker::SentenceBreaker(const std::string& icu_locale) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale(icu_locale.c_str()), status));
  require(status, "sentence break iterator for " + icu_locale);
}

SentenceBreaker::~SentenceBreaker() = default;

std::vector<std::size_t> SentenceBreaker::boundaries(const std::u32string& text) const {
  const auto u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                               static_cast<int32_t>(text.size()));
  std::unique_ptr<icu::BreakIterator> it(impl_->prototype->clone());
  it->setText(u);
  std::vector<std::size_t> result;
  // Walk UTF-16 and code points together once, so the mapping stays linear in the text length.
  int32_t unit = 0;
  std::size_t code_point = 0;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
    while (unit < b) {
      unit = u.moveIndex32(unit, 1);
      ++code_point;
    }
    result.push_back(code_point);
  }
  if (result.empty() || result.back() != text.size()) result.push_back(text.size());
  return result;
}

}  // namespace concord::adapters
