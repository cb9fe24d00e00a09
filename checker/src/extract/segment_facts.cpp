#include "concord/extract/segment_facts.hpp"

#include <algorithm>
#include <iterator>
#include <sstream>

namespace concord::extract {

bool SegmentFacts::is_claimed(Span span) const {
  // The last claim starting before the span ends is the only one that can reach into it: claims are disjoint.
  auto after = claimed_.lower_bound(span.end);
  if (after == claimed_.begin()) return false;
  return std::prev(after)->second > span.start;
}

void SegmentFacts::claim(Span span) {
  if (span.end <= span.start) return;
  std::size_t start = span.start;
  std::size_t end = span.end;
  auto it = claimed_.upper_bound(start);
  if (it != claimed_.begin() && std::prev(it)->second >= start) --it;
  while (it != claimed_.end() && it->first <= end) {
    start = std::min(start, it->first);
    end = std::max(end, it->second);
    it = claimed_.erase(it);
  }
  claimed_.emplace(start, end);
}

std::vector<FactView> fact_views(const SegmentFacts& facts) {
  std::vector<FactView> views;
  for (const auto& d : facts.dates) views.push_back({"date", d.span, date_key(d)});
  for (const auto& q : facts.quantities) {
    std::ostringstream key;
    key.precision(15);
    if (q.literal.empty()) {
      key << q.value << q.unit;
    } else {
      key << "literal:" << q.literal;  // compared as a string, not a value
    }
    views.push_back({"number", q.span, key.str()});
  }
  // Possible names (capitalised common words, lowercase unknown words) only serve as counterparts: not facts.
  for (const auto& name : facts.names) {
    if (name.certainty != NameCertainty::possible) views.push_back({"name", name.span, name.key});
  }
  std::stable_sort(views.begin(), views.end(),
                   [](const auto& a, const auto& b) { return a.span.start < b.span.start; });
  return views;
}

}  // namespace concord::extract
