#include "concord/report/report.hpp"

namespace concord::report {

void Summary::add(const DocumentResult& document) {
  ++documents;
  if (document.failed) ++failed;
  segments += document.segments.size();
  auto count_finding = [this](const Finding& finding) {
    switch (finding.severity) {
      case Severity::error: ++errors; break;
      case Severity::warning: ++warnings; break;
      case Severity::info: ++infos; break;
    }
  };
  for (const auto& finding : document.findings) count_finding(finding);
  for (const auto& segment : document.segments) {
    for (const auto& finding : segment.findings) count_finding(finding);
  }
}

}  // namespace concord::report
