#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <unordered_map>

#include "concord/report/report.hpp"

namespace concord::report {

// A finding's identity across runs: the check, the document's translation path, both segment texts and both
// excerpts, whitespace-normalised. Line numbers are left out, so inserting a paragraph above does not make
// old findings new; editing the segment itself does. `segment` is null for a document-level finding.
std::string fingerprint(const DocumentResult& document, const SegmentResult* segment, const Finding& finding);

// The findings of an earlier concord-report/1 JSON report, to report only what is new since then.
class Baseline {
 public:
  // Throws Error naming the file when it cannot be read or is not a concord report.
  static Baseline load(const std::filesystem::path& report);

  // The document without the findings the baseline already holds; each baseline finding absorbs one equal
  // finding, so a second copy of a known mistake is still reported.
  DocumentResult filter(const DocumentResult& document);

 private:
  std::unordered_map<std::string, std::size_t> remaining_;
};

}  // namespace concord::report
