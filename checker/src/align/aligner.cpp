#include "concord/align/aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>

#include "concord/align/anchors.hpp"
#include "concord/core/text.hpp"

namespace concord::align {
namespace {

struct Move {
  std::size_t source;
  std::size_t target;
  double prior_cost;  // -log of how often translators make this move
};

// How often translators make each move; 1-1 as in Gale & Church (1993), the rest set on bench/align_eval (see
// README "Quality"). An omitted or added sentence costs its prior alone: Gale & Church also charge its
// length, which makes a long dropped sentence look like half of a merge. 3-1 and 1-3 cover a line the
// segmenter split on one side that the translator also merged with its neighbour.
const std::array<Move, 8> kMoves = {{
    {1, 1, -std::log(0.89)},
    {1, 0, -std::log(0.015)},
    {0, 1, -std::log(0.015)},
    {2, 1, -std::log(0.02)},
    {1, 2, -std::log(0.02)},
    {2, 2, -std::log(0.002)},
    {3, 1, -std::log(0.001)},
    {1, 3, -std::log(0.001)},
}};

// Variance of target length per source character (Gale & Church's estimate).
constexpr double kVariance = 6.8;
// Anchors as evidence (a log-likelihood ratio): in a bead that pairs sentences, an anchor one side has and
// the other lacks costs -log(1 - p), where p is how often such an anchor survives translation, and a shared
// one earns log(p / q), q being how often unrelated sentences share it by chance. An omitted or added
// sentence has no counterpart to miss its anchors, so they cost nothing there: a dropped sentence full of
// numbers is not glued onto its neighbour.
struct AnchorEvidence {
  double unmatched_cost;
  double match_bonus;
};
constexpr AnchorEvidence kNumberEvidence{1.5, 2.0};
constexpr AnchorEvidence kNameEvidence{0.7, 2.0};
constexpr AnchorEvidence kWordEvidence{0.05, 1.5};
constexpr AnchorEvidence kLinkEvidence{2.0, 3.0};
constexpr AnchorEvidence kPunctuationEvidence{0.7, 0.5};
// A number on each side that matches nothing is more often one figure changed (`18` for `6 p.m.`, a mistyped
// `21%`) than two figures lost: the pair costs one unmatched number, not two. Without this refund a changed
// figure makes the aligner drop the sentence holding it and pair its neighbour instead.
constexpr double kChangedNumberRefund = 2 * kNumberEvidence.unmatched_cost;
// Cost of a bead that ends a paragraph on one side only (a penalty rather than a reward for agreeing: a run
// of omissions and additions would collect a reward at every paragraph end it passes).
constexpr double kParagraphMismatch = 1.5;
// Characters of prior evidence that the two sides are about equally long: a short document's own ratio is
// skewed by a single dropped sentence.
constexpr double kRatioPriorChars = 1000;
constexpr std::size_t kInitialBand = 6;

double length_cost(double source_chars, double target_chars, double ratio) {
  const double mean = (source_chars + target_chars / ratio) / 2;
  if (mean <= 0) return 0;
  const double delta = (target_chars - source_chars * ratio) / std::sqrt(mean * kVariance);
  // -log of the two-sided tail probability of |delta| under a standard normal.
  const double tail = std::erfc(std::abs(delta) / std::sqrt(2.0));
  return -std::log(std::max(tail, 1e-300));
}

const AnchorEvidence& evidence(std::uint64_t anchor) {
  switch (kind_of(anchor)) {
    case AnchorKind::number:
      return kNumberEvidence;
    case AnchorKind::name:
      return kNameEvidence;
    case AnchorKind::word:
      return kWordEvidence;
    case AnchorKind::link:
      return kLinkEvidence;
    case AnchorKind::punctuation:
      break;
  }
  return kPunctuationEvidence;
}

// What the DP needs of one side, computed once per document.
struct Side {
  std::vector<double> prefix_chars;                 // prefix_chars[i] = characters of segments [0, i)
  std::vector<std::vector<std::uint64_t>> anchors;  // per segment, sorted
  std::vector<bool> paragraph_end;                  // paragraph_end[i]: a paragraph ends before segment i
  std::size_t paragraphs = 0;

