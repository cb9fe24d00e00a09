#pragma once
#include <string>
#include <utility>
#include <vector>

#include "concord/core/span.hpp"

namespace concord::extract {

// Only `name` and `acronym` mentions make findings on their own: good translations leave out or rephrase
// first names, adjectives and terms (`Christmas trees` / `ялинки`), and a title (`Mr`, `пан`) is no name by
// itself.
enum class NameKind { name, first_name, acronym, adjective, title, term };

// How sure the extractor is that a capitalised word is a name. Only `certain` names make findings on their
// own.
enum class NameCertainty {
  possible,  // a capitalised common word (`Federal Holidays`, a sentence's first word), a lowercase word no
             // dictionary knows (`путін`, `водафон`): only a counterpart for names on the other side
  likely,   // a word both a common word and a proper noun (`Тому`/`Том`), or an unknown word opening a
            // sentence
  certain,  // a proper noun to Hunspell, an unknown word inside a sentence, an acronym, a dictionary entry
};

// A name in a segment: a person, place, organisation, acronym or name-derived adjective.
struct NameMention {
  Span span;
  std::string text;  // as written
  NameKind kind = NameKind::name;
  NameCertainty certainty = NameCertainty::certain;
  std::string key;  // comparison key of its first lemma (`Зеленського` -> `zelenski`)
  std::vector<std::string> keys;    // keys of every candidate lemma and of the dictionary entry's forms
  std::vector<std::string> lemmas;  // lowercase candidate lemmas in the text's own script
  std::string lemma;                // the lemma shown to users, in its written case
  std::string entity;               // dictionary entry id ("exonyms.tsv:12"), empty when not in a dictionary
  std::vector<std::pair<std::string, std::string>>
      preferred;          // (language code, preferred spelling) of the entry
  std::string romanised;  // the lemma in the national romanisation, capitalised (`Віткоффа` -> `Vitkoff`)
  bool foreign_script = false;  // written in another script than its text's language (`WOG` in Ukrainian)
  bool common_word = false;     // a common word as well (`Коваленко`, Czech `Kočka`, `Starosta`)
  std::string historical_of;  // when `text` is a historical spelling: the preferred one (`Kiev` -> `Kyiv`)
};

}  // namespace concord::extract
