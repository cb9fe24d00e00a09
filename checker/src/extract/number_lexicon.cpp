#include "concord/extract/number_lexicon.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::extract {
namespace {

// The tab-separated fields of each data line of a file; comment lines start with '#'. A missing file is no
// lines: a language may have no compounds or no Roman numeral context.
std::vector<std::pair<std::size_t, std::vector<std::string>>> read_rows(const std::filesystem::path& path) {
  std::vector<std::pair<std::size_t, std::vector<std::string>>> rows;
  std::ifstream in(path);
  if (!in) return rows;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (auto end = line.find_last_not_of(" \r"); end != std::string::npos) line.erase(end + 1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream stream(line);
    for (std::string field; std::getline(stream, field, '\t');) fields.push_back(field);
    rows.emplace_back(number, std::move(fields));
  }
  return rows;
}

[[noreturn]] void malformed(const std::filesystem::path& path, std::size_t line, const std::string& why) {
  throw Error(path.string() + ":" + std::to_string(line) + ": " + why);
}

double parse_value(const std::filesystem::path& path, std::size_t line, const std::string& field) {
  double value = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), value);
  if (error != std::errc() || end != field.data() + field.size())
    malformed(path, line, "bad value '" + field + "'");
  return value;
}

NumberRole parse_role(const std::filesystem::path& path, std::size_t line, const std::string& field) {
  if (field == "cardinal") return NumberRole::cardinal;
  if (field == "ordinal") return NumberRole::ordinal;
  if (field == "multiplier") return NumberRole::multiplier;
  if (field == "magnitude") return NumberRole::magnitude;
  if (field == "connector") return NumberRole::connector;
  if (field == "fraction") return NumberRole::fraction;
  if (field == "fraction-connector") return NumberRole::fraction_connector;
  if (field == "ordinal-suffix") return NumberRole::ordinal_suffix;
  if (field == "clock") return NumberRole::clock;
  malformed(path, line, "unknown role '" + field + "'");
}

}  // namespace

std::u32string NumberLexicon::normal_form(std::u32string_view word) { return adapters::folded_word(word); }

std::u32string NumberLexicon::two_words(const std::u32string& first, const std::u32string& second) {
  std::u32string key;
  key.reserve(first.size() + 1 + second.size());
  key.append(first).append(1, U' ').append(second);
  return key;
}

NumberLexicon::NumberLexicon(const std::filesystem::path& data_dir) {
  const auto numbers = data_dir / "numbers.tsv";
  for (const auto& [line, fields] : read_rows(numbers)) {
    if (fields.size() < 3) malformed(numbers, line, "expected form, value, role");
    NumberWord word{parse_value(numbers, line, fields[1]), parse_role(numbers, line, fields[2])};
    for (std::size_t k = 3; k < fields.size(); ++k) {
      if (fields[k] == "not-alone") {
        word.stands_alone = false;
      } else if (fields[k] == "after-currency") {
        word.needs_currency = true;
      } else if (!fields[k].empty()) {
        malformed(numbers, line, "unknown flag '" + fields[k] + "'");
      }
    }
    words_.emplace(normal_form(text::to_u32(fields[0])), word);
  }

  const auto units = data_dir / "number_units.tsv";
  for (const auto& [line, fields] : read_rows(units)) {
    if (fields.size() < 2) malformed(units, line, "expected form, unit");
    units_.emplace(normal_form(text::to_u32(fields[0])),
                   NumberUnit{fields[1], fields.size() > 2 && fields[2] == "before"});
  }

  const auto compounds = data_dir / "number_compounds.tsv";
  for (const auto& [line, fields] : read_rows(compounds)) {
    if (fields.size() < 2) malformed(compounds, line, "expected prefix, value or head, '-' [, unit]");
    if (fields[1] == "-") {
      compound_heads_.emplace_back(normal_form(text::to_u32(fields[0])), fields.size() > 2 ? fields[2] : "");
    } else {
      compound_prefixes_.emplace_back(normal_form(text::to_u32(fields[0])),
                                      parse_value(compounds, line, fields[1]));
    }
  }
  std::stable_sort(compound_prefixes_.begin(), compound_prefixes_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

  for (const auto& [line, fields] : read_rows(data_dir / "roman_numeral_context.txt")) {
    std::u32string words;
    for (std::istringstream stream(fields[0]); !stream.eof();) {
      std::string word;
      stream >> word;
      if (!word.empty())
        words = words.empty() ? normal_form(text::to_u32(word))
                              : two_words(words, normal_form(text::to_u32(word)));
    }
    roman_context_.insert(words);
  }
}

const NumberWord* NumberLexicon::word(const std::u32string& normal) const {
  const auto it = words_.find(normal);
  return it == words_.end() ? nullptr : &it->second;
}

const NumberUnit* NumberLexicon::unit(const std::u32string& normal) const {
  const auto it = units_.find(normal);
  return it == units_.end() ? nullptr : &it->second;
}

std::optional<NumberLexicon::Compound> NumberLexicon::compound(const std::u32string& normal) const {
  for (const auto& [prefix, value] : compound_prefixes_) {
    if (normal.size() <= prefix.size() || normal.compare(0, prefix.size(), prefix) != 0) continue;
    const std::u32string_view rest = std::u32string_view(normal).substr(prefix.size());
    for (const auto& [head, unit] : compound_heads_) {
      if (rest.substr(0, head.size()) == head) return Compound{value, unit};
    }
  }
  return std::nullopt;
}

}  // namespace concord::extract
