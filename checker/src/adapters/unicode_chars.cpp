#include "concord/adapters/unicode_chars.hpp"

#include <unicode/uchar.h>

#include "concord/core/text.hpp"

namespace concord::adapters {

// ASCII answers without ICU's property lookup: most characters of most texts are ASCII.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
  return u_isalpha(static_cast<UChar32>(c));
}
bool is_upper(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z';
  return u_isupper(static_cast<UChar32>(c));
}
bool is_lower(char32_t c) {
  if (c < 0x80) return c >= U'a' && c <= U'z';
  return u_islower(static_cast<UChar32>(c));
}
char32_t to_lower(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z' ? c + (U'a' - U'A') : c;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

char32_t to_upper(char32_t c) {
  if (c < 0x80) return c >= U'a' && c <= U'z' ? c - (U'a' - U'A') : c;
  return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)));
}

std::u32string to_lower(std::u32string_view text) {
  std::u32string result(text);
  for (char32_t& c : result) c = to_lower(c);
  return result;
}

std::u32string folded_word(std::u32string_view word) {
  std::u32string result;
  result.reserve(word.size());
  for (char32_t c : word) {
    if (!text::is_apostrophe(c)) result.push_back(to_lower(c));
  }
  return result;
}

}  // namespace concord::adapters
