#include "concord/lang/lexicon.hpp"

#include <doctest/doctest.h>

#include "concord/core/error.hpp"
#include "support.hpp"

using concord::lang::Lexicon;
using concord::lang::load_lexicon;
using concord::testing::write_temp_file;

namespace {

bool share_a_meaning(const Lexicon& a, std::u32string_view a_word, const Lexicon& b,
                     std::u32string_view b_word) {
  for (auto meaning : a.meanings_of(a_word)) {
    for (auto other : b.meanings_of(b_word)) {
      if (meaning == other) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("a prefix covers a paradigm and the longest listed form wins") {
  const auto uk =
      write_temp_file("lexicon-uk.tsv",
                      "# comment\nform\tmeanings\nвійн*\twar\nвійськ*\tmilitary, army\nсвіт*\tworld, light\n"
                      "світл*\tlight\nкомп'ютер*\tcomputer\n");
  const auto en =
      write_temp_file("lexicon-en.tsv",
                      "form\tmeanings\nwar\nwars\twar\narmy\narmies\tarmy\nmilitary\nworld\nlight*\n"
                      "computer*\n");
  // Loaded each on its own, the two meet by their meanings' names.
  const auto ukrainian = load_lexicon(uk);
  const auto english = load_lexicon(en);
  CHECK(share_a_meaning(ukrainian, U"війною", english, U"wars"));
  CHECK(share_a_meaning(ukrainian, U"війн", english, U"war"));
  // `військ*` is the longer match and means something else.
  CHECK_FALSE(share_a_meaning(ukrainian, U"військовий", english, U"war"));
  CHECK(share_a_meaning(ukrainian, U"військами", english, U"armies"));
  CHECK(share_a_meaning(ukrainian, U"військами", english, U"military"));
  // A word is translated by any one of its meanings, and meanings do not chain: `military` is no `army`.
  CHECK(share_a_meaning(ukrainian, U"світу", english, U"world"));
  CHECK(share_a_meaning(ukrainian, U"світу", english, U"lights"));
  CHECK_FALSE(share_a_meaning(ukrainian, U"світлом", english, U"world"));
  CHECK_FALSE(share_a_meaning(english, U"military", english, U"army"));
  // Exact English forms do not reach further: `warm` is not `war`.
  CHECK(english.meanings_of(U"warm").empty());
  // Any apostrophe.
  CHECK(share_a_meaning(ukrainian, U"комп’ютера", english, U"computers"));
  CHECK(ukrainian.meanings_of(U"книга").empty());
}

TEST_CASE("a missing lexicon is empty and a malformed one names its file and line") {
  CHECK(load_lexicon("/nonexistent/lexicon.tsv").empty());
  const auto bad = write_temp_file("lexicon-bad.tsv", "form\tmeanings\nвійн*\twar\nво*\twar\n");
  try {
    load_lexicon(bad);
    FAIL("a two-letter prefix was accepted");
  } catch (const concord::InputError& error) {
    CHECK(error.path().find("lexicon-bad.tsv") != std::string::npos);
    CHECK(error.line() == 3);
  }
}

TEST_CASE("the shipped lexicons give a word and its translations one meaning") {
  const auto& languages = concord::testing::languages();
  const auto& uk = languages.get("uk").lexicon();
  const auto& en = languages.get("en").lexicon();
  CHECK(share_a_meaning(uk, U"новими", en, U"new"));
  CHECK(share_a_meaning(uk, U"війною", en, U"war"));
  CHECK(share_a_meaning(uk, U"купила", en, U"bought"));
  // Russian and Czech name their meanings as the Ukrainian file does, so they meet it and English.
  const auto& ru = languages.get("ru").lexicon();
  const auto& cs = languages.get("cs").lexicon();
  CHECK(share_a_meaning(ru, U"войной", uk, U"війною"));
  CHECK(share_a_meaning(ru, U"купила", en, U"bought"));
  CHECK(share_a_meaning(cs, U"válce", uk, U"війні"));
  CHECK(share_a_meaning(cs, U"nové", en, U"new"));
}
