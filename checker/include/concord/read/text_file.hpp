#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "concord/read/document_input.hpp"

namespace concord::read {

// Reads a UTF-8 text file: strips a BOM, turns CRLF and lone CR into LF, and throws InputError naming the file
// (and the line and byte offset) for a missing file, a directory, unreadable bytes, invalid UTF-8, NUL bytes or
// a file with no text.
std::string read_text_file(const std::filesystem::path& path);

// The same checks and normalisation on bytes already in memory; `name` stands for the file in messages.
std::string decode_text(std::string bytes, const std::string& name);

// One paragraph per non-blank line, trimmed, with its line and column.
std::vector<Paragraph> split_paragraphs(const std::string& text);

}  // namespace concord::read
