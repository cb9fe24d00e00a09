#pragma once
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/core/finding.hpp"
#include "concord/report/report.hpp"

namespace concord::config {

// concord.toml: how a corpus is scanned. Every key is optional; command-line flags override it.
//
//   [languages]
//   source = "uk"                  # the original's language; the other code of a pair is the translation's
//   target = "en"
//   [files]
//   include = ["news/**"]          # fnmatch globs on the path relative to the scanned root ('*' crosses '/')
//   exclude = ["*.expected"]       # excluded files are left out quietly: not checked, not counted
//   [checks]
//   disable = ["date"]
//   severity = { number = "warning" }
//   [names]
//   tables = ["house-names.tsv"]   # the newsroom's own name tables, relative to this file (as --names)
struct Config {
  std::filesystem::path file;  // empty when there is none
  std::optional<std::string> source;
  std::optional<std::string> target;
  std::vector<std::string> include;  // empty: every file
  std::vector<std::string> exclude;
  std::vector<std::string> disabled_checks;
  std::map<std::string, Severity, std::less<>> severities;
  std::vector<std::filesystem::path> name_tables;  // resolved against the config file's folder; each exists

  // Whether a file, by its path relative to the scanned root (with '/'), is in the corpus.
  bool selects(std::string_view relative_path) const;
  // Drops the findings of disabled checks and applies the configured severities.
  void apply(report::DocumentResult& document) const;
};

// Reads a config file; throws Error "FILE:LINE: problem" for TOML errors, unknown keys, values of the wrong
// type, unknown check ids, unknown severities and name tables that are not files. `check_ids` are the ids a config may name.
Config load_config(const std::filesystem::path& file, const std::vector<std::string>& check_ids);

}  // namespace concord::config
