#include "concord/report/merge.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "concord/core/error.hpp"
#include "concord/report/reporter.hpp"
#include "json_fields.hpp"

namespace concord::report {
namespace {

struct ShardFile {
  std::filesystem::path path;
  ShardInfo shard;
  std::size_t documents = 0;  // in this shard, by its summary
  std::size_t ignored = 0;
};

std::string shard_name(const ShardInfo& shard) {
  return std::to_string(shard.index) + "/" + std::to_string(shard.count);
}

ShardInfo shard_from(const Json& json, const std::filesystem::path& path) {
  if (!json.is_object() || !json.contains("index")) {
    throw Error(path.string() + ": not the report of a shard (write it with scan --shard K/N)");
  }
  return {json.at("index").get<std::size_t>(), json.at("count").get<std::size_t>(),
          json.at("corpus_documents").get<std::size_t>(), json.at("corpus_fingerprint").get<std::string>()};
}

// Every shard 1..N of one corpus exactly once, else an Error that names the files.
void check_complete(const std::vector<ShardFile>& files) {
  const ShardFile& first = files.front();
  std::map<std::size_t, const ShardFile*> by_index;
  for (const auto& file : files) {
    if (file.shard.count != first.shard.count ||
        file.shard.corpus_fingerprint != first.shard.corpus_fingerprint ||
        file.shard.corpus_documents != first.shard.corpus_documents || file.ignored != first.ignored) {
      throw Error(file.path.string() + " (shard " + shard_name(file.shard) + ") and " + first.path.string() +
                  " (shard " + shard_name(first.shard) + ") are not shards of the same scan: corpus " +
                  file.shard.corpus_fingerprint + " of " + std::to_string(file.shard.corpus_documents) +
                  " documents against " + first.shard.corpus_fingerprint + " of " +
                  std::to_string(first.shard.corpus_documents));
    }
    const auto [it, added] = by_index.emplace(file.shard.index, &file);
    if (!added) {
      throw Error("shard " + shard_name(file.shard) + " is given twice: " + it->second->path.string() +
                  " and " + file.path.string());
    }
  }
  std::string missing;
  for (std::size_t k = 1; k <= first.shard.count; ++k) {
    if (!by_index.contains(k))
      missing += (missing.empty() ? "" : ", ") + std::to_string(k) + "/" + std::to_string(first.shard.count);
  }
  if (!missing.empty()) throw Error("shards missing: " + missing + " (merge needs every shard of the scan)");
  std::size_t documents = 0;
  for (const auto& file : files) documents += file.documents;
  if (documents != first.shard.corpus_documents) {
    throw Error("the shards hold " + std::to_string(documents) + " documents, the corpus has " +
                std::to_string(first.shard.corpus_documents) + ": a shard report is incomplete");
  }
}

Json parse_json(const std::filesystem::path& path, std::istream& in) {
  try {
    return Json::parse(in);
  } catch (const Json::exception& e) {
    throw Error(path.string() + ": not a " + kSchema + " JSON report (" + e.what() + ")");
  }
}

std::ifstream open(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path.string() + ": cannot read the report");
  return in;
}

std::optional<Excerpt> excerpt_from(const Json& json) {
  if (json.is_null()) return std::nullopt;
  return Excerpt{json.at("text").get<std::string>(),
                 {json.at("start").get<std::size_t>(), json.at("end").get<std::size_t>()}};
}

Finding finding_from(const Json& json) {
  Finding finding;
  finding.check = json.at("check").get<std::string>();
  const auto severity = parse_severity(json.at("severity").get<std::string>());
  if (!severity) throw Error("unknown severity " + json.at("severity").dump());
  finding.severity = *severity;
  finding.message = json.at("message").get<std::string>();
  finding.source = excerpt_from(json.at("source"));
  finding.target = excerpt_from(json.at("target"));
  return finding;
}

SegmentSide side_from(const Json& json) {
  SegmentSide side;
  side.text = json.at("text").get<std::string>();
  if (!json.at("line").is_null()) {
    side.line = json.at("line").get<std::size_t>();
    side.column = json.at("column").get<std::size_t>();
  }
  for (const auto& fact : json.at("facts")) {
    side.facts.push_back({fact.at("kind").get<std::string>(),
                          {fact.at("start").get<std::size_t>(), fact.at("end").get<std::size_t>()},
                          fact.at("key").get<std::string>()});
  }
  return side;
}

// The inverse of the JSON reporter's document: every field it writes is read back.
DocumentResult document_from(const Json& json) {
  DocumentResult document;
  document.source = {json.at("source").at("path").get<std::string>(),
                     json.at("source").at("lang").get<std::string>()};
  document.target = {json.at("target").at("path").get<std::string>(),
                     json.at("target").at("lang").get<std::string>()};
  document.failed = json.at("status").get<std::string>() == "error";
  if (document.failed) document.error = json.at("error").get<std::string>();
  for (const auto& finding : json.at("findings")) document.findings.push_back(finding_from(finding));
  for (const auto& s : json.at("segments")) {
    SegmentResult segment;
    segment.index = s.at("index").get<std::size_t>();
    segment.source = side_from(s.at("source"));
    segment.target = side_from(s.at("target"));
    for (const auto& finding : s.at("findings")) segment.findings.push_back(finding_from(finding));
    document.segments.push_back(std::move(segment));
  }
  document.corpus_index = json.at("corpus_index").get<std::size_t>();
  return document;
}

}  // namespace

