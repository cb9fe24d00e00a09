#include "concord/report/baseline.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "concord/core/error.hpp"
#include "synthetic_documents.hpp"

using concord::report::Baseline;
using concord::report::fingerprint;

namespace {

std::filesystem::path write_report(const std::string& name, const std::string& content) {
  const auto path = std::filesystem::temp_directory_path() / name;
  std::ofstream(path) << content;
  return path;
}

std::size_t finding_count(const concord::report::DocumentResult& document) {
  std::size_t count = document.findings.size();
  for (const auto& segment : document.segments) count += segment.findings.size();
  return count;
}

}  // namespace

TEST_CASE("a fingerprint ignores line numbers and white space but not the text") {
  const auto document = concord::testing::synthetic_documents()[0];
  auto segment = document.segments[0];
  const auto& finding = segment.findings[0];
  const auto original = fingerprint(document, &segment, finding);
  segment.source.line += 7;
  segment.target.line += 7;
  segment.target.text = "We  did it in 80% of\ncases.";
  CHECK(fingerprint(document, &segment, finding) == original);
  segment.target.text = "We did it in 80% of all cases.";
  CHECK(fingerprint(document, &segment, finding) != original);
}

TEST_CASE("a baseline keeps only findings it does not hold") {
  auto documents = concord::testing::synthetic_documents();
  const auto path = write_report("concord-baseline-test.json", concord::testing::render("json", documents));
  auto baseline = Baseline::load(path);
  CHECK(finding_count(baseline.filter(documents[0])) == 0);

  // A second copy of a known finding is new: each baseline entry absorbs one finding.
  auto doubled = documents[0];
  doubled.segments.push_back(doubled.segments[0]);
  auto again = Baseline::load(path);
  const auto kept = again.filter(doubled);
  CHECK(finding_count(kept) == 1);
  CHECK(kept.segments.back().findings.size() == 1);
  std::filesystem::remove(path);
}

TEST_CASE("a baseline that is not a concord report is an error naming the file") {
  const auto path = write_report("concord-baseline-bad.json", R"({"runs": []})");
  CHECK_THROWS_WITH_AS(Baseline::load(path), doctest::Contains("concord-baseline-bad.json"), concord::Error);
  std::filesystem::remove(path);
}
