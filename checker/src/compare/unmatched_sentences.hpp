#pragma once
// Shared by the omission and addition checks, which differ only in the side they look at.
#include <string_view>

#include "concord/compare/check.hpp"

namespace concord::compare {

enum class DocumentSide { source, target };

// One finding per aligned pair whose `side` is present while the other side is absent, naming the whole
// sentence; plus one document-level warning when most sentences of `side` are unmatched.
void report_unmatched_sentences(const AlignedDocument& document, DocumentSide side, std::string_view check,
                                Severity severity, FindingSink& sink);

}  // namespace concord::compare
