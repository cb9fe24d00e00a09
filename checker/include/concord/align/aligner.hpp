#pragma once
#include <vector>

#include "concord/align/bead.hpp"
#include "concord/lang/lexicon.hpp"
#include "concord/segment/segment.hpp"

namespace concord::align {

// Aligns two segment lists by dynamic programming over 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 beads. A
// bead costs how rare its kind is, how far its length ratio strays from the document's own ratio (Gale &
// Church), which anchors (numbers, names, words, links, `?`/`!`, quotes) both sides share or only one has,
// and, when both languages have a lexicon, how many words have a meaning on the other side; a bead ending a
// paragraph on one side only pays a penalty, and one joining sentences across a paragraph break a larger one,
// so paragraphs guide the sentences without having to match one to one. The search keeps to a band around the
// diagonal; when the best path touches the band's edge it searches again around that path, then in a wider
// band where it touched: near-linear in the document length. The beads cover both lists in order.
std::vector<Bead> align(const std::vector<Segment>& source, const std::vector<Segment>& target,
                        const lang::Lexicon* source_lexicon = nullptr,
                        const lang::Lexicon* target_lexicon = nullptr);

}  // namespace concord::align
