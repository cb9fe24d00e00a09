#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace concord::adapters {

// ICU's sentence BreakIterator for a locale (UAX #29 rules, no abbreviation filter: ICU's filtered iterator
// matches suppressions as word suffixes, so `р.` would also keep `директор.` from ending a sentence; the
// segmenter applies whole-word abbreviations itself). Each call works on its own clone, so one breaker serves
// many threads.
class SentenceBreaker {
 public:
  explicit SentenceBreaker(const std::string& icu_locale);
  ~SentenceBreaker();
  SentenceBreaker(const SentenceBreaker&) = delete;
  SentenceBreaker& operator=(const SentenceBreaker&) = delete;

  // Code-point offsets where sentences end inside the text, the text's end included.
  std::vector<std::size_t> boundaries(const std::u32string& text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::adapters
