// Speed of fact extraction with the date extractor in place (every registered extractor runs, dates first) on
// real text: the reference sentences of wmt22-uk-en (Ukrainian) and wmt22-en-uk (English) from
// ../shared/corpora-ext, read by path beside the source tree. Reports sentences per second per language.
#include <benchmark/benchmark.h>

#include <fstream>

#include "concord/extract/registry.hpp"
#include "concord/lang/languages.hpp"

namespace {

std::vector<std::string> sentences(const std::string& relative_path) {
  std::ifstream in(std::string(CONCORD_SOURCE_DICTIONARIES) + "/../../shared/corpora-ext/" + relative_path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void extract_dates(benchmark::State& state, const std::string& code, const std::string& corpus) {
  static const concord::lang::Languages languages(concord::lang::default_settings());
  const auto extractors = concord::extract::make_extractors(languages.get(code));
  const auto lines = sentences(corpus);
  if (lines.empty()) {
    state.SkipWithError(("no corpus at " + corpus).c_str());
    return;
  }
  std::size_t dates = 0;
  for (auto _ : state) {
    for (const auto& line : lines) dates += concord::extract::extract_all(extractors, line).dates.size();
  }
  benchmark::DoNotOptimize(dates);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * lines.size()));
}

BENCHMARK_CAPTURE(extract_dates, uk, std::string("uk"), std::string("wmt22-uk-en/uk.txt"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(extract_dates, en, std::string("en"), std::string("wmt22-en-uk/en.txt"))
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
