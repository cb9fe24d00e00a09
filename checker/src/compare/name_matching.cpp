#include "name_matching.hpp"

#include <algorithm>

#include "concord/extract/name_key.hpp"

namespace concord::compare {
namespace {

// Shorter skeletons match too many names by accident (`kv`: Kyiv, Kiev, Kovo).
constexpr std::size_t kMinimumSkeleton = 3;
constexpr std::size_t kMinimumNearMissSkeleton = 4;

}  // namespace

bool same_name(const extract::NameMention& a, const extract::NameMention& b) {
  if (!a.entity.empty() && a.entity == b.entity) return true;
  for (const auto& key : a.keys) {
    if (std::find(b.keys.begin(), b.keys.end(), key) != b.keys.end()) return true;
  }
  for (const auto& ka : a.keys) {
    const std::string sa = extract::skeleton(ka);
    if (sa.size() < kMinimumSkeleton) continue;
    for (const auto& kb : b.keys) {
      if (sa == extract::skeleton(kb)) return true;
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
      // The first letter is kept: names that differ there are told apart at a glance, so they are other names.
      if (sb.size() >= kMinimumNearMissSkeleton && sa[0] == sb[0] && extract::edit_distance(sa, sb) == 1) return true;
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
