// Segmentation and alignment quality on real translated news, and the time to align a 5,000-sentence pair.
//
//   build/bench/bench_align_eval [CORPORA_EXT_DIR] [--seed N] [--show-errors] [--judge] [--other-pairs]
//   (default ../shared/corpora-ext, seed 1; bench/segment_judged.tsv is read from beside this source file;
//   --other-pairs adds the ru-en, en-ru, cs-uk and uk-cs datasets, whose in-line breaks nobody has judged)
//
// From each WMT22 document (docs.tsv gives its lines) it builds an article pair: consecutive lines form
// paragraphs of 1-4 lines (a line without a final stop, a headline, always ends its paragraph, as it does in
// a real article). The translation side is then perturbed reproducibly, and the truth is recorded in lines:
// merge two adjacent lines (10%), split a long line at a comma (5%), delete a line (3%), insert a line from
// another document (2%), and in one document out of five drop every paragraph break after a finished
// sentence.
//
// Strict bead F1: Concord segments both articles itself and aligns the sentences; its beads are projected
// onto the lines they touch (beads sharing a line join), and a bead counts only when its set of source lines
// and its set of translation units both equal a true bead's. The same is reported with gold segmentation
// (each line one segment) to separate alignment errors from segmentation errors.
//
// Segmentation boundary F1 on the unperturbed articles: a WMT line is a segment, but sometimes holds two
// sentences, so a break inside a line is neither surely right nor surely wrong. Line ends inside a paragraph
// are true boundaries (found: true positive; missed: false negative). A break inside line k counts as a true
// positive when the other language's line k has a break too (translators keep sentence structure, and the
// two segmenters share no rules of either language), else as a false positive. Translators do not always keep
// it (an informal source writes `Дякую… Ми знайшли`, the translation two sentences), so
// bench/segment_judged.tsv holds breaks judged by reading them: `sentence` counts as a true positive, `wrong`
// as a false one, whatever the other side does; `--judge` prints the disagreeing breaks nobody has judged
// yet, as rows for that file. `strict P` counts every break inside a line as false.
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <numeric>
#include <optional>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/align/aligner.hpp"
#include "concord/core/text.hpp"
#include "concord/lang/languages.hpp"
#include "concord/segment/segmenter.hpp"

namespace {

using concord::Segment;
using concord::align::Bead;
namespace text = concord::text;

constexpr std::size_t kMaxParagraphLines = 4;
constexpr std::size_t kTimingSentences = 5000;

// Portable randomness: raw mt19937 words, no std distributions (their output differs between libraries).
class Dice {
 public:
  explicit Dice(std::uint32_t seed) : engine_(seed) {}
  bool chance(double p) { return engine_() < p * 4294967296.0; }
  std::size_t below(std::size_t n) { return engine_() % n; }

