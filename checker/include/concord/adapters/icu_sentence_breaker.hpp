#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace concord::adapters {

// ICU's sentence BreakIterator for a locale, with abbreviations after which no sentence ends (ICU's filtered
// break iterator). Each call works on its own clone, so one breaker serves many threads.
class SentenceBreaker {
 public:
  SentenceBreaker(const std::string& icu_locale, const std::vector<std::u32string>& abbreviations);
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
