#pragma once
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "concord/report/report.hpp"

namespace concord::report {

// Writes one output format. Documents arrive one by one, in report order, so a reporter that can stream does;
// one that needs the whole picture keeps what it needs until end().
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin(std::ostream& out) = 0;
  virtual void add(const DocumentResult& document, std::ostream& out) = 0;
  virtual void end(const Summary& summary, std::ostream& out) = 0;
};

struct ReporterOptions {
  bool colour = false;  // text output on a terminal
  std::optional<ShardInfo> shard;  // a shard's report: json and jsonl say which shard it is
};

// The reporter for a format name; throws Error for an unknown one.
std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReporterOptions& options);
std::vector<std::string> format_names();

}  // namespace concord::report
