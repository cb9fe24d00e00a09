#pragma once
#include <vector>

#include "concord/align/bead.hpp"
#include "concord/segment/segment.hpp"

namespace concord::align {

// Aligns two segment lists, paragraphs first where both sides have the same number of paragraphs, then
// sentences inside them by dynamic programming over 1-1, 1-2, 2-1, 2-2, 1-0 and 0-1 beads scored by length.
// The beads cover both lists in order. Time and memory stay near linear: a range too large for one DP table
// (millions of cells) is first cut into blocks of about 200 segments.
std::vector<Bead> align(const std::vector<Segment>& source, const std::vector<Segment>& target);

}  // namespace concord::align
