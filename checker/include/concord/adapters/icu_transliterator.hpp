#pragma once
#include <string>
#include <string_view>

namespace concord::adapters {

// ICU's "Any-Latin; Latin-ASCII": any script to plain ASCII letters (`Šefčovič` -> `Sefcovic`, `ы` -> `y`).
// Serves letters a language's own transliteration table leaves out. Thread-safe (one transliterator per thread); throws Error if ICU fails.
std::u32string to_latin_ascii(std::u32string_view text);

}  // namespace concord::adapters
