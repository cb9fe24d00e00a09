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

// Splits paragraphs into sentences: ICU's sentence rules, with corrections ICU lacks.
//  - No break after a whole word of the language's abbreviation list (dictionaries/<code>/abbreviations.txt),
//    compared case-insensitively, after an initial (`В. Зеленський`, `J. Smith`) or a list label (`Крок 2.`),
//    before a lower-case letter (except after a bare `?` or `!`, `are you there? for quality`, or a full stop
//    after a plain word of five letters or more, `мене звуть оксана. я театральна`), or before text
//    without a letter or digit, or before `,`, `;` or `:`.
//  - A break before a dash or bullet opening speech or a list item after a finished sentence (`він. — Так.`),
//    before a capital after `…`, and before a digit after a full stop (`procedure. 24 hours later`).
// A paragraph boundary is always a sentence boundary. Linear in the paragraph length.
class Segmenter {
 public:
  explicit Segmenter(const lang::Profile& profile);  // the profile must outlive the segmenter

  std::vector<Segment> split(const std::vector<read::Paragraph>& paragraphs) const;

  // Code-point offsets where the sentences of one paragraph end, the paragraph's end included.
  std::vector<std::size_t> boundaries(const std::u32string& paragraph) const;

 private:
  // Whether the candidate break at `boundary` is not a sentence end; the sentence began at `sentence_start`
  // and the next candidate break is `next_boundary`.
  bool keeps_going(const std::u32string& text, std::size_t sentence_start, std::size_t boundary,
                   std::size_t next_boundary) const;

  const lang::Profile& profile_;
  adapters::SentenceBreaker breaker_;
};

}  // namespace concord::segment
