#pragma once
#include <filesystem>

#include "concord/read/document_input.hpp"

namespace concord::read {

// Two plain-text articles, one paragraph per line. Languages are left for the caller to resolve.
DocumentInput read_plain_pair(const std::filesystem::path& source, const std::filesystem::path& target);

}  // namespace concord::read
