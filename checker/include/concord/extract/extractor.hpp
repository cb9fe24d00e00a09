#pragma once
#include <string>
#include <string_view>

#include "concord/extract/segment_facts.hpp"

namespace concord::extract {

// The segment text in the two forms extractors scan: UTF-8 and code points (spans index the latter).
struct SegmentText {
  std::string_view utf8;
  const std::u32string& chars;
};

// Finds one kind of fact in a segment of one language. Built once per language; extract() is const and
// thread-safe.
class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual void extract(const SegmentText& text, SegmentFacts& facts) const = 0;
};

}  // namespace concord::extract