  explicit Side(const std::vector<Segment>& segments)
      : prefix_chars(segments.size() + 1, 0), paragraph_end(segments.size() + 1, false) {
    for (std::size_t i = 0; i < segments.size(); ++i) {
      prefix_chars[i + 1] = prefix_chars[i] + static_cast<double>(text::code_point_count(segments[i].text));
      anchors.push_back(sentence_anchors(segments[i].text));
      if (i > 0 && segments[i].paragraph != segments[i - 1].paragraph) paragraph_end[i] = true;
    }
    paragraph_end[segments.size()] = true;
    for (bool end : paragraph_end) paragraphs += end;
  }
  std::size_t size() const { return anchors.size(); }
  double chars(std::size_t begin, std::size_t end) const { return prefix_chars[end] - prefix_chars[begin]; }
};

class BeadScorer {
 public:
  BeadScorer(const Side& source, const Side& target) : source_(source), target_(target) {
    const double source_total = source.chars(0, source.size());
    const double target_total = target.chars(0, target.size());
    // The document's own ratio: language pairs and translators differ in how much they expand.
    ratio_ = (target_total + kRatioPriorChars) / (source_total + kRatioPriorChars);
    paragraphs_guide_ = source.paragraphs > 1 && target.paragraphs > 1;
  }

  // The cost of the bead source [i - move.source, i) with target [j - move.target, j).
  double cost(const Move& move, std::size_t i, std::size_t j) {
    double total = move.prior_cost;
    if (move.source > 0 && move.target > 0) {
      total += length_cost(source_.chars(i - move.source, i), target_.chars(j - move.target, j), ratio_);
      total += anchor_cost(gathered(source_, i - move.source, i, source_anchors_),
                           gathered(target_, j - move.target, j, target_anchors_));
    }
    if (paragraphs_guide_ && source_.paragraph_end[i] != target_.paragraph_end[j])
      total += kParagraphMismatch;
    return total;
  }

 private:
  // The sorted anchors of segments [begin, end): the segment's own list when there is one, else merged into
  // `buffer` (reused, so the DP's inner loop does not allocate).
  const std::vector<std::uint64_t>& gathered(const Side& side, std::size_t begin, std::size_t end,
                                             std::vector<std::uint64_t>& buffer) {
    if (end - begin == 1) return side.anchors[begin];
    buffer.clear();
    for (std::size_t k = begin; k < end; ++k) {
      const auto& anchors = side.anchors[k];
      merge_scratch_.assign(buffer.begin(), buffer.end());
      buffer.resize(merge_scratch_.size() + anchors.size());
      std::merge(merge_scratch_.begin(), merge_scratch_.end(), anchors.begin(), anchors.end(),
                 buffer.begin());
    }
    return buffer;
  }

  static double anchor_cost(const std::vector<std::uint64_t>& source,
                            const std::vector<std::uint64_t>& target) {
    double weight = 0;
    std::size_t source_numbers_unmatched = 0;
    std::size_t target_numbers_unmatched = 0;
    auto s = source.begin();
    auto t = target.begin();
    while (s != source.end() || t != target.end()) {
      if (t == target.end() || (s != source.end() && *s < *t)) {
        source_numbers_unmatched += kind_of(*s) == AnchorKind::number;
        weight += evidence(*s++).unmatched_cost;
      } else if (s == source.end() || *t < *s) {
        target_numbers_unmatched += kind_of(*t) == AnchorKind::number;
        weight += evidence(*t++).unmatched_cost;
      } else {
        weight -= evidence(*s).match_bonus;
        ++s;
        ++t;
      }
    }
    const auto changed_numbers = std::min(source_numbers_unmatched, target_numbers_unmatched);
    return weight - static_cast<double>(changed_numbers) * kChangedNumberRefund;
  }

