#include "concord/extract/name_key.hpp"

#include <doctest/doctest.h>

#include "concord/core/text.hpp"
#include "concord/lang/languages.hpp"

namespace {

concord::extract::NameKeys keys_of(const std::string& language) {
  const auto dictionaries = concord::lang::default_settings().dictionaries;
  return {dictionaries / language / "transliteration.tsv", dictionaries / language / "key_rules.tsv",
          dictionaries / "names" / "key_rules.tsv"};
}

const concord::extract::NameKeys& keys() {
  static const auto instance = keys_of("uk");
  return instance;
}

std::string key(const std::string& word) { return keys().key(concord::text::to_u32(word)); }

std::string key_in(const std::string& language, const std::string& word) {
  return keys_of(language).key(concord::text::to_u32(word));
}

}  // namespace

TEST_CASE("official, press and agency spellings of Zelenskyy share one key with the Ukrainian") {
  const std::string ukrainian = key("Зеленський");
  for (const char* spelling : {"Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyi"}) {
    CAPTURE(spelling);
    CHECK(key(spelling) == ukrainian);
  }
}

TEST_CASE("Russian-style and national renderings of a Russian name share one key") {
  const std::string ukrainian = key("Дмитрієв");
  CHECK(key("Dmitriev") == ukrainian);
  CHECK(key("Dmitriyev") == ukrainian);
  CHECK(key("Dmytriiev") == ukrainian);
}

TEST_CASE("Russian spellings meet the Ukrainian and English ones") {
  CHECK(key_in("ru", "Дмитриев") == key("Дмитрієв"));
  CHECK(key_in("ru", "Дмитриев") == key("Dmitriev"));
  CHECK(key_in("ru", "Зеленский") == key("Зеленський"));
  CHECK(key_in("ru", "Песков") == key("Peskov"));
  CHECK(key_in("ru", "Дмитрий") == key("Dmitry"));
  CHECK(key_in("ru", "Горбачёв") == key("Gorbachev"));
  CHECK(key_in("ru", "Шойгу") == key("Shoigu"));
}

TEST_CASE("Czech spellings meet the Ukrainian and English ones") {
  CHECK(key_in("cs", "Zelenskyj") == key("Зеленський"));
  CHECK(key_in("cs", "Zelenský") == key("Zelenskyy"));
  CHECK(key_in("cs", "Charkov") == key("Kharkov"));
  CHECK(key_in("cs", "Doněck") == key("Донецьк"));
  CHECK(key_in("cs", "Černihiv") == key("Чернігів"));
  CHECK(key_in("cs", "Kyjev") != key_in("cs", "Charkov"));
}

TEST_CASE("a name another Latin-script language keeps as written meets by the shared rules alone") {
  const auto czech = keys_of("cs");
  CHECK(czech.key(U"Sanchez") != key("Санчес"));
  CHECK(czech.shared_key(U"Sanchez") == key("Санчес"));
  CHECK(czech.shared_key(U"Benjamin") == key("Бенджамин"));
  CHECK(keys().shared_key(U"Зеленський") == key("Зеленський"));
}

TEST_CASE("doubled letters and digraph variants meet") {
  CHECK(key("Witkoff") == key("Віткофф"));
  CHECK(key("Peskov") == key("Пєсков"));
  CHECK(key("Zaporizhzhia") == key("Запоріжжя"));
  CHECK(key("Zaporizhia") == key("Запоріжжя"));
}

TEST_CASE("different names keep different keys and skeletons") {
  CHECK(key("Kherson") != key("Kharkiv"));
  CHECK(concord::extract::skeleton(key("Kherson")) != concord::extract::skeleton(key("Kharkiv")));
  CHECK(key("Peskov") != key("Lavrov"));
}

TEST_CASE("romanisation follows KMU 2010, word-initial forms included") {
  CHECK(keys().romanise(U"Віткофф") == "vitkoff");
  CHECK(keys().romanise(U"Єрмак") == "yermak");
  CHECK(keys().romanise(U"Пєсков") == "pieskov");
  CHECK(keys().romanise(U"Щ") == "shch");
}

TEST_CASE("skeletons drop vowels and edit distance counts single edits") {
  CHECK(concord::extract::skeleton("tramp") == concord::extract::skeleton("trump"));
  CHECK(concord::extract::edit_distance("pskv", "pstv") == 1);
  CHECK(concord::extract::edit_distance("hrsn", "hrkv") == 2);
  CHECK(concord::extract::edit_distance("", "abc") == 3);
}
