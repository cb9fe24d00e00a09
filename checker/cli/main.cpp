// The concord command: parses flags, runs the library, maps outcomes to exit codes. Nothing else lives here.
//   0  nothing at or above --fail-on      1  findings at or above it      2  usage or input error
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "concord/compare/registry.hpp"
#include "concord/config/config.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/pipeline/pipeline.hpp"
#include "concord/pipeline/scan.hpp"
#include "concord/pipeline/shard.hpp"
#include "concord/pipeline/stream.hpp"
#include "concord/read/discover.hpp"
#include "concord/read/plain_pair.hpp"
#include "concord/read/tsv.hpp"
#include "concord/report/atomic_file.hpp"
#include "concord/report/baseline.hpp"
#include "concord/report/merge.hpp"
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
  std::string baseline;
  std::string write_baseline;
  std::vector<std::string> names;
  std::optional<std::string> from;
  std::optional<std::string> to;
};

struct ScanOptions {
  std::vector<std::string> roots;
  std::string config;
  std::string shard;  // "K/N", empty for the whole corpus
  unsigned jobs = 0;  // 0: all cores
  bool quiet = false;
};

struct CheckOptions {
  std::string source;
  std::string target;
  std::string tsv;
};

// What the report is: for check, scan and merge.
void add_report_options(CLI::App& command, CommonOptions& options) {
  command.add_option("--format", options.format, "Report format")
      ->check(CLI::IsMember(concord::report::format_names()));
  command.add_option("-o,--output", options.output, "Write the report to FILE (default: standard output)");
  command.add_option("--fail-on", options.fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "never"}));
  command.add_option("--baseline", options.baseline, "Leave out the findings already in this earlier JSON report")
      ->check(CLI::ExistingFile);
  command.add_option("--write-baseline", options.write_baseline,
                     "Also write all findings, before --baseline, as a JSON report to FILE");
}

// What the checking needs: for check, scan and stream.
void add_language_options(CLI::App& command, CommonOptions& options) {
  command.add_option("--from", options.from, "Source language code (default: from the file name or the text)");
  command.add_option("--to", options.to, "Target language code (default: from the file name or the text)");
  command.add_option("--dictionaries", options.dictionaries,
                     "Folder of language profiles and data (env CONCORD_DICTIONARIES)");
  command.add_option("--hunspell-dir", options.hunspell_dir,
                     "Folder with Hunspell .aff/.dic files (env CONCORD_HUNSPELL_DIR; default /usr/share/hunspell)");
  command.add_option("--names", options.names, "Your own name table (TSV, as dictionaries/names/exonyms.tsv)")
      ->check(CLI::ExistingFile);
}

concord::lang::Settings settings_from(const CommonOptions& options) {
  auto settings = concord::lang::default_settings();
  if (!options.dictionaries.empty()) settings.dictionaries = options.dictionaries;
  if (!options.hunspell_dir.empty()) settings.hunspell = options.hunspell_dir;
  settings.name_tables.assign(options.names.begin(), options.names.end());
  return settings;
}

bool fails(const concord::report::Summary& summary, const std::string& fail_on) {
  if (fail_on == "never") return false;
  if (summary.errors > 0) return true;
  return fail_on == "warning" && summary.warnings > 0;
}

// Of a scan or a merge: an unreadable document outweighs findings.
int exit_status(const concord::report::Summary& summary, const std::string& fail_on) {
  if (summary.failed > 0) return kUsageOrInput;
  return fails(summary, fail_on) ? kFindings : kClean;
}

// The report in the chosen format, to the output file (written atomically) or standard output. Documents
// stream through it one by one: each is first written unfiltered to --write-baseline, then filtered by
// --baseline, then reported. finish() closes the report (and the baseline written) and returns the summary.
class ReportOutput {
 public:
  explicit ReportOutput(const CommonOptions& options, std::optional<concord::report::ShardInfo> shard = {}) {
    const bool to_terminal = options.output.empty() && ::isatty(STDOUT_FILENO);
    concord::report::ReporterOptions reporter_options;
    reporter_options.colour = to_terminal && std::getenv("NO_COLOR") == nullptr;
    reporter_options.shard = std::move(shard);
    reporter_ = concord::report::make_reporter(options.format, reporter_options);
    // Loaded before anything is written: --write-baseline may name the same file.
    if (!options.baseline.empty()) baseline_ = concord::report::Baseline::load(options.baseline);
    if (!options.write_baseline.empty()) {
      baseline_file_.emplace(options.write_baseline);
      baseline_writer_ = concord::report::make_reporter("json", {});
      baseline_writer_->begin(baseline_file_->stream());
    }
    if (!options.output.empty()) file_.emplace(options.output);
    out_ = file_ ? &file_->stream() : &std::cout;
    reporter_->begin(*out_);
  }

