#pragma once
// Where a finding points in the files, for the formats that address lines and columns (SARIF, JUnit,
// Markdown, JSON Lines).
#include <cstddef>
#include <optional>
#include <string>

#include "concord/report/report.hpp"

namespace concord::report {

// A place in one file: 1-based line, 1-based code-point columns, end exclusive. A whole-line place when the
// finding has no excerpt on that side.
struct FilePlace {
  std::string path;
  std::size_t line = 0;
  std::size_t start_column = 0;
  std::size_t end_column = 0;
};

// The place of `excerpt` (or of the whole segment without one) on one side; none for a side the segment
// lacks.
std::optional<FilePlace> place_of(const SideInfo& file, const SegmentSide& side,
                                  const std::optional<Excerpt>& excerpt);

// Where the fix goes: the translation, or the source when the translation has no counterpart.
FilePlace primary_place(const DocumentResult& document, const SegmentResult& segment, const Finding& finding);

}  // namespace concord::report
