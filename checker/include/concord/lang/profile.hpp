#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace concord::lang {

// How a language writes numbers: ICU's symbols for the locale, plus the deviations its texts commonly show.
struct NumberConventions {
  char32_t decimal = U'.';
  std::u32string grouping;        // characters accepted between groups of three digits
  std::u32string extra_decimals;  // decimal marks seen besides the standard one, e.g. '.' in Ukrainian texts
};

// Everything the stages need to know about one language. Loaded from dictionaries/<code>/profile.toml, so a
// new language is a folder of data, not code.
struct Profile {
  std::string code;                    // ISO 639-1, e.g. "uk"
  std::string name;                    // English name, for messages
  std::string icu_locale;              // e.g. "uk_UA"
  std::string script;                  // ICU script code of its letters, e.g. "Cyrl"
  std::u32string distinctive_letters;  // letters that tell it from other languages of its script (detection)
  std::string hunspell;                // dictionary name, e.g. "uk_UA"
  std::filesystem::path data_dir;      // dictionaries/<code>/
  NumberConventions numbers;
  // Names: whether the language capitalises common words in titles and headings (`Free Standard Shipping`),
  // so a capitalised known word is no evidence of a name; and the name tables (dictionaries/names/*.tsv,
  // --names).
  bool capitalises_common_words = false;
  std::vector<std::filesystem::path> name_tables;
  // Words whose final dot ends no sentence (`Mr.`, `тис.`), lower case with the dot: dictionaries/<code>/
  // abbreviations.txt, one per line, '#' comments; a language without the file has none.
  std::unordered_set<std::u32string> abbreviations;
};

// Whether `word`, which ends with a dot, is an initial (`В.`) or one of the language's abbreviations, so that
// its dot ends no sentence.
bool is_abbreviation(const Profile& profile, std::u32string_view word);

// Reads dictionaries/<code>/profile.toml; throws Error naming the file and line when it is invalid.
Profile load_profile(const std::filesystem::path& data_dir);

}  // namespace concord::lang
