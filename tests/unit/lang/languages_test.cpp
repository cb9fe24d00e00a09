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
