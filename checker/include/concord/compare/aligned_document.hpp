#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "concord/extract/segment_facts.hpp"

namespace concord::lang {
class Language;
}

namespace concord::compare {

// One side of an aligned segment: the text of the segments in its bead joined by spaces, with its facts.
struct SideText {
  std::string text;
  std::size_t line = 0;    // of the first segment; 0 when the side is absent
  std::size_t column = 0;
  extract::SegmentFacts facts;

  bool present() const { return line != 0; }
};

struct SegmentPair {
  std::size_t index = 0;  // 1-based order in the document
  SideText source;
  SideText target;
};

struct AlignedDocument {
  const lang::Language* source_language = nullptr;
  const lang::Language* target_language = nullptr;
  std::vector<SegmentPair> pairs;
};

}  // namespace concord::compare
