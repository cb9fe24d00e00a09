#include "concord/align/aligner.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

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
// A word the lexicon knows, in a bead that pairs sentences: one of its meanings on the other side earns half
// the bonus (the word there earns the other half), none costs. Words are scored rather than meanings: a word
// with several meanings (`світ`: world, light) is translated by one of them. Set on bench/align_eval (seeds
// 1-3; 0.15-0.3 and 0.7-1.5 give bead F1 within 0.001 of each other); a translator's synonym the lexicon
// lacks is common, so a word left unmatched costs little.
constexpr AnchorEvidence kMeaningEvidence{0.2, 1.0};
// A sentence merged with a neighbour into one bead, with this many known words and none of them translated,
// costs this much more: the words then say it was dropped, which its few unmatched words alone do not
// outweigh against the prior of an omission (`Подешевше було б краще... ми вимушені переїхати` / `We have to
// move`). Set on bench/quality's dropped sentences (69.8% -> 73.0% caught) at no cost in bead F1 on
// bench/align_eval.
constexpr std::size_t kFewestWordsOfUntranslatedSentence = 2;
constexpr double kUntranslatedSentenceInMerge = 1.0;
// A number on each side that matches nothing is more often one figure changed (`18` for `6 p.m.`, a mistyped
// `21%`) than two figures lost: the pair costs one unmatched number, not two. Without this refund a changed
// figure makes the aligner drop the sentence holding it and pair its neighbour instead.
constexpr double kChangedNumberRefund = 2 * kNumberEvidence.unmatched_cost;
// Cost of a bead that ends a paragraph on one side only (a penalty rather than a reward for agreeing: a run
// of omissions and additions would collect a reward at every paragraph end it passes).
constexpr double kParagraphMismatch = 1.5;
// Cost of each paragraph break inside a bead: translators merge and split sentences within a paragraph, so a
// bead joining the last sentence of one paragraph to the first of the next is nearly always a dropped or
// added sentence glued to its neighbour (bead F1 +0.002 to +0.006 on bench/align_eval; any cost from 6 up
// gives the same beads there).
constexpr double kParagraphCrossing = 6.0;
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

// One bit for each meaning in a set: a word none of whose bits the other side has is not translated there,
// which spares most lookups.
template <typename Meanings>
std::uint64_t signature(const Meanings& meanings) {
  std::uint64_t bits = 0;
  for (auto meaning : meanings) bits |= std::uint64_t{1} << (meaning % 64);
  return bits;
}

// What the DP needs of one side, computed once per document.
struct Side {
  std::vector<double> prefix_chars;  // prefix_chars[i] = characters of segments [0, i)
  // spans[k - 1][i]: the sorted anchors of segments [i - k, i), for the k a move can take (1 to 3); meanings
  // likewise, all those of the words the lexicon knows, sorted.
  std::array<std::vector<std::vector<std::uint64_t>>, 3> spans;
  std::array<std::vector<std::vector<lang::Lexicon::Meaning>>, 3> meanings;
  std::vector<WordMeanings> words;        // words[i]: the meanings of each known word of segment i
  std::vector<std::size_t> prefix_words;  // prefix_words[i] = known words of segments [0, i)
  std::array<std::vector<std::uint64_t>, 3> signatures;  // of the meanings, as by signature()
  std::vector<bool> paragraph_end;  // paragraph_end[i]: a paragraph ends before segment i
  std::size_t paragraphs = 0;

