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
// KMU 2010 for Ukrainian, then ICU Any-Latin for anything else), lowercased, and reduced by the language's own
// rewrite rules (a Latin-script language's letter values: Czech `ch` is `kh`, `j` is `y`), then by the shared
// ones, so `Zelenskyy`, `Zelensky`, `Zelenskiy`, `Zelenskyj` and `Зеленський` all become `zelenski`.
class NameKeys {
 public:
  // `transliteration` and `language_rules` may not exist (most languages need neither); `shared_rules` must.
  NameKeys(const std::filesystem::path& transliteration, const std::filesystem::path& language_rules,
           const std::filesystem::path& shared_rules);

  std::string romanise(std::u32string_view word) const;  // lowercase ASCII letters: `Віткофф` -> `vitkoff`
  std::string key(std::u32string_view word) const;  // remembered per word; safe to call from several threads
  // The key by the shared rules alone: a name another Latin-script language keeps as written (`Sanchez`,
  // `Benjamin` in a Czech text) follows that language's letter values, not this one's.
  std::string shared_key(std::u32string_view word) const;

 private:
  std::map<char32_t, std::pair<std::string, std::string>> letters_;  // letter -> (word-initial, elsewhere)
  std::string reduce(std::string key, std::size_t first_rule) const;

  std::vector<std::pair<std::string, std::string>> rules_;  // the language's own first, then the shared ones
  std::size_t language_rule_count_ = 0;
  // Every name word's lemmas are keyed, in every segment it occurs in; the rewrite rules make that costly.
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::u32string, std::string> cache_;
};

// The key without its vowels: transliterations differ mostly in vowels
// (`Трамп`/`Trump`, `Байден`/`Biden`), so equal skeletons mean one name.
std::string skeleton(std::string_view key);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace concord::extract
