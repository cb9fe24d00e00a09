#include <doctest/doctest.h>

#include "concord/segment/segmenter.hpp"
#include "support.hpp"

namespace {

std::vector<std::string> split(const std::string& code, const std::vector<std::string>& lines) {
  concord::segment::Segmenter segmenter(concord::testing::languages().get(code).profile());
  std::vector<concord::read::Paragraph> paragraphs;
  for (std::size_t i = 0; i < lines.size(); ++i) paragraphs.push_back({lines[i], i + 1, 1});
  std::vector<std::string> texts;
  for (const auto& segment : segmenter.split(paragraphs)) texts.push_back(segment.text);
  return texts;
}

}  // namespace

TEST_CASE("sentences split inside a paragraph and paragraphs always split") {
  CHECK(split("en", {"One sentence. Another one!", "A headline without a stop"}) ==
        std::vector<std::string>{"One sentence.", "Another one!", "A headline without a stop"});
}

TEST_CASE("abbreviations from the profile's list do not end a sentence") {
  CHECK(split("uk", {"Зібрали 20 тис. гривень на дрон. Дякуємо всім."}) ==
        std::vector<std::string>{"Зібрали 20 тис. гривень на дрон.", "Дякуємо всім."});
  CHECK(split("en", {"Mr. Witkoff met Gen. Smith in Sept. 2025. They talked."}) ==
        std::vector<std::string>{"Mr. Witkoff met Gen. Smith in Sept. 2025.", "They talked."});
}

TEST_CASE("segments keep their line and column") {
  concord::segment::Segmenter segmenter(concord::testing::languages().get("en").profile());
  const auto segments = segmenter.split({{"First. Second.", 4, 3}});
  REQUIRE(segments.size() == 2);
  CHECK(segments[1].line == 4);
  CHECK(segments[1].column == 10);
}
