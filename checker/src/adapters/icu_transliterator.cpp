#include "concord/adapters/icu_transliterator.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

#include "concord/core/error.hpp"

namespace concord::adapters {
namespace {

struct Shared {
  Shared() {
    UErrorCode status = U_ZERO_ERROR;
    transliterator.reset(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
      throw Error(std::string("ICU transliterator Any-Latin; Latin-ASCII failed: ") + u_errorName(status));
    }
  }
  std::unique_ptr<icu::Transliterator> transliterator;
  std::mutex mutex;  // ICU documents no thread safety for transliterate()
};

Shared& shared() {
  static Shared instance;
  return instance;
}

}  // namespace

std::u32string to_latin_ascii(std::u32string_view text) {
  icu::UnicodeString buffer = icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()),
                                                            static_cast<int32_t>(text.size()));
  {
    Shared& s = shared();
    std::lock_guard lock(s.mutex);
    s.transliterator->transliterate(buffer);
  }
  std::u32string result(static_cast<std::size_t>(buffer.countChar32()), U'\0');
  UErrorCode status = U_ZERO_ERROR;
  buffer.toUTF32(reinterpret_cast<UChar32*>(result.data()), static_cast<int32_t>(result.size()), status);
  if (U_FAILURE(status)) throw Error(std::string("ICU UTF-32 conversion failed: ") + u_errorName(status));
  return result;
}

}  // namespace concord::adapters