 private:
  std::mt19937 engine_;
};

std::vector<std::string> read_lines(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

struct DocRange {
  std::size_t begin;
  std::size_t end;
};

std::vector<DocRange> read_docs(const std::filesystem::path& path) {
  std::vector<DocRange> docs;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::istringstream fields(line);
    std::size_t first = 0;
    std::size_t last = 0;
    if (fields >> first >> last) docs.push_back({first - 1, last});
  }
  return docs;
}

bool ends_sentence(const std::string& line) {
  const std::u32string chars = text::to_u32(line);
  std::size_t end = chars.size();
  while (end > 0 && (text::is_space(chars[end - 1]) ||
                     std::u32string_view(U"\"'»”’)]").find(chars[end - 1]) != std::u32string_view::npos)) {
    --end;
  }
  return end > 0 && std::u32string_view(U".!?…").find(chars[end - 1]) != std::u32string_view::npos;
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// One side of an article: units (lines) grouped into paragraphs.
struct Unit {
  std::string text;
  std::size_t paragraph;
};

struct TrueBead {
  std::vector<std::size_t> source;  // source line numbers within the document
  std::vector<std::size_t> target;  // translation unit numbers
  bool operator<(const TrueBead& other) const {
    return std::tie(source, target) < std::tie(other.source, other.target);
  }
};

struct ArticlePair {
  std::vector<Unit> source;
  std::vector<Unit> target;
  std::vector<TrueBead> truth;
};

// Joins the units of each paragraph with a space; remembers where each unit starts.
struct Joined {
  std::vector<concord::read::Paragraph> paragraphs;
  std::vector<std::vector<std::size_t>> starts;  // per paragraph: code-point offset of each unit
  std::vector<std::vector<std::size_t>> units;   // per paragraph: unit numbers
};

Joined join(const std::vector<Unit>& units) {
  Joined joined;
  for (std::size_t u = 0; u < units.size(); ++u) {
    if (u == 0 || units[u].paragraph != units[u - 1].paragraph) {
      joined.paragraphs.push_back({"", joined.paragraphs.size() + 1, 1});
      joined.starts.emplace_back();
      joined.units.emplace_back();
    }
    auto& paragraph = joined.paragraphs.back();
    if (!paragraph.text.empty()) paragraph.text += ' ';
    joined.starts.back().push_back(text::code_point_count(paragraph.text));
    joined.units.back().push_back(u);
    paragraph.text += units[u].text;
  }
  return joined;
}

std::string capitalised(const std::string& s) {
  std::u32string chars = text::to_u32(s);
  if (!chars.empty()) chars[0] = static_cast<char32_t>(u_toupper(static_cast<UChar32>(chars[0])));
  return text::to_utf8(chars);
}

std::string without_final_stop(const std::string& s) {
  std::string result = s;
  while (!result.empty() && (result.back() == '.' || result.back() == ' ')) result.pop_back();
  return result;
}

// Splits at a comma in the middle third of a long line, as a translator breaking a long sentence would.
std::optional<std::pair<std::string, std::string>> split_at_comma(const std::string& line) {
  if (text::code_point_count(line) < 80) return std::nullopt;
  const std::size_t low = line.size() / 3;
  const std::size_t high = 2 * line.size() / 3;
  for (std::size_t at = line.find(", ", low); at != std::string::npos && at < high;
       at = line.find(", ", at + 1)) {
    const std::string rest = line.substr(at + 2);
    const std::u32string rest_chars = text::to_u32(rest);
    if (rest_chars.empty() || !concord::adapters::is_letter(rest_chars[0])) continue;
    return std::make_pair(line.substr(0, at) + ".", capitalised(rest));
  }
  return std::nullopt;
}

// The unperturbed pair of one document: paragraphs of 1-4 lines, blank lines dropped.
std::pair<std::vector<Unit>, std::vector<Unit>> build_article(const std::vector<std::string>& source_lines,
                                                              const std::vector<std::string>& target_lines,
                                                              DocRange doc, Dice& dice) {
  std::vector<Unit> source;
  std::vector<Unit> target;
  std::size_t paragraph = 0;
  std::size_t in_paragraph = 0;
  std::size_t size = 1 + dice.below(kMaxParagraphLines);
  for (std::size_t line = doc.begin; line < doc.end; ++line) {
    const std::string s = trim(source_lines[line]);
    const std::string t = trim(target_lines[line]);
    if (s.empty() || t.empty()) continue;
    source.push_back({s, paragraph});
    target.push_back({t, paragraph});
    if (++in_paragraph >= size || !ends_sentence(s) || !ends_sentence(t)) {
      ++paragraph;
      in_paragraph = 0;
      size = 1 + dice.below(kMaxParagraphLines);
    }
  }
  return {source, target};
}

ArticlePair perturb(const std::vector<Unit>& source, const std::vector<Unit>& target,
                    const std::vector<std::string>& other_lines, Dice& dice) {
  ArticlePair pair{source, {}, {}};
  // Dropping paragraph breaks keeps a line without a final stop (a headline) on its own: glued to the next
  // line, its end is in no text any more, and no segmenter or aligner could be scored on it. For the same
  // reason a line inserted after a headline forms a paragraph of its own.
  const bool flat = dice.chance(0.2);
  std::size_t flat_paragraph = 0;
  std::size_t own_paragraph =
      target.size() + (target.empty() ? 0 : target.back().paragraph + 1);  // unused ids
  for (std::size_t i = 0; i < target.size(); ++i) {
    const std::size_t paragraph = flat ? flat_paragraph : target[i].paragraph;
    auto add = [&](std::string text) {
      pair.target.push_back({std::move(text), paragraph});
      return pair.target.size() - 1;
    };
    if (dice.chance(0.03)) {
      pair.truth.push_back({{i}, {}});
    } else if (i + 1 < target.size() && target[i + 1].paragraph == target[i].paragraph && dice.chance(0.10)) {
      const std::size_t unit = add(without_final_stop(target[i].text) + "; " + target[i + 1].text);
      pair.truth.push_back({{i, i + 1}, {unit}});
      ++i;
    } else if (auto halves = dice.chance(0.05) ? split_at_comma(target[i].text) : std::nullopt) {
      const std::size_t first = add(halves->first);
      const std::size_t second = add(halves->second);
      pair.truth.push_back({{i}, {first, second}});
    } else {
      pair.truth.push_back({{i}, {add(target[i].text)}});
    }
    if (!ends_sentence(target[i].text)) ++flat_paragraph;
    if (dice.chance(0.02)) {
      std::string inserted;
      while (inserted.empty() || !ends_sentence(inserted))
        inserted = trim(other_lines[dice.below(other_lines.size())]);
      const bool after_headline = !pair.target.empty() && !ends_sentence(pair.target.back().text);
      pair.target.push_back({inserted, after_headline ? own_paragraph++ : paragraph});
      pair.truth.push_back({{}, {pair.target.size() - 1}});
    }
  }
  return pair;
}

// Which units each segment covers.
std::vector<std::vector<std::size_t>> units_of(const std::vector<Segment>& segments, const Joined& joined) {
  std::vector<std::vector<std::size_t>> result;
  for (const auto& segment : segments) {
    const auto& starts = joined.starts[segment.paragraph];
    const std::size_t first = segment.column - 1;
    const std::size_t last = first + text::code_point_count(segment.text);  // exclusive
    std::vector<std::size_t> covered;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      const std::size_t unit_end = k + 1 < starts.size() ? starts[k + 1] : std::string::npos;
      if (starts[k] < last && first < unit_end) covered.push_back(joined.units[segment.paragraph][k]);
    }
    result.push_back(covered);
  }
  return result;
}

std::vector<Segment> gold_segments(const std::vector<Unit>& units) {
  std::vector<Segment> segments;
  for (std::size_t u = 0; u < units.size(); ++u)
    segments.push_back({units[u].text, u + 1, 1, units[u].paragraph});
  return segments;
}

// Joins beads that share a line, and returns them as sets of source lines and translation units.
std::set<TrueBead> projected(const std::vector<Bead>& beads,
                             const std::vector<std::vector<std::size_t>>& source_units,
                             const std::vector<std::vector<std::size_t>>& target_units,
                             std::size_t source_count, std::size_t target_count) {
  std::vector<std::size_t> parent(source_count + target_count);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<bool> touched(parent.size(), false);
  for (const auto& bead : beads) {
    std::vector<std::size_t> nodes;
    for (std::size_t s = bead.source_begin; s < bead.source_end; ++s) {
      for (std::size_t u : source_units[s]) nodes.push_back(u);
    }
    for (std::size_t t = bead.target_begin; t < bead.target_end; ++t) {
      for (std::size_t u : target_units[t]) nodes.push_back(source_count + u);
    }
    for (std::size_t node : nodes) {
      touched[node] = true;
      parent[find(node)] = find(nodes.front());
    }
  }
  std::map<std::size_t, TrueBead> groups;
  for (std::size_t node = 0; node < parent.size(); ++node) {
    if (!touched[node]) continue;
    auto& group = groups[find(node)];
    if (node < source_count) {
      group.source.push_back(node);
    } else {
      group.target.push_back(node - source_count);
    }
  }
  std::set<TrueBead> result;
  for (auto& [root, group] : groups) result.insert(group);
  return result;
}

struct Counts {
  double true_positive = 0;
  double false_positive = 0;
  double false_negative = 0;
  double strict_false_positive = 0;
  double precision() const { return true_positive / std::max(1.0, true_positive + false_positive); }
  double recall() const { return true_positive / std::max(1.0, true_positive + false_negative); }
  double f1() const { return 2 * precision() * recall() / std::max(1e-9, precision() + recall()); }
  double strict_precision() const {
    return true_positive / std::max(1.0, true_positive + strict_false_positive);
  }
};

// `--show-errors`: every wrong bead and every missed one, with the lines' text, for whoever tunes the
// aligner.
bool show_errors = false;

void print_bead(const char* label, const TrueBead& bead, const ArticlePair& pair) {
  std::cout << label << " " << bead.source.size() << "-" << bead.target.size() << "\n";
  for (std::size_t s : bead.source) std::cout << "    S: " << pair.source[s].text << "\n";
  for (std::size_t t : bead.target) std::cout << "    T: " << pair.target[t].text << "\n";
}

void score_beads(const std::set<TrueBead>& predicted, const ArticlePair& pair, Counts& counts,
                 bool gold_segments) {
  const std::set<TrueBead> gold(pair.truth.begin(), pair.truth.end());
  for (const auto& bead : predicted) {
    const bool right = gold.count(bead) > 0;
    (right ? counts.true_positive : counts.false_positive) += 1;
    if (!right && show_errors)
      print_bead(gold_segments ? "  gold-segments predicted" : "  predicted", bead, pair);
  }
  for (const auto& bead : gold) {
    const bool found = predicted.count(bead) > 0;
    counts.false_negative += found ? 0 : 1;
    if (!found && show_errors) print_bead(gold_segments ? "  gold-segments missed" : "  missed", bead, pair);
  }
}

// Breaks the segmenter puts inside paragraphs: at line starts, or inside line k.
struct Breaks {
  std::size_t junctions = 0;
  std::size_t junctions_found = 0;
  std::vector<std::vector<std::size_t>>
      inside;  // per unit: code-point offsets in the line where a sentence starts
};

// bench/segment_judged.tsv: dataset, side, line text, break position (code points into the line), verdict.
using JudgedKey = std::tuple<std::string, std::string, std::string, std::size_t>;
using Judged = std::map<JudgedKey, bool>;  // true: a sentence starts there

Judged read_judged(const std::filesystem::path& path) {
  Judged judged;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream row(line);
    for (std::string field; std::getline(row, field, '\t');) fields.push_back(field);
    if (fields.size() != 5 || (fields[4] != "sentence" && fields[4] != "wrong"))
      throw std::runtime_error(path.string() + ":" + std::to_string(line_number) + ": expected 5 fields");
    judged[{fields[0], fields[1], fields[2], std::stoul(fields[3])}] = fields[4] == "sentence";
  }
  return judged;
}

