#pragma once
#include <cstddef>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace concord::extract {

// Comparison keys for names across scripts and spellings. A word is romanised (the language's own table, e.g.
// KMU 2010 for Ukrainian, then ICU Any-Latin for anything else), lowercased, and reduced by the shared
// rewrite rules, so `Zelenskyy`, `Zelensky`, `Zelenskiy` and `Зеленський` all become `zelenski`.
class NameKeys {
 public:
  // `transliteration` may not exist (a Latin-script language needs none); `rules` must.
  NameKeys(const std::filesystem::path& transliteration, const std::filesystem::path& rules);

  std::string romanise(std::u32string_view word) const;  // lowercase ASCII letters: `Віткофф` -> `vitkoff`
  std::string key(std::u32string_view word) const;  // remembered per word; safe to call from several threads

 private:
  std::string compute_key(std::u32string_view word) const;

  std::map<char32_t, std::pair<std::string, std::string>> letters_;  // letter -> (word-initial, elsewhere)
  std::vector<std::pair<std::string, std::string>> rules_;
  // Every name word's lemmas are keyed, in every segment it occurs in; the rewrite rules make that costly.
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::u32string, std::string> cache_;
};

// The key without its vowels: transliterations differ mostly in vowels
// (`Трамп`/`Trump`, `Байден`/`Biden`), so equal skeletons mean one name.
std::string skeleton(std::string_view key);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace concord::extract
