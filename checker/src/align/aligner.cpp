#include "concord/align/aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

#include "concord/core/text.hpp"

namespace concord::align {
namespace {

struct Move {
  std::size_t source;
  std::size_t target;
  double prior_cost;  // -log of how often translators make this move (Gale & Church 1993)
};

const std::array<Move, 6> kMoves = {{
    {1, 1, -std::log(0.89)},
    {1, 0, -std::log(0.0099 / 2)},
    {0, 1, -std::log(0.0099 / 2)},
    {2, 1, -std::log(0.089 / 2)},
    {1, 2, -std::log(0.089 / 2)},
    {2, 2, -std::log(0.011)},
}};

// Variance of target length per source character (Gale & Church's estimate).
constexpr double kVariance = 6.8;

double length_cost(double source_chars, double target_chars, double ratio) {
  const double mean = (source_chars + target_chars / ratio) / 2;
  if (mean <= 0) return 0;
  const double delta = (target_chars - source_chars * ratio) / std::sqrt(mean * kVariance);
  // -log of the two-sided tail probability of |delta| under a standard normal.
  const double tail = std::erfc(std::abs(delta) / std::sqrt(2.0));
  return -std::log(std::max(tail, 1e-300));
}

struct Range {
  std::size_t begin;
  std::size_t end;
  std::size_t size() const { return end - begin; }
};

void align_range(const std::vector<double>& source_lengths, Range source, const std::vector<double>& target_lengths,
                 Range target, double ratio, std::vector<Bead>& beads) {
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  const double infinity = std::numeric_limits<double>::infinity();
  std::vector<double> cost((n + 1) * (m + 1), infinity);
  std::vector<unsigned char> choice((n + 1) * (m + 1), 0);
  auto at = [m](std::size_t i, std::size_t j) { return i * (m + 1) + j; };
  cost[at(0, 0)] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = 0; j <= m; ++j) {
      if (i == 0 && j == 0) continue;
      for (std::size_t k = 0; k < kMoves.size(); ++k) {
        const Move& move = kMoves[k];
        if (move.source > i || move.target > j) continue;
        const double previous = cost[at(i - move.source, j - move.target)];
        if (previous == infinity) continue;
        double source_chars = 0;
        double target_chars = 0;
        for (std::size_t s = i - move.source; s < i; ++s) source_chars += source_lengths[source.begin + s];
        for (std::size_t t = j - move.target; t < j; ++t) target_chars += target_lengths[target.begin + t];
        const double total = previous + move.prior_cost + length_cost(source_chars, target_chars, ratio);
        if (total < cost[at(i, j)]) {
          cost[at(i, j)] = total;
          choice[at(i, j)] = static_cast<unsigned char>(k);
        }
      }
    }
  }
  std::vector<Bead> reversed;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    const Move& move = kMoves[choice[at(i, j)]];
    reversed.push_back({source.begin + i - move.source, source.begin + i, target.begin + j - move.target,
                        target.begin + j});
    i -= move.source;
    j -= move.target;
  }
  beads.insert(beads.end(), reversed.rbegin(), reversed.rend());
}

// One DP table costs 9 bytes a cell: past this many cells (36 MB, e.g. 2,000 x 2,000 sentences in one paragraph,
// or in a whole document whose paragraph counts differ) the range is cut into blocks first.
constexpr std::size_t kMaxCells = 4'000'000;
constexpr std::size_t kBlockSegments = 200;

// align_range() within bounded memory: a huge range is cut at proportional points into blocks of about
// kBlockSegments segments on the longer side, each aligned exactly (a cell costs six moves, each a log and an
// erfc, so blocks stay small). A 100,000-sentence paragraph then takes linear time and memory instead of
// exhausting it; the price is a possibly wrong bead or two where a cut falls off the true alignment.
void align_bounded(const std::vector<double>& source_lengths, Range source, const std::vector<double>& target_lengths,
                   Range target, double ratio, std::vector<Bead>& beads) {
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  if ((n + 1) * (m + 1) <= kMaxCells) {
    align_range(source_lengths, source, target_lengths, target, ratio, beads);
    return;
  }
  const std::size_t blocks = std::max(n, m) / kBlockSegments + 1;
  for (std::size_t b = 0; b < blocks; ++b) {
    const Range source_block{source.begin + n * b / blocks, source.begin + n * (b + 1) / blocks};
    const Range target_block{target.begin + m * b / blocks, target.begin + m * (b + 1) / blocks};
    align_range(source_lengths, source_block, target_lengths, target_block, ratio, beads);
  }
}

std::vector<Range> paragraph_ranges(const std::vector<Segment>& segments) {
  std::vector<Range> ranges;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i == 0 || segments[i].paragraph != segments[i - 1].paragraph) ranges.push_back({i, i});
    ranges.back().end = i + 1;
  }
  return ranges;
}

std::vector<double> lengths(const std::vector<Segment>& segments, double& total) {
  std::vector<double> result;
  total = 0;
  for (const auto& segment : segments) {
    result.push_back(static_cast<double>(text::code_point_count(segment.text)));
    total += result.back();
  }
  return result;
}

}  // namespace

std::vector<Bead> align(const std::vector<Segment>& source, const std::vector<Segment>& target) {
  double source_total = 0;
  double target_total = 0;
  const auto source_lengths = lengths(source, source_total);
  const auto target_lengths = lengths(target, target_total);
  // The document's own length ratio: language pairs and translators differ in how much they expand.
  const double ratio = source_total > 0 && target_total > 0 ? target_total / source_total : 1.0;

  std::vector<Bead> beads;
  const auto source_paragraphs = paragraph_ranges(source);
  const auto target_paragraphs = paragraph_ranges(target);
  if (source_paragraphs.size() == target_paragraphs.size()) {
    for (std::size_t p = 0; p < source_paragraphs.size(); ++p) {
      align_bounded(source_lengths, source_paragraphs[p], target_lengths, target_paragraphs[p], ratio, beads);
    }
  } else {
    align_bounded(source_lengths, {0, source.size()}, target_lengths, {0, target.size()}, ratio, beads);
  }
  return beads;
}

}  // namespace concord::align
