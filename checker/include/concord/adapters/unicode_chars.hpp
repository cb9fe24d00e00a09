#pragma once
#include <string>
#include <string_view>

// Character classes and case from ICU's Unicode data, for the stages that must not include ICU themselves.
namespace concord::adapters {

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
char32_t to_lower(char32_t c);
char32_t to_upper(char32_t c);
std::u32string to_lower(std::u32string_view text);
// Lower case without apostrophes, the form data files list words in: `П’ять` and `пять` are both `пять`.
std::u32string folded_word(std::u32string_view word);

}  // namespace concord::adapters
