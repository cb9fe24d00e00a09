#include "concord/align/anchors.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "support.hpp"

namespace {

using concord::align::AnchorKind;

std::vector<std::uint64_t> anchors_of(const std::string& sentence, AnchorKind kind) {
  auto anchors = concord::align::sentence_anchors(sentence);
  anchors.erase(std::remove_if(anchors.begin(), anchors.end(),
                               [kind](std::uint64_t a) { return concord::align::kind_of(a) != kind; }),
                anchors.end());
  return anchors;
}

}  // namespace

TEST_CASE("a name and its transliteration share a key across scripts and inflections") {
  using concord::align::word_key;
  CHECK(word_key(U"Зеленський") == word_key(U"Zelensky"));
  CHECK(word_key(U"Зеленського") == word_key(U"Zelensky"));
  CHECK(word_key(U"Харків") == word_key(U"Kharkiv"));
  CHECK(word_key(U"Запоріжжя") == word_key(U"Zaporizhzhia"));
  CHECK(word_key(U"Zelensky") != word_key(U"Kharkiv"));
  CHECK(word_key(U"Ой").empty());
}

TEST_CASE("numbers in either notation give the same anchors and other numbers do not") {
  CHECK(anchors_of("Бюджет становить 1 500,5 млн гривень.", AnchorKind::number) ==
        anchors_of("The budget is 1,500.5 million.", AnchorKind::number));
  CHECK(anchors_of("Зустріч о 09:05.", AnchorKind::number) ==
        anchors_of("Meeting at 9.05.", AnchorKind::number));
  CHECK(anchors_of("Загинули 12 людей.", AnchorKind::number) !=
        anchors_of("13 people were killed.", AnchorKind::number));
  CHECK(anchors_of("Загинули 12 людей, 12 поранені.", AnchorKind::number).size() == 2);
}

TEST_CASE("the zero minutes of a full hour are no anchor but other minutes are") {
  CHECK(anchors_of("Початок о 19:00.", AnchorKind::number) ==
        anchors_of("It starts at 19.", AnchorKind::number));
  CHECK(anchors_of("Початок о 19:05.", AnchorKind::number).size() == 2);
  CHECK(anchors_of("Рахунок 2:0.", AnchorKind::number).size() == 2);
}

TEST_CASE("links questions and names are anchors") {
  CHECK(anchors_of("Деталі на https://example.com/a.", AnchorKind::link).size() == 1);
  CHECK(anchors_of("Чи підпише Зеленський угоду?", AnchorKind::punctuation) ==
        anchors_of("Will Zelensky sign the deal?", AnchorKind::punctuation));
  CHECK(anchors_of("Він заявив: «Так».", AnchorKind::punctuation) ==
        anchors_of("He said: \"Yes.\"", AnchorKind::punctuation));
  CHECK(anchors_of("Зустріч о 13:30.", AnchorKind::punctuation).empty());
  const auto uk = anchors_of("Про це заявив Зеленський.", AnchorKind::name);
  const auto en = anchors_of("Zelensky said so.", AnchorKind::name);
  REQUIRE(en.size() == 1);
  CHECK(std::find(uk.begin(), uk.end(), en.front()) != uk.end());
}

TEST_CASE("brackets and a missing final stop are anchors that survive translation") {
  CHECK(anchors_of("Придбайте два мішки (перевірте при замовленні).", AnchorKind::punctuation) ==
        anchors_of("Buy two bags (please check when ordering).", AnchorKind::punctuation));
  CHECK(anchors_of("Спробуємо скинути налаштування", AnchorKind::punctuation) ==
        anchors_of("We can try a manual reset", AnchorKind::punctuation));
  CHECK(anchors_of("Спробуємо скинути налаштування.", AnchorKind::punctuation) !=
        anchors_of("We can try a manual reset", AnchorKind::punctuation));
  CHECK(anchors_of("Ви там?)", AnchorKind::punctuation) ==
        anchors_of("Are you there?)", AnchorKind::punctuation));
}

TEST_CASE(
    "word meanings: known words only, a listed hyphenated compound as one word, other compounds by parts") {
  const auto lexicon = concord::lang::load_lexicon(concord::testing::write_temp_file(
      "anchors-uk.tsv",
      "form\tmeanings\nпрем'єр-міністр*\tpremier\nміністр*\tminister\nонлайн\tonline\n"
      "магазин*\tshop\nзаяв*\tsay\n"));
  const auto meanings =
      concord::align::word_meanings("Прем’єр-міністр заявив про онлайн-магазин і міністра.", lexicon);
  REQUIRE(meanings.size() == 5);
  CHECK(meanings[0][0] == lexicon.meanings_of(U"прем'єр-міністр")[0]);
  CHECK(meanings[1][0] == lexicon.meanings_of(U"заявив")[0]);
  CHECK(meanings[2][0] == lexicon.meanings_of(U"онлайн")[0]);
  CHECK(meanings[3][0] == lexicon.meanings_of(U"магазин")[0]);
  CHECK(meanings[4][0] == lexicon.meanings_of(U"міністр")[0]);
  CHECK(meanings[0][0] != meanings[4][0]);
}
