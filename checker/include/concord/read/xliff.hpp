#pragma once
#include <filesystem>
#include <string>

#include "concord/read/document_input.hpp"

namespace concord::read {

// An XLIFF file, version 1.2 (each <trans-unit> is a unit; languages from <file source-language
// target-language>) or 2.x (each <segment> of each <unit> is a unit; languages from <xliff srcLang trgLang>).
// Units are numbered from 1 in file order. Inline codes (1.2: <x>, <bx>, <ex>, <ph>, <bpt>, <ept>, <it>;
// 2.x: <ph>, <sc>, <ec>, <sm>, <em>, <cp>) are left out of the text; <g>, <pc>, <mrk> text stays. A unit with
// no or an empty <target> is untranslated: it keeps an empty target, it is not skipped. Throws InputError for
// unreadable bytes, malformed XML (with the line), a missing language or an unknown XLIFF version.
DocumentInput read_xliff(const std::filesystem::path& path);

// The same on text already decoded by decode_text(); `name` stands for the file in messages and the report.
DocumentInput parse_xliff(std::string content, const std::string& name);

}  // namespace concord::read