bool judge_mode = false;

Breaks breaks_of(const concord::segment::Segmenter& segmenter, const Joined& joined, std::size_t unit_count) {
  Breaks breaks;
  breaks.inside.assign(unit_count, {});
  for (std::size_t p = 0; p < joined.paragraphs.size(); ++p) {
    const auto& starts = joined.starts[p];
    std::size_t junctions_before = breaks.junctions_found;
    const std::u32string chars = text::to_u32(joined.paragraphs[p].text);
    std::set<std::size_t> found;
    for (std::size_t b : segmenter.boundaries(chars)) {
      if (b < chars.size()) found.insert(b);
    }
    breaks.junctions += starts.size() - 1;
    for (std::size_t b : found) {
      const auto at = std::upper_bound(starts.begin(), starts.end(), b) - starts.begin() - 1;
      if (at > 0 && b == starts[at]) {
        ++breaks.junctions_found;
      } else if (at + 1 < static_cast<std::ptrdiff_t>(starts.size()) && b + 1 == starts[at + 1]) {
        ++breaks.junctions_found;  // the break fell before the joining space
      } else {
        breaks.inside[joined.units[p][at]].push_back(b - starts[at]);
      }
    }
    if (show_errors && breaks.junctions_found - junctions_before < starts.size() - 1) {
      std::cout << "  missed a line end in: " << joined.paragraphs[p].text << "\n";
    }
  }
  return breaks;
}

