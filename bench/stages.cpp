// The cost of each pipeline stage, one Google Benchmark per stage, on real translated news.
//
//   build/bench/bench_stages [--corpora DIR] [Google Benchmark flags]   (default ../shared/corpora-ext)
//
// Input: the articles of wmt22-uk-en rebuilt from docs.tsv (one paragraph per line), Ukrainian source and the
// human English reference. Each stage runs over all of them, fed with what the stage before produced (computed
// once, outside the timing): segmentation, alignment, extraction, comparison, reporting (JSON), and the whole
// Pipeline::run for comparison. bytes_per_second counts the UTF-8 text of both sides, items_per_second the
// aligned segment pairs. Per-process caches (lemmas, transliterations) are warm after the first iteration, as
// they are a few documents into a scan; the one-off costs are their own benchmarks: loading a language's
// Hunspell dictionary, and aligning one 5,000-sentence pair. bench/speed runs this and prints the table.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "concord/adapters/spell_dictionary.hpp"
#include "concord/align/aligner.hpp"
#include "concord/compare/registry.hpp"
#include "concord/extract/registry.hpp"
#include "concord/lang/languages.hpp"
#include "concord/pipeline/pipeline.hpp"
#include "concord/report/reporter.hpp"
#include "concord/segment/segmenter.hpp"

namespace {

using concord::Segment;

constexpr std::size_t kAlignmentSentences = 5000;

std::filesystem::path corpora = "../shared/corpora-ext";

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Every stage's input, built once: stage N is timed on what stages before N produced.
struct Corpus {
  concord::lang::Settings settings = concord::lang::default_settings();
  concord::lang::Languages languages{settings};
  const concord::lang::Language& source_language = languages.get("uk");
  const concord::lang::Language& target_language = languages.get("en");
  concord::segment::Segmenter source_segmenter{source_language.profile()};
  concord::segment::Segmenter target_segmenter{target_language.profile()};
  std::vector<std::unique_ptr<concord::extract::Extractor>> source_extractors =
      concord::extract::make_extractors(source_language);
  std::vector<std::unique_ptr<concord::extract::Extractor>> target_extractors =
      concord::extract::make_extractors(target_language);
  std::vector<std::unique_ptr<concord::compare::Check>> checks = concord::compare::make_checks();
  concord::Pipeline pipeline{settings};

  std::vector<concord::read::DocumentInput> inputs;
  std::vector<std::pair<std::vector<Segment>, std::vector<Segment>>> segmented;
  std::vector<concord::compare::AlignedDocument> aligned;  // with facts
  std::vector<concord::report::DocumentResult> results;
  std::int64_t bytes = 0;
  std::int64_t pairs = 0;

  Corpus() {
    const auto folder = corpora / "wmt22-uk-en";
    const auto source = read_lines(folder / "uk.txt");
    const auto target = read_lines(folder / "en.txt");
    for (const auto& row : read_lines(folder / "docs.tsv")) {
      std::istringstream fields(row);
      std::size_t first = 0;
      std::size_t last = 0;
      fields >> first >> last;
      concord::read::DocumentInput input;
      input.source.lang = "uk";
      input.target.lang = "en";
      for (std::size_t line = first; line <= last; ++line) {
        if (!source[line - 1].empty()) input.source.paragraphs.push_back({source[line - 1], line, 1});
        if (!target[line - 1].empty()) input.target.paragraphs.push_back({target[line - 1], line, 1});
        bytes += static_cast<std::int64_t>(source[line - 1].size() + target[line - 1].size());
      }
      inputs.push_back(std::move(input));
    }
    for (const auto& input : inputs) {
      segmented.emplace_back(source_segmenter.split(input.source.paragraphs),
                             target_segmenter.split(input.target.paragraphs));
      const auto& [source_segments, target_segments] = segmented.back();
      concord::compare::AlignedDocument document{&source_language, &target_language, {}};
      for (const auto& bead : concord::align::align(source_segments, target_segments,
                                                    &source_language.lexicon(), &target_language.lexicon())) {
        auto side = [](const std::vector<Segment>& segments, std::size_t begin, std::size_t end) {
          concord::compare::SideText text;
          for (std::size_t i = begin; i < end; ++i) text.text += (i > begin ? " " : "") + segments[i].text;
          if (begin < end) text.line = segments[begin].line;
          return text;
        };
        document.pairs.push_back({document.pairs.size() + 1,
                                  side(source_segments, bead.source_begin, bead.source_end),
                                  side(target_segments, bead.target_begin, bead.target_end)});
      }
      for (auto& pair : document.pairs) {
        pair.source.facts = concord::extract::extract_all(source_extractors, pair.source.text);
        pair.target.facts = concord::extract::extract_all(target_extractors, pair.target.text);
      }
      pairs += static_cast<std::int64_t>(document.pairs.size());
      aligned.push_back(std::move(document));
      results.push_back(pipeline.run(input));
    }
  }
};

const Corpus& corpus() {
  static const Corpus instance;
  return instance;
}

void count(benchmark::State& state) {
  state.SetBytesProcessed(state.iterations() * corpus().bytes);
  state.SetItemsProcessed(state.iterations() * corpus().pairs);
}

void segmentation(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& input : c.inputs) {
      benchmark::DoNotOptimize(c.source_segmenter.split(input.source.paragraphs));
      benchmark::DoNotOptimize(c.target_segmenter.split(input.target.paragraphs));
    }
  }
  count(state);
}

