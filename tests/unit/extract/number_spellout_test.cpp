#include "concord/adapters/number_spellout.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "concord/extract/registry.hpp"
#include "support.hpp"

namespace {

// Whole numbers from zero to a thousand, then a spread of larger ones up to billions.
std::vector<long long> values_to_spell() {
  std::vector<long long> values;
  for (long long v = 0; v <= 1000; ++v) values.push_back(v);
  for (long long v = 1001; v < 1'000'000; v += 9973) values.push_back(v);
  for (long long v : {1'000'000LL, 2'500'000LL, 21'000'000LL, 3'000'000'000LL, 45'600'000'000LL})
    values.push_back(v);
  return values;
}

}  // namespace

// ICU's CLDR spell-out rules write each language's basic cardinal forms; the extractor, reading its words
// from dictionaries/, must give every one of them back as one quantity of the same value.
TEST_CASE("every number ICU spells out is read back to its value") {
  const auto values = values_to_spell();
  for (const auto& code : concord::testing::languages().codes()) {
    const auto& language = concord::testing::languages().get(code);
    const auto extractors = concord::extract::make_extractors(language);
    const concord::adapters::NumberSpeller speller(language.profile().icu_locale);
    int wrong = 0;
    for (long long value : values) {
      const std::string words = speller.spell(value);
      const auto quantities = concord::extract::extract_all(extractors, words).quantities;
      const bool read_back = quantities.size() == 1 && quantities[0].value == static_cast<double>(value) &&
                             quantities[0].text == words;
      if (!read_back && ++wrong <= 5) {
        std::string found;
        for (const auto& q : quantities) found += " '" + q.text + "' = " + std::to_string(q.value) + ";";
        FAIL_CHECK(code << ": " << value << " spelled '" << words << "' reads as"
                        << (found.empty() ? " nothing" : found));
      }
    }
    CHECK_MESSAGE(wrong == 0, code << ": " << wrong << " of " << values.size() << " numbers not read back");
  }
}
