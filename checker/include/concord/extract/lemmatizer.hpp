#pragma once
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "concord/lang/languages.hpp"

namespace concord::extract {

// What the lemmatizer knows of one word form.
struct WordLemmas {
  bool known = false;   // Hunspell accepts the form as written
  bool proper = false;  // one of Hunspell's stems is capitalised: a proper noun (`Зеленського`)
  bool common = false;  // one of Hunspell's stems is lowercase: a common word (`Тому`, also `Том`)
  bool proper_as_written = false;  // a capitalised stem is the form itself: a name's own form (`Коваленко`)
  bool foreign = false;  // written in another script than the language's: Hunspell cannot judge it
  bool lowercase_known = false;        // Hunspell accepts the form in lowercase: it is (also) a common word
  std::vector<std::u32string> lemmas;  // Hunspell's stems first, then the form and its rule-based lemmas
};

// Lemmas of word forms: Hunspell's stemmer (`Зеленського` -> `Зеленський`, `Києва` -> `Київ`), plus the form
// with its case ending replaced by the language's rules (dictionaries/<lang>/name_endings.tsv) for words no
// dictionary knows (`Віткоффа` -> `Віткофф`). Each form is looked up once; thread-safe.
class Lemmatizer {
 public:
  explicit Lemmatizer(const lang::Language& language);

  const WordLemmas& lemmas(const std::u32string& word) const;

 private:
  WordLemmas compute(const std::u32string& word) const;

  const lang::Language& language_;
  std::vector<std::pair<std::u32string, std::u32string>> endings_;  // (ending, replacement), longest first
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::u32string, WordLemmas> cache_;
};

}  // namespace concord::extract
