#pragma once
// UTF-8 helpers. Everything past the readers holds valid UTF-8; offsets exposed to users are code points.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "concord/core/span.hpp"

namespace concord::text {

// Byte offset of the first invalid UTF-8 sequence, if any.
std::optional<std::size_t> find_invalid_utf8(std::string_view utf8);

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);
std::string to_utf8(char32_t c);
std::size_t code_point_count(std::string_view utf8);

// The code points [span.start, span.end) of a UTF-8 string.
std::string slice(std::string_view utf8, Span span);

// The text with every control character except TAB shown as a visible symbol (C0 and DEL as their Unicode
// control pictures, U+241B for ESC; C1 as U+FFFD), one code point for one, so spans stay valid. For output read
// by terminals: input text must never move the cursor, recolour the screen or set the window title.
std::string printable(std::string_view utf8);

bool is_space(char32_t c);  // Unicode white space, the no-break spaces included
bool is_digit(char32_t c);  // ASCII digits only: other scripts' digits are not in our languages' texts
// The apostrophe inside a word (`комп'ютер`, `комп’ютер`, `компʼютер`, `O’Brien`).
bool is_apostrophe(char32_t c);

}  // namespace concord::text
