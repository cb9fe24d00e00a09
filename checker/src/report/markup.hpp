#pragma once
// Escaping for the XML and HTML reports: every piece of document text goes through here.
#include <string>
#include <string_view>

namespace concord::report {

// Text safe inside an XML or HTML element or a double-quoted attribute. Characters XML 1.0 forbids (C0
// controls other than tab and newline) become U+FFFD, so a stray control byte in a source text never breaks
// the report.
std::string escape_markup(std::string_view text);

}  // namespace concord::report
