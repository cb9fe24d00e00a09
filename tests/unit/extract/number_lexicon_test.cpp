#include "concord/extract/number_lexicon.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "concord/core/error.hpp"
#include "support.hpp"

namespace {

// A language folder of its own holding one numbers.tsv with the given rows.
std::filesystem::path folder_with_numbers(const std::string& rows) {
  const auto folder =
      std::filesystem::temp_directory_path() / ("concord-lexicon-" + std::to_string(getpid()));
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "numbers.tsv") << "# a comment\n" << rows;
  return folder;
}

std::string load_error(const std::string& rows) {
  const auto folder = folder_with_numbers(rows);
  std::string message;
  try {
    concord::extract::NumberLexicon lexicon(folder);
  } catch (const concord::Error& e) {
    message = e.what();
  }
  std::filesystem::remove_all(folder);
  return message;
}

}  // namespace

TEST_CASE("a malformed number data file is an error naming the file and line") {
  CHECK(load_error("two\t2\tcardinal\nthree\tthree\tcardinal\n").find("numbers.tsv:3: bad value 'three'") !=
        std::string::npos);
  CHECK(load_error("two\t2\tnoun\n").find("numbers.tsv:2: unknown role 'noun'") != std::string::npos);
  CHECK(load_error("two\t2\n").find("numbers.tsv:2: expected form, value, role") != std::string::npos);
  CHECK(load_error("two\t2\tcardinal\tloud\n").find("numbers.tsv:2: unknown flag 'loud'") !=
        std::string::npos);
}

TEST_CASE("every apostrophe and none give the same key") {
  using concord::extract::NumberLexicon;
  CHECK(NumberLexicon::normal_form(U"П'ять") == U"пять");
  CHECK(NumberLexicon::normal_form(U"п’ять") == U"пять");
  CHECK(NumberLexicon::normal_form(U"пʼять") == U"пять");
}

TEST_CASE("the project's number data gives inflected words and compounds their values") {
  using concord::extract::NumberLexicon;
  const auto data_dir = [](const char* code) {
    return concord::testing::languages().get(code).profile().data_dir;
  };
  const NumberLexicon uk(data_dir("uk"));
  const NumberLexicon en(data_dir("en"));
  REQUIRE(uk.word(NumberLexicon::normal_form(U"двома")) != nullptr);
  CHECK(uk.word(NumberLexicon::normal_form(U"двома"))->value == 2);
  REQUIRE(uk.word(NumberLexicon::normal_form(U"п'ятьох")) != nullptr);
  CHECK(uk.word(NumberLexicon::normal_form(U"п'ятьох"))->value == 5);
  REQUIRE(en.word(U"twenty") != nullptr);
  CHECK(en.word(U"twenty")->value == 20);
  REQUIRE(uk.compound(NumberLexicon::normal_form(U"двогодинну")));
  CHECK(uk.compound(NumberLexicon::normal_form(U"двогодинну"))->value == 2);
  CHECK(uk.compound(NumberLexicon::normal_form(U"двовідсотковий"))->unit == "%");
  CHECK_FALSE(uk.compound(NumberLexicon::normal_form(U"тривалий")));
  CHECK_FALSE(uk.compound(NumberLexicon::normal_form(U"столиця")));
  CHECK(en.is_roman_context(NumberLexicon::two_words(U"world", U"war")));
}