struct Dataset {
  std::string name;
  std::string source_code;
  std::string target_code;
};

struct Result {
  Counts beads;
  Counts gold_beads;
  Counts source_breaks;
  Counts target_breaks;
  std::size_t source_judged = 0;
  std::size_t target_judged = 0;
  std::size_t documents = 0;
  std::size_t source_sentences = 0;
};

// Where each article's segments lie in the timing document: source [begin, end), target [begin, end).
using ArticleSpan = std::array<std::size_t, 4>;

struct TimingDocument {
  std::vector<Segment> source;
  std::vector<Segment> target;
  std::vector<ArticleSpan> articles;
};

// Aligns the dataset's perturbed articles one after another, repeated from the first until the source side
// has 5,000 sentences, and prints the processor and wall time: the first run on its own (it also fills the
// per-thread cache of transliterated words), then the median of five.
void report_timing(const Dataset& dataset, TimingDocument document,
                   const concord::lang::Lexicon& source_lexicon,
                   const concord::lang::Lexicon& target_lexicon) {
  const std::size_t base = document.articles.size();
  for (std::size_t k = 0; base > 0 && document.source.size() < kTimingSentences; k = (k + 1) % base) {
    const auto [source_begin, source_end, target_begin, target_end] = document.articles[k];
    const std::size_t source_offset = document.source.back().paragraph + 1;
    const std::size_t target_offset = document.target.back().paragraph + 1;
    for (std::size_t s = source_begin; s < source_end; ++s) {
      document.source.push_back(document.source[s]);
      document.source.back().paragraph += source_offset;
    }
    for (std::size_t t = target_begin; t < target_end; ++t) {
      document.target.push_back(document.target[t]);
      document.target.back().paragraph += target_offset;
    }
  }
  // Wall time depends on what else the machine runs; processor time of this process is reported beside it.
  std::vector<double> wall;
  std::vector<double> processor;
  for (int run = 0; run < 6; ++run) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t start_clock = std::clock();
    const auto beads =
        concord::align::align(document.source, document.target, &source_lexicon, &target_lexicon);
    processor.push_back(static_cast<double>(std::clock() - start_clock) / CLOCKS_PER_SEC);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (beads.empty()) throw std::runtime_error("the timing document gave no beads");
  }
  std::cout << dataset.name << ": alignment of one " << document.source.size() << " x "
            << document.target.size() << " sentence pair: first run " << std::fixed << std::setprecision(3)
            << processor.front() << " s processor time (" << wall.front() << " s wall)";
  processor.erase(processor.begin());
  wall.erase(wall.begin());
  std::sort(processor.begin(), processor.end());
  std::sort(wall.begin(), wall.end());
  std::cout << ", then median " << processor[2] << " s processor time (" << wall[2]
            << " s wall) over 5 runs\n";
}

