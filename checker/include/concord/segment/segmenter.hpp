#pragma once
#include <memory>
#include <vector>

#include "concord/adapters/icu_sentence_breaker.hpp"
#include "concord/lang/profile.hpp"
#include "concord/read/document_input.hpp"
#include "concord/segment/segment.hpp"

namespace concord::segment {

// Splits paragraphs into sentences with ICU and the language's abbreviation list
// (dictionaries/<code>/abbreviations.txt). A paragraph boundary is always a sentence boundary.
class Segmenter {
 public:
  explicit Segmenter(const lang::Profile& profile);

  std::vector<Segment> split(const std::vector<read::Paragraph>& paragraphs) const;

 private:
  adapters::SentenceBreaker breaker_;
};

// One abbreviation per line; '#' starts a comment. Throws Error naming the file if it cannot be read.
std::vector<std::u32string> load_abbreviations(const std::filesystem::path& path);

}  // namespace concord::segment
