#include <doctest/doctest.h>

#include <string>

#include "concord/adapters/spell_dictionary.hpp"
#include "support.hpp"

using concord::adapters::SpellDictionary;
using concord::testing::write_temp_file;

namespace {

constexpr const char* kStress = "\u0301";  // the character uk_UA's IGNORE line lists

SpellDictionary tiny_dictionary(const std::string& name, const std::string& entry) {
  const auto aff = write_temp_file(name + ".aff", std::string("SET UTF-8\nIGNORE ") + kStress + "\n");
  const auto dic = write_temp_file(name + ".dic", "1\n" + entry + "\n");
  return SpellDictionary(aff, dic);
}

}  // namespace

TEST_CASE("an IGNORE line means what Hunspell says whether or not the dictionary holds the ignored characters") {
  // Without the stress mark in its files the dictionary loads without IGNORE and cleans words itself; with it,
  // Hunspell does it all. Both must answer as Hunspell does: the ignored character never matters.
  const std::string stressed = std::string("сло") + kStress + "во";
  for (const auto& entry : {std::string("слово"), stressed}) {
    CAPTURE(entry);
    const auto spell = tiny_dictionary(entry == stressed ? "ignore-in-dic" : "ignore-not-in-dic", entry);
    CHECK(spell.knows("слово"));
    CHECK(spell.knows(stressed));
    CHECK_FALSE(spell.knows("слава"));
    CHECK(spell.stems(stressed) == std::vector<std::string>{"слово"});
  }
}

TEST_CASE("the Ukrainian dictionary ignores stress marks in words") {
  const auto& spell = concord::testing::languages().get("uk").spell();
  const std::string stressed = std::string("Ки") + kStress + "єва";
  CHECK(spell.knows(stressed));
  CHECK(spell.stems(stressed) == spell.stems("Києва"));
}
