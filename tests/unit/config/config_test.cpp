#include "concord/config/config.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "concord/core/error.hpp"

namespace {

std::filesystem::path write_config(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("concord-config-" + name + ".toml");
  std::ofstream(path) << text;
  return path;
}

std::string config_error(const std::filesystem::path& path) {
  try {
    concord::config::load_config(path, {"date", "number"});
  } catch (const concord::Error& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a config sets languages and globs and check severities") {
  const auto path = write_config("full",
                                 "[languages]\nsource = \"uk\"\ntarget = \"en\"\n[files]\n"
                                 "include = [\"news/*\"]\nexclude = [\"*.md\"]\n[checks]\n"
                                 "disable = [\"date\"]\nseverity = { number = \"warning\" }\n");
  const auto config = concord::config::load_config(path, {"date", "number"});
  CHECK(config.source == "uk");
  CHECK(config.target == "en");
  CHECK(config.selects("news/a/b.uk.txt"));
  CHECK_FALSE(config.selects("news/readme.md"));
  CHECK_FALSE(config.selects("sport/a.uk.txt"));

  concord::report::DocumentResult document;
  document.segments.push_back(
      {1,
       {},
       {},
       {{"date", concord::Severity::error, "d", {}, {}}, {"number", concord::Severity::error, "n", {}, {}}}});
  config.apply(document);
  REQUIRE(document.segments[0].findings.size() == 1);
  CHECK(document.segments[0].findings[0].check == "number");
  CHECK(document.segments[0].findings[0].severity == concord::Severity::warning);
}

TEST_CASE("config errors name the file and the line") {
  const auto typo = write_config("typo", "[languages]\nsorce = \"uk\"\n");
  CHECK(config_error(typo) == typo.string() + ":2: unknown key 'sorce' in [languages]");
  const auto check = write_config("check", "[checks]\nseverity = { names = \"info\" }\n");
  CHECK(config_error(check) == check.string() + ":2: unknown check 'names'");
  const auto syntax = write_config("syntax", "[files]\ninclude = [\"a\"\n");
  CHECK(config_error(syntax).starts_with(syntax.string() + ":2: "));
}
