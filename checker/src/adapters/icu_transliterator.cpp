#include "concord/adapters/icu_transliterator.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

#include "concord/core/error.hpp"

namespace concord::adapters {
namespace {

// ICU transliterators are not safe to share between threads while transliterating: one per thread, built on
// first use, so a parallel scan never waits on a lock here.
icu::Transliterator& thread_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> created(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !created) {
      throw Error(std::string("ICU transliterator Any-Latin; Latin-ASCII failed: ") + u_errorName(status));
    }
    return created;
  }();
  return *instance;
}

}  // namespace

std::u32string to_latin_ascii(std::u32string_view text) {
  icu::UnicodeString buffer = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                            static_cast<int32_t>(text.size()));
  thread_transliterator().transliterate(buffer);
  std::u32string result(static_cast<std::size_t>(buffer.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  buffer.toUTF32(reinterpret_cast<UChar32*>(result.data()), static_cast<int32_t>(result.size()), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU UTF-32 conversion failed: ") + u_errorName(status));
  return result;
}

}  // namespace concord::adapters
