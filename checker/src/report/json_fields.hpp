#pragma once
// The JSON shapes of the concord-report/1 contract, shared by the reporters that write JSON.
#include <nlohmann/json.hpp>

#include "concord/report/report.hpp"

namespace concord::report {

using Json = nlohmann::ordered_json;

inline constexpr const char* kSchema = "concord-report/1";

Json to_json(const Finding& finding);
Json to_json(const SegmentResult& segment);
Json to_json(const Summary& summary);
Json to_json(const ShardInfo& shard);
// The document without its segments: what both the report and a streamed line say about it. A shard's
// report adds "corpus_index".
Json document_header(const DocumentResult& document);

}  // namespace concord::report
