#include "concord/extract/segment_facts.hpp"

#include <algorithm>

namespace concord::extract {

bool SegmentFacts::is_claimed(Span span) const {
  return std::any_of(claimed.begin(), claimed.end(), [&](const Span& c) { return c.overlaps(span); });
}

}  // namespace concord::extract
