#pragma once
// What the read_tmx and read_xliff harnesses both require of the units an XML reader accepted.
#include "concord/core/text.hpp"
#include "concord/read/document_input.hpp"
#include "fuzz_support.hpp"

namespace concord::fuzz {

inline void require_side(const Segment& side) {
  fuzz::require(!text::find_invalid_utf8(side.text), "a unit's text is valid UTF-8");
  fuzz::require(side.text.find('\n') == std::string::npos, "a unit's text is one line");
  const auto code_points = text::to_u32(side.text);
  fuzz::require(code_points.empty() || (!text::is_space(code_points.front()) && !text::is_space(code_points.back())),
                "a unit's text is trimmed");
}

inline void require_xml_units(const read::DocumentInput& input) {
  fuzz::require(input.units.has_value(), "an XML file gives pre-aligned units");
  std::size_t expected_index = 1;
  for (const auto& unit : *input.units) {
    fuzz::require(unit.index == expected_index++, "units are numbered 1, 2, ... in file order");
    require_side(unit.source);
    require_side(unit.target);
  }
}

}  // namespace concord::fuzz
