#pragma once
#include <cstddef>
#include <istream>
#include <ostream>

#include "concord/pipeline/scan.hpp"

namespace concord {

// Concord as a filter (concord stream): a mapper for Hadoop Streaming or Spark's RDD.pipe. Each input line is
// one JSON object naming a document:
//   {"source": "a.uk.txt", "target": "a.en.txt"}   a plain-text pair
//   {"path": "memory.tmx"}                         a TSV, TMX or XLIFF file (by its extension)
//   {"tsv": "source\ttarget\n..."}                 pre-aligned segments inline, as a TSV file's text
// with optional "from" and "to" (language codes) and "id" (any JSON value, echoed back). For each input line,
// one output line, written and flushed before the next is read: {"input_line": N, "id": ..., then the
// document as the JSON report's "documents" entry}. A line that is not such an object gives {"input_line": N,
// "status": "error", "error": "..."}; an unreadable document gives its document with "status": "error". Blank
// lines are skipped. Returns the number of error lines; only a fatal Error (a missing dictionary) escapes.
std::size_t stream(const Pipeline& pipeline, std::istream& in, std::ostream& out, const ScanOptions& options);

}  // namespace concord
