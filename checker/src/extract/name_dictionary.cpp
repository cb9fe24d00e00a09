#include "concord/extract/name_dictionary.hpp"

#include <algorithm>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/core/data_table.hpp"

namespace concord::extract {
namespace {

NameKind parse_kind(const std::string& kind, const DataTable& table, std::size_t line) {
  if (kind == "first-name") return NameKind::first_name;
  if (kind == "adjective") return NameKind::adjective;
  if (kind == "title") return NameKind::title;
  if (kind == "term") return NameKind::term;
  if (kind == "place" || kind == "organisation" || kind == "person") return NameKind::name;
  throw InputError(
      table.path.string(), line,
      "unknown kind '" + kind + "' (place, organisation, person, first-name, adjective, title, term)");
}

std::vector<std::string> split_forms(const std::string& cell) {
  std::vector<std::string> forms{""};
  for (char c : cell) {
    if (c == '|') {
      forms.emplace_back();
    } else {
      forms.back().push_back(c);
    }
  }
  forms.erase(std::remove(forms.begin(), forms.end(), ""), forms.end());
  return forms;
}

}  // namespace

bool is_acronym(std::u32string_view word) {
  const auto apostrophe = std::find_if(word.begin(), word.end(), text::is_apostrophe);
  std::u32string_view base = word.substr(0, static_cast<std::size_t>(apostrophe - word.begin()));
  if (base.size() >= 3 && base.back() == U's') base.remove_suffix(1);
  std::size_t letters = 0;
  for (char32_t c : base) {
    if (adapters::is_letter(c) && !adapters::is_upper(c)) return false;
    letters += adapters::is_letter(c) ? 1 : 0;
  }
  return letters >= 2;
}

std::vector<NameWord> name_words(std::u32string_view s) {
  std::vector<NameWord> words;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!adapters::is_letter(s[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < s.size() && (adapters::is_letter(s[i]) || (text::is_apostrophe(s[i]) && i + 1 < s.size() &&
                                                          adapters::is_letter(s[i + 1]) && i > start))) {
      ++i;
    }
    // A dotted acronym: single capitals each followed by a dot (`U.S.`, `U.N.`).
    while (i - start >= 1 && adapters::is_upper(s[i - 1]) && (i - 1 == start || s[i - 2] == U'.') &&
           i + 2 < s.size() && s[i] == U'.' && adapters::is_upper(s[i + 1]) && (s[i + 2] == U'.')) {
      i += 2;
    }
    words.push_back({{start, i}, std::u32string(s.substr(start, i - start))});
  }
  return words;
}

NamePhrase::Word NameDictionary::phrase_word(const NameWord& word) const {
  NamePhrase::Word result;
  result.form = adapters::to_lower(word.text);
  for (const auto& lemma : lemmatizer_.lemmas(word.text).lemmas)
    result.lemmas.push_back(adapters::to_lower(lemma));
  if (is_acronym(word.text)) {
    result.letter_case = NamePhrase::Case::upper;
  } else if (adapters::is_upper(word.text[0])) {
    result.letter_case = NamePhrase::Case::capitalised;
  }
  return result;
}

NameDictionary::NameDictionary(const lang::Language& language, const Lemmatizer& lemmatizer,
                               const NameKeys& keys)
    : lemmatizer_(lemmatizer) {
  const std::string& code = language.code();
  for (const auto& path : language.profile().name_tables) {
    const DataTable table = read_data_table(path);
    if (table.columns.size() == 3 && table.columns[0] == "language") {
      for (const auto& row : table.rows) {
        if (row.cells[0] == code) {
          historical_[adapters::to_lower(text::to_u32(row.cells[1]))] = text::to_u32(row.cells[2]);
        }
      }
      continue;
    }
    if (table.columns.empty() || table.columns[0] != "kind") continue;
    for (const auto& row : table.rows) {
      NameEntry entry;
      entry.id = path.filename().string() + ":" + std::to_string(row.line);
      entry.kind = parse_kind(row.cells[0], table, row.line);
      entry.person = row.cells[0] == "person";
      const std::size_t index = entries_.size();
      for (std::size_t column = 1; column < table.columns.size(); ++column) {
        const auto forms = split_forms(row.cells[column]);
        if (forms.empty()) continue;
        entry.preferred.emplace_back(table.columns[column], forms.front());
        for (const auto& form : forms) {
          const std::u32string form32 = text::to_u32(form);
          std::string key;
          NamePhrase phrase{index, {}};
          for (const auto& word : name_words(form32)) {
            key += keys.key(word.text);
            if (table.columns[column] == code) phrase.words.push_back(phrase_word(word));
          }
          if (!key.empty()) entry.keys.push_back(key);
          if (phrase.words.empty()) continue;
          for (const auto& lemma : phrase.words.front().lemmas)
            phrase_index_[lemma].push_back(phrases_.size());
          phrases_.push_back(std::move(phrase));
        }
      }
      entries_.push_back(std::move(entry));
    }
  }
}

const std::vector<std::size_t>& NameDictionary::phrases_starting(const std::u32string& lemma) const {
  static const std::vector<std::size_t> kNone;
  auto it = phrase_index_.find(lemma);
  return it == phrase_index_.end() ? kNone : it->second;
}

std::optional<std::u32string> NameDictionary::modern_spelling(const std::u32string& lowercase_form) const {
  auto it = historical_.find(lowercase_form);
  if (it == historical_.end()) return std::nullopt;
  return it->second;
}

}  // namespace concord::extract
