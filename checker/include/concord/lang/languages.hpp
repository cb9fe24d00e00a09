#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/adapters/spell_dictionary.hpp"
#include "concord/lang/lexicon.hpp"
#include "concord/lang/profile.hpp"

namespace concord::lang {

struct Settings {
  std::filesystem::path dictionaries;  // the folder with one subfolder per language
  std::filesystem::path hunspell;      // the folder holding <name>.aff and <name>.dic
  std::vector<std::filesystem::path> name_tables;  // the user's own name tables (--names), after the built-in ones
};

// The default settings: CONCORD_DICTIONARIES / CONCORD_HUNSPELL_DIR when set, else the source tree's
// dictionaries/ and /usr/share/hunspell.
Settings default_settings();

// One language: its profile and the resources that are costly to load, each loaded once on first use.
class Language {
 public:
  Language(Profile profile, std::filesystem::path hunspell_dir);

  const Profile& profile() const { return profile_; }
  const std::string& code() const { return profile_.code; }
  // The words' meanings for the aligner (dictionaries/<code>/lexicon.tsv); empty when the language has none.
  const Lexicon& lexicon() const;
  // Hunspell for this language; throws Error if the dictionary files are missing or do not load.
  const adapters::SpellDictionary& spell() const;

 private:
  Profile profile_;
  std::filesystem::path hunspell_dir_;
  mutable std::once_flag spell_once_;
  mutable std::unique_ptr<adapters::SpellDictionary> spell_;
  mutable std::once_flag lexicon_once_;
  mutable Lexicon lexicon_;
};

// Every language with a profile under the dictionaries folder.
class Languages {
 public:
  explicit Languages(const Settings& settings);

  const Language* find(std::string_view code) const;
  const Language& get(std::string_view code) const;  // throws Error for an unknown code
  std::vector<std::string> codes() const;

  // "a.uk.txt" -> "uk", "news.uk-en.tsv" -> {"uk", "en"}: the known codes among the name's dot- and dash-
  // separated parts before the extension.
  std::vector<std::string> codes_in_file_name(const std::filesystem::path& path) const;
  // The language whose script and distinctive letters best fit the text, if any letter fits at all. Distinctive
  // letters count only when they are at least 1 in 40 of the letters of their script.
  std::optional<std::string> detect(std::string_view text) const;
  // The language a segment of a `declared` document is really written in, when it is another one of the same
  // script: more of its words have that language's distinctive letters than the declared one's (a Russian
  // paragraph in a Ukrainian article). Null otherwise, and always for a declared language without distinctive
  // letters.
  const Language* other_language_of(const Language& declared, std::string_view text) const;

 private:
  std::map<std::string, std::unique_ptr<Language>, std::less<>> languages_;
};

}  // namespace concord::lang
