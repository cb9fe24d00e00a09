#include "concord/pipeline/scan.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

// Documents of different sizes, so that with several threads they finish out of order; every seventh
// unusable.
concord::read::Corpus make_jobs(const fs::path& folder, std::size_t count) {
  fs::create_directories(folder);
  concord::read::Corpus jobs;
  for (std::size_t i = 0; i < count; ++i) {
    const auto path = folder / ("doc" + std::to_string(i) + ".uk-en.tsv");
    std::ofstream out(path);
    for (std::size_t row = 0; row < 1 + (i * 37) % 50; ++row)
      out << "Ціна " << row << "%.\tThe price " << row << "%.\n";
    out << "Кінець " << i << ".\tThe end " << (i % 3 ? i : i + 1) << ".\n";
    if (i % 7 == 3) {
      jobs.add({concord::read::DocumentKind::unusable, path, path, "", "", "broken on purpose"});
    } else {
      jobs.add({concord::read::DocumentKind::tsv, path, path, "uk", "en", ""});
    }
  }
  return jobs;
}

std::vector<std::string> scanned(const concord::read::Corpus& jobs, unsigned threads) {
  static const concord::Pipeline pipeline(concord::lang::default_settings());
  concord::ScanOptions options;
  options.jobs = threads;
  std::vector<std::string> out;
  concord::scan(pipeline, jobs, options, [&out](concord::report::DocumentResult&& document) {
    std::string line = document.source.path + (document.failed ? " failed" : " ok");
    for (const auto& segment : document.segments) line += " " + std::to_string(segment.findings.size());
    out.push_back(line);
  });
  return out;
}

}  // namespace

TEST_CASE("scan emits every document in corpus order whatever the number of threads") {
  const auto jobs = make_jobs(fs::temp_directory_path() / "concord-scan-order", 60);
  const auto one = scanned(jobs, 1);
  REQUIRE(one.size() == jobs.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    CHECK(one[i].starts_with(jobs[i].source.string() + (i % 7 == 3 ? " failed" : " ok")));
  }
  CHECK(scanned(jobs, 2) == one);
  CHECK(scanned(jobs, 8) == one);
}

TEST_CASE("scan of no documents emits nothing") { CHECK(scanned(concord::read::Corpus(), 4).empty()); }
