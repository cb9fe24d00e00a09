#include "concord/segment/segmenter.hpp"

#include <algorithm>
#include <fstream>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::segment {
namespace {

// A word longer than this before a break is no abbreviation; the bound keeps a 10 MB line without spaces linear.
constexpr std::size_t kLongestWord = 64;

bool is_opening(char32_t c) {
  switch (c) {
    case U'(': case U'[': case U'"': case U'\'': case U'«': case U'„': case U'“': case U'‘': case U'‹':
      return true;
    default:
      return false;
  }
}

bool is_closing(char32_t c) {
  switch (c) {
    case U')': case U']': case U'"': case U'\'': case U'»': case U'“': case U'”': case U'’': case U'›':
      return true;
    default:
      return false;
  }
}

bool is_terminal(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'…'; }
bool is_dash(char32_t c) { return c == U'—' || c == U'–'; }

// `В.` or `J.`: one capital letter and a dot.
bool is_initial(std::u32string_view word) {
  return word.size() == 2 && word[1] == U'.' && adapters::is_upper(word[0]);
}

// Offsets where a dash opens direct speech right after a finished sentence: `він. — Так`, `he said. – Yes`.
std::vector<std::size_t> speech_dashes(const std::u32string& text) {
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_dash(text[i]) || i == 0 || i + 2 >= text.size()) continue;
    if (!text::is_space(text[i + 1]) || !adapters::is_upper(text[i + 2])) continue;
    std::size_t before = i;
    if (!text::is_space(text[before - 1])) continue;
    while (before > 0 && text::is_space(text[before - 1])) --before;
    while (before > 0 && is_closing(text[before - 1])) --before;
    if (before > 0 && is_terminal(text[before - 1])) result.push_back(i);
  }
  return result;
}

}  // namespace

std::vector<std::u32string> load_abbreviations(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw Error("cannot read abbreviation list " + path.string());
  std::vector<std::u32string> result;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    if (auto end = line.find_last_not_of(" \t\r"); end != std::string::npos) line.erase(end + 1);
    if (!line.empty()) result.push_back(text::to_u32(line));
  }
  return result;
}

Segmenter::Segmenter(const lang::Profile& profile) : breaker_(profile.icu_locale) {
  for (const auto& abbreviation : load_abbreviations(profile.data_dir / "abbreviations.txt")) {
    abbreviations_.insert(adapters::to_lower(abbreviation));
  }
}

bool Segmenter::keeps_going(const std::u32string& text, std::size_t boundary) const {
  std::size_t end = boundary;
  while (end > 0 && text::is_space(text[end - 1])) --end;
  if (end == 0 || text[end - 1] != U'.') return false;
  std::size_t begin = end;
  while (begin > 0 && end - begin <= kLongestWord && !text::is_space(text[begin - 1])) --begin;
  if (begin > 0 && !text::is_space(text[begin - 1])) return false;
  while (begin < end && is_opening(text[begin])) ++begin;
  const std::u32string_view word(text.data() + begin, end - begin);
  return is_initial(word) || abbreviations_.count(adapters::to_lower(word)) > 0;
}

std::vector<std::size_t> Segmenter::boundaries(const std::u32string& paragraph) const {
  std::vector<std::size_t> result;
  const auto dashes = speech_dashes(paragraph);
  auto dash = dashes.begin();
  for (std::size_t boundary : breaker_.boundaries(paragraph)) {
    for (; dash != dashes.end() && *dash < boundary; ++dash) {
      if (result.empty() || result.back() < *dash) result.push_back(*dash);
    }
    if (boundary == paragraph.size() || !keeps_going(paragraph, boundary)) result.push_back(boundary);
  }
  return result;
}

std::vector<Segment> Segmenter::split(const std::vector<read::Paragraph>& paragraphs) const {
  std::vector<Segment> segments;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const auto& paragraph = paragraphs[p];
    const std::u32string chars = text::to_u32(paragraph.text);
    std::size_t start = 0;
    for (std::size_t end : boundaries(chars)) {
      std::size_t first = start;
      while (first < end && text::is_space(chars[first])) ++first;
      std::size_t last = end;
      while (last > first && text::is_space(chars[last - 1])) --last;
      if (last > first) {
        segments.push_back({text::to_utf8(std::u32string_view(chars).substr(first, last - first)), paragraph.line,
                            paragraph.column + first, p});
      }
      start = end;
    }
  }
  return segments;
}

}  // namespace concord::segment
