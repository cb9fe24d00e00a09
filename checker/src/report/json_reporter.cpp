// The concord-report/1 JSON document (see README, "The JSON report"). Documents are written as they arrive, one
// segment per line, so a large scan never holds the whole report in memory.
#include "concord/report/reporter.hpp"
#include "json_fields.hpp"

namespace concord::report {
namespace {

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::optional<ShardInfo> shard) : shard_(std::move(shard)) {}

  void begin(std::ostream& out) override {
    const Json tool = {{"name", "concord"}, {"version", CONCORD_VERSION}};
    out << "{\n  \"schema\": \"" << kSchema << "\",\n  \"tool\": " << tool.dump() << ",\n";
    if (shard_) out << "  \"shard\": " << to_json(*shard_).dump() << ",\n";
    out << "  \"documents\": [";
  }

  void add(const DocumentResult& document, std::ostream& out) override {
    std::string header = document_header(document).dump();
    header.pop_back();  // reopen the object to append the segments array
    out << (first_ ? "\n    " : ",\n    ") << header << ", \"segments\": [";
    for (std::size_t i = 0; i < document.segments.size(); ++i) {
      out << (i ? ",\n      " : "\n      ") << to_json(document.segments[i]).dump();
    }
    out << (document.segments.empty() ? "]}" : "\n    ]}");
    first_ = false;
  }

  void end(const Summary& summary, std::ostream& out) override {
    out << (first_ ? "]" : "\n  ]") << ",\n  \"summary\": " << to_json(summary).dump() << "\n}\n";
  }

 private:
  std::optional<ShardInfo> shard_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions& options) {
  return std::make_unique<JsonReporter>(options.shard);
}

}  // namespace concord::report
