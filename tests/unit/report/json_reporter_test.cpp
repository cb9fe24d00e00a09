#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "concord/report/reporter.hpp"

namespace {

std::string render(const std::vector<concord::report::DocumentResult>& documents) {
  auto reporter = concord::report::make_reporter("json", {});
  std::ostringstream out;
  concord::report::Summary summary;
  reporter->begin(out);
  for (const auto& d : documents) {
    summary.add(d);
    reporter->add(d, out);
  }
  reporter->end(summary, out);
  return out.str();
}

}  // namespace

TEST_CASE("the JSON report has the concord-report/1 shape") {
  concord::report::DocumentResult document;
  document.source = {"a.uk.txt", "uk"};
  document.target = {"a.en.txt", "en"};
  concord::Finding finding{"number", concord::Severity::error, "source has 90%, translation has 80%",
                           concord::Excerpt{"90%", {41, 44}}, concord::Excerpt{"80%", {38, 41}}};
  document.segments.push_back({1, {"source text", 3, 1}, {"target text", 3, 1}, {finding}});
  document.segments.push_back({2, {"only source", 4, 1}, {"", 0, 0}, {}});
  const auto failed = concord::report::DocumentResult{{"b.uk.txt", ""}, {"b.en.txt", ""}, true, "b.uk.txt:2: bad", {}, {}};

  const auto json = nlohmann::json::parse(render({document, failed}));
  CHECK(json["schema"] == "concord-report/1");
  CHECK(json["tool"]["name"] == "concord");
  REQUIRE(json["documents"].size() == 2);
  const auto& d = json["documents"][0];
  CHECK(d["status"] == "ok");
  CHECK(d["segments"][0]["source"]["line"] == 3);
  CHECK(d["segments"][0]["findings"][0]["target"]["start"] == 38);
  CHECK(d["segments"][0]["findings"][0]["severity"] == "error");
  CHECK(d["segments"][1]["target"]["text"] == "");
  CHECK(d["segments"][1]["target"]["line"].is_null());
  CHECK(d["segments"][1]["findings"].empty());
  CHECK(json["documents"][1]["status"] == "error");
  CHECK(json["documents"][1]["error"] == "b.uk.txt:2: bad");
  CHECK(json["summary"] == nlohmann::json::parse(
                               R"({"documents":2,"segments":2,"errors":1,"warnings":0,"infos":0,"failed":1,"checked":1,"ignored":0})"));
}

TEST_CASE("an empty report is still valid JSON") {
  const auto json = nlohmann::json::parse(render({}));
  CHECK(json["documents"].empty());
  CHECK(json["summary"]["documents"] == 0);
}
