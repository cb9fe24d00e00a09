// Number extraction throughput: runs the extractors of each language over every line of the WMT22
// Ukrainian-English references and prints segments per second. A plain timer, so it builds without Google
// Benchmark. Usage: build/bench/bench_number_extraction [corpora-ext folder, default ../shared/corpora-ext]
// [repeats, default 5]
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "concord/extract/registry.hpp"
#include "concord/lang/languages.hpp"

namespace {

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path corpora = argc > 1 ? argv[1] : "../shared/corpora-ext";
  const int repeats = argc > 2 ? std::stoi(argv[2]) : 5;
  const concord::lang::Languages languages(concord::lang::default_settings());
  for (const std::string code : {"uk", "en"}) {
    std::vector<std::string> lines;
    for (const char* dataset : {"wmt22-uk-en", "wmt22-en-uk"}) {
      const auto more = read_lines(corpora / dataset / (code + ".txt"));
      lines.insert(lines.end(), more.begin(), more.end());
    }
    if (lines.empty()) {
      std::fprintf(stderr, "no lines under %s\n", corpora.c_str());
      return 2;
    }
    const auto extractors = concord::extract::make_extractors(languages.get(code));
    std::size_t quantities = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < repeats; ++r) {
      for (const auto& line : lines)
        quantities += concord::extract::extract_all(extractors, line).quantities.size();
    }
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    const double segments = static_cast<double>(lines.size()) * repeats;
    std::printf("%s: %zu segments x %d in %.3f s = %.0f segments/s (%zu quantities per pass)\n", code.c_str(),
                lines.size(), repeats, seconds.count(), segments / seconds.count(), quantities / repeats);
  }
  return 0;
}
