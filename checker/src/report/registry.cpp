#include <functional>
#include <utility>

#include "concord/core/error.hpp"
#include "concord/report/reporter.hpp"

namespace concord::report {

std::unique_ptr<Reporter> make_html_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_json_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_jsonl_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_junit_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_markdown_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_sarif_reporter(const ReporterOptions& options);
std::unique_ptr<Reporter> make_text_reporter(const ReporterOptions& options);

namespace {

using Factory = std::unique_ptr<Reporter> (*)(const ReporterOptions&);

const std::vector<std::pair<std::string, Factory>>& formats() {
  static const std::vector<std::pair<std::string, Factory>> table = {
      {"html", make_html_reporter},
      {"json", make_json_reporter},
      {"jsonl", make_jsonl_reporter},
      {"junit", make_junit_reporter},
      {"markdown", make_markdown_reporter},
      {"sarif", make_sarif_reporter},
      {"text", make_text_reporter},
  };
  return table;
}

}  // namespace

std::unique_ptr<Reporter> make_reporter(std::string_view format, const ReporterOptions& options) {
  for (const auto& [name, factory] : formats()) {
    if (name == format) return factory(options);
  }
  throw Error("unknown report format '" + std::string(format) + "'");
}

std::vector<std::string> format_names() {
  std::vector<std::string> names;
  for (const auto& [name, factory] : formats()) names.push_back(name);
  return names;
}

}  // namespace concord::report
