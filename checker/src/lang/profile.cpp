#include "concord/lang/profile.hpp"

#include <toml++/toml.h>

#include <fstream>

#include "concord/adapters/icu_locale_data.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::lang {
namespace {

std::string required_string(const toml::table& table, std::string_view key,
                            const std::filesystem::path& file) {
  if (auto value = table[key].value<std::string>()) return *value;
  throw Error(file.string() + ": missing or non-string key '" + std::string(key) + "'");
}

std::u32string joined_strings(const toml::node_view<const toml::node>& node) {
  std::u32string result;
  if (const auto* array = node.as_array()) {
    for (const auto& element : *array) {
      if (auto s = element.value<std::string>()) result += text::to_u32(*s);
    }
  }
  return result;
}

std::unordered_set<std::u32string> load_abbreviations(const std::filesystem::path& path) {
  std::unordered_set<std::u32string> result;
  if (!std::filesystem::exists(path)) return result;
  std::ifstream in(path);
  if (!in) throw Error("cannot read abbreviation list " + path.string());
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (auto end = line.find_last_not_of(" \t\r"); end != std::string::npos) line.erase(end + 1);
    if (!line.empty()) result.insert(adapters::to_lower(text::to_u32(line)));
  }
  return result;
}

}  // namespace

bool is_abbreviation(const Profile& profile, std::u32string_view word) {
  if (word.size() == 2 && word[1] == U'.' && adapters::is_upper(word[0])) return true;
  return profile.abbreviations.count(adapters::to_lower(word)) > 0;
}

Profile load_profile(const std::filesystem::path& data_dir) {
  const auto file = data_dir / "profile.toml";
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw Error(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                std::string(e.description()));
  }
  Profile profile;
  profile.code = required_string(table, "code", file);
  profile.name = required_string(table, "name", file);
  profile.icu_locale = required_string(table, "icu_locale", file);
  profile.script = required_string(table, "script", file);
  profile.hunspell = required_string(table, "hunspell", file);
  profile.distinctive_letters = text::to_u32(table["distinctive_letters"].value_or(std::string()));
  profile.data_dir = data_dir;

  const auto symbols = adapters::number_symbols(profile.icu_locale);
  const toml::node_view<const toml::node> numbers = std::as_const(table)["numbers"];
  profile.numbers.decimal = symbols.decimal;
  profile.numbers.grouping = joined_strings(numbers["extra_grouping"]);
  profile.numbers.grouping.insert(profile.numbers.grouping.begin(), symbols.grouping);
  profile.numbers.extra_decimals = joined_strings(numbers["extra_decimals"]);
  profile.capitalises_common_words = table["names"]["capitalises_common_words"].value_or(false);
  profile.abbreviations = load_abbreviations(data_dir / "abbreviations.txt");
  return profile;
}

}  // namespace concord::lang
