#pragma once
#include <filesystem>
#include <string>

#include "concord/read/document_input.hpp"

namespace concord::read {

// A TMX 1.4b translation memory: each <tu> is one unit, numbered from 1 in file order. The source language is
// the header's srclang (or, for "*all*", the first <tuv>'s); the target is the first other language met.
// Inline <bpt>/<ept>/<ph>/<it> hold the original format's codes and are left out of the text; <hi> text
// stays. A <tu> without a target <tuv> becomes a unit with an empty target: untranslated, reported, not
// skipped. Languages are the files' xml:lang tags as written (e.g. "en-US"); the pipeline resolves them.
// Throws InputError for unreadable bytes or malformed XML (with the line), a <tuv> without xml:lang (with its
// line), or a file that is not TMX.
DocumentInput read_tmx(const std::filesystem::path& path);

// The same on text already decoded by decode_text(); `name` stands for the file in messages and the report.
DocumentInput parse_tmx(std::string content, const std::string& name);

}  // namespace concord::read
