#include "concord/report/baseline.hpp"

#include <fstream>

#include "concord/core/error.hpp"
#include "concord/core/hash.hpp"
#include "json_fields.hpp"

namespace concord::report {
namespace {

// Runs of white space count as one space and the ends are trimmed: re-wrapping a line keeps its findings
// known.
std::string normalised(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    out += c;
    space = false;
  }
  return out;
}

std::optional<Excerpt> excerpt_from(const nlohmann::json& json) {
  if (json.is_null()) return std::nullopt;
  return Excerpt{json.at("text").get<std::string>(),
                 {json.at("start").get<std::size_t>(), json.at("end").get<std::size_t>()}};
}

Finding finding_from(const nlohmann::json& json) {
  Finding finding;
  finding.check = json.at("check").get<std::string>();
  finding.message = json.at("message").get<std::string>();
  finding.source = excerpt_from(json.at("source"));
  finding.target = excerpt_from(json.at("target"));
  return finding;
}

}  // namespace

std::string fingerprint(const DocumentResult& document, const SegmentResult* segment,
                        const Finding& finding) {
  constexpr char kSeparator = '\x1f';
  std::string key = finding.check;
  key += kSeparator;
  key += std::filesystem::path(document.target.path).filename().string();
  for (const auto* side : {segment ? &segment->source : nullptr, segment ? &segment->target : nullptr}) {
    key += kSeparator;
    if (side) key += normalised(side->text);
  }
  for (const auto& excerpt : {finding.source, finding.target}) {
    key += kSeparator;
    if (excerpt) key += normalised(excerpt->text);
  }
  return hex(fnv1a64(key));
}

Baseline Baseline::load(const std::filesystem::path& report) {
  std::ifstream in(report, std::ios::binary);
  if (!in) throw Error(report.string() + ": cannot read the baseline");
  Baseline baseline;
  try {
    const auto json = nlohmann::json::parse(in);
    if (json.at("schema") != kSchema) throw Error(report.string() + ": not a " + kSchema + " JSON report");
    for (const auto& d : json.at("documents")) {
      DocumentResult document;
      document.target.path = d.at("target").at("path").get<std::string>();
      for (const auto& f : d.at("findings"))
        ++baseline.remaining_[fingerprint(document, nullptr, finding_from(f))];
      for (const auto& s : d.value("segments", nlohmann::json::array())) {
        SegmentResult segment;
        segment.source.text = s.at("source").at("text").get<std::string>();
        segment.target.text = s.at("target").at("text").get<std::string>();
        for (const auto& f : s.at("findings"))
          ++baseline.remaining_[fingerprint(document, &segment, finding_from(f))];
      }
    }
  } catch (const nlohmann::json::exception& e) {
    throw Error(report.string() + ": not a " + kSchema + " JSON report (" + e.what() + ")");
  }
  return baseline;
}

DocumentResult Baseline::filter(const DocumentResult& document) {
  auto known = [&](const SegmentResult* segment, const Finding& finding) {
    auto entry = remaining_.find(fingerprint(document, segment, finding));
    if (entry == remaining_.end() || entry->second == 0) return false;
    --entry->second;
    return true;
  };
  DocumentResult kept = document;
  std::erase_if(kept.findings, [&](const Finding& finding) { return known(nullptr, finding); });
  for (auto& segment : kept.segments) {
    std::erase_if(segment.findings, [&](const Finding& finding) { return known(&segment, finding); });
  }
  return kept;
}

}  // namespace concord::report
