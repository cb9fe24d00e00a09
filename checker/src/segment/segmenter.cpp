#include "concord/segment/segmenter.hpp"

#include <fstream>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::segment {

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

Segmenter::Segmenter(const lang::Profile& profile)
    : breaker_(profile.icu_locale, load_abbreviations(profile.data_dir / "abbreviations.txt")) {}

std::vector<Segment> Segmenter::split(const std::vector<read::Paragraph>& paragraphs) const {
  std::vector<Segment> segments;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const auto& paragraph = paragraphs[p];
    const std::u32string chars = text::to_u32(paragraph.text);
    std::size_t start = 0;
    for (std::size_t end : breaker_.boundaries(chars)) {
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