Result evaluate(const std::filesystem::path& root, const Dataset& dataset,
                const concord::lang::Languages& languages, const Judged& judged, std::uint32_t seed,
                TimingDocument& timing) {
  const auto folder = root / dataset.name;
  const auto source_lines = read_lines(folder / (dataset.source_code + ".txt"));
  const auto target_lines = read_lines(folder / (dataset.target_code + ".txt"));
  const auto docs = read_docs(folder / "docs.tsv");
  const concord::segment::Segmenter source_segmenter(languages.get(dataset.source_code).profile());
  const concord::segment::Segmenter target_segmenter(languages.get(dataset.target_code).profile());
  const auto* source_lexicon = &languages.get(dataset.source_code).lexicon();
  const auto* target_lexicon = &languages.get(dataset.target_code).lexicon();
  Dice dice(seed);
  Result result;
  for (const auto& doc : docs) {
    auto [source, target] = build_article(source_lines, target_lines, doc, dice);
    if (source.empty()) continue;
    ++result.documents;

    const Joined source_joined = join(source);
    const Joined clean_target_joined = join(target);
    const Breaks source_breaks = breaks_of(source_segmenter, source_joined, source.size());
    const Breaks target_breaks = breaks_of(target_segmenter, clean_target_joined, target.size());
    for (auto [mine, theirs, counts, units, side, judged_count] :
         {std::tuple{&source_breaks, &target_breaks, &result.source_breaks, &source, &dataset.source_code,
                     &result.source_judged},
          std::tuple{&target_breaks, &source_breaks, &result.target_breaks, &target, &dataset.target_code,
                     &result.target_judged}}) {
      counts->true_positive += static_cast<double>(mine->junctions_found);
      counts->false_negative += static_cast<double>(mine->junctions - mine->junctions_found);
      for (std::size_t u = 0; u < source.size(); ++u) {
        const std::string& line = (*units)[u].text;
        std::size_t unjudged = 0;
        for (std::size_t position : mine->inside[u]) {
          const auto verdict = judged.find({dataset.name, *side, line, position});
          if (verdict == judged.end()) {
            ++unjudged;
            continue;
          }
          ++*judged_count;
          (verdict->second ? counts->true_positive : counts->false_positive) += 1;
        }
        const std::size_t agreed = std::min(unjudged, theirs->inside[u].size());
        if ((show_errors || judge_mode) && unjudged > agreed) {
          for (std::size_t position : mine->inside[u]) {
            if (judged.count({dataset.name, *side, line, position})) continue;
            if (judge_mode && line.find('\t') == std::string::npos) {
              std::cout << dataset.name << "\t" << *side << "\t" << line << "\t" << position << "\t?\n";
            } else {
              const std::u32string chars = text::to_u32(line);
              std::cout << "  break inside line: "
                        << text::to_utf8(std::u32string_view(chars).substr(0, position)) << "|"
                        << text::to_utf8(std::u32string_view(chars).substr(position)) << "\n";
            }
          }
        }
        counts->true_positive += static_cast<double>(agreed);
        counts->false_positive += static_cast<double>(unjudged - agreed);
        counts->strict_false_positive += static_cast<double>(mine->inside[u].size());
      }
    }

    const ArticlePair pair = perturb(source, target, target_lines, dice);
    const Joined target_joined = join(pair.target);
    const auto source_segments = source_segmenter.split(source_joined.paragraphs);
    const auto target_segments = target_segmenter.split(target_joined.paragraphs);
    result.source_sentences += source_segments.size();
    const auto beads =
        concord::align::align(source_segments, target_segments, source_lexicon, target_lexicon);
    score_beads(projected(beads, units_of(source_segments, source_joined),
                          units_of(target_segments, target_joined), source.size(), pair.target.size()),
                pair, result.beads, false);

    const auto source_gold = gold_segments(pair.source);
    const auto target_gold = gold_segments(pair.target);
    std::vector<std::vector<std::size_t>> source_identity(source.size());
    std::vector<std::vector<std::size_t>> target_identity(pair.target.size());
    for (std::size_t u = 0; u < source.size(); ++u) source_identity[u] = {u};
    for (std::size_t u = 0; u < pair.target.size(); ++u) target_identity[u] = {u};
    score_beads(projected(concord::align::align(source_gold, target_gold, source_lexicon, target_lexicon),
                          source_identity, target_identity, source.size(), pair.target.size()),
                pair, result.gold_beads, true);

    // One long document for the timing: the articles one after another, paragraphs renumbered.
    timing.articles.push_back({timing.source.size(), timing.source.size() + source_segments.size(),
                               timing.target.size(), timing.target.size() + target_segments.size()});
    const std::size_t source_offset = timing.source.empty() ? 0 : timing.source.back().paragraph + 1;
    const std::size_t target_offset = timing.target.empty() ? 0 : timing.target.back().paragraph + 1;
    for (auto segment : source_segments) {
      segment.paragraph += source_offset;
      timing.source.push_back(std::move(segment));
    }
    for (auto segment : target_segments) {
      segment.paragraph += target_offset;
      timing.target.push_back(std::move(segment));
    }
  }
  return result;
}