  void add(const concord::report::DocumentResult& document) {
    if (baseline_writer_) {
      baseline_summary_.add(document);
      baseline_writer_->add(document, baseline_file_->stream());
    }
    const auto& reported = baseline_ ? baseline_->filter(document) : document;
    summary_.add(reported);
    reporter_->add(reported, *out_);
  }

  concord::report::Summary& summary() { return summary_; }

  const concord::report::Summary& finish() {
    reporter_->end(summary_, *out_);
    out_->flush();
    if (file_) file_->commit();
    if (baseline_writer_) {
      baseline_summary_.ignored = summary_.ignored;
      baseline_writer_->end(baseline_summary_, baseline_file_->stream());
      baseline_file_->commit();
    }
    return summary_;
  }

 private:
  std::unique_ptr<concord::report::Reporter> reporter_;
  std::optional<concord::report::AtomicFile> file_;
  std::ostream* out_ = nullptr;
  concord::report::Summary summary_;
  std::optional<concord::report::Baseline> baseline_;
  std::unique_ptr<concord::report::Reporter> baseline_writer_;
  std::optional<concord::report::AtomicFile> baseline_file_;
  concord::report::Summary baseline_summary_;
};

int run_check(const CommonOptions& options, const CheckOptions& check) {
  concord::Pipeline pipeline(settings_from(options));
  concord::read::DocumentInput input;
  try {
    if (!check.tsv.empty()) {
      input = concord::read::read_tsv(check.tsv);
    } else if (check.target.empty()) {
      const auto kind = *concord::read::bilingual_kind(check.source);
      input = concord::read::read_document({kind, check.source, check.source, "", "", ""});
    } else {
      input = concord::read::read_plain_pair(check.source, check.target);
    }
    if (auto note = pipeline.resolve_languages(input, {options.from, options.to})) {
      std::cerr << "concord: note: " << *note << "\n";
    }
  } catch (const concord::InputError& e) {
    // A single check has one document: with it unreadable there is no report to write, only the reason.
    std::cerr << "concord: error: " << concord::text::printable(e.what()) << "\n";
    return kUsageOrInput;
  }
  ReportOutput output(options);
  output.add(pipeline.run(input));
  return fails(output.finish(), options.fail_on) ? kFindings : kClean;
}

// The config: --config FILE, else concord.toml in the first scanned folder, else none.
concord::config::Config scan_config(const ScanOptions& scan, const std::vector<std::string>& check_ids) {
  if (!scan.config.empty()) return concord::config::load_config(scan.config, check_ids);
  const auto beside = std::filesystem::path(scan.roots.front()) / "concord.toml";
  if (std::filesystem::is_regular_file(beside)) return concord::config::load_config(beside, check_ids);
  return {};
}

int run_scan(const CommonOptions& options, const ScanOptions& scan) {
  const auto config = scan_config(scan, concord::compare::check_ids());
  // Name tables: the built-in ones, then the config's, then those given with --names.
  auto settings = settings_from(options);
  settings.name_tables.insert(settings.name_tables.begin(), config.name_tables.begin(), config.name_tables.end());
  concord::Pipeline pipeline(settings);
  concord::ScanOptions scan_options;
  scan_options.jobs = scan.jobs ? scan.jobs : std::max(1u, std::thread::hardware_concurrency());
  scan_options.defaults = {options.from ? options.from : config.source, options.to ? options.to : config.target};
  scan_options.config = &config;

  const std::vector<std::filesystem::path> roots(scan.roots.begin(), scan.roots.end());
  auto corpus = concord::read::discover(roots, config, scan_options.defaults.from);
  if (!scan.quiet) {
    for (const auto& path : corpus.ignored()) {
      std::cerr << "concord: note: " << path.string() << ": ignored, not a document Concord reads\n";
    }
  }
  // A shard checks its part of the corpus; its report numbers each document in the whole, for merge.
  std::optional<concord::ShardCorpus> shard;
  if (!scan.shard.empty()) {
    shard = concord::select_shard(corpus, roots, concord::parse_shard(scan.shard));
    corpus = std::move(shard->corpus);
  }
  ReportOutput output(options, shard ? std::optional(shard->info) : std::nullopt);
  output.summary().ignored = corpus.ignored().size();
  std::optional<concord::ProgressLine> progress;
  if (!scan.quiet && ::isatty(STDERR_FILENO)) progress.emplace(std::cerr, corpus.size());
  std::size_t done = 0;
  concord::scan(pipeline, corpus, scan_options, [&](concord::report::DocumentResult&& document) {
    if (progress) progress->clear();
    if (shard) document.corpus_index = shard->corpus_index[done];
    output.add(document);
    ++done;
    if (progress) progress->update(done);
  });
  if (progress) progress->clear();
  return exit_status(output.finish(), options.fail_on);
}

