// Name matching throughput: extracting names (Hunspell lemmas, dictionary phrases, transliteration keys) from
// real WMT22 segments, and the name check over whole aligned documents. Hunspell loads once per process: the
// first extraction pays for it, outside the timed loops.
//   build/bench/bench_name_matching [--benchmark_filter=...]
// Reads ../shared/corpora-ext/wmt22-uk-en by path (CONCORD_SHARED overrides the shared folder).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "concord/compare/registry.hpp"
#include "concord/extract/registry.hpp"
#include "concord/lang/languages.hpp"

namespace {

std::filesystem::path shared_folder() {
  const char* shared = std::getenv("CONCORD_SHARED");
  return shared && *shared
             ? std::filesystem::path(shared)
             : std::filesystem::path(CONCORD_SOURCE_DICTIONARIES).parent_path().parent_path() / "shared";
}

std::vector<std::string> lines(const std::string& name) {
  std::ifstream in(shared_folder() / "corpora-ext" / "wmt22-uk-en" / name);
  std::vector<std::string> result;
  for (std::string line; std::getline(in, line);) result.push_back(line);
  return result;
}

struct Corpus {
  concord::lang::Languages languages{concord::lang::default_settings()};
  std::vector<std::string> uk = lines("uk.txt");
  std::vector<std::string> en = lines("en.txt");
};

const Corpus& corpus() {
  static const Corpus instance;
  return instance;
}

void extract_names(benchmark::State& state, const std::string& code) {
  const auto& texts = code == "uk" ? corpus().uk : corpus().en;
  if (texts.empty()) {
    state.SkipWithError("corpus not found: set CONCORD_SHARED");
    return;
  }
  const auto extractors = concord::extract::make_extractors(corpus().languages.get(code));
  for (const auto& text : texts)
    concord::extract::extract_all(extractors, text);  // load Hunspell, warm the caches
  std::size_t names = 0;
  for (auto _ : state) {
    for (const auto& text : texts) names += concord::extract::extract_all(extractors, text).names.size();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * texts.size()));
  state.counters["names/segment"] =
      static_cast<double>(names) / static_cast<double>(state.iterations() * texts.size());
}

void BM_ExtractNamesUkrainian(benchmark::State& state) { extract_names(state, "uk"); }
void BM_ExtractNamesEnglish(benchmark::State& state) { extract_names(state, "en"); }

// The name and consistency checks over the whole corpus as one document of aligned pairs (facts extracted
// once).
void BM_CompareNames(benchmark::State& state) {
  if (corpus().uk.empty()) {
    state.SkipWithError("corpus not found: set CONCORD_SHARED");
    return;
  }
  const auto& uk = corpus().languages.get("uk");
  const auto& en = corpus().languages.get("en");
  const auto uk_extractors = concord::extract::make_extractors(uk);
  const auto en_extractors = concord::extract::make_extractors(en);
  concord::compare::AlignedDocument document{&uk, &en, {}};
  for (std::size_t i = 0; i < corpus().uk.size() && i < corpus().en.size(); ++i) {
    concord::compare::SegmentPair pair{i + 1, {corpus().uk[i], i + 1, 1, {}}, {corpus().en[i], i + 1, 1, {}}};
    pair.source.facts = concord::extract::extract_all(uk_extractors, pair.source.text);
    pair.target.facts = concord::extract::extract_all(en_extractors, pair.target.text);
    document.pairs.push_back(std::move(pair));
  }
  struct CountingSink final : concord::compare::FindingSink {
    std::size_t count = 0;
    void add(std::size_t, concord::Finding) override { ++count; }
    void add_document(concord::Finding) override { ++count; }
  };
  std::vector<std::unique_ptr<concord::compare::Check>> checks;
  for (auto& check : concord::compare::make_checks()) {
    if (check->id() == "name" || check->id() == "consistency") checks.push_back(std::move(check));
  }
  for (auto _ : state) {
    CountingSink sink;
    for (const auto& check : checks) check->run(document, sink);
    benchmark::DoNotOptimize(sink.count);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * document.pairs.size()));
}

BENCHMARK(BM_ExtractNamesUkrainian)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractNamesEnglish)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompareNames)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
