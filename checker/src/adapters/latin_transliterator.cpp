#include "concord/adapters/latin_transliterator.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "concord/core/error.hpp"

namespace concord::adapters {
namespace {

// ICU transliterators are not safe to share between threads while transliterating.
icu::Transliterator& thread_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) throw Error(std::string("ICU: Any-Latin transliterator: ") + u_errorName(status));
    return created;
  }();
  return *instance;
}

}  // namespace

std::string latin_ascii_lower(std::u32string_view word) {
  auto u = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(word.data()),
                                         static_cast<int32_t>(word.size()));
  thread_transliterator().transliterate(u);
  std::string result;
  u.toUTF8String(result);
  return result;
}

}  // namespace concord::adapters
