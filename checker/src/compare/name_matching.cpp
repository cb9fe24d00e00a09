#include "name_matching.hpp"

#include <algorithm>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"
#include "concord/extract/name_key.hpp"

namespace concord::compare {
namespace {

constexpr std::size_t kMinimumSkeleton = 2;
// A lone consonant matches too many names by accident, unless both names are that short (`Lee`/`Лі`).
constexpr std::size_t kShortKey = 3;
constexpr std::size_t kMinimumNearMissSkeleton = 4;
constexpr std::size_t kMinimumContained = 4;
// Letters an inflection adds to a name's key (`Віткоффом` -> `vitkoffom`).
constexpr std::size_t kLongestInflection = 3;

bool same_skeleton(const std::string& ka, const std::string& kb) {
  const std::string sa = extract::skeleton(ka);
  if (sa.empty() || sa != extract::skeleton(kb)) return false;
  return sa.size() >= kMinimumSkeleton || (ka.size() <= kShortKey && kb.size() <= kShortKey);
}

// A capitalised word of lowercase letters only: not a phrase, a compound (`ДамеЇдло`) or a lowercase word.
bool plain_name_word(const extract::NameMention& name) {
  const std::u32string word = text::to_u32(name.text);
  return !word.empty() && adapters::is_upper(word[0]) &&
         std::all_of(word.begin() + 1, word.end(), [](char32_t c) { return adapters::is_lower(c); });
}

// One key inside the other: a name one side hyphenates or abbreviates (`Абу-Дабі` / `Abu Dhabi`,
// `Сен-Мало` / `Saint-Malo`), writes as a phrase (`Донецької` / `Donetsk Oblast`), or inflects past what a
// rule took back. Between two plain name words, a key that only starts the other, which goes on for more
// than an inflection's letters, is another name made from it (`Коваль` / `Kovalenko`).
bool contains(const std::string& longer, const std::string& shorter, bool plain_words) {
  if (shorter.size() < kMinimumContained || longer.size() <= shorter.size()) return false;
  const std::size_t at = longer.find(shorter);
  if (at == std::string::npos) return false;
  return at > 0 || !plain_words || longer.size() - shorter.size() <= kLongestInflection;
}

}  // namespace

bool same_name(const extract::NameMention& a, const extract::NameMention& b) {
  if (!a.entity.empty() && a.entity == b.entity) return true;
  const bool plain_words = plain_name_word(a) && plain_name_word(b);
  for (const auto& ka : a.keys) {
    for (const auto& kb : b.keys) {
      if (ka == kb || contains(ka, kb, plain_words) || contains(kb, ka, plain_words)) return true;
    }
  }
  for (const auto& ka : a.keys) {
    for (const auto& kb : b.keys) {
      if (same_skeleton(ka, kb)) return true;
    }
  }
  return false;
}

bool similar(const extract::NameMention& a, const extract::NameMention& b) {
  for (const auto& ka : a.keys) {
    const std::string sa = extract::skeleton(ka);
    for (const auto& kb : b.keys) {
      const std::string sb = extract::skeleton(kb);
      const std::size_t allowed = std::max<std::size_t>(1, std::max(sa.size(), sb.size()) / 3);
      if (!sa.empty() && !sb.empty() && extract::edit_distance(sa, sb) <= allowed) return true;
    }
  }
  return false;
}

bool near_miss(const extract::NameMention& a, const extract::NameMention& b) {
  for (const auto& ka : a.keys) {
    const std::string sa = extract::skeleton(ka);
    if (sa.size() < kMinimumNearMissSkeleton) continue;
    for (const auto& kb : b.keys) {
      const std::string sb = extract::skeleton(kb);
      // Names that differ in their first consonant are told apart at a glance: other names, not misspellings.
      if (sb.size() >= kMinimumNearMissSkeleton && sa[0] == sb[0] && extract::edit_distance(sa, sb) == 1)
        return true;
    }
  }
  return false;
}

std::string expected_spelling(const extract::NameMention& source, const std::string& target_code,
                              bool target_is_latin) {
  for (const auto& [code, form] : source.preferred) {
    if (code == target_code) return form;
  }
  return target_is_latin ? source.romanised : source.lemma;
}

}  // namespace concord::compare
