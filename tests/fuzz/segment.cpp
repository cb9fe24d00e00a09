// Every language's segmenter on arbitrary accepted text: segments are non-empty, trimmed, and each is a piece
// of the paragraph it names.
#include <map>

#include "concord/core/text.hpp"
#include "concord/segment/segmenter.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  static const auto segmenters = [] {
    std::map<std::string, segment::Segmenter> built;
    for (const auto& code : fuzz::languages().codes()) {
      built.try_emplace(code, fuzz::languages().get(code).profile());
    }
    return built;
  }();
  const auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  const auto paragraphs = read::split_paragraphs(*text);
  for (const auto& [code, segmenter] : segmenters) {
    for (const auto& segment : segmenter.split(paragraphs)) {
      fuzz::require(!segment.text.empty(), "segments are not empty");
      fuzz::require(segment.paragraph < paragraphs.size(), "segment names an existing paragraph");
      fuzz::require(paragraphs[segment.paragraph].text.find(segment.text) != std::string::npos,
                    "segment text comes from its paragraph");
    }
  }
  return 0;
}
