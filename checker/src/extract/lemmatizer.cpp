#include "concord/extract/lemmatizer.hpp"

#include <algorithm>

#include "concord/adapters/icu_locale_data.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"
#include "concord/core/data_table.hpp"

namespace concord::extract {
namespace {

constexpr std::size_t kMinimumStem = 2;  // `EU's` -> `EU`

// Hunspell dictionaries write the apostrophe as U+0027; texts also use the typographic ones.
std::u32string plain_apostrophes(std::u32string word) {
  for (char32_t& c : word) {
    if (c == U'’' || c == U'ʼ') c = U'\'';
  }
  return word;
}

void add_unique(std::vector<std::u32string>& list, std::u32string item) {
  if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(std::move(item));
}

// Whether every letter of the word is of the language's script. A word in another script is foreign to the
// language's Hunspell whatever Hunspell answers: the Ukrainian dictionary erases Latin letters on input
// (ICONV) and so accepts every Latin word, which would make `WOG` or `Dragon Capital` common words.
bool in_script(std::u32string_view word, const std::string& script) {
  return std::all_of(word.begin(), word.end(), [&](char32_t c) {
    const std::string own = adapters::script_of(c);
    return own.empty() || own == script;
  });
}

}  // namespace

Lemmatizer::Lemmatizer(const lang::Language& language) : language_(language) {
  const auto path = language.profile().data_dir / "name_endings.tsv";
  if (std::filesystem::exists(path)) {
    for (const auto& row : read_data_table(path).rows) {
      endings_.emplace_back(text::to_u32(row.cells[0]),
                            text::to_u32(row.cells.size() > 1 ? row.cells[1] : ""));
    }
  }
  // Longest endings first, and a plain cut before a replacement: the first rule-based lemma is the likeliest.
  std::stable_sort(endings_.begin(), endings_.end(), [](const auto& a, const auto& b) {
    return std::make_pair(a.first.size(), b.second.size()) > std::make_pair(b.first.size(), a.second.size());
  });
}

const WordLemmas& Lemmatizer::lemmas(const std::u32string& word) const {
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
  }
  WordLemmas computed = compute(word);
  std::lock_guard lock(mutex_);
  // References into an unordered_map stay valid when it grows, so callers may keep them.
  return cache_.emplace(word, std::move(computed)).first->second;
}

WordLemmas Lemmatizer::compute(const std::u32string& word) const {
  const auto& spell = language_.spell();
  const std::u32string form = plain_apostrophes(word);
  const std::string utf8 = text::to_utf8(form);
  WordLemmas result;
  result.foreign = !in_script(form, language_.profile().script);
  result.known = !result.foreign && spell.knows(utf8);
  const std::u32string lower = adapters::to_lower(form);
  result.lowercase_known = lower != form ? !result.foreign && spell.knows(text::to_utf8(lower)) : result.known;
  if (result.known) {
    for (const auto& stem : spell.stems(utf8)) {
      std::u32string lemma = text::to_u32(stem);
      if (!lemma.empty()) (adapters::is_upper(lemma[0]) ? result.proper : result.common) = true;
      if (lemma == form) result.proper_as_written = result.proper_as_written || adapters::is_upper(lemma[0]);
      add_unique(result.lemmas, std::move(lemma));
    }
  }
  add_unique(result.lemmas, form);
  for (const auto& [ending, replacement] : endings_) {
    if (form.size() >= ending.size() + kMinimumStem &&
        adapters::to_lower(form.substr(form.size() - ending.size())) == ending) {
      add_unique(result.lemmas, form.substr(0, form.size() - ending.size()) + replacement);
    }
  }
  return result;
}

}  // namespace concord::extract
