#pragma once
#include <filesystem>
#include <functional>
#include <ostream>
#include <vector>

#include "concord/report/report.hpp"

namespace concord::report {

// The JSON reports of the shards of one scan (scan --shard K/N --format json) put back together: every
// document in the order of one unsharded run, without its corpus_index. Fed to any reporter with the count of
// ignored files, they give the report one run would have written, byte for byte. The reports are read twice,
// a document at a time: memory holds one document per shard, whatever the corpus size.
class JsonShardMerge {
 public:
  // Reads and checks every report. Throws Error, naming the files, when a report cannot be read or is not a
  // shard's report, when the reports are shards of different corpora or splits, when a shard is missing or
  // given twice, or when a shard lacks documents.
  explicit JsonShardMerge(std::vector<std::filesystem::path> reports);

  std::size_t ignored() const { return ignored_; }

  // Hands every document to `emit` in the order of one run.
  void documents(const std::function<void(DocumentResult&&)>& emit) const;

 private:
  std::vector<std::filesystem::path> reports_;
  std::size_t ignored_ = 0;
};

// True for a JSON Lines report (scan --format jsonl), false for anything else; throws Error when unreadable.
bool is_jsonl_report(const std::filesystem::path& report);

// The same for JSON Lines shard reports, which hold findings but not segments: checks them as JsonShardMerge
// does, writes the JSON Lines report of one run (lines in corpus order, the summary recomputed) to `out` and
// returns the summary. Memory holds one line per shard.
Summary merge_jsonl_shards(const std::vector<std::filesystem::path>& reports, std::ostream& out);

}  // namespace concord::report
