#pragma once
// Synthetic report input for the reporter tests: several documents, every severity, an omission, a failed
// document and markup in the text, so each format is exercised on what `concord check` alone cannot produce.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "concord/report/reporter.hpp"

namespace concord::testing {

inline std::vector<report::DocumentResult> synthetic_documents() {
  using report::FactMark;
  report::DocumentResult first;
  first.source = {"news/a.uk.txt", "uk"};
  first.target = {"news/a.en.txt", "en"};
  const Finding number{"number", Severity::error, "source has 90%, translation has 80%",
                       Excerpt{"90%", {14, 17}}, Excerpt{"80%", {13, 16}}};
  first.segments.push_back({1,
                            {"Ми зробили це 90% часу.", 1, 1, {FactMark{"number", {14, 17}, "90%"}}},
                            {"We did it in 80% of cases.", 1, 1, {FactMark{"number", {13, 16}, "80%"}}},
                            {number}});
  first.segments.push_back(
      {2,
       {"Київ, 2022 рік.", 1, 25, {FactMark{"name", {0, 4}, "kyiv"}, FactMark{"date", {6, 10}, "2022"}}},
       {"Kyiv, 2022.", 1, 28, {FactMark{"name", {0, 4}, "kyiv"}, FactMark{"date", {6, 10}, "2022"}}},
       {}});
  first.segments.push_back(
      {3,
       {"Речення, якого немає в перекладі.", 2, 1, {}},
       {"", 0, 0, {}},
       {Finding{"omission", Severity::warning, "the translation leaves out this sentence", std::nullopt,
                std::nullopt}}});
  first.segments.push_back({4,
                            {"<script>window.concordInjected = 1</script> & \"лапки\"", 3, 1, {}},
                            {"<script>window.concordInjected = 1</script> & \"quotes\"", 2, 1, {}},
                            {Finding{"name", Severity::info, "check the <b>name</b> spelling", std::nullopt,
                                     Excerpt{"<script>", {0, 8}}}}});
  first.findings.push_back(
      {"consistency", Severity::warning, "a term is translated two ways", std::nullopt, std::nullopt});

  report::DocumentResult failed{
      {"news/b.uk.txt", ""}, {"news/b.en.txt", ""}, true, "news/b.uk.txt:3: invalid UTF-8", {}, {}};

  report::DocumentResult clean;
  clean.source = {"news/c.uk.txt", "uk"};
  clean.target = {"news/c.en.txt", "en"};
  clean.segments.push_back({1, {"Добре.", 1, 1, {}}, {"Good.", 1, 1, {}}, {}});
  return {first, failed, clean};
}

inline std::string render(std::string_view format, const std::vector<report::DocumentResult>& documents) {
  auto reporter = report::make_reporter(format, {});
  std::ostringstream out;
  report::Summary summary;
  reporter->begin(out);
  for (const auto& document : documents) {
    summary.add(document);
    reporter->add(document, out);
  }
  reporter->end(summary, out);
  return out.str();
}

}  // namespace concord::testing
