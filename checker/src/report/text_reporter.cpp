// One line per finding, `path:line: severity[check]: message`, then the two segment texts; for editors and
// terminals. The location is the translation's, where the fix goes, or the source's when the translation has no
// counterpart. Everything that comes from the input (paths, texts, messages quoting them) goes through
// text::printable(): a report in a terminal must not be scripted by escape sequences in a document.
#include "concord/core/text.hpp"
#include "concord/report/reporter.hpp"

namespace concord::report {
namespace {

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(const ReporterOptions& options) : colour_(options.colour) {}

  void begin(std::ostream&) override {}

  void add(const DocumentResult& document, std::ostream& out) override {
    if (document.failed) {
      out << paint(document.target.path, kBold) << ": " << paint("error", kRed) << ": "
          << text::printable(document.error) << "\n";
      return;
    }
    for (const auto& finding : document.findings) {
      out << paint(document.target.path, kBold) << ": " << severity(finding) << ": "
          << text::printable(finding.message) << "\n";
    }
    for (const auto& segment : document.segments) {
      for (const auto& finding : segment.findings) {
        const bool on_target = segment.target.line != 0;
        const auto& path = on_target ? document.target.path : document.source.path;
        const auto line = on_target ? segment.target.line : segment.source.line;
        out << paint(path + ":" + std::to_string(line), kBold) << ": " << severity(finding) << ": "
            << text::printable(finding.message) << "\n";
        out << "    " << document.source.lang << ": " << text::printable(segment.source.text) << "\n";
        out << "    " << document.target.lang << ": " << text::printable(segment.target.text) << "\n";
      }
    }
  }

  void end(const Summary& summary, std::ostream& out) override {
    out << counted(summary.documents, "document");
    if (summary.failed) out << " (" << summary.failed << " failed)";
    out << ", " << counted(summary.segments, "segment") << ": " << counted(summary.errors, "error") << ", "
        << counted(summary.warnings, "warning") << ", " << counted(summary.infos, "info");
    if (summary.ignored) out << "; " << counted(summary.ignored, "file") << " of other kinds ignored";
    out << "\n";
  }

 private:
  static constexpr const char* kBold = "\033[1m";
  static constexpr const char* kRed = "\033[31m";
  static constexpr const char* kYellow = "\033[33m";
  static constexpr const char* kCyan = "\033[36m";

  static std::string counted(std::size_t n, const std::string& noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
  }

  std::string paint(const std::string& label, const char* code) const {
    return colour_ ? code + text::printable(label) + "\033[0m" : text::printable(label);
  }

  std::string severity(const Finding& finding) const {
    const char* code = finding.severity == Severity::error     ? kRed
                       : finding.severity == Severity::warning ? kYellow
                                                               : kCyan;
    return paint(std::string(to_string(finding.severity)), code) + "[" + finding.check + "]";
  }

  bool colour_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(const ReporterOptions& options) {
  return std::make_unique<TextReporter>(options);
}

}  // namespace concord::report
