// The plain-text reader on arbitrary bytes: decoding either succeeds or throws InputError, and what it
// accepts splits into trimmed, non-empty, valid UTF-8 paragraphs whose lines never go backwards.
#include "concord/core/text.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  const auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  fuzz::require(!text::find_invalid_utf8(*text), "accepted text is valid UTF-8");
  fuzz::require(text->find('\r') == std::string::npos, "line ends are normalised to LF");
  const auto paragraphs = read::split_paragraphs(*text);
  fuzz::require(!paragraphs.empty(), "accepted text has a paragraph (a blank file is an InputError)");
  std::size_t previous_line = 0;
  for (const auto& paragraph : paragraphs) {
    fuzz::require(!paragraph.text.empty(), "paragraphs are not empty");
    fuzz::require(paragraph.text.find('\n') == std::string::npos, "a paragraph is one line");
    fuzz::require(paragraph.line > previous_line, "paragraph lines increase");
    previous_line = paragraph.line;
  }
  return 0;
}
