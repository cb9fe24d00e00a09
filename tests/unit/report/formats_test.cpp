#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "concord/compare/registry.hpp"
#include "synthetic_documents.hpp"

using concord::testing::render;
using concord::testing::synthetic_documents;

namespace {

std::size_t occurrences(const std::string& text, const std::string& needle) {
  std::size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
    ++count;
  return count;
}

}  // namespace

TEST_CASE("every format is registered") {
  const auto names = concord::report::format_names();
  for (const char* format : {"html", "json", "jsonl", "junit", "markdown", "sarif", "text"}) {
    CHECK_MESSAGE(std::find(names.begin(), names.end(), format) != names.end(), format);
  }
}

TEST_CASE("SARIF has a rule per registered check and a located result per finding") {
  const auto log = nlohmann::json::parse(render("sarif", synthetic_documents()));
  CHECK(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  std::vector<std::string> rule_ids;
  for (const auto& rule : run["tool"]["driver"]["rules"]) rule_ids.push_back(rule["id"]);
  std::vector<std::string> check_ids;
  for (const auto& check : concord::compare::make_checks()) check_ids.emplace_back(check->id());
  CHECK(rule_ids == check_ids);

  const auto& results = run["results"];
  REQUIRE(results.size() == 4);
  const auto& number = results[1];  // the document-level finding comes first
  CHECK(results[0]["ruleId"] == "consistency");
  CHECK(number["ruleId"] == "number");
  CHECK(number["level"] == "error");
  const auto& region = number["locations"][0]["physicalLocation"]["region"];
  CHECK(number["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a.en.txt");
  CHECK(region["startLine"] == 1);
  CHECK(region["startColumn"] == 14);
  CHECK(region["endColumn"] == 17);
  CHECK(region["snippet"]["text"] == "80%");
  CHECK(number["relatedLocations"][0]["physicalLocation"]["region"]["startColumn"] == 15);

  const auto& omission = results[2];
  CHECK(omission["level"] == "warning");
  CHECK(omission["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a.uk.txt");
  CHECK(omission["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
  CHECK(results[3]["level"] == "note");

  CHECK(run["invocations"][0]["executionSuccessful"] == false);
  CHECK(run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] ==
        "news/b.uk.txt:3: invalid UTF-8");
}

TEST_CASE("JUnit has a suite per document and a case per segment") {
  const auto xml = render("junit", synthetic_documents());
  CHECK(occurrences(xml, "<testsuite ") == 3);
  CHECK(occurrences(xml, "<testcase ") ==
        4 + 1 + 1 + 1);  // 4 segments + the document case, the failed read, 1
  CHECK(xml.find("tests=\"5\" failures=\"1\" errors=\"0\"") != std::string::npos);
  CHECK(xml.find("tests=\"1\" failures=\"0\" errors=\"1\"") != std::string::npos);
  CHECK(occurrences(xml, "<failure ") == 1);
  CHECK(occurrences(xml, "<error ") == 1);
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;window.concordInjected") != std::string::npos);
}

TEST_CASE("JSON Lines has one object per finding then the summary") {
  std::istringstream lines(render("jsonl", synthetic_documents()));
  std::vector<nlohmann::json> objects;
  for (std::string line; std::getline(lines, line);) objects.push_back(nlohmann::json::parse(line));
  REQUIRE(objects.size() == 6);
  CHECK(objects[0]["type"] == "finding");
  CHECK(objects[0]["segment"].is_null());
  CHECK(objects[1]["check"] == "number");
  CHECK(objects[1]["line"] == 1);
  CHECK(objects[1]["column"] == 14);
  CHECK(objects[1]["target"]["text"] == "80%");
  CHECK(objects[2]["path"] == "news/a.uk.txt");
  CHECK(objects[4]["type"] == "document-error");
  CHECK(objects[5]["type"] == "summary");
  CHECK(objects[5]["errors"] == 1);
  CHECK(objects[5]["warnings"] == 2);
}

TEST_CASE("Markdown has the totals, the per-check table and escaped findings") {
  const auto markdown = render("markdown", synthetic_documents());
  CHECK(markdown.find("| 3 | 1 | 5 | 1 | 2 | 1 |") != std::string::npos);
  CHECK(markdown.find("| `number` | 1 | 0 | 0 |") != std::string::npos);
  CHECK(markdown.find("| `omission` | 0 | 1 | 0 |") != std::string::npos);
  CHECK(markdown.find("**90%**") != std::string::npos);
  CHECK(markdown.find("*(no counterpart)*") != std::string::npos);
  CHECK(markdown.find("news/b.en.txt") != std::string::npos);
  CHECK(markdown.find("<script>") == std::string::npos);
}

TEST_CASE("HTML escapes all text and indexes several documents") {
  const auto html = render("html", synthetic_documents());
  CHECK(occurrences(html, "<script>") == 1);  // the report's own script only
  CHECK(html.find("&lt;script&gt;window.concordInjected = 1&lt;/script&gt; &amp; &quot;лапки&quot;") !=
        std::string::npos);
  CHECK(
      html.find("&lt;script&gt;</span>window.concordInjected = 1&lt;/script&gt; &amp; &quot;quotes&quot;") !=
      std::string::npos);
  CHECK(html.find("check the &lt;b&gt;name&lt;/b&gt; spelling") != std::string::npos);
  CHECK(occurrences(html, "<div class=\"seg") == 5);
  CHECK(occurrences(html, "<a href=\"#doc-") == 3);
  CHECK(html.find("http") == std::string::npos);  // self-contained: nothing to fetch
}

TEST_CASE("HTML for a single document has no index") {
  auto documents = synthetic_documents();
  documents.resize(1);
  CHECK(render("html", documents).find("class=\"index\"") == std::string::npos);
}

// The browser test and the SARIF schema test load these: they hold what the bundled corpora cannot yet
// produce.
TEST_CASE("the synthetic reports are written where CONCORD_SYNTHETIC_DIR says") {
  const char* folder = std::getenv("CONCORD_SYNTHETIC_DIR");
  if (folder == nullptr) return;
  for (const auto& format : concord::report::format_names()) {
    const auto report = render(format, synthetic_documents());
    const auto path = std::filesystem::path(folder) / ("synthetic." + format);
    std::ofstream(path, std::ios::binary) << report;
    CHECK(std::filesystem::file_size(path) == report.size());
  }
}
