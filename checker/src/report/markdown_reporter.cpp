// Markdown for a CI job summary or a pull-request comment: the totals, a table of findings per check, then
// the first findings with both sentences, the disagreeing parts in bold. Only the counts and the first
// findings are kept, so a large scan does not grow the report without bound.
#include <map>

#include "concord/core/text.hpp"
#include "concord/report/reporter.hpp"
#include "locations.hpp"

namespace concord::report {
namespace {

constexpr std::size_t kShownFindings = 50;

// Document text as literal Markdown: the characters that can open markup inside a line are escaped and line
// breaks become spaces, so a segment stays one quoted line and never turns into emphasis, a link, a table
// cell or HTML.
std::string literal(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (std::string_view("\\`*_[]<>#|~&").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string with_bold_excerpt(const std::string& segment, const std::optional<Excerpt>& excerpt) {
  if (segment.empty()) return "*(no counterpart)*";
  if (!excerpt) return literal(segment);
  const std::size_t length = text::code_point_count(segment);
  return literal(text::slice(segment, {0, excerpt->span.start})) + "**" +
         literal(text::slice(segment, excerpt->span)) + "**" +
         literal(text::slice(segment, {excerpt->span.end, length}));
}

struct CheckCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
};

class MarkdownReporter final : public Reporter {
 public:
  void begin(std::ostream&) override {}

  void add(const DocumentResult& document, std::ostream&) override {
    if (document.failed) {
      failures_ += "- `" + literal(document.target.path) + "`: " + literal(document.error) + "\n";
    }
    for (const auto& finding : document.findings) note(document, nullptr, finding);
    for (const auto& segment : document.segments) {
      for (const auto& finding : segment.findings) note(document, &segment, finding);
    }
  }

  void end(const Summary& summary, std::ostream& out) override {
    out << "## Concord translation check\n\n"
        << "| Documents | Failed | Segments | Errors | Warnings | Notes |\n"
        << "|---:|---:|---:|---:|---:|---:|\n"
        << "| " << summary.documents << " | " << summary.failed << " | " << summary.segments << " | "
        << summary.errors << " | " << summary.warnings << " | " << summary.infos << " |\n\n";
    if (!per_check_.empty()) {
      out << "| Check | Errors | Warnings | Notes |\n|---|---:|---:|---:|\n";
      for (const auto& [check, counts] : per_check_) {
        out << "| `" << check << "` | " << counts.errors << " | " << counts.warnings << " | " << counts.infos
            << " |\n";
      }
      out << "\n";
    }
    if (!failures_.empty()) out << "### Documents that could not be checked\n\n" << failures_ << "\n";
    if (total_ == 0) {
      out << "No findings.\n";
      return;
    }
    out << "### Findings";
    if (total_ > kShownFindings) out << " (first " << kShownFindings << " of " << total_ << ")";
    out << "\n\n" << shown_;
  }

 private:
  void note(const DocumentResult& document, const SegmentResult* segment, const Finding& finding) {
    auto& counts = per_check_[finding.check];
    ++(finding.severity == Severity::error     ? counts.errors
       : finding.severity == Severity::warning ? counts.warnings
                                               : counts.infos);
    if (total_++ >= kShownFindings) return;
    const FilePlace place =
        segment ? primary_place(document, *segment, finding) : FilePlace{document.target.path};
    std::string where = literal(place.path);
    if (place.line) where.append(":").append(std::to_string(place.line));
    shown_ += "- **" + std::string(to_string(finding.severity)) + "** `" + finding.check + "` " + where +
              ": " + literal(finding.message) + "\n";
    if (segment) {
      shown_ += "  > " + literal(document.source.lang) + ": " +
                with_bold_excerpt(segment->source.text, finding.source) + "  \n  > " +
                literal(document.target.lang) + ": " +
                with_bold_excerpt(segment->target.text, finding.target) + "\n";
    }
  }

  std::map<std::string, CheckCounts> per_check_;
  std::string failures_;
  std::string shown_;
  std::size_t total_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_markdown_reporter(const ReporterOptions&) {
  return std::make_unique<MarkdownReporter>();
}

}  // namespace concord::report
