#include <doctest/doctest.h>
#include <algorithm>

#include "concord/core/error.hpp"
#include "support.hpp"

using concord::testing::languages;

TEST_CASE("profiles load from dictionaries/ with ICU's number symbols") {
  const auto& uk = languages().get("uk").profile();
  CHECK(uk.numbers.decimal == U',');
  CHECK(uk.numbers.grouping.find(U'\u00A0') != std::u32string::npos);
  const auto& en = languages().get("en").profile();
  CHECK(en.numbers.decimal == U'.');
  CHECK(en.numbers.grouping.find(U',') != std::u32string::npos);
  CHECK_THROWS_AS(languages().get("xx"), concord::Error);
}

TEST_CASE("language codes come from file names and never from the document's own name") {
  CHECK(languages().codes_in_file_name("news/a.uk.txt") == std::vector<std::string>{"uk"});
  CHECK(languages().codes_in_file_name("story.uk-en.tsv") == std::vector<std::string>{"uk", "en"});
  CHECK(languages().codes_in_file_name("en.txt").empty());
}

TEST_CASE("the script of the text tells the language") {
  CHECK(languages().detect("Зеленський прибув до Києва.") == "uk");
  CHECK(languages().detect("Zelenskyy arrived in Kyiv.") == "en");
  CHECK_FALSE(languages().detect("12345 !!!").has_value());
}

TEST_CASE("Hunspell loads once and stems inflected Ukrainian names") {
  const auto& spell = languages().get("uk").spell();
  CHECK(&spell == &languages().get("uk").spell());
  const auto stems = spell.stems("Києва");
  CHECK(std::find(stems.begin(), stems.end(), "Київ") != stems.end());
}

TEST_CASE("Russian and Czech are told from Ukrainian and English by their own letters") {
  CHECK(languages().detect("Зеленский прибыл в Киев на этой неделе.") == "ru");
  CHECK(languages().detect("Zelenskyj přijel do Kyjeva ve čtvrtek.") == "cs");
  // One Czech name in an English text, one Russian word quoted in a Ukrainian one: too few to count.
  CHECK(languages().detect("The orchestra played Dvořák and Smetana for the guests in the hall tonight.") == "en");
  CHECK(languages().detect("Він назвав це словом «обыватель» і пішов з трибуни, не відповівши на питання.") == "uk");
}

TEST_CASE("Russian and Czech profiles use their own number symbols and file-name codes") {
  CHECK(languages().get("ru").profile().numbers.decimal == U',');
  CHECK(languages().get("cs").profile().numbers.decimal == U',');
  CHECK(languages().codes_in_file_name("story.cs-uk.tsv") == std::vector<std::string>{"cs", "uk"});
  CHECK(languages().codes_in_file_name("a.ru.txt") == std::vector<std::string>{"ru"});
}

TEST_CASE("Hunspell stems Russian and Czech words") {
  const auto ru = languages().get("ru").spell().stems("Киева");
  CHECK(std::find(ru.begin(), ru.end(), "Киев") != ru.end());
  const auto cs = languages().get("cs").spell().stems("Kyjeva");
  CHECK(std::find(cs.begin(), cs.end(), "Kyjev") != cs.end());
}

TEST_CASE("a segment in another language of the declared script is told by its words") {
  const auto& uk = languages().get("uk");
  const auto* russian =
      languages().other_language_of(uk, "Как сообщали Українські Новини, хакеры взломали сайты.");
  REQUIRE(russian != nullptr);
  CHECK(russian->code() == "ru");
  CHECK(languages().other_language_of(uk, "Він процитував слова «хакеры взломали» у своєму дописі.") ==
        nullptr);
  CHECK(languages().other_language_of(uk, "Добре.") == nullptr);
  // a language without letters of its own never switches: English texts name Dvořák
  CHECK(languages().other_language_of(languages().get("en"), "Antonín Dvořák složil Novosvětskou.") ==
        nullptr);
}
