#pragma once
#include <filesystem>
#include <ostream>
#include <vector>

#include "concord/report/report.hpp"

namespace concord::report {

// The JSON reports of the shards of one scan (scan --shard K/N --format json) put back together: every
// document in the order of one unsharded run, without its corpus_index, and the count of files the scan
// ignored. Fed to any reporter, they give the report one run would have written, byte for byte.
struct MergedShards {
  std::vector<DocumentResult> documents;
  std::size_t ignored = 0;
};

// True for a JSON Lines report (scan --format jsonl), false for a JSON one; throws Error when unreadable.
bool is_jsonl_report(const std::filesystem::path& report);

// Throws Error, naming the files, when a report cannot be read or is not a shard's report, when the reports
// are shards of different corpora or splits, when a shard is missing or given twice, or when a shard lacks
// documents.
MergedShards merge_json_shards(const std::vector<std::filesystem::path>& reports);

// The same for JSON Lines shard reports, which hold findings but not segments: writes the JSON Lines report
// of one run (findings in corpus order, the summary recomputed) to `out` and returns the summary.
Summary merge_jsonl_shards(const std::vector<std::filesystem::path>& reports, std::ostream& out);

}  // namespace concord::report
