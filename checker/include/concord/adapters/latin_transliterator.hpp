#pragma once
#include <string>
#include <string_view>

namespace concord::adapters {

// ICU's `Any-Latin; Latin-ASCII; Lower` transliteration of one word, e.g. `Зеленський` -> `zelens'kij`.
// Cheap enough for the capitalised words of a document; one ICU transliterator per thread, built on first
// use.
std::string latin_ascii_lower(std::u32string_view word);

}  // namespace concord::adapters