void alignment(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& [source, target] : c.segmented) {
      benchmark::DoNotOptimize(
          concord::align::align(source, target, &c.source_language.lexicon(), &c.target_language.lexicon()));
    }
  }
  count(state);
}

void extraction(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& document : c.aligned) {
      for (const auto& pair : document.pairs) {
        benchmark::DoNotOptimize(concord::extract::extract_all(c.source_extractors, pair.source.text));
        benchmark::DoNotOptimize(concord::extract::extract_all(c.target_extractors, pair.target.text));
      }
    }
  }
  count(state);
}

class CountingSink final : public concord::compare::FindingSink {
 public:
  void add(std::size_t, concord::Finding finding) override { benchmark::DoNotOptimize(finding); }
  void add_document(concord::Finding finding) override { benchmark::DoNotOptimize(finding); }
};

void comparison(benchmark::State& state) {
  const Corpus& c = corpus();
  CountingSink sink;
  for (auto _ : state) {
    for (const auto& document : c.aligned) {
      for (const auto& check : c.checks) check->run(document, sink);
    }
  }
  count(state);
}

void reporting(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    std::ostringstream out;
    auto reporter = concord::report::make_reporter("json", {});
    concord::report::Summary summary;
    reporter->begin(out);
    for (const auto& result : c.results) {
      reporter->add(result, out);
      summary.add(result);
    }
    reporter->end(summary, out);
    benchmark::DoNotOptimize(out.str());
  }
  count(state);
}

void whole_pipeline(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    for (const auto& input : c.inputs) benchmark::DoNotOptimize(c.pipeline.run(input));
  }
  count(state);
}

void hunspell_load(benchmark::State& state) {
  const auto& profile = corpus().source_language.profile();
  const auto base = corpus().settings.hunspell / profile.hunspell;
  for (auto _ : state) {
    concord::adapters::SpellDictionary dictionary(base.string() + ".aff", base.string() + ".dic");
    benchmark::DoNotOptimize(dictionary.knows("тест"));
  }
}

// The segmented articles one after another, from the first again, until the source side has 5,000 sentences.
void alignment_5000(benchmark::State& state) {
  const Corpus& c = corpus();
  std::vector<Segment> source;
  std::vector<Segment> target;
  for (std::size_t k = 0; source.size() < kAlignmentSentences; k = (k + 1) % c.segmented.size()) {
    const std::size_t source_offset = source.empty() ? 0 : source.back().paragraph + 1;
    const std::size_t target_offset = target.empty() ? 0 : target.back().paragraph + 1;
    for (Segment segment : c.segmented[k].first) {
      segment.paragraph += source_offset;
      source.push_back(std::move(segment));
    }
    for (Segment segment : c.segmented[k].second) {
      segment.paragraph += target_offset;
      target.push_back(std::move(segment));
    }
  }
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        concord::align::align(source, target, &c.source_language.lexicon(), &c.target_language.lexicon()));
  }
  state.counters["source_sentences"] = static_cast<double>(source.size());
  state.counters["target_sentences"] = static_cast<double>(target.size());
}

}  // namespace

BENCHMARK(segmentation)->Unit(benchmark::kMillisecond);
BENCHMARK(alignment)->Unit(benchmark::kMillisecond);
BENCHMARK(extraction)->Unit(benchmark::kMillisecond);
BENCHMARK(comparison)->Unit(benchmark::kMillisecond);
BENCHMARK(reporting)->Unit(benchmark::kMillisecond);
BENCHMARK(whole_pipeline)->Unit(benchmark::kMillisecond);
BENCHMARK(hunspell_load)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(alignment_5000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  std::vector<char*> rest{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--corpora" && i + 1 < argc) {
      corpora = argv[++i];
    } else {
      rest.push_back(argv[i]);
    }
  }
  int rest_count = static_cast<int>(rest.size());
  benchmark::Initialize(&rest_count, rest.data());
  try {
    corpus();
  } catch (const std::exception& e) {
    std::cerr << "bench_stages: " << e.what() << "\n";
    return 2;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
