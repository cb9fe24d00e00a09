#include "concord/read/tsv.hpp"

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/read/text_file.hpp"

namespace concord::read {
namespace {

// Trims white space; returns the trimmed text and how many code points were cut from its front.
std::pair<std::string, std::size_t> trim(std::string_view utf8) {
  const std::u32string chars = text::to_u32(utf8);
  std::size_t first = 0;
  while (first < chars.size() && text::is_space(chars[first])) ++first;
  std::size_t last = chars.size();
  while (last > first && text::is_space(chars[last - 1])) --last;
  return {text::to_utf8(std::u32string_view(chars).substr(first, last - first)), first};
}

}  // namespace

DocumentInput read_tsv(const std::filesystem::path& path) { return parse_tsv(read_text_file(path), path.string()); }

DocumentInput parse_tsv(const std::string& content, const std::string& name) {
  DocumentInput input;
  input.source.path = input.target.path = name;
  auto& units = input.units.emplace();
  std::size_t line = 0;
  for (std::size_t start = 0; start < content.size(); ++line) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    const std::string_view row(content.data() + start, end - start);
    start = end + 1;
    if (trim(row).first.empty()) continue;

    const auto tab = row.find('\t');
    if (tab == std::string_view::npos) {
      throw InputError(input.source.path, line + 1, "no TAB between source and target");
    }
    // A later TAB belongs to the target text: translations occasionally contain one, sources rarely start so.
    auto [source, source_cut] = trim(row.substr(0, tab));
    auto [target, target_cut] = trim(row.substr(tab + 1));
    const std::size_t target_column = text::code_point_count(row.substr(0, tab)) + 2 + target_cut;
    units.push_back({line + 1, Segment{std::move(source), line + 1, 1 + source_cut, units.size()},
                     Segment{std::move(target), line + 1, target_column, units.size()}});
  }
  return input;
}

}  // namespace concord::read
