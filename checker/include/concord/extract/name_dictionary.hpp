#pragma once
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "concord/core/span.hpp"
#include "concord/extract/lemmatizer.hpp"
#include "concord/extract/name_key.hpp"
#include "concord/extract/name_mention.hpp"

namespace concord::extract {

// A word of a text as names see it: letters with inner apostrophes, or a dotted acronym (`U.S.` -> `U.S`).
struct NameWord {
  Span span;
  std::u32string text;
};
std::vector<NameWord> name_words(std::u32string_view text);

// Two capitals or more and no lowercase letter, but for a plural `s` (`NATO`, `СБУ`, `EU's`, `MPs`).
bool is_acronym(std::u32string_view word);

// One row of a name table: every spelling of one entity, in every language.
struct NameEntry {
  std::string id;  // "<file name>:<line>"
  NameKind kind = NameKind::name;
  bool person = false;            // a person's surname or full name, not a place or an organisation
  std::vector<std::string> keys;  // comparison keys of all its forms
  std::vector<std::pair<std::string, std::string>> preferred;  // (language code, first form)
};

// A form of an entry in this language, as words to match against a text.
struct NamePhrase {
  enum class Case { any, capitalised, upper };
  struct Word {
    std::u32string form;                 // lowercase, as the table writes it
    std::vector<std::u32string> lemmas;  // lowercase
    Case letter_case = Case::any;
  };
  std::size_t entry = 0;
  std::vector<Word> words;
};

// The name tables (dictionaries/names/*.tsv and --names files) as one language reads them: tables whose
// header is `kind<TAB><code>...` hold entities; `language<TAB>historical<TAB>preferred` holds historical
// spellings; other tables (the key rules) are not name tables. Throws Error for an unreadable or malformed
// table.
class NameDictionary {
 public:
  NameDictionary(const lang::Language& language, const Lemmatizer& lemmatizer, const NameKeys& keys);

  const NameEntry& entry(std::size_t index) const { return entries_[index]; }
  const NamePhrase& phrase(std::size_t index) const { return phrases_[index]; }
  // Phrases of this language whose first word has this lowercase lemma.
  const std::vector<std::size_t>& phrases_starting(const std::u32string& lemma) const;
  // The preferred spelling when `lowercase_form` is a historical one in this language.
  std::optional<std::u32string> modern_spelling(const std::u32string& lowercase_form) const;

 private:
  NamePhrase::Word phrase_word(const NameWord& word) const;

  const Lemmatizer& lemmatizer_;
  std::vector<NameEntry> entries_;
  std::vector<NamePhrase> phrases_;
  std::map<std::u32string, std::vector<std::size_t>> phrase_index_;
  std::map<std::u32string, std::u32string> historical_;
};

}  // namespace concord::extract
