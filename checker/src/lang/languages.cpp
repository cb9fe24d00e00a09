#include "concord/lang/languages.hpp"

#include <algorithm>
#include <cstdlib>
#include <tuple>
#include <vector>

#include "concord/adapters/icu_locale_data.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::lang {
namespace {

std::filesystem::path from_environment(const char* variable, const char* fallback) {
  const char* value = std::getenv(variable);
  return value && *value ? value : fallback;
}

}  // namespace

Settings default_settings() {
  return {from_environment("CONCORD_DICTIONARIES", CONCORD_SOURCE_DICTIONARIES),
          from_environment("CONCORD_HUNSPELL_DIR", "/usr/share/hunspell"), {}};
}

Language::Language(Profile profile, std::filesystem::path hunspell_dir)
    : profile_(std::move(profile)), hunspell_dir_(std::move(hunspell_dir)) {}

const Lexicon& Language::lexicon() const {
  std::call_once(lexicon_once_, [this] { lexicon_ = load_lexicon(profile_.data_dir / "lexicon.tsv"); });
  return lexicon_;
}

const adapters::SpellDictionary& Language::spell() const {
  std::call_once(spell_once_, [this] {
    spell_ = std::make_unique<adapters::SpellDictionary>(hunspell_dir_ / (profile_.hunspell + ".aff"),
                                                         hunspell_dir_ / (profile_.hunspell + ".dic"));
  });
  return *spell_;
}

Languages::Languages(const Settings& settings) {
  std::error_code ec;
  if (!std::filesystem::is_directory(settings.dictionaries, ec)) {
    throw Error("dictionaries folder " + settings.dictionaries.string() +
                " not found (set --dictionaries or CONCORD_DICTIONARIES)");
  }
  // Name tables hold every language's column; each language reads its own. Sorted, so entry ids are stable.
  std::vector<std::filesystem::path> name_tables;
  if (std::filesystem::is_directory(settings.dictionaries / "names", ec)) {
    for (const auto& entry : std::filesystem::directory_iterator(settings.dictionaries / "names")) {
      if (entry.path().extension() == ".tsv") name_tables.push_back(entry.path());
    }
  }
  std::sort(name_tables.begin(), name_tables.end());
  name_tables.insert(name_tables.end(), settings.name_tables.begin(), settings.name_tables.end());
  for (const auto& entry : std::filesystem::directory_iterator(settings.dictionaries)) {
    if (!std::filesystem::exists(entry.path() / "profile.toml")) continue;
    Profile profile = load_profile(entry.path());
    profile.name_tables = name_tables;
    const std::string code = profile.code;
    languages_.emplace(code, std::make_unique<Language>(std::move(profile), settings.hunspell));
  }
  if (languages_.empty()) {
    throw Error("no language profiles (profile.toml) under " + settings.dictionaries.string());
  }
}

const Language* Languages::find(std::string_view code) const {
  auto it = languages_.find(code);
  return it == languages_.end() ? nullptr : it->second.get();
}

const Language& Languages::get(std::string_view code) const {
  if (const Language* language = find(code)) return *language;
  std::string known;
  for (const auto& c : codes()) known += (known.empty() ? "" : ", ") + c;
  throw Error("unknown language '" + std::string(code) + "' (known: " + known + ")");
}

std::vector<std::string> Languages::codes() const {
  std::vector<std::string> result;
  for (const auto& [code, language] : languages_) result.push_back(code);
  return result;
}

std::vector<std::string> Languages::codes_in_file_name(const std::filesystem::path& path) const {
  std::vector<std::string> parts{""};
  for (char c : path.stem().string()) {
    if (c == '.' || c == '-' || c == '_') {
      parts.emplace_back();
    } else {
      parts.back().push_back(c);
    }
  }
  std::vector<std::string> result;
  // The first part is the document's own name, never a language code.
  for (std::size_t i = 1; i < parts.size(); ++i) {
    if (find(parts[i])) result.push_back(parts[i]);
  }
  return result;
}

std::optional<std::string> Languages::detect(std::string_view utf8) const {
  std::map<std::string, std::size_t> letters_by_script;
  std::map<std::string, std::size_t> distinctive;
  for (char32_t c : text::to_u32(utf8)) {
    const std::string script = adapters::script_of(c);
    if (script.empty()) continue;
    ++letters_by_script[script];
    for (const auto& [code, language] : languages_) {
      if (language->profile().distinctive_letters.find(c) != std::u32string::npos) ++distinctive[code];
    }
  }
  // A few distinctive letters prove nothing: an English text names Dvořák, a Ukrainian one quotes a Russian
  // word. They count when they make at least one letter in kDistinctiveShare of the script's letters; a language
  // whose letters fall short ranks below one that has no distinctive letters at all (English among Latin ones).
  constexpr std::size_t kDistinctiveShare = 40;
  const Language* best = nullptr;
  std::tuple<std::size_t, std::size_t, bool> best_score{0, 0, false};
  for (const auto& [code, language] : languages_) {
    const std::size_t letters = letters_by_script[language->profile().script];
    const bool plain = language->profile().distinctive_letters.empty();
    const std::size_t own = distinctive[code] * kDistinctiveShare >= letters ? distinctive[code] : 0;
    const std::tuple<std::size_t, std::size_t, bool> score{letters, own, plain || own > 0};
    if (letters > 0 && score > best_score) {
      best = language.get();
      best_score = score;
    }
  }
  if (!best) return std::nullopt;
  return best->code();
}

const Language* Languages::other_language_of(const Language& declared, std::string_view text) const {
  // Counted in words, not letters: the other language must write more words with its own letters than the
  // declared one does, so a Russian sentence that names `Українські Новини` is still Russian, and a Ukrainian
  // one quoting a Russian word stays Ukrainian.
  const std::u32string letters = text::to_u32(text);
  auto words_with_letters_of = [&](const Language& language) {
    const std::u32string& own = language.profile().distinctive_letters;
    std::size_t words = 0;
    bool counted = false;
    for (char32_t c : letters) {
      if (!adapters::is_letter(c)) {
        counted = false;
      } else if (!counted && own.find(c) != std::u32string::npos) {
        ++words;
        counted = true;
      }
    }
    return words;
  };
  if (declared.profile().distinctive_letters.empty()) return nullptr;
  const Language* best = nullptr;
  std::size_t best_words = words_with_letters_of(declared);
  for (const auto& [code, language] : languages_) {
    if (language.get() == &declared || language->profile().script != declared.profile().script) continue;
    if (const std::size_t words = words_with_letters_of(*language); words > best_words) {
      best = language.get();
      best_words = words;
    }
  }
  return best;
}

}  // namespace concord::lang
