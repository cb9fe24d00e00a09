#pragma once
#include <map>
#include <string>
#include <vector>

#include "concord/core/span.hpp"
#include "concord/extract/date_expression.hpp"
#include "concord/extract/name_mention.hpp"
#include "concord/extract/quantity.hpp"

namespace concord::extract {

// Every fact extracted from one segment. Extractors run in registry order and claim the spans they take, so a
// later extractor leaves them alone and each fact is reported once (a year belongs to the date, not the number).
struct SegmentFacts {
  std::vector<DateExpression> dates;
  std::vector<Quantity> quantities;
  std::vector<NameMention> names;
  // Keys of the lowercase dictionary words: a name one language capitalises may stand opposite a common word
  // of the other (`Bolsheviks` / `большевики`). Sorted, without repeats.
  std::vector<std::string> common_word_keys;
  bool is_claimed(Span span) const;
  void claim(Span span);

 private:
  // Only "is any of it claimed?" is ever asked, so overlapping claims merge: disjoint spans, start -> end,
  // answer in O(log n) however many facts a very long segment holds.
  std::map<std::size_t, std::size_t> claimed_;
};

// Every fact of a segment as (kind, span, key), in text order, for reports that highlight facts.
struct FactView {
  std::string kind;
  Span span;
  std::string key;
};
std::vector<FactView> fact_views(const SegmentFacts& facts);

}  // namespace concord::extract
