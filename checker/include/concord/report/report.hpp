#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "concord/core/finding.hpp"
#include "concord/core/span.hpp"

namespace concord::report {

struct SideInfo {
  std::string path;
  std::string lang;
};

// An extracted fact, for reports that highlight them: facts with equal keys on the two sides are the same fact.
struct FactMark {
  std::string kind;  // "number", "date", "name", ...
  Span span;
  std::string key;   // normalised value, comparable across languages
};

struct SegmentSide {
  std::string text;  // "" for an unmatched side
  std::size_t line = 0;  // 0 for an unmatched side
  std::size_t column = 0;
  std::vector<FactMark> facts;
};

struct SegmentResult {
  std::size_t index = 0;
  SegmentSide source;
  SegmentSide target;
  std::vector<Finding> findings;
};

// One checked document, or one that could not be read (failed, with the error that says why).
struct DocumentResult {
  SideInfo source;
  SideInfo target;
  bool failed = false;
  std::string error;
  std::vector<SegmentResult> segments;
  std::vector<Finding> findings;  // about the document as a whole
  // The document's position in the whole corpus, in the report of one shard of it (scan --shard) only, so
  // that merge can put the shards' documents back in the order of one run.
  std::optional<std::size_t> corpus_index;
};

// Which part of a corpus a shard's report holds (scan --shard K/N): merge checks with it that the shards
// given are all the shards of one corpus, each once.
struct ShardInfo {
  std::size_t index = 1;  // K, 1-based
  std::size_t count = 1;  // N
  std::size_t corpus_documents = 0;  // documents in the whole corpus, all shards together
  std::string corpus_fingerprint;    // of the whole corpus's document list (16 hex digits)
};

struct Summary {
  std::size_t documents = 0;
  std::size_t failed = 0;
  std::size_t segments = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t ignored = 0;  // files a scan found but does not read (unknown kinds); never checked, never errors

  std::size_t checked() const { return documents - failed; }
  void add(const DocumentResult& document);
};

}  // namespace concord::report
