// JUnit XML for test dashboards: a testsuite per document, a testcase per segment. A segment with error
// findings is a failure listing them all (the failure's type is the check id, or the ids); warnings and notes
// go to the testcase's system-out so the dashboard shows them without failing the build; an unreadable
// document is an error. Documents are written as they arrive.
#include <algorithm>
#include <set>

#include "concord/report/reporter.hpp"
#include "locations.hpp"
#include "markup.hpp"

namespace concord::report {
namespace {

std::string describe(const DocumentResult& document, const SegmentResult* segment, const Finding& finding) {
  std::string line = std::string(to_string(finding.severity)) + "[" + finding.check + "] ";
  if (segment) {
    const FilePlace place = primary_place(document, *segment, finding);
    line += place.path + ":" + std::to_string(place.line) + ":" + std::to_string(place.start_column) + ": ";
  }
  line += finding.message + "\n";
  if (segment) {
    line += "  " + document.source.lang + ": " + segment->source.text + "\n";
    line += "  " + document.target.lang + ": " + segment->target.text + "\n";
  }
  return line;
}

// The failure of one test case: its error findings, or nothing when it has none.
void write_testcase(std::ostream& out, const std::string& suite, const std::string& name,
                    const DocumentResult& document, const SegmentResult* segment,
                    const std::vector<Finding>& findings) {
  std::set<std::string> failed_checks;
  std::string failures;
  std::string notes;
  for (const auto& finding : findings) {
    if (finding.severity == Severity::error) {
      failed_checks.insert(finding.check);
      failures += describe(document, segment, finding);
    } else {
      notes += describe(document, segment, finding);
    }
  }
  out << "    <testcase classname=\"" << escape_markup(suite) << "\" name=\"" << escape_markup(name) << "\"";
  if (failures.empty() && notes.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (!failures.empty()) {
    std::string type;
    for (const auto& check : failed_checks) type += (type.empty() ? "" : " ") + check;
    const auto first = std::find_if(findings.begin(), findings.end(),
                                    [](const Finding& f) { return f.severity == Severity::error; });
    out << "      <failure type=\"" << escape_markup(type) << "\" message=\"" << escape_markup(first->message)
        << "\">" << escape_markup(failures) << "</failure>\n";
  }
  if (!notes.empty()) out << "      <system-out>" << escape_markup(notes) << "</system-out>\n";
  out << "    </testcase>\n";
}

bool has_error(const std::vector<Finding>& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

class JunitReporter final : public Reporter {
 public:
  void begin(std::ostream& out) override {
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"concord\">\n";
  }

  void add(const DocumentResult& document, std::ostream& out) override {
    const std::string suite = document.source.path + " -> " + document.target.path;
    if (document.failed) {
      out << "  <testsuite name=\"" << escape_markup(suite) << "\" tests=\"1\" failures=\"0\" errors=\"1\">\n"
          << "    <testcase classname=\"" << escape_markup(suite) << "\" name=\"read\">\n"
          << "      <error type=\"input\" message=\"" << escape_markup(document.error) << "\"/>\n"
          << "    </testcase>\n  </testsuite>\n";
      return;
    }
    const bool document_case = !document.findings.empty();
    std::size_t failures = document_case && has_error(document.findings) ? 1 : 0;
    for (const auto& segment : document.segments) failures += has_error(segment.findings) ? 1 : 0;
    out << "  <testsuite name=\"" << escape_markup(suite) << "\" tests=\""
        << document.segments.size() + (document_case ? 1 : 0) << "\" failures=\"" << failures
        << "\" errors=\"0\">\n";
    if (document_case) write_testcase(out, suite, "document", document, nullptr, document.findings);
    for (const auto& segment : document.segments) {
      const auto line = segment.target.line ? segment.target.line : segment.source.line;
      write_testcase(out, suite,
                     "segment " + std::to_string(segment.index) + " (line " + std::to_string(line) + ")",
                     document, &segment, segment.findings);
    }
    out << "  </testsuite>\n";
  }

  void end(const Summary&, std::ostream& out) override { out << "</testsuites>\n"; }
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(const ReporterOptions&) {
  return std::make_unique<JunitReporter>();
}

}  // namespace concord::report