  Side(const std::vector<Segment>& segments, const lang::Lexicon* lexicon)
      : prefix_chars(segments.size() + 1, 0),
        words(segments.size()),
        prefix_words(segments.size() + 1, 0),
        paragraph_end(segments.size() + 1, false) {
    for (auto& span : spans) span.resize(segments.size() + 1);
    for (auto& span : meanings) span.resize(segments.size() + 1);
    for (auto& span : signatures) span.resize(segments.size() + 1);
    for (std::size_t i = 0; i < segments.size(); ++i) {
      prefix_chars[i + 1] = prefix_chars[i] + static_cast<double>(text::code_point_count(segments[i].text));
      spans[0][i + 1] = sentence_anchors(segments[i].text);
      if (lexicon) words[i] = word_meanings(segments[i].text, *lexicon);
      prefix_words[i + 1] = prefix_words[i] + words[i].size();
      for (const auto& word : words[i])
        meanings[0][i + 1].insert(meanings[0][i + 1].end(), word.begin(), word.end());
      std::sort(meanings[0][i + 1].begin(), meanings[0][i + 1].end());
      signatures[0][i + 1] = signature(meanings[0][i + 1]);
      if (i > 0 && segments[i].paragraph != segments[i - 1].paragraph) paragraph_end[i] = true;
    }
    for (std::size_t k = 1; k < spans.size(); ++k) {
      for (std::size_t i = k + 1; i <= segments.size(); ++i) {
        const auto& shorter = spans[k - 1][i];
        const auto& first = spans[0][i - k];
        auto& merged = spans[k][i];
        merged.resize(shorter.size() + first.size());
        std::merge(shorter.begin(), shorter.end(), first.begin(), first.end(), merged.begin());
        meanings[k][i].resize(meanings[k - 1][i].size() + meanings[0][i - k].size());
        std::merge(meanings[k - 1][i].begin(), meanings[k - 1][i].end(), meanings[0][i - k].begin(),
                   meanings[0][i - k].end(), meanings[k][i].begin());
        signatures[k][i] = signatures[k - 1][i] | signatures[0][i - k];
      }
    }
    paragraph_end[segments.size()] = true;
    for (bool end : paragraph_end) paragraphs += end;
  }
  std::size_t size() const { return prefix_chars.size() - 1; }
  double chars(std::size_t begin, std::size_t end) const { return prefix_chars[end] - prefix_chars[begin]; }
  // Paragraph breaks between segments of [begin, end).
  std::size_t paragraph_ends_inside(std::size_t begin, std::size_t end) const {
    std::size_t count = 0;
    for (std::size_t k = begin + 1; k < end; ++k) count += paragraph_end[k];
    return count;
  }
  const std::vector<std::uint64_t>& anchors(std::size_t begin, std::size_t end) const {
    return spans[end - begin - 1][end];
  }
  std::size_t known_words(std::size_t begin, std::size_t end) const {
    return prefix_words[end] - prefix_words[begin];
  }
  const std::vector<lang::Lexicon::Meaning>& meanings_of(std::size_t begin, std::size_t end) const {
    return meanings[end - begin - 1][end];
  }
  std::uint64_t signature_of(std::size_t begin, std::size_t end) const {
    return signatures[end - begin - 1][end];
  }
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

  // The cost of the bead source [i - move.source, i) with target [j - move.target, j), or infinity when it is
  // sure to exceed `budget`: the words' meanings, the costly part, are looked up only for a bead that their
  // largest possible bonus could still bring under it.
  double cost(const Move& move, std::size_t i, std::size_t j, double budget) {
    double total = move.prior_cost;
    if (paragraphs_guide_) {
      if (source_.paragraph_end[i] != target_.paragraph_end[j]) total += kParagraphMismatch;
      total += kParagraphCrossing * static_cast<double>(source_.paragraph_ends_inside(i - move.source, i) +
                                                        target_.paragraph_ends_inside(j - move.target, j));
    }
    if (move.source == 0 || move.target == 0) return total;
    total += length_cost(source_.chars(i - move.source, i), target_.chars(j - move.target, j), ratio_);
    total += anchor_cost(source_.anchors(i - move.source, i), target_.anchors(j - move.target, j));
    const double best_bonus = static_cast<double>(source_.known_words(i - move.source, i) +
                                                  target_.known_words(j - move.target, j)) *
                              kMeaningEvidence.match_bonus / 2;
    if (total - best_bonus >= budget) return std::numeric_limits<double>::infinity();
    return total +
           meaning_cost(source_, i - move.source, i, target_.meanings_of(j - move.target, j),
                        target_.signature_of(j - move.target, j)) +
           meaning_cost(target_, j - move.target, j, source_.meanings_of(i - move.source, i),
                        source_.signature_of(i - move.source, i));
  }

 private:
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

  static double meaning_cost(const Side& side, std::size_t begin, std::size_t end,
                             const std::vector<lang::Lexicon::Meaning>& other_side,
                             std::uint64_t other_signature) {
    double weight = 0;
    for (std::size_t sentence = begin; sentence < end; ++sentence) {
      std::size_t translated_words = 0;
      const auto& words = side.words[sentence];
      for (const auto& word : words) {
        const bool translated = (signature(word) & other_signature) != 0 &&
                                std::any_of(word.begin(), word.end(), [&](lang::Lexicon::Meaning meaning) {
                                  return std::binary_search(other_side.begin(), other_side.end(), meaning);
                                });
        translated_words += translated;
        weight += translated ? -kMeaningEvidence.match_bonus / 2 : kMeaningEvidence.unmatched_cost;
      }
      if (end - begin > 1 && translated_words == 0 && words.size() >= kFewestWordsOfUntranslatedSentence) {
        weight += kUntranslatedSentenceInMerge;
      }
    }
    return weight;
  }

  const Side& source_;
  const Side& target_;
  double ratio_ = 1.0;
  bool paragraphs_guide_ = false;
};

// Cells (i, j) the search visits: for each source position i, target positions [low[i], high[i]] around a
// guide path from (0, 0) to (n, m).
struct Band {
  std::vector<std::size_t> low;
  std::vector<std::size_t> high;
  std::vector<std::size_t> offset;  // where row i starts in the flat cell arrays

