#pragma once
// What the TMX and XLIFF readers share: one side of a unit from the element that holds its text.
#include <string_view>
#include <vector>

#include "concord/adapters/xml_document.hpp"
#include "concord/segment/segment.hpp"

namespace concord::read {

// The element's text without the inline codes, trimmed, with runs of white space that span lines (the file's
// layout, not the text's) made one space; located at the element.
Segment unit_side(const adapters::XmlElement& element, const std::vector<std::string_view>& code_elements);

}  // namespace concord::read