// The shards' reports as the one report of an unsharded scan; the exit status that scan would have had.
int run_merge(const CommonOptions& options, const std::vector<std::string>& report_files) {
  const std::vector<std::filesystem::path> reports(report_files.begin(), report_files.end());
  if (concord::report::is_jsonl_report(reports.front())) {
    if (options.format != "jsonl" || !options.baseline.empty() || !options.write_baseline.empty()) {
      throw concord::Error(
          "JSON Lines shard reports hold findings, not segments: they merge to --format jsonl only (without "
          "baselines); write the shards with --format json to merge them to any format");
    }
    std::optional<concord::report::AtomicFile> file;
    if (!options.output.empty()) file.emplace(options.output);
    auto& out = file ? file->stream() : std::cout;
    const auto summary = concord::report::merge_jsonl_shards(reports, out);
    out.flush();
    if (file) file->commit();
    return exit_status(summary, options.fail_on);
  }
  const concord::report::JsonShardMerge merge(reports);
  ReportOutput output(options);
  output.summary().ignored = merge.ignored();
  merge.documents([&output](concord::report::DocumentResult&& document) { output.add(document); });
  return exit_status(output.finish(), options.fail_on);
}

int run_stream(const CommonOptions& options) {
  concord::Pipeline pipeline(settings_from(options));
  concord::ScanOptions stream_options;
  stream_options.defaults = {options.from, options.to};
  concord::stream(pipeline, std::cin, std::cout, stream_options);
  return kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Concord checks that a translation keeps the names, numbers and dates of its source."};
  app.set_version_flag("--version", std::string("concord ") + CONCORD_VERSION);
  app.require_subcommand(1);

  CommonOptions common;
  CheckOptions check_options;
  auto* check = app.add_subcommand(
      "check", "Check one translated document: two articles, a pre-aligned TSV, or one TMX or XLIFF file");
  check->add_option("SOURCE", check_options.source,
                    "Source article (UTF-8, one paragraph per line), or a .tmx/.xlf/.xliff file alone");
  check->add_option("TARGET", check_options.target, "Translated article");
  check->add_option("--tsv", check_options.tsv, "Pre-aligned segments, one `source<TAB>target` per line")
      ->excludes("SOURCE");
  add_language_options(*check, common);
  add_report_options(*check, common);

  ScanOptions scan_options;
  auto* scan = app.add_subcommand("scan", "Check every document found in the folders (see README, \"Scanning\")");
  scan->add_option("DIR", scan_options.roots, "Folders to scan")->required();
  scan->add_option("--config", scan_options.config, "Config file (default: concord.toml in the first DIR)");
  scan->add_option("-j,--jobs", scan_options.jobs, "Documents checked at once (default: all cores)")
      ->check(CLI::Range(1u, 1024u));
  scan->add_flag("-q,--quiet", scan_options.quiet, "No progress line and no notes on stderr");
  scan->add_option("--shard", scan_options.shard,
                   "Check only shard K of N (K/N, 1 <= K <= N; see README, \"Scaling out\"); merge the reports");
  add_language_options(*scan, common);
  add_report_options(*scan, common);

  std::vector<std::string> merge_reports;
  auto* merge = app.add_subcommand(
      "merge", "Merge the JSON (or JSON Lines) reports of every shard of a scan into the report of one run");
  merge->add_option("REPORT", merge_reports, "The shards' reports (scan --shard K/N --format json)")
      ->required()
      ->check(CLI::ExistingFile);
  add_report_options(*merge, common);

  auto* stream = app.add_subcommand(
      "stream", "Read document requests as JSON Lines on stdin, write one JSON line per request on stdout");
  add_language_options(*stream, common);

  try {
    app.parse(argc, argv);
    if (check->parsed() && check_options.tsv.empty() && check_options.target.empty() &&
        !concord::read::bilingual_kind(check_options.source)) {
      throw CLI::ValidationError("check", "needs SOURCE and TARGET, --tsv FILE, or one .tsv, .tmx, .xlf or .xliff file");
    }
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kClean : kUsageOrInput;
  }

  try {
    if (scan->parsed()) return run_scan(common, scan_options);
    if (merge->parsed()) return run_merge(common, merge_reports);
    if (stream->parsed()) return run_stream(common);
    return run_check(common, check_options);
  } catch (const concord::Error& e) {
    std::cerr << "concord: error: " << concord::text::printable(e.what()) << "\n";
    return kUsageOrInput;
  }
}
