#include "concord/segment/segmenter.hpp"

#include <doctest/doctest.h>

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

namespace {

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("a glued site artefact with dates and times is not broken at its dots") {
  CHECK(
      split("uk", {"Про це заявив Віткофф. Witkoff21.01.26, 13:30 • [views_2532] Далі йдеться про угоду."}) ==
      Sentences{"Про це заявив Віткофф.", "Witkoff21.01.26, 13:30 • [views_2532] Далі йдеться про угоду."});
  CHECK(split("en", {"The deal was signed on 21.01.26 at 13.30 in Kyiv. Talks went on."}) ==
        Sentences{"The deal was signed on 21.01.26 at 13.30 in Kyiv.", "Talks went on."});
  CHECK(split("uk", {"Інфляція сповільнилася до 3.5% за рік. Курс - 41,5 грн."}) ==
        Sentences{"Інфляція сповільнилася до 3.5% за рік.", "Курс - 41,5 грн."});
}

TEST_CASE("initials do not end a sentence") {
  CHECK(split("uk", {"Президент В. Зеленський зустрівся з Р. Стефанчуком. Вони говорили годину."}) ==
        Sentences{"Президент В. Зеленський зустрівся з Р. Стефанчуком.", "Вони говорили годину."});
  CHECK(split("uk", {"Про це повідомив В. О. Сидоренко. Деталі згодом."}) ==
        Sentences{"Про це повідомив В. О. Сидоренко.", "Деталі згодом."});
  CHECK(split("en", {"J. R. R. Tolkien wrote it. Then he left."}) ==
        Sentences{"J. R. R. Tolkien wrote it.", "Then he left."});
}

TEST_CASE("abbreviations are whole words so a word ending like one still ends a sentence") {
  // `м.` and `р.`-like endings: `директор.` and `Рим.` end sentences, `м. Київ` does not.
  CHECK(split("uk", {"Прийшов директор. Він сказав: «Добре». Подорож до м. Київ тривала день."}) ==
        Sentences{"Прийшов директор.", "Він сказав: «Добре».", "Подорож до м. Київ тривала день."});
  CHECK(split("uk", {"Офіс на вул. Хрещатик, 22. Згідно зі ст. 15 Конституції це законно."}) ==
        Sentences{"Офіс на вул. Хрещатик, 22.", "Згідно зі ст. 15 Конституції це законно."});
  CHECK(
      split("en", {"Mr. Smith and Dr. Jones met on Jan. 5 at St. Paul's, e.g. Christmas Eve. It rained."}) ==
      Sentences{"Mr. Smith and Dr. Jones met on Jan. 5 at St. Paul's, e.g. Christmas Eve.", "It rained."});
}

TEST_CASE("a year abbreviation before a capital ends the sentence and before a lower-case word does not") {
  CHECK(split("uk", {"Це сталося у 2014 р. Відтоді минуло десять років."}) ==
        Sentences{"Це сталося у 2014 р.", "Відтоді минуло десять років."});
  CHECK(split("uk", {"У 2014 р. розпочалася війна, загинули 14 тис. людей."}) ==
        Sentences{"У 2014 р. розпочалася війна, загинули 14 тис. людей."});
}

TEST_CASE("quotes that close after the stop stay with their sentence") {
  CHECK(split("uk", {"Він сказав: «Ми підпишемо угоду». Далі була пауза."}) ==
        Sentences{"Він сказав: «Ми підпишемо угоду».", "Далі була пауза."});
  CHECK(split("uk", {"Він назвав це \"історичною угодою.\" Потім пішов."}) ==
        Sentences{"Він назвав це \"історичною угодою.\"", "Потім пішов."});
  CHECK(split("en", {"\"We will sign it,\" he said. \"Not today.\" Then he left."}) ==
        Sentences{"\"We will sign it,\" he said.", "\"Not today.\"", "Then he left."});
  CHECK(split("uk", {"Клієнти кажуть «Вітаю!» тощо. Це нормально."}) ==
        Sentences{"Клієнти кажуть «Вітаю!» тощо.", "Це нормально."});
  CHECK(split("uk", {"Він сказав «Вітаю!»; я відповів «Вітаю!» та чекав."}) ==
        Sentences{"Він сказав «Вітаю!»; я відповів «Вітаю!» та чекав."});
}

TEST_CASE("a bare question or exclamation mark ends a sentence even before a lower-case word") {
  CHECK(split("en", {"are you there? for quality purposes I will close this chat"}) ==
        Sentences{"are you there?", "for quality purposes I will close this chat"});
  CHECK(split("uk", {"ти точно не проти? може просто немаєш бажання"}) ==
        Sentences{"ти точно не проти?", "може просто немаєш бажання"});
  CHECK(split("en", {"They shouted \"Stop!\" and ran."}) == Sentences{"They shouted \"Stop!\" and ran."});
}

TEST_CASE("a full stop after a long plain word ends a sentence even before a lower-case word") {
  CHECK(split("uk", {"мене звуть оксана. я театральна критикиня."}) ==
        Sentences{"мене звуть оксана.", "я театральна критикиня."});
  CHECK(split("en", {"I sent the link. please check your mail."}) ==
        Sentences{"I sent the link. please check your mail."});
  CHECK(split("en", {"Tap Repair. when you finish, continue."}) ==
        Sentences{"Tap Repair.", "when you finish, continue."});
  CHECK(split("en", {"It takes approx. five minutes."}) == Sentences{"It takes approx. five minutes."});
  CHECK(split("uk", {"Офіс на просп. перемоги."}) == Sentences{"Офіс на просп. перемоги."});
}

TEST_CASE("a full stop glued to a capital after a long plain word ends a sentence") {
  CHECK(split("uk", {"Привіт.Сузана допоможи.Мені прийшла виплата."}) ==
        Sentences{"Привіт.", "Сузана допоможи.", "Мені прийшла виплата."});
  // Short words (`м.`, `вул.`), initials, acronyms and lower-case domains stay whole.
  CHECK(split("uk", {"Живу в м.Київ на вул.Хрещатик, пишіть В.Коваленку."}) ==
        Sentences{"Живу в м.Київ на вул.Хрещатик, пишіть В.Коваленку."});
  CHECK(split("en", {"The U.S.Army and example.com agreed."}) ==
        Sentences{"The U.S.Army and example.com agreed."});
}

TEST_CASE("ellipses end a sentence before a capital and not before a lower-case word") {
  CHECK(split("uk", {"Ми чекали... Але ніхто не прийшов."}) ==
        Sentences{"Ми чекали...", "Але ніхто не прийшов."});
  CHECK(split("uk", {"Ми чекали… Але ніхто не прийшов."}) ==
        Sentences{"Ми чекали…", "Але ніхто не прийшов."});
  CHECK(split("en", {"We waited... and waited."}) == Sentences{"We waited... and waited."});
}

TEST_CASE("a dash that opens direct speech or a list item after a finished sentence starts a new one") {
  CHECK(split("uk", {"— Ми готові, — сказав він. — Так, готові."}) ==
        Sentences{"— Ми готові, — сказав він.", "— Так, готові."});
  CHECK(split("en", {"-Supports joints. -Helps muscles. • Contains omega 3."}) ==
        Sentences{"-Supports joints.", "-Helps muscles.", "• Contains omega 3."});
  CHECK(split("uk", {"Ціна зросла на 5 - 7 відсотків."}) == Sentences{"Ціна зросла на 5 - 7 відсотків."});
}

TEST_CASE("a digit after a full stop starts a sentence unless an abbreviation or a list label precedes it") {
  CHECK(split("uk", {"Місто отримало звання героя. 24 лютого почалася війна."}) ==
        Sentences{"Місто отримало звання героя.", "24 лютого почалася війна."});
  CHECK(split("en", {"1. Go to the home screen. 2. Tap More."}) ==
        Sentences{"1. Go to the home screen.", "2. Tap More."});
  CHECK(split("uk", {"Крок 2. Покличте менеджера."}) == Sentences{"Крок 2. Покличте менеджера."});
}

TEST_CASE("text without letters or digits after a stop stays with the sentence") {
  CHECK(split("en", {"You can ask us about the exam. 😎", "Thanks!!! :)"}) ==
        Sentences{"You can ask us about the exam. 😎", "Thanks!!! :)"});
}

TEST_CASE("a 10 MB line is split in linear time") {
  std::string line(10'000'000, 'x');
  line += ". Кінець.";
  CHECK(split("uk", {line}).size() == 2);
  std::string many;
  for (int i = 0; i < 200'000; ++i) many += "Раз. ";
  CHECK(split("uk", {many}).size() == 200'000);
}

TEST_CASE("a list label needs at most one word before its number") {
  CHECK(split("en", {"Step 2. Call the manager."}) == Sentences{"Step 2. Call the manager."});
  CHECK(split("en", {"We waited for step 2. Then we left."}) ==
        Sentences{"We waited for step 2.", "Then we left."});
}
