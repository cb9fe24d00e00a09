#pragma once
#include <filesystem>
#include <string>
#include <unordered_set>
#include <vector>

#include "concord/adapters/icu_sentence_breaker.hpp"
#include "concord/lang/profile.hpp"
#include "concord/read/document_input.hpp"
#include "concord/segment/segment.hpp"

namespace concord::segment {

// Splits paragraphs into sentences: ICU's sentence rules, then three corrections ICU lacks.
//  - No break after a whole word of the language's abbreviation list (dictionaries/<code>/abbreviations.txt),
//    compared case-insensitively, nor after an initial (`В. Зеленський`, `J. Smith`).
//  - A break before a dash that opens direct speech after a finished sentence (`...він. — Так.`).
// A paragraph boundary is always a sentence boundary. Linear in the paragraph length.
class Segmenter {
 public:
  explicit Segmenter(const lang::Profile& profile);

  std::vector<Segment> split(const std::vector<read::Paragraph>& paragraphs) const;

  // Code-point offsets where the sentences of one paragraph end, the paragraph's end included.
  std::vector<std::size_t> boundaries(const std::u32string& paragraph) const;

 private:
  bool keeps_going(const std::u32string& text, std::size_t boundary) const;

  adapters::SentenceBreaker breaker_;
  std::unordered_set<std::u32string> abbreviations_;  // lower case, with the final dot
};

// One abbreviation per line; '#' starts a comment. Throws Error naming the file if it cannot be read.
std::vector<std::u32string> load_abbreviations(const std::filesystem::path& path);

}  // namespace concord::segment
