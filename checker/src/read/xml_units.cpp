#include "xml_units.hpp"

#include "concord/core/text.hpp"

namespace concord::read {

Segment unit_side(const adapters::XmlElement& element, const std::vector<std::string_view>& code_elements) {
  const std::u32string raw = text::to_u32(element.text(code_elements));
  std::u32string flat;
  for (std::size_t i = 0; i < raw.size();) {
    if (!text::is_space(raw[i])) {
      flat.push_back(raw[i++]);
      continue;
    }
    std::size_t end = i;
    bool spans_lines = false;
    while (end < raw.size() && text::is_space(raw[end])) spans_lines |= raw[end++] == U'\n';
    if (spans_lines) {
      flat.push_back(U' ');
    } else {
      flat.append(raw, i, end - i);
    }
    i = end;
  }
  std::size_t first = 0;
  while (first < flat.size() && text::is_space(flat[first])) ++first;
  std::size_t last = flat.size();
  while (last > first && text::is_space(flat[last - 1])) --last;
  Segment segment;
  segment.text = text::to_utf8(std::u32string_view(flat).substr(first, last - first));
  segment.line = element.line();
  segment.column = element.column();
  return segment;
}

}  // namespace concord::read
