#include "concord/align/aligner.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "support.hpp"

namespace doctest {
// Failures print the beads as [source_begin,source_end)->[target_begin,target_end).
template <>
struct StringMaker<std::vector<concord::align::Bead>> {
  static String convert(const std::vector<concord::align::Bead>& beads) {
    std::ostringstream out;
    for (const auto& b : beads) {
      out << "[" << b.source_begin << "," << b.source_end << ")->[" << b.target_begin << "," << b.target_end
          << ") ";
    }
    return out.str().c_str();
  }
};
}  // namespace doctest

namespace {

std::vector<concord::Segment> segments(const std::vector<std::pair<std::string, std::size_t>>& texts) {
  std::vector<concord::Segment> result;
  for (const auto& [text, paragraph] : texts) result.push_back({text, paragraph + 1, 1, paragraph});
  return result;
}

// A Ukrainian and an English lexicon of the given rows (`form\tmeanings`), loaded together.
std::vector<concord::lang::Lexicon> lexicons(const std::string& name, const std::string& uk_rows,
                                             const std::string& en_rows) {
  return {concord::lang::load_lexicon(
              concord::testing::write_temp_file(name + "-uk.tsv", "form\tmeanings\n" + uk_rows)),
          concord::lang::load_lexicon(
              concord::testing::write_temp_file(name + "-en.tsv", "form\tmeanings\n" + en_rows))};
}

}  // namespace

TEST_CASE("equal sentences align one to one") {
  const auto source = segments({{"Перше речення тут.", 0}, {"Друге, трохи довше речення тут.", 0}});
  const auto target =
      segments({{"The first sentence here.", 0}, {"The second, a bit longer sentence here.", 0}});
  CHECK(concord::align::align(source, target) ==
        std::vector<concord::align::Bead>{{0, 1, 0, 1}, {1, 2, 1, 2}});
}

TEST_CASE("a sentence split in two by the translator becomes a 1-2 bead") {
  const auto source = segments(
      {{"Дуже довге речення, яке перекладач розбив на дві частини, бо воно довге.", 0}, {"Коротке.", 1}});
  const auto target = segments(
      {{"A very long sentence that the translator split,", 0}, {"because it was long.", 0}, {"Short.", 1}});
  CHECK(concord::align::align(source, target) ==
        std::vector<concord::align::Bead>{{0, 1, 0, 2}, {1, 2, 2, 3}});
}

TEST_CASE("an empty side leaves every segment unmatched") {
  const auto source = segments({{"Одне.", 0}, {"Два.", 0}});
  const auto beads = concord::align::align(source, {});
  CHECK(beads == std::vector<concord::align::Bead>{{0, 1, 0, 0}, {1, 2, 0, 0}});
}

namespace {

using concord::align::Bead;
using Beads = std::vector<Bead>;

// A document of `count` sentences of varied length with a number in each, in one language or the other.
std::vector<concord::Segment> numbered(std::size_t count, bool ukrainian,
                                       std::size_t sentences_per_paragraph) {
  std::vector<concord::Segment> result;
  for (std::size_t i = 0; i < count; ++i) {
    std::string text = ukrainian ? "Речення номер " : "Sentence number ";
    text += std::to_string(i * 7 + 3);
    text += std::string(10 + (i * 37) % 90, ukrainian ? 'a' : 'b');
    text += ".";
    result.push_back({text, i + 1, 1, i / sentences_per_paragraph});
  }
  return result;
}

}  // namespace

TEST_CASE("a split first sentence and a dropped middle sentence align exactly") {
  const auto source = segments(
      {{"Верховна Рада ухвалила бюджет на 2026 рік, який передбачає 2,8 трлн гривень видатків на оборону.",
        0},
       {"Міністр фінансів Сергій Марченко назвав документ реалістичним.", 0},
       {"Фракція «Голос» заявила, що на освіту виділено на 12% менше, ніж торік.", 0},
       {"Голосування відбулося у четвер, 20 листопада.", 1},
       {"За бюджет проголосували 257 народних депутатів.", 1}});
  const auto target = segments({{"The Verkhovna Rada adopted the budget for 2026.", 0},
                                {"It provides for 2.8 trillion hryvnias of defence spending.", 0},
                                {"Finance Minister Serhiy Marchenko called the document realistic.", 0},
                                {"The vote took place on Thursday, November 20.", 1},
                                {"257 MPs voted for the budget.", 1}});
  CHECK(concord::align::align(source, target) ==
        Beads{{0, 1, 0, 2}, {1, 2, 2, 3}, {2, 3, 3, 3}, {3, 4, 3, 4}, {4, 5, 4, 5}});
}

TEST_CASE("without numbers a dropped sentence is found by the international words its neighbours share") {
  // `Міністр`/`minister`, `реалістичним`/`realistic` pair the second sentences; length alone would merge the
  // dropped third sentence into them.
  const auto source =
      segments({{"Уряд ухвалив новий бюджет, який передбачає зростання видатків на оборону.", 0},
                {"Міністр назвав його реалістичним.", 0},
                {"Опозиція розкритикувала документ за брак коштів на освіту й медицину.", 0}});
  const auto target = segments({{"The government adopted a new budget.", 0},
                                {"It provides for higher defence spending.", 0},
                                {"The minister called it realistic.", 0}});
  CHECK(concord::align::align(source, target) == Beads{{0, 1, 0, 2}, {1, 2, 2, 3}, {2, 3, 3, 3}});
}

