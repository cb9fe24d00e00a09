#include "locations.hpp"

#include "concord/core/text.hpp"

namespace concord::report {

std::optional<FilePlace> place_of(const SideInfo& file, const SegmentSide& side,
                                  const std::optional<Excerpt>& excerpt) {
  if (side.line == 0) return std::nullopt;
  const Span span = excerpt ? excerpt->span : Span{0, text::code_point_count(side.text)};
  return FilePlace{file.path, side.line, side.column + span.start, side.column + span.end};
}

FilePlace primary_place(const DocumentResult& document, const SegmentResult& segment,
                        const Finding& finding) {
  if (auto place = place_of(document.target, segment.target, finding.target)) return *place;
  if (auto place = place_of(document.source, segment.source, finding.source)) return *place;
  return FilePlace{document.target.path};
}

}  // namespace concord::report