  const Side& source_;
  const Side& target_;
  double ratio_ = 1.0;
  bool paragraphs_guide_ = false;
  std::vector<std::uint64_t> source_anchors_;
  std::vector<std::uint64_t> target_anchors_;
  std::vector<std::uint64_t> merge_scratch_;
};

// Cells (i, j) the search visits: for each source position i, target positions [low[i], high[i]] around the
// diagonal from (0, 0) to (n, m).
struct Band {
  std::vector<std::size_t> low;
  std::vector<std::size_t> high;
  std::vector<std::size_t> offset;  // where row i starts in the flat cell arrays

  Band(std::size_t n, std::size_t m, std::size_t width) : low(n + 1), high(n + 1), offset(n + 2, 0) {
    for (std::size_t i = 0; i <= n; ++i) {
      const auto centre =
          static_cast<std::size_t>(std::llround(n == 0 ? 0.0 : double(i) * double(m) / double(n)));
      low[i] = centre > width ? centre - width : 0;
      high[i] = std::min(m, centre + width);
      offset[i + 1] = offset[i] + (high[i] - low[i] + 1);
    }
  }
  bool contains(std::size_t i, std::size_t j) const { return j >= low[i] && j <= high[i]; }
  std::size_t at(std::size_t i, std::size_t j) const { return offset[i] + (j - low[i]); }
  std::size_t cells() const { return offset.back(); }
  // True when (i, j) lies on an edge the band could have been widened past.
  bool on_inner_edge(std::size_t i, std::size_t j, std::size_t m) const {
    return (j == low[i] && low[i] > 0) || (j == high[i] && high[i] < m);
  }
};

// The cheapest bead sequence inside the band, or nothing when the path touches the band's edge (a wider band
// might hold a cheaper one).
std::optional<std::vector<Bead>> align_in_band(const Side& source, const Side& target, std::size_t width,
                                               bool final_try) {
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  const Band band(n, m, width);
  const double infinity = std::numeric_limits<double>::infinity();
  std::vector<double> cost(band.cells(), infinity);
  std::vector<unsigned char> choice(band.cells(), 0);
  BeadScorer scorer(source, target);
  cost[band.at(0, 0)] = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    for (std::size_t j = band.low[i]; j <= band.high[i]; ++j) {
      if (i == 0 && j == 0) continue;
      double best = infinity;
      unsigned char best_move = 0;
      for (std::size_t k = 0; k < kMoves.size(); ++k) {
        const Move& move = kMoves[k];
        if (move.source > i || move.target > j) continue;
        const std::size_t pi = i - move.source;
        const std::size_t pj = j - move.target;
        if (!band.contains(pi, pj)) continue;
        const double previous = cost[band.at(pi, pj)];
        if (previous == infinity) continue;
        const double total = previous + scorer.cost(move, i, j);
        if (total < best) {
          best = total;
          best_move = static_cast<unsigned char>(k);
        }
      }
      cost[band.at(i, j)] = best;
      choice[band.at(i, j)] = best_move;
    }
  }
  std::vector<Bead> reversed;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    if (!final_try && band.on_inner_edge(i, j, m)) return std::nullopt;
    const Move& move = kMoves[choice[band.at(i, j)]];
    reversed.push_back({i - move.source, i, j - move.target, j});
    i -= move.source;
    j -= move.target;
  }
  return std::vector<Bead>(reversed.rbegin(), reversed.rend());
}

}  // namespace

std::vector<Bead> align(const std::vector<Segment>& source, const std::vector<Segment>& target) {
  const Side source_side(source);
  const Side target_side(target);
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  // Wide enough that every row of the band reaches the next one even when the sides differ 1:10.
  const std::size_t steepness = (n == 0 || m == 0) ? 0 : (m + n - 1) / n + (n + m - 1) / m;
  for (std::size_t width = kInitialBand + 2 * steepness;; width *= 2) {
    const bool final_try = width >= std::max(n, m);
    if (auto beads = align_in_band(source_side, target_side, width, final_try)) return *beads;
  }
}

}  // namespace concord::align
