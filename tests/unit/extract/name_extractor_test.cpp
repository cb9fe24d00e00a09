#include <doctest/doctest.h>

#include <sstream>

#include "concord/extract/lemmatizer.hpp"
#include "concord/extract/registry.hpp"
#include "support.hpp"

namespace {

using concord::extract::NameCertainty;
using concord::extract::NameKind;

// "text:certainty:kind" for each name mention, certainty as p(ossible), l(ikely), c(ertain), joined by ", ".
std::string names(const std::string& code, const std::string& text) {
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  std::string result;
  for (const auto& name : concord::extract::extract_all(extractors, text).names) {
    const char certainty = "plc"[static_cast<int>(name.certainty)];
    const char* kinds[] = {"name", "first", "acronym", "adjective", "title", "term"};
    result +=
        (result.empty() ? "" : ", ") + name.text + ":" + certainty + ":" + kinds[static_cast<int>(name.kind)];
  }
  return result;
}

// The last name mention of the text.
const concord::extract::NameMention& last_name(const std::string& code, const std::string& text) {
  static std::vector<concord::extract::SegmentFacts> kept;
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  kept.push_back(concord::extract::extract_all(extractors, text));
  REQUIRE_FALSE(kept.back().names.empty());
  return kept.back().names.back();
}

}  // namespace

TEST_CASE("Hunspell lemmas and case-ending rules give the nominative") {
  CHECK(last_name("uk", "Заява Зеленського").lemma == "Зеленський");
  CHECK(last_name("uk", "поблизу Москви").lemma == "Москва");
  CHECK(last_name("uk", "поблизу Києва").lemma == "Київ");
  CHECK(last_name("uk", "зустріч із Віткоффом").lemma == "Віткофф");
  CHECK(last_name("uk", "літак Віткоффа").lemma == "Віткофф");
}

TEST_CASE("inflected forms share the key of their lemma") {
  const std::string key = last_name("uk", "Зеленський").key;
  CHECK(last_name("uk", "із Зеленським").key == key);
  CHECK(last_name("uk", "Зеленському").key == key);
  CHECK(last_name("en", "with Zelenskyy's team").key == key);
}

TEST_CASE("sentence-initial common words are only possible names; unknown and proper words are names") {
  CHECK(names("uk", "Доброго дня, дякую.") == "Доброго:p:name");
  CHECK(names("uk", "Тому я погоджуюсь.") == "Тому:p:name");
  CHECK(names("uk", "Коваленко прибув.") == "Коваленко:l:name");
  CHECK(names("uk", "Потім Кшиштофяк прибув.") == "Потім:p:name, Кшиштофяк:c:name");
  CHECK(names("uk", "Вчора Кшиштофяк прибув.") == "Кшиштофяк:c:name");  // `Вчора` is a date, claimed first
  CHECK(names("uk", "Кшиштофяк прибув.") == "Кшиштофяк:l:name");
  CHECK(names("en", "Free Standard Shipping") == "Free:p:name, Standard:p:name, Shipping:p:name");
}

TEST_CASE("dictionary phrases, acronyms, adjectives, first names and titles") {
  CHECK(names("uk", "в Об'єднаних Арабських Еміратах") == "Об'єднаних Арабських Еміратах:c:name");
  CHECK(names("en", "in the United Arab Emirates") == "United Arab Emirates:c:name");
  CHECK(names("uk", "дані СБУ") == "СБУ:c:name");
  CHECK(names("en", "the EU's budget and the NGOs") == "EU's:c:name, NGOs:c:acronym");
  CHECK(names("en", "the MPs") == "MPs:c:term");  // a common noun English abbreviates
  CHECK(names("uk", "дані ВККС") == "ВККС:c:acronym");
  CHECK(names("uk", "анкориджські домовленості") == "анкориджські:p:adjective");
  CHECK(names("en", "said Volodymyr Zelenskyy") == "Volodymyr:c:first, Zelenskyy:c:name");
  CHECK(names("en", "said Mr Smith") == "Mr:c:title, Smith:p:name");
}

TEST_CASE("contractions are no names and lowercase unknown words are possible counterparts") {
  CHECK(names("en", "I’m sure I'll go") == "");
  CHECK(names("uk", "президент путін і водафон") == "путін:p:name, водафон:p:name");
}

TEST_CASE("historical spellings carry the modern one and its entry") {
  const auto& kiev = last_name("en", "arrived in Kiev");
  CHECK(kiev.historical_of == "Kyiv");
  CHECK(kiev.entity == last_name("en", "arrived in Kyiv").entity);
}

TEST_CASE("the lemmatizer caches each form and tells common words from names") {
  const concord::extract::Lemmatizer lemmatizer(concord::testing::languages().get("uk"));
  const auto& first = lemmatizer.lemmas(U"Коваленко");
  CHECK(&first == &lemmatizer.lemmas(U"Коваленко"));
  CHECK(first.proper_as_written);
  CHECK_FALSE(lemmatizer.lemmas(U"Тому").proper_as_written);
  CHECK_FALSE(lemmatizer.lemmas(U"Віткоффом").known);
}
