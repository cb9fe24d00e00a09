#include "concord/config/config.hpp"

#include <fnmatch.h>
#include <toml++/toml.h>

#include <algorithm>

#include "concord/core/error.hpp"

namespace concord::config {
namespace {

class Reader {
 public:
  explicit Reader(std::filesystem::path file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::node& node, const std::string& problem) const {
    throw Error(file_.string() + ":" + std::to_string(node.source().begin.line) + ": " + problem);
  }

  // Rejects keys a table may not have, so that a misspelt key is an error rather than a silent default.
  void only_keys(const toml::table& table, std::string_view where,
                 const std::vector<std::string_view>& keys) const {
    for (const auto& [key, value] : table) {
      if (std::find(keys.begin(), keys.end(), key.str()) == keys.end()) {
        fail(value, "unknown key '" + std::string(key.str()) + "' in " + std::string(where));
      }
    }
  }

  const toml::table* table(const toml::table& parent, std::string_view key) const {
    const auto* node = parent.get(key);
    if (!node) return nullptr;
    if (!node->is_table()) fail(*node, "'" + std::string(key) + "' must be a table");
    return node->as_table();
  }

  std::optional<std::string> string(const toml::table& parent, std::string_view key) const {
    const auto* node = parent.get(key);
    if (!node) return std::nullopt;
    if (!node->is_string()) fail(*node, "'" + std::string(key) + "' must be a string");
    return node->value<std::string>();
  }

  std::vector<std::string> strings(const toml::table& parent, std::string_view key) const {
    std::vector<std::string> result;
    const auto* node = parent.get(key);
    if (!node) return result;
    if (!node->is_array()) fail(*node, "'" + std::string(key) + "' must be an array of strings");
    for (const auto& element : *node->as_array()) {
      if (!element.is_string()) fail(element, "'" + std::string(key) + "' must be an array of strings");
      result.push_back(*element.value<std::string>());
    }
    return result;
  }

 private:
  std::filesystem::path file_;
};

bool matches_any(const std::vector<std::string>& globs, const std::string& path) {
  return std::any_of(globs.begin(), globs.end(), [&path](const std::string& glob) {
    return ::fnmatch(glob.c_str(), path.c_str(), 0) == 0;
  });
}

}  // namespace

bool Config::selects(std::string_view relative_path) const {
  const std::string path(relative_path);
  if (!include.empty() && !matches_any(include, path)) return false;
  return !matches_any(exclude, path);
}

void Config::apply(report::DocumentResult& document) const {
  auto adjust = [this](std::vector<Finding>& findings) {
    std::erase_if(findings, [this](const Finding& finding) {
      return std::find(disabled_checks.begin(), disabled_checks.end(), finding.check) !=
             disabled_checks.end();
    });
    for (auto& finding : findings) {
      if (const auto it = severities.find(finding.check); it != severities.end())
        finding.severity = it->second;
    }
  };
  adjust(document.findings);
  for (auto& segment : document.segments) adjust(segment.findings);
}

Config load_config(const std::filesystem::path& file, const std::vector<std::string>& check_ids) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    throw Error(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                std::string(e.description()));
  }
  const Reader reader(file);
  Config config;
  config.file = file;
  reader.only_keys(root, "concord.toml", {"languages", "files", "checks", "names"});
  if (const auto* languages = reader.table(root, "languages")) {
    reader.only_keys(*languages, "[languages]", {"source", "target"});
    config.source = reader.string(*languages, "source");
    config.target = reader.string(*languages, "target");
  }
  if (const auto* files = reader.table(root, "files")) {
    reader.only_keys(*files, "[files]", {"include", "exclude"});
    config.include = reader.strings(*files, "include");
    config.exclude = reader.strings(*files, "exclude");
  }
  if (const auto* checks = reader.table(root, "checks")) {
    reader.only_keys(*checks, "[checks]", {"disable", "severity"});
    auto known = [&](const toml::node& node, const std::string& id) {
      if (std::find(check_ids.begin(), check_ids.end(), id) == check_ids.end()) {
        reader.fail(node, "unknown check '" + id + "'");
      }
    };
    config.disabled_checks = reader.strings(*checks, "disable");
    for (const auto& id : config.disabled_checks) known(*checks->get("disable"), id);
    if (const auto* severities = reader.table(*checks, "severity")) {
      for (const auto& [key, value] : *severities) {
        known(value, std::string(key.str()));
        const auto name = value.value<std::string>();
        const auto severity = name ? parse_severity(*name) : std::nullopt;
        if (!severity)
          reader.fail(value, "severity of '" + std::string(key.str()) + "' must be error, warning or info");
        config.severities.emplace(std::string(key.str()), *severity);
      }
    }
  }
  if (const auto* names = reader.table(root, "names")) {
    reader.only_keys(*names, "[names]", {"tables"});
    for (const auto& table : reader.strings(*names, "tables")) {
      const auto path = file.parent_path() / table;
      if (!std::filesystem::is_regular_file(path)) {
        reader.fail(*names->get("tables"), "name table '" + table + "' is not a file (looked for " +
                                               path.string() + ")");
      }
      config.name_tables.push_back(path);
    }
  }
  return config;
}

}  // namespace concord::config