  // `guide_low[i]..guide_high[i]`: the target positions the guide path visits in row i (monotone in i);
  // `widths[i]`: how far the band reaches beyond them.
  Band(const std::vector<std::size_t>& guide_low, const std::vector<std::size_t>& guide_high, std::size_t m,
       const std::vector<std::size_t>& widths)
      : low(guide_low.size()), high(guide_low.size()), offset(guide_low.size() + 1, 0) {
    for (std::size_t i = 0; i < guide_low.size(); ++i) {
      low[i] = guide_low[i] > widths[i] ? guide_low[i] - widths[i] : 0;
      high[i] = std::min(m, guide_high[i] + widths[i]);
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

// The guide a first search follows: the diagonal from (0, 0) to (n, m). (The characters' diagonal was tried:
// where one side's lines hold several sentences it strays further from the path, and the first band failed
// more often.)
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> diagonal_guide(std::size_t n, std::size_t m) {
  std::vector<std::size_t> guide(n + 1);
  for (std::size_t i = 0; i <= n; ++i)
    guide[i] = static_cast<std::size_t>(std::llround(n == 0 ? 0.0 : double(i) * double(m) / double(n)));
  return {guide, guide};
}

struct Path {
  std::vector<Bead> beads;
  // Rows where it touches the band's edge (a wider band might hold a cheaper path).
  std::vector<std::size_t> rows_at_edge;
};

// The cheapest bead sequence inside the band, and where it touches the band's edge.
Path align_in_band(const Side& source, const Side& target, const Band& band) {
  const std::size_t n = source.size();
  const std::size_t m = target.size();
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
        const double total = previous + scorer.cost(move, i, j, best - previous);
        if (total < best) {
          best = total;
          best_move = static_cast<unsigned char>(k);
        }
      }
      cost[band.at(i, j)] = best;
      choice[band.at(i, j)] = best_move;
    }
  }
  Path path;
  std::vector<Bead> reversed;
  for (std::size_t i = n, j = m; i > 0 || j > 0;) {
    if (band.on_inner_edge(i, j, m)) path.rows_at_edge.push_back(i);
    const Move& move = kMoves[choice[band.at(i, j)]];
    reversed.push_back({i - move.source, i, j - move.target, j});
    i -= move.source;
    j -= move.target;
  }
  path.beads.assign(reversed.rbegin(), reversed.rend());
  return path;
}

// The target positions a bead path visits in each source row.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> path_guide(const std::vector<Bead>& beads,
                                                                         std::size_t n) {
  std::vector<std::size_t> low(n + 1, std::numeric_limits<std::size_t>::max());
  std::vector<std::size_t> high(n + 1, 0);
  low[0] = 0;
  for (const Bead& bead : beads) {
    for (std::size_t i = bead.source_begin; i <= bead.source_end; ++i) {
      low[i] = std::min(low[i], bead.target_begin);
      high[i] = std::max(high[i], bead.target_end);
    }
  }
  return {low, high};
}

}  // namespace

std::vector<Bead> align(const std::vector<Segment>& source, const std::vector<Segment>& target,
                        const lang::Lexicon* source_lexicon, const lang::Lexicon* target_lexicon) {
  // Meanings count only when both languages have a lexicon: otherwise every word of one side would be
  // unmatched.
  const bool lexicons =
      source_lexicon && target_lexicon && !source_lexicon->empty() && !target_lexicon->empty();
  const Side source_side(source, lexicons ? source_lexicon : nullptr);
  const Side target_side(target, lexicons ? target_lexicon : nullptr);
  const std::size_t n = source.size();
  const std::size_t m = target.size();
  // Wide enough that every row of the band reaches the next one even when the sides differ 1:10.
  const std::size_t steepness = (n == 0 || m == 0) ? 0 : (m + n - 1) / n + (n + m - 1) / m;
  const std::size_t widest = std::max(n, m);
  std::vector<std::size_t> widths(n + 1, kInitialBand + 2 * steepness);
  auto guide = diagonal_guide(n, m);
  // A path that touches the edge was pushed there by a band in the wrong place: omissions, additions, merges
  // and splits shift the alignment off the diagonal a little at a time. It is searched again around itself,
  // which has moved towards the true path: first in a band as wide, then, while it still touches the edge, in
  // a band three times as wide where it touched, as far on either side as the new width (on
  // bench_align_eval's 5,000-sentence pairs, re-centring once before widening and widening only where the
  // path touched take 0.2-0.5 s instead of 0.3-0.8 s, with the same beads).
  for (bool recentred = false;; recentred = true) {
    const Band band(guide.first, guide.second, m, widths);
    Path path = align_in_band(source_side, target_side, band);
    const bool widened_out = std::all_of(path.rows_at_edge.begin(), path.rows_at_edge.end(),
                                         [&](std::size_t row) { return widths[row] >= widest; });
    if (widened_out) return std::move(path.beads);
    guide = path_guide(path.beads, n);
    if (!recentred) continue;
    auto wider = widths;
    for (std::size_t row : path.rows_at_edge) {
      const std::size_t width = std::min(widest, 3 * widths[row]);
      for (std::size_t i = row > width ? row - width : 0; i <= std::min(n, row + width); ++i) {
        wider[i] = std::max(wider[i], width);
      }
    }
    widths = std::move(wider);
  }
}

}  // namespace concord::align
