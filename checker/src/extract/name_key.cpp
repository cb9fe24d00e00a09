#include "concord/extract/name_key.hpp"

#include <algorithm>

#include "concord/adapters/icu_transliterator.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/core/data_table.hpp"

namespace concord::extract {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
}

void collapse_doubles(std::string& s) { s.erase(std::unique(s.begin(), s.end()), s.end()); }

bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

}  // namespace

NameKeys::NameKeys(const std::filesystem::path& transliteration, const std::filesystem::path& language_rules,
                   const std::filesystem::path& shared_rules, const std::filesystem::path& variants) {
  if (std::filesystem::exists(transliteration)) {
    for (const auto& row : read_data_table(transliteration).rows) {
      const std::u32string letter = text::to_u32(row.cells[0]);
      if (letter.size() != 1)
        throw InputError(transliteration.string(), row.line, "the first cell must be one letter");
      letters_[letter[0]] = {row.cells.size() > 1 ? row.cells[1] : "",
                             row.cells.size() > 2 ? row.cells[2] : ""};
    }
  }
  std::vector<std::filesystem::path> rule_files{shared_rules};
  if (std::filesystem::exists(language_rules)) rule_files.insert(rule_files.begin(), language_rules);
  for (const auto& rules : rule_files) {
    for (const auto& row : read_data_table(rules).rows) {
      if (row.cells[0].empty()) throw InputError(rules.string(), row.line, "empty rewrite");
      rules_.emplace_back(row.cells[0], row.cells.size() > 1 ? row.cells[1] : "");
    }
    if (rules == language_rules) language_rule_count_ = rules_.size();
  }
  if (!variants.empty() && std::filesystem::exists(variants)) {
    for (const auto& row : read_data_table(variants).rows) {
      if (row.cells.size() < 3 || row.cells[0].empty() || row.cells[1].empty())
        throw InputError(variants.string(), row.line, "expected set<TAB>from<TAB>to");
      if (variants_.empty() || variants_.back().first != row.cells[0])
        variants_.push_back({row.cells[0], {}});
      variants_.back().second.emplace_back(row.cells[1], row.cells[2]);
    }
  }
}

std::string NameKeys::romanise(std::u32string_view word) const {
  std::string result;
  bool initial = true;
  for (char32_t c : word) {
    const char32_t lower = adapters::to_lower(c);
    if (is_ascii_letter(lower)) {
      result.push_back(static_cast<char>(lower));
    } else if (auto it = letters_.find(lower); it != letters_.end()) {
      result += initial ? it->second.first : it->second.second;
    } else if (adapters::is_letter(lower)) {
      for (char32_t a : adapters::to_latin_ascii(std::u32string(1, lower))) {
        if (is_ascii_letter(a)) result.push_back(static_cast<char>(adapters::to_lower(a)));
      }
    }
    initial = !adapters::is_letter(c);
  }
  return result;
}

std::string NameKeys::key(std::u32string_view word) const { return keys(word).plain; }

const std::vector<std::string>& NameKeys::variant_keys(std::u32string_view word) const {
  return keys(word).variants;
}

const NameKeys::Keys& NameKeys::keys(std::u32string_view word) const {
  std::u32string owned(word);
  {
    std::lock_guard lock(mutex_);
    if (auto it = cache_.find(owned); it != cache_.end()) return it->second;
  }
  const std::string spelling = romanise(word);
  Keys made{reduce(spelling, 0), {}};
  for (const auto& [set, rewrites] : variants_) {
    std::string respelled = spelling;
    for (const auto& [from, to] : rewrites) replace_all(respelled, from, to);
    if (respelled == spelling) continue;
    std::string variant = reduce(std::move(respelled), 0);
    if (variant != made.plain &&
        std::find(made.variants.begin(), made.variants.end(), variant) == made.variants.end())
      made.variants.push_back(std::move(variant));
  }
  std::lock_guard lock(mutex_);
  // unordered_map never moves its elements: the reference stays valid while the cache lives
  return cache_.emplace(std::move(owned), std::move(made)).first->second;
}

std::string NameKeys::shared_key(std::u32string_view word) const {
  return reduce(romanise(word), language_rule_count_);
}

std::string NameKeys::reduce(std::string key, std::size_t first_rule) const {
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t k = first_rule; k < rules_.size(); ++k) replace_all(key, rules_[k].first, rules_[k].second);
    collapse_doubles(key);
  }
  return key;
}

std::string skeleton(std::string_view key) {
  std::string result;
  for (char c : key) {
    if (std::string_view("aeiou").find(c) == std::string_view::npos) result.push_back(c);
  }
  collapse_doubles(result);
  return result;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace concord::extract
