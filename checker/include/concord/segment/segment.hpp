#pragma once
#include <cstddef>
#include <string>

namespace concord {

// One sentence (or a pre-aligned unit) of one side, with where it starts in its file.
struct Segment {
  std::string text;           // UTF-8, trimmed
  std::size_t line = 0;       // 1-based line of the first character
  std::size_t column = 0;     // 1-based code-point column of the first character
  std::size_t paragraph = 0;  // 0-based paragraph (input line with text) the segment belongs to
};

}  // namespace concord
