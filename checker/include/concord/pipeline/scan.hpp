#pragma once
#include <chrono>
#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "concord/config/config.hpp"
#include "concord/pipeline/pipeline.hpp"
#include "concord/read/discover.hpp"
#include "concord/report/report.hpp"

namespace concord {

struct ScanOptions {
  unsigned jobs = 1;                       // documents checked at once
  LanguageChoice defaults;                 // languages of documents whose files do not name them
  const config::Config* config = nullptr;  // checks and severities; may be null
};

// Reads, resolves and checks one document. An input problem (unreadable, malformed, unusable, unknown
// language) gives a failed document that says why; only a fatal Error (a missing dictionary) escapes.
report::DocumentResult check_document(const Pipeline& pipeline, const read::DocumentJob& job,
                                      const ScanOptions& options);

// Checks every document with `options.jobs` threads sharing the pipeline and hands each result to `emit` in
// the corpus's order, as soon as it and all before it are done: the output is the same whatever the number of
// threads. At most a few documents per thread are in memory at once, whatever the corpus size. A fatal Error
// in any document stops the scan and is rethrown here.
void scan(const Pipeline& pipeline, const read::Corpus& corpus, const ScanOptions& options,
          const std::function<void(report::DocumentResult&&)>& emit);

// "checked 120/2000 documents, 35.1/s, ETA 53s" on one terminal line, redrawn at most a few times a second.
class ProgressLine {
 public:
  ProgressLine(std::ostream& out, std::size_t total);
  void update(std::size_t done);
  void clear();  // erases the line, so the next output starts clean

 private:
  std::ostream& out_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  bool drawn_ = false;
};

}  // namespace concord
