#pragma once
#include <filesystem>

#include "concord/read/document_input.hpp"

namespace concord::read {

// Pre-aligned segments, one `source<TAB>target` per line; the line number is the segment index. The first TAB
// separates the sides (a later TAB belongs to the target text). Blank lines are skipped; a line without a TAB
// throws InputError with its line number.
DocumentInput read_tsv(const std::filesystem::path& path);

// The same on text already decoded by decode_text(); `name` stands for the file in messages and the report.
DocumentInput parse_tsv(const std::string& content, const std::string& name);

}  // namespace concord::read
