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
// KMU 2010 for Ukrainian, then ICU Any-Latin for anything else), lowercased, and reduced by the language's
// own rewrite rules (a Latin-script language's letter values: Czech `ch` is `kh`, `j` is `y`), then by the
// shared ones, so `Zelenskyy`, `Zelensky`, `Zelenskiy`, `Zelenskyj` and `Зеленський` all become `zelenski`.
// A language may also list variant letter values (`key_variants.tsv`), in named sets: how a name's home
// language spells the sounds, such as German `z` for Russian `ц` (`Цукерберг` / Zuckerberg) or pinyin `zh`
// for Palladius `чж`; a word a set changes gets one more key per set.
class NameKeys {
 public:
  // `transliteration`, `language_rules` and `variants` may not exist (most languages need none);
  // `shared_rules` must.
  NameKeys(const std::filesystem::path& transliteration, const std::filesystem::path& language_rules,
           const std::filesystem::path& shared_rules, const std::filesystem::path& variants = {});

  std::string romanise(std::u32string_view word) const;  // lowercase ASCII letters: `Віткофф` -> `vitkoff`
  std::string key(std::u32string_view word) const;  // remembered per word; safe to call from several threads
  // The keys of the word respelled by each set of variant letter values that changes it. Remembered like
  // key().
  const std::vector<std::string>& variant_keys(std::u32string_view word) const;
  // The key by the shared rules alone: a name another Latin-script language keeps as written (`Sanchez`,
  // `Benjamin` in a Czech text) follows that language's letter values, not this one's.
  std::string shared_key(std::u32string_view word) const;

 private:
  std::map<char32_t, std::pair<std::string, std::string>> letters_;  // letter -> (word-initial, elsewhere)
  std::string reduce(std::string key, std::size_t first_rule) const;
  struct Keys {
    std::string plain;
    std::vector<std::string> variants;
  };
  const Keys& keys(std::u32string_view word) const;

  std::vector<std::pair<std::string, std::string>> rules_;  // the language's own first, then the shared ones
  std::size_t language_rule_count_ = 0;
  // set name -> rewrites applied in order to the romanised spelling
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, std::string>>>> variants_;
  // Every name word's lemmas are keyed, in every segment it occurs in; the rewrite rules make that costly.
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::u32string, Keys> cache_;
};

// The key without its vowels: transliterations differ mostly in vowels
// (`Трамп`/`Trump`, `Байден`/`Biden`), so equal skeletons mean one name.
std::string skeleton(std::string_view key);

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace concord::extract