bool is_jsonl_report(const std::filesystem::path& report) {
  auto in = open(report);
  std::string first_line;
  std::getline(in, first_line);
  // A JSON report opens with a lone "{"; every line of a JSON Lines report is a whole object.
  return Json::accept(first_line);
}

MergedShards merge_json_shards(const std::vector<std::filesystem::path>& reports) {
  std::vector<ShardFile> files;
  MergedShards merged;
  for (const auto& path : reports) {
    auto in = open(path);
    const Json json = parse_json(path, in);
    try {
      if (!json.is_object() || json.value("schema", "") != kSchema) {
        throw Error(path.string() + ": not a " + kSchema + " JSON report");
      }
      ShardFile file{path, shard_from(json.value("shard", Json()), path),
                     json.at("summary").at("documents").get<std::size_t>(),
                     json.at("summary").at("ignored").get<std::size_t>()};
      for (const auto& document : json.at("documents")) merged.documents.push_back(document_from(document));
      files.push_back(std::move(file));
    } catch (const Json::exception& e) {
      throw Error(path.string() + ": not a " + kSchema + " JSON report (" + e.what() + ")");
    }
  }
  check_complete(files);
  std::sort(
      merged.documents.begin(), merged.documents.end(),
      [](const DocumentResult& a, const DocumentResult& b) { return *a.corpus_index < *b.corpus_index; });
  for (std::size_t i = 0; i < merged.documents.size(); ++i) {
    if (*merged.documents[i].corpus_index != i) {
      throw Error("document " + std::to_string(i) + " of the corpus is " +
                  (*merged.documents[i].corpus_index < i ? "in two shard reports" : "in no shard report") +
                  " (near " + merged.documents[i].source.path + ")");
    }
    merged.documents[i].corpus_index.reset();
  }
  merged.ignored = files.front().ignored;
  return merged;
}

Summary merge_jsonl_shards(const std::vector<std::filesystem::path>& reports, std::ostream& out) {
  std::vector<ShardFile> files;
  std::vector<std::pair<std::size_t, Json>> lines;  // (corpus index, line), in each shard's order
  Summary summary;
  for (const auto& path : reports) {
    auto in = open(path);
    std::optional<Json> shard_summary;
    std::string text;
    for (std::size_t number = 1; std::getline(in, text); ++number) {
      std::istringstream line_in(text);
      const Json line = parse_json(path.string() + ":" + std::to_string(number), line_in);
      try {
        if (line.at("type") == "summary") {
          shard_summary = line;
          continue;
        }
        auto index = line.at("corpus_index").get<std::size_t>();
        Json kept = line;
        kept.erase("corpus_index");
        lines.emplace_back(index, std::move(kept));
      } catch (const Json::exception& e) {
        throw Error(path.string() + ":" + std::to_string(number) +
                    ": not a line of a shard's JSON Lines report (" + e.what() + ")");
      }
    }
    if (!shard_summary) throw Error(path.string() + ": no summary line: the shard's report is incomplete");
    try {
      const auto& s = *shard_summary;
      files.push_back({path, shard_from(s.value("shard", Json()), path), s.at("documents").get<std::size_t>(),
                       s.at("ignored").get<std::size_t>()});
      summary.documents += s.at("documents").get<std::size_t>();
      summary.failed += s.at("failed").get<std::size_t>();
      summary.segments += s.at("segments").get<std::size_t>();
      summary.errors += s.at("errors").get<std::size_t>();
      summary.warnings += s.at("warnings").get<std::size_t>();
      summary.infos += s.at("infos").get<std::size_t>();
    } catch (const Json::exception& e) {
      throw Error(path.string() + ": a malformed summary line (" + e.what() + ")");
    }
  }
  check_complete(files);
  summary.ignored = files.front().ignored;
  std::stable_sort(lines.begin(), lines.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [index, line] : lines) out << line.dump() << "\n";
  make_reporter("jsonl", {})->end(summary, out);
  return summary;
}

}  // namespace concord::report
