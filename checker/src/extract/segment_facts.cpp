#include "concord/extract/segment_facts.hpp"

#include <algorithm>
#include <sstream>

namespace concord::extract {

bool SegmentFacts::is_claimed(Span span) const {
  return std::any_of(claimed.begin(), claimed.end(), [&](const Span& c) { return c.overlaps(span); });
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
