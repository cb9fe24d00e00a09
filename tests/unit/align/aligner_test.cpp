#include <doctest/doctest.h>

#include "concord/align/aligner.hpp"

namespace {

std::vector<concord::Segment> segments(const std::vector<std::pair<std::string, std::size_t>>& texts) {
  std::vector<concord::Segment> result;
  for (const auto& [text, paragraph] : texts) result.push_back({text, paragraph + 1, 1, paragraph});
  return result;
}

}  // namespace

TEST_CASE("equal sentences align one to one") {
  const auto source = segments({{"Перше речення тут.", 0}, {"Друге, трохи довше речення тут.", 0}});
  const auto target = segments({{"The first sentence here.", 0}, {"The second, a bit longer sentence here.", 0}});
  CHECK(concord::align::align(source, target) ==
        std::vector<concord::align::Bead>{{0, 1, 0, 1}, {1, 2, 1, 2}});
}

TEST_CASE("a sentence split in two by the translator becomes a 1-2 bead") {
  const auto source = segments({{"Дуже довге речення, яке перекладач розбив на дві частини, бо воно довге.", 0},
                                {"Коротке.", 1}});
  const auto target = segments({{"A very long sentence that the translator split,", 0},
                                {"because it was long.", 0},
                                {"Short.", 1}});
  CHECK(concord::align::align(source, target) ==
        std::vector<concord::align::Bead>{{0, 1, 0, 2}, {1, 2, 2, 3}});
}

TEST_CASE("an empty side leaves every segment unmatched") {
  const auto source = segments({{"Одне.", 0}, {"Два.", 0}});
  const auto beads = concord::align::align(source, {});
  CHECK(beads == std::vector<concord::align::Bead>{{0, 1, 0, 0}, {1, 2, 0, 0}});
}

TEST_CASE("a paragraph too large for one DP table aligns block by block and covers both sides in order") {
  // 5,000 x 5,001 sentences is 25 million cells, past the aligner's table limit: before the aligner cut such
  // ranges into blocks, 100,000 sentences in one paragraph needed 10^10 cells and died of bad_alloc.
  std::vector<std::pair<std::string, std::size_t>> source_texts(5'000, {"Так.", 0});
  std::vector<std::pair<std::string, std::size_t>> target_texts(5'001, {"Yes.", 0});
  const auto beads = concord::align::align(segments(source_texts), segments(target_texts));
  std::size_t source_next = 0;
  std::size_t target_next = 0;
  bool contiguous = true;
  for (const auto& bead : beads) {
    contiguous = contiguous && bead.source_begin == source_next && bead.target_begin == target_next;
    source_next = bead.source_end;
    target_next = bead.target_end;
  }
  CHECK(contiguous);
  CHECK(source_next == 5'000);
  CHECK(target_next == 5'001);
}
