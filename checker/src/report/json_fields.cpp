#include "json_fields.hpp"

#include "concord/report/document_json.hpp"

namespace concord::report {
namespace {

Json excerpt_json(const std::optional<Excerpt>& excerpt) {
  if (!excerpt) return nullptr;
  return {{"text", excerpt->text}, {"start", excerpt->span.start}, {"end", excerpt->span.end}};
}

Json side_json(const SegmentSide& side) {
  Json line = side.line ? Json(side.line) : Json(nullptr);
  Json column = side.line ? Json(side.column) : Json(nullptr);
  Json facts = Json::array();
  for (const auto& fact : side.facts) {
    facts.push_back({{"kind", fact.kind}, {"start", fact.span.start}, {"end", fact.span.end}, {"key", fact.key}});
  }
  return {{"text", side.text}, {"line", line}, {"column", column}, {"facts", std::move(facts)}};
}

}  // namespace

Json to_json(const Finding& finding) {
  return {{"check", finding.check},
          {"severity", std::string(to_string(finding.severity))},
          {"message", finding.message},
          {"source", excerpt_json(finding.source)},
          {"target", excerpt_json(finding.target)}};
}

Json to_json(const SegmentResult& segment) {
  Json findings = Json::array();
  for (const auto& finding : segment.findings) findings.push_back(to_json(finding));
  return {{"index", segment.index},
          {"source", side_json(segment.source)},
          {"target", side_json(segment.target)},
          {"findings", std::move(findings)}};
}

Json to_json(const Summary& summary) {
  return {{"documents", summary.documents}, {"segments", summary.segments}, {"errors", summary.errors},
          {"warnings", summary.warnings},   {"infos", summary.infos},       {"failed", summary.failed},
          {"checked", summary.checked()},   {"ignored", summary.ignored}};
}

Json to_json(const ShardInfo& shard) {
  return {{"index", shard.index},
          {"count", shard.count},
          {"corpus_documents", shard.corpus_documents},
          {"corpus_fingerprint", shard.corpus_fingerprint}};
}

Json document_header(const DocumentResult& document) {
  Json header = {{"source", {{"path", document.source.path}, {"lang", document.source.lang}}},
                 {"target", {{"path", document.target.path}, {"lang", document.target.lang}}},
                 {"status", document.failed ? "error" : "ok"}};
  if (document.failed) header["error"] = document.error;
  Json findings = Json::array();
  for (const auto& finding : document.findings) findings.push_back(to_json(finding));
  header["findings"] = std::move(findings);
  if (document.corpus_index) header["corpus_index"] = *document.corpus_index;
  return header;
}

Json document_json(const DocumentResult& document) {
  Json json = document_header(document);
  Json segments = Json::array();
  for (const auto& segment : document.segments) segments.push_back(to_json(segment));
  json["segments"] = std::move(segments);
  return json;
}

}  // namespace concord::report
