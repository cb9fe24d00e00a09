#pragma once
#include <memory>
#include <vector>

#include "concord/extract/extractor.hpp"
#include "concord/lang/languages.hpp"

namespace concord::extract {

// Every extractor for a language, in the order they run: the ones that claim spans first.
std::vector<std::unique_ptr<Extractor>> make_extractors(const lang::Language& language);

// Runs them all over one segment.
SegmentFacts extract_all(const std::vector<std::unique_ptr<Extractor>>& extractors, std::string_view utf8);

}  // namespace concord::extract
