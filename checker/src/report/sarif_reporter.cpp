// SARIF 2.1.0 for code-scanning dashboards: one run, one rule per check (from the check registry, so a new
// check appears without touching this file), one result per finding located in the translation with the
// source as a related location. Columns count code points. SARIF has one results array, so the results are
// kept until end().
#include <cctype>
#include <map>

#include "concord/compare/registry.hpp"
#include "concord/report/baseline.hpp"
#include "concord/report/reporter.hpp"
#include "json_fields.hpp"
#include "locations.hpp"

namespace concord::report {
namespace {

constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";

std::string sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "none";
}

// A relative reference: unreserved characters and '/' stay, every other byte is percent-encoded.
std::string to_uri(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  return uri;
}

Json physical_location(const FilePlace& place, const std::string& snippet) {
  Json location = {{"artifactLocation", {{"uri", to_uri(place.path)}}}};
  if (place.line != 0) {
    location["region"] = {{"startLine", place.line},
                          {"startColumn", place.start_column},
                          {"endLine", place.line},
                          {"endColumn", place.end_column},
                          {"snippet", {{"text", snippet}}}};
  }
  return location;
}

std::string snippet_of(const SegmentSide& side, const std::optional<Excerpt>& excerpt) {
  return excerpt ? excerpt->text : side.text;
}

Json rules() {
  Json rules = Json::array();
  for (const auto& check : compare::make_checks()) {
    const std::string id(check->id());
    const std::string description(check->description());
    rules.push_back(
        {{"id", id},
         {"name", id},
         {"shortDescription", {{"text", description}}},
         {"fullDescription",
          {{"text", description + " Concord compares each aligned pair of sentences by value and reports "
                                  "the segment where the two sides disagree."}}},
         {"help",
          {{"text",
            "Compare the highlighted parts of the source and the translation and "
            "correct the translation, or record the finding in a baseline."}}}});
  }
  return rules;
}

class SarifReporter final : public Reporter {
 public:
  SarifReporter() : rules_(rules()) {
    for (std::size_t i = 0; i < rules_.size(); ++i) rule_index_[rules_[i]["id"].get<std::string>()] = i;
  }

  void begin(std::ostream&) override {}

  void add(const DocumentResult& document, std::ostream&) override {
    if (document.failed) {
      notifications_.push_back(
          {{"level", "error"},
           {"message", {{"text", document.error}}},
           {"locations",
            Json::array({{{"physicalLocation", physical_location(FilePlace{document.target.path}, "")}}})}});
    }
    for (const auto& finding : document.findings) results_.push_back(result(document, nullptr, finding));
    for (const auto& segment : document.segments) {
      for (const auto& finding : segment.findings) results_.push_back(result(document, &segment, finding));
    }
  }

  void end(const Summary&, std::ostream& out) override {
    Json invocation = {{"executionSuccessful", notifications_.empty()}};
    if (!notifications_.empty()) invocation["toolExecutionNotifications"] = std::move(notifications_);
    Json run = {
        {"tool", {{"driver", {{"name", "concord"}, {"version", CONCORD_VERSION}, {"rules", rules_}}}}},
        {"invocations", Json::array({std::move(invocation)})},
        {"columnKind", "unicodeCodePoints"},
        {"results", std::move(results_)}};
    const Json log = {
        {"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
    out << log.dump(2) << "\n";
  }

 private:
  Json result(const DocumentResult& document, const SegmentResult* segment, const Finding& finding) const {
    Json result = {{"ruleId", finding.check}};
    if (auto rule = rule_index_.find(finding.check); rule != rule_index_.end())
      result["ruleIndex"] = rule->second;
    result["level"] = sarif_level(finding.severity);
    result["message"] = {{"text", finding.message}};
    if (segment == nullptr) {
      result["locations"] =
          Json::array({{{"physicalLocation", physical_location(FilePlace{document.target.path}, "")}}});
    } else {
      const FilePlace place = primary_place(document, *segment, finding);
      const bool on_target = segment->target.line != 0;
      const std::string snippet = on_target ? snippet_of(segment->target, finding.target)
                                            : snippet_of(segment->source, finding.source);
      result["locations"] = Json::array({{{"physicalLocation", physical_location(place, snippet)}}});
      if (on_target) {
        if (auto source = place_of(document.source, segment->source, finding.source)) {
          result["relatedLocations"] = Json::array(
              {{{"id", 1},
                {"physicalLocation", physical_location(*source, snippet_of(segment->source, finding.source))},
                {"message", {{"text", "source sentence"}}}}});
        }
      }
    }
    result["partialFingerprints"] = {{"concordFinding/v1", fingerprint(document, segment, finding)}};
    return result;
  }

  Json rules_;
  std::map<std::string, std::size_t> rule_index_;
  Json results_ = Json::array();
  Json notifications_ = Json::array();
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(const ReporterOptions&) {
  return std::make_unique<SarifReporter>();
}

}  // namespace concord::report