std::string figure(double value) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(4) << value;
  return out.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path root = "../shared/corpora-ext";
  std::uint32_t seed = 1;
  bool other_pairs = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--show-errors") {
      show_errors = true;
    } else if (arg == "--judge") {
      judge_mode = true;
    } else if (arg == "--other-pairs") {
      other_pairs = true;
    } else if (arg == "--seed" && i + 1 < argc) {
      seed = static_cast<std::uint32_t>(std::stoul(argv[++i]));
    } else {
      root = arg;
    }
  }
  try {
    const concord::lang::Languages languages(concord::lang::default_settings());
    const Judged judged = read_judged(std::filesystem::path(CONCORD_BENCH_DIR) / "segment_judged.tsv");
    std::vector<Dataset> datasets = {{"wmt22-en-uk", "en", "uk"}, {"wmt22-uk-en", "uk", "en"}};
    if (other_pairs) {
      datasets.insert(datasets.end(), {{"wmt22-ru-en", "ru", "en"},
                                       {"wmt22-en-ru", "en", "ru"},
                                       {"wmt22-cs-uk", "cs", "uk"},
                                       {"wmt22-uk-cs", "uk", "cs"}});
    }
    std::cout << "seed " << seed << "\n\n| dataset | docs | source sentences | bead P | bead R | bead F1 | "
              << "bead F1, gold segments |\n|---|---|---|---|---|---|---|\n";
    std::vector<std::pair<std::string, Result>> results;
    // One timing document for each dataset, so that each side is in one language as a user's document is.
    std::vector<TimingDocument> timing(datasets.size());
    for (std::size_t d = 0; d < datasets.size(); ++d) {
      const auto& dataset = datasets[d];
      const Result r = evaluate(root, dataset, languages, judged, seed, timing[d]);
      results.emplace_back(dataset.name, r);
      std::cout << "| " << dataset.name << " | " << r.documents << " | " << r.source_sentences << " | "
                << figure(r.beads.precision()) << " | " << figure(r.beads.recall()) << " | "
                << figure(r.beads.f1()) << " | " << figure(r.gold_beads.f1()) << " |\n";
    }
    std::cout << "\n| dataset | side | boundary P | boundary R | boundary F1 | strict P | judged breaks "
                 "|\n|---|---|---|---|---|---|---|\n";
    for (std::size_t d = 0; d < datasets.size(); ++d) {
      for (const auto& [code, counts, judged_count] :
           {std::tuple{datasets[d].source_code, results[d].second.source_breaks,
                       results[d].second.source_judged},
            std::tuple{datasets[d].target_code, results[d].second.target_breaks,
                       results[d].second.target_judged}}) {
        std::cout << "| " << datasets[d].name << " | " << code << " | " << figure(counts.precision()) << " | "
                  << figure(counts.recall()) << " | " << figure(counts.f1()) << " | "
                  << figure(counts.strict_precision()) << " | " << judged_count << " |\n";
      }
    }

    std::cout << "\n";
    for (std::size_t d = 0; d < datasets.size(); ++d) {
      report_timing(datasets[d], timing[d], languages.get(datasets[d].source_code).lexicon(),
                    languages.get(datasets[d].target_code).lexicon());
    }
  } catch (const std::exception& e) {
    std::cerr << "bench_align_eval: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
