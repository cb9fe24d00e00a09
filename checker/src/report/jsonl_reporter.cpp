// JSON Lines for pipelines and very large corpora: one object per line, written and flushed as each document
// finishes. Every line has a "type": "finding" (the concord-report/1 finding plus where it is),
// "document-error" (a document that could not be read) or, last, "summary". A shard's report (scan --shard)
// adds "corpus_index" to the first two and "shard" to the summary, for merge.
#include "concord/report/reporter.hpp"
#include "json_fields.hpp"
#include "locations.hpp"

namespace concord::report {
namespace {

Json finding_line(const DocumentResult& document, const SegmentResult* segment, const Finding& finding) {
  Json line = {{"type", "finding"},
               {"source_path", document.source.path},
               {"target_path", document.target.path},
               {"segment", segment ? Json(segment->index) : Json(nullptr)}};
  if (segment) {
    const FilePlace place = primary_place(document, *segment, finding);
    line["path"] = place.path;
    line["line"] = place.line;
    line["column"] = place.start_column;
  }
  const Json fields = to_json(finding);
  for (const auto& [key, value] : fields.items()) line[key] = value;
  if (segment) {
    line["source_text"] = segment->source.text;
    line["target_text"] = segment->target.text;
  }
  if (document.corpus_index) line["corpus_index"] = *document.corpus_index;
  return line;
}

class JsonlReporter final : public Reporter {
 public:
  explicit JsonlReporter(std::optional<ShardInfo> shard) : shard_(std::move(shard)) {}

  void begin(std::ostream&) override {}

  void add(const DocumentResult& document, std::ostream& out) override {
    if (document.failed) {
      Json line = {{"type", "document-error"},
                   {"source_path", document.source.path},
                   {"target_path", document.target.path},
                   {"error", document.error}};
      if (document.corpus_index) line["corpus_index"] = *document.corpus_index;
      out << line.dump() << "\n";
    }
    for (const auto& finding : document.findings)
      out << finding_line(document, nullptr, finding).dump() << "\n";
    for (const auto& segment : document.segments) {
      for (const auto& finding : segment.findings)
        out << finding_line(document, &segment, finding).dump() << "\n";
    }
    out.flush();
  }

  void end(const Summary& summary, std::ostream& out) override {
    Json line = {{"type", "summary"}};
    const Json counts = to_json(summary);
    for (const auto& [key, value] : counts.items()) line[key] = value;
    if (shard_) line["shard"] = to_json(*shard_);
    out << line.dump() << "\n";
  }

 private:
  std::optional<ShardInfo> shard_;
};

}  // namespace

std::unique_ptr<Reporter> make_jsonl_reporter(const ReporterOptions& options) {
  return std::make_unique<JsonlReporter>(options.shard);
}

}  // namespace concord::report
