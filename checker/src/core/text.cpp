#include "concord/core/text.hpp"

#include <utf8.h>

#include <algorithm>

namespace concord::text {

std::optional<std::size_t> find_invalid_utf8(std::string_view utf8) {
  auto invalid = utf8::find_invalid(utf8.begin(), utf8.end());
  if (invalid == utf8.end()) return std::nullopt;
  return static_cast<std::size_t>(invalid - utf8.begin());
}

std::u32string to_u32(std::string_view utf8) {
  std::u32string result;
  result.reserve(utf8.size());
  utf8::unchecked::utf8to32(utf8.begin(), utf8.end(), std::back_inserter(result));
  return result;
}

std::string to_utf8(std::u32string_view text) {
  std::string result;
  result.reserve(text.size());
  utf8::unchecked::utf32to8(text.begin(), text.end(), std::back_inserter(result));
  return result;
}

std::string to_utf8(char32_t c) { return to_utf8(std::u32string_view(&c, 1)); }

std::size_t code_point_count(std::string_view utf8) {
  return static_cast<std::size_t>(utf8::unchecked::distance(utf8.begin(), utf8.end()));
}

std::string slice(std::string_view utf8, Span span) {
  auto begin = utf8.begin();
  utf8::unchecked::advance(begin, span.start);
  auto end = begin;
  utf8::unchecked::advance(end, span.end - span.start);
  return std::string(begin, end);
}

std::string printable(std::string_view utf8) {
  const auto is_control = [](unsigned char byte) { return byte < 0x20 || byte == 0x7F || byte == 0xC2; };
  if (std::none_of(utf8.begin(), utf8.end(), is_control)) return std::string(utf8);
  std::u32string chars = to_u32(utf8);
  for (char32_t& c : chars) {
    if (c == U'\t') continue;
    if (c < 0x20) c = 0x2400 + c;
    else if (c == 0x7F) c = 0x2421;
    else if (c >= 0x80 && c <= 0x9F) c = 0xFFFD;
  }
  return to_utf8(chars);
}

bool is_space(char32_t c) {
  switch (c) {
    case U' ': case U'\t': case U'\n': case U'\r': case U'\v': case U'\f':
    case U'\u00A0': case U'\u1680': case U'\u2028': case U'\u2029': case U'\u202F': case U'\u205F':
    case U'\u3000': case U'\uFEFF':
      return true;
    default:
      return c >= U'\u2000' && c <= U'\u200A';
  }
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'’' || c == U'ʼ'; }

}  // namespace concord::text