TEST_CASE("with a lexicon an unrelated added sentence is told from a split by the words' meanings") {
  // bench/align_eval's own miss: lengths and anchors alone read the first two translation sentences as one
  // split source sentence and pair the second source sentence with the added one.
  const auto words =
      lexicons("added", "сьогодні\ttoday\nкімнат*\troom\nнеприємн*\tunpleasant\nситуаці*\tsituation\n",
               "today\nplayroom\troom\nunpleasant\nsituation*\tsituation\n");
  const auto source = segments({{"Я заходила сьогодні у ігрову кімнату до Наталі, привітатись з нею.", 0},
                                {"У неї сталась неприємна ситуація.", 0}});
  const auto target = segments({{"I went to Natalie’s playroom today to say hello.", 0},
                                {"She got into an unpleasant situation.", 0},
                                {"I want to have a chance that we stay together.", 0}});
  CHECK(concord::align::align(source, target, &words[0], &words[1]) ==
        Beads{{0, 1, 0, 1}, {1, 2, 1, 2}, {2, 2, 2, 3}});
}

TEST_CASE("a short sentence whose known words have no translation is dropped rather than merged") {
  const auto words = lexicons("dropped", "подешевш*\tcheap\nкраще\tbetter\nпереїх*\tmove\nціни\tprice\n",
                              "cheaper\tcheap\nbetter\nmove\nprices\tprice\n");
  const auto source = segments(
      {{"Краще подешевше.", 0}, {"Ми вимушені переїхати, бо фінансово не тягнемо європейські ціни.", 0}});
  const auto target = segments(
      {{"We have to move, because we cannot afford the European prices here, they are far too high for us.",
        0}});
  CHECK(concord::align::align(source, target, &words[0], &words[1]) == Beads{{0, 1, 0, 0}, {1, 2, 0, 1}});
}

TEST_CASE("numbers decide between sentences of the same length") {
  const auto source =
      segments({{"Загинули 12 людей.", 0}, {"Поранено 30 людей.", 0}, {"Евакуйовано 45 осіб.", 0}});
  const auto target = segments({{"12 people were killed.", 0}, {"45 were evacuated.", 0}});
  CHECK(concord::align::align(source, target) == Beads{{0, 1, 0, 1}, {1, 2, 1, 1}, {2, 3, 1, 2}});
}

TEST_CASE("wildly different sentence counts still give beads covering both sides") {
  const auto source = segments({{"Одне коротке речення.", 0}});
  const auto target = numbered(10, false, 10);
  const auto beads = concord::align::align(source, target);
  REQUIRE(!beads.empty());
  CHECK(beads.front().source_begin == 0);
  CHECK(beads.front().target_begin == 0);
  CHECK(beads.back().source_end == 1);
  CHECK(beads.back().target_end == 10);
  for (std::size_t k = 1; k < beads.size(); ++k) {
    CHECK(beads[k].source_begin == beads[k - 1].source_end);
    CHECK(beads[k].target_begin == beads[k - 1].target_end);
  }
}

TEST_CASE("a long run of added sentences beyond the first band still aligns") {
  // 200 sentences; the translation inserts 60 unrelated ones in the middle, far off the diagonal.
  const auto source = numbered(200, true, 4);
  auto target = numbered(200, false, 4);
  std::vector<concord::Segment> inserted;
  for (std::size_t i = 0; i < 60; ++i) {
    inserted.push_back({"Inserted text without anchors " + std::string(20 + i % 30, 'z') + ".", 1, 1, 1000});
  }
  target.insert(target.begin() + 100, inserted.begin(), inserted.end());
  const auto beads = concord::align::align(source, target);
  std::size_t additions = 0;
  std::size_t one_to_one = 0;
  for (const auto& bead : beads) {
    additions += !bead.has_source();
    one_to_one += bead.source_end - bead.source_begin == 1 && bead.target_end - bead.target_begin == 1;
  }
  CHECK(additions == 60);
  CHECK(one_to_one == 200);
}

TEST_CASE("omissions bunched in the first half pull the path far off the diagonal and it is still found") {
  // Every fifth of the first 500 sentences is dropped: halfway the true path is 50 sentences from the
  // diagonal, beyond the first band, which has to be searched again around the path it found.
  const auto source = numbered(1000, true, 4);
  const auto translation = numbered(1000, false, 4);
  std::vector<concord::Segment> target;
  Beads expected;
  for (std::size_t i = 0; i < 1000; ++i) {
    if (i < 500 && i % 5 == 4) {
      expected.push_back({i, i + 1, target.size(), target.size()});
      continue;
    }
    expected.push_back({i, i + 1, target.size(), target.size() + 1});
    target.push_back(translation[i]);
  }
  CHECK(concord::align::align(source, target) == expected);
}

// Its time is measured by bench_stages and bench_align_eval, not here: a test asserts no timings.
TEST_CASE("5,000 sentences align one to one") {
  const auto source = numbered(5000, true, 3);
  const auto target = numbered(5000, false, 3);
  const auto beads = concord::align::align(source, target);
  REQUIRE(beads.size() == 5000);
  std::size_t misplaced = 0;
  for (std::size_t k = 0; k < beads.size(); ++k) {
    misplaced += beads[k].source_begin != k || beads[k].target_begin != k;
  }
  CHECK(misplaced == 0);
}
