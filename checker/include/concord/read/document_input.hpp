#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "concord/segment/segment.hpp"

namespace concord::read {

// A non-blank input line: plain-text articles hold one paragraph per line.
struct Paragraph {
  std::string text;
  std::size_t line = 0;
  std::size_t column = 1;  // of the first non-space character
};

struct SideInput {
  std::string path;
  std::string lang;  // language code; empty until resolved
  std::vector<Paragraph> paragraphs;
};

// Units that arrive already paired (TSV rows, TMX/XLIFF units): no segmentation, no alignment.
struct UnitPair {
  std::size_t index = 0;  // the segment index users see: the TSV line number, the unit's ordinal in TMX/XLIFF
  Segment source;
  Segment target;
};

// What a reader hands the pipeline: either two articles to segment and align, or pre-aligned units.
struct DocumentInput {
  SideInput source;
  SideInput target;
  std::optional<std::vector<UnitPair>> units;
};

}  // namespace concord::read
