// The concord command: parses flags, runs the library, maps outcomes to exit codes. Nothing else lives here.
//   0  nothing at or above --fail-on      1  findings at or above it      2  usage or input error
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <optional>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/pipeline/pipeline.hpp"
#include "concord/read/plain_pair.hpp"
#include "concord/read/tsv.hpp"
#include "concord/report/atomic_file.hpp"
#include "concord/report/reporter.hpp"

namespace {

constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kUsageOrInput = 2;

struct CommonOptions {
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string dictionaries;
  std::string hunspell_dir;
  std::optional<std::string> from;
  std::optional<std::string> to;
};

struct CheckOptions {
  std::string source;
  std::string target;
  std::string tsv;
};

void add_common_options(CLI::App& command, CommonOptions& options) {
  command.add_option("--from", options.from, "Source language code (default: from the file name or the text)");
  command.add_option("--to", options.to, "Target language code (default: from the file name or the text)");
  command.add_option("--format", options.format, "Report format")
      ->check(CLI::IsMember(concord::report::format_names()));
  command.add_option("-o,--output", options.output, "Write the report to FILE (default: standard output)");
  command.add_option("--fail-on", options.fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  command.add_option("--dictionaries", options.dictionaries,
                     "Folder of language profiles and data (env CONCORD_DICTIONARIES)");
  command.add_option("--hunspell-dir", options.hunspell_dir,
                     "Folder with Hunspell .aff/.dic files (env CONCORD_HUNSPELL_DIR; default /usr/share/hunspell)");
}

concord::lang::Settings settings_from(const CommonOptions& options) {
  auto settings = concord::lang::default_settings();
  if (!options.dictionaries.empty()) settings.dictionaries = options.dictionaries;
  if (!options.hunspell_dir.empty()) settings.hunspell = options.hunspell_dir;
  return settings;
}

bool fails(const concord::report::Summary& summary, const std::string& fail_on) {
  if (fail_on == "never") return false;
  if (summary.errors > 0) return true;
  return fail_on == "warning" && summary.warnings > 0;
}

// Writes the report to the output file (atomically) or to standard output.
void write_report(const CommonOptions& options, const std::vector<concord::report::DocumentResult>& documents,
                  concord::report::Summary& summary) {
  const bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO);
  concord::report::ReporterOptions reporter_options;
  reporter_options.colour = to_terminal && std::getenv("NO_COLOR") == nullptr;
  auto reporter = concord::report::make_reporter(options.format, reporter_options);
  auto emit = [&](std::ostream& out) {
    reporter->begin(out);
    for (const auto& document : documents) {
      summary.add(document);
      reporter->add(document, out);
    }
    reporter->end(summary, out);
  };
  if (options.output.empty()) {
    emit(std::cout);
    std::cout.flush();
    return;
  }
  concord::report::AtomicFile file(options.output);
  emit(file.stream());
  file.commit();
}

int run_check(const CommonOptions& options, const CheckOptions& check) {
  concord::Pipeline pipeline(settings_from(options));
  concord::read::DocumentInput input;
  try {
    input = check.tsv.empty() ? concord::read::read_plain_pair(check.source, check.target)
                              : concord::read::read_tsv(check.tsv);
    if (auto note = pipeline.resolve_languages(input, {options.from, options.to})) {
      std::cerr << "concord: note: " << *note << "\n";
    }
  } catch (const concord::InputError& e) {
    // A single check has one document: with it unreadable there is no report to write, only the reason.
    std::cerr << "concord: error: " << concord::text::printable(e.what()) << "\n";
    return kUsageOrInput;
  }
  concord::report::Summary summary;
  write_report(options, {pipeline.run(input)}, summary);
  return fails(summary, options.fail_on) ? kFindings : kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Concord checks that a translation keeps the names, numbers and dates of its source."};
  app.set_version_flag("--version", std::string("concord ") + CONCORD_VERSION);
  app.require_subcommand(1);

  CommonOptions common;
  CheckOptions check_options;
  auto* check = app.add_subcommand("check", "Check one translated document: two articles, or a pre-aligned TSV");
  check->add_option("SOURCE", check_options.source, "Source article (UTF-8, one paragraph per line)");
  check->add_option("TARGET", check_options.target, "Translated article");
  check->add_option("--tsv", check_options.tsv, "Pre-aligned segments, one `source<TAB>target` per line")
      ->excludes("SOURCE");
  add_common_options(*check, common);

  try {
    app.parse(argc, argv);
    if (check_options.tsv.empty() && (check_options.source.empty() || check_options.target.empty())) {
      throw CLI::ValidationError("check", "needs SOURCE and TARGET, or --tsv FILE");
    }
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kClean : kUsageOrInput;
  }

  try {
    return run_check(common, check_options);
  } catch (const concord::Error& e) {
    std::cerr << "concord: error: " << concord::text::printable(e.what()) << "\n";
    return kUsageOrInput;
  }
}
