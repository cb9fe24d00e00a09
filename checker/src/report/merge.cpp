// Merging shard reports. Each report is read twice, a value at a time: first to check the set of shards and
// every document in it, so that nothing is written unless the whole merge can succeed; then to hand the
// documents out in corpus order, a k-way merge over the shards (each shard's documents are in corpus order).
#include "concord/report/merge.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <queue>

#include "concord/core/error.hpp"
#include "concord/report/reporter.hpp"
#include "json_fields.hpp"

namespace concord::report {
namespace {

std::string not_a_report(const std::filesystem::path& path, const std::string& why) {
  return path.string() + ": not a " + kSchema + " JSON report (" + why + ")";
}

// A JSON report read value by value, whatever its layout: the top-level members other than "documents" are
// parsed as they come, the documents are handed out one at a time, so it is never held whole.
class JsonReportReader {
 public:
  explicit JsonReportReader(const std::filesystem::path& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) throw Error(path.string() + ": cannot read the report");
    expect('{');
    read_members();
  }

  // The next document; nullopt once the "documents" array is done, and then the rest of the report is read.
  std::optional<Json> next_document() {
    if (state_ != State::documents) return std::nullopt;
    if (peek() == ']') {
      in_.get();
      state_ = State::members;
      read_members();
      return std::nullopt;
    }
    if (!first_document_) expect(',');
    first_document_ = false;
    return parse(read_value());
  }

  const Json& members() const { return members_; }  // "documents" left out
  const std::filesystem::path& path() const { return path_; }

 private:
  enum class State { members, documents, done };

  [[noreturn]] void fail(const std::string& why) const { throw Error(not_a_report(path_, why)); }

  int peek() {
    while (std::isspace(in_.peek())) in_.get();
    return in_.peek();
  }

  void expect(char c) {
    const int next = peek();
    if (next == EOF) fail("cut short");
    if (next != c) fail(std::string("expected '") + c + "' at byte " + std::to_string(in_.tellg()));
    in_.get();
  }

  Json parse(const std::string& text) const {
    try {
      return Json::parse(text);
    } catch (const Json::exception& e) {
      fail(e.what());
    }
  }

  // Reads members until the "documents" array opens or the object closes.
  void read_members() {
    while (true) {
      if (peek() == '}') {
        in_.get();
        state_ = State::done;
        return;
      }
      if (!first_member_) expect(',');
      first_member_ = false;
      if (peek() == EOF) fail("cut short");
      if (peek() != '"') fail("expected a member name at byte " + std::to_string(in_.tellg()));
      const std::string key = parse(read_value()).get<std::string>();
      expect(':');
      if (key == "documents") {
        expect('[');
        state_ = State::documents;
        return;
      }
      members_[key] = parse(read_value());
    }
  }

  // The text of one JSON value, found by its brackets and strings; parse() checks the rest.
  std::string read_value() {
    std::string text;
    const int first = peek();
    if (first == '"' || first == '{' || first == '[') {
      int depth = 0;
      do {
        const int c = in_.get();
        if (c == EOF) fail("cut short");
        text += static_cast<char>(c);
        if (c == '"') {
          for (int s = in_.get();; s = in_.get()) {
            if (s == EOF) fail("cut short");
            text += static_cast<char>(s);
            if (s == '\\') {
              const int escaped = in_.get();
              if (escaped == EOF) fail("cut short");
              text += static_cast<char>(escaped);
            } else if (s == '"') {
              break;
            }
          }
        } else if (c == '{' || c == '[') {
          ++depth;
        } else if (c == '}' || c == ']') {
          --depth;
        }
      } while (depth > 0);
      return text;
    }
    for (int c = in_.peek(); c != EOF && c != ',' && c != '}' && c != ']' && !std::isspace(c);
         c = in_.peek()) {
      text += static_cast<char>(in_.get());
    }
    if (text.empty()) fail("cut short");
    return text;
  }

  std::filesystem::path path_;
  std::ifstream in_;
  State state_ = State::members;
  bool first_member_ = true;
  bool first_document_ = true;
  Json members_ = Json::object();
};

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
    if (!by_index.contains(k)) {
      missing += (missing.empty() ? "" : ", ") + std::to_string(k) + "/" + std::to_string(first.shard.count);
    }
  }
  if (!missing.empty()) throw Error("shards missing: " + missing + " (merge needs every shard of the scan)");
  std::size_t documents = 0;
  for (const auto& file : files) documents += file.documents;
  if (documents != first.shard.corpus_documents) {
    throw Error("the shards hold " + std::to_string(documents) + " documents, the corpus has " +
                std::to_string(first.shard.corpus_documents) + ": a shard report is incomplete");
  }
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
  if (json.contains("corpus_index")) document.corpus_index = json.at("corpus_index").get<std::size_t>();
  return document;
}

// A shard's next document. Its corpus index, when it has one, must follow the one before it in the shard.
std::optional<DocumentResult> next_document(JsonReportReader& reader,
                                            std::optional<std::size_t>& last_index) {
  const auto json = reader.next_document();
  if (!json) return std::nullopt;
  try {
    auto document = document_from(*json);
    if (document.corpus_index) {
      if (last_index && *document.corpus_index <= *last_index) {
        throw Error(reader.path().string() + ": documents out of corpus order at " + document.source.path);
      }
      last_index = document.corpus_index;
    }
    return document;
  } catch (const Json::exception& e) {
    throw Error(not_a_report(reader.path(), e.what()));
  }
}

// Merges streams that are each ordered by a key: holds one item per stream, hands out the smallest.
template <typename Item>
class KWayMerge {
 public:
  explicit KWayMerge(std::size_t streams) : heads_(streams) {}
  void push(std::size_t key, std::size_t stream, Item item) {
    heads_[stream] = std::move(item);
    order_.push({key, stream});
  }
  bool empty() const { return order_.empty(); }
  // The smallest item and the stream it came from, which the caller then refills.
  std::pair<std::size_t, Item> pop() {
    const std::size_t stream = order_.top().second;
    order_.pop();
    return {stream, std::move(*heads_[stream])};
  }

 private:
  std::vector<std::optional<Item>> heads_;
  using Key = std::pair<std::size_t, std::size_t>;  // (key, stream)
  std::priority_queue<Key, std::vector<Key>, std::greater<>> order_;
};

}  // namespace

JsonShardMerge::JsonShardMerge(std::vector<std::filesystem::path> reports) : reports_(std::move(reports)) {
  std::vector<ShardFile> files;
  std::vector<std::pair<std::size_t, std::size_t>> seen;  // (corpus index, report), to check coverage
  for (std::size_t r = 0; r < reports_.size(); ++r) {
    JsonReportReader reader(reports_[r]);
    std::optional<std::size_t> last_index;
    std::size_t unnumbered = 0;  // documents without a corpus index: not a shard's report
    while (auto document = next_document(reader, last_index)) {
      if (document->corpus_index) {
        seen.emplace_back(*document->corpus_index, r);
      } else {
        ++unnumbered;
      }
    }
    const Json& members = reader.members();
    if (members.value("schema", "") != kSchema) throw Error(not_a_report(reports_[r], "no \"schema\""));
    try {
      files.push_back({reports_[r], shard_from(members.value("shard", Json()), reports_[r]),
                       members.at("summary").at("documents").get<std::size_t>(),
                       members.at("summary").at("ignored").get<std::size_t>()});
    } catch (const Json::exception& e) {
      throw Error(not_a_report(reports_[r], e.what()));
    }
    if (unnumbered > 0) throw Error(reports_[r].string() + ": documents without \"corpus_index\"");
  }
  check_complete(files);
  std::sort(seen.begin(), seen.end());
  for (std::size_t i = 0; i < seen.size(); ++i) {
    if (seen[i].first != i) {
      const bool twice = seen[i].first < i;
      throw Error("document " + std::to_string(twice ? seen[i].first : i) + " of the corpus is " +
                  (twice ? "in two shard reports: " + reports_[seen[i - 1].second].string() + " and " +
                               reports_[seen[i].second].string()
                         : std::string("in no shard report")));
    }
  }
  ignored_ = files.front().ignored;
}

void JsonShardMerge::documents(const std::function<void(DocumentResult&&)>& emit) const {
  std::vector<JsonReportReader> readers;
  std::vector<std::optional<std::size_t>> last(reports_.size());
  KWayMerge<DocumentResult> merge(reports_.size());
  readers.reserve(reports_.size());
  for (std::size_t r = 0; r < reports_.size(); ++r) {
    readers.emplace_back(reports_[r]);
    if (auto document = next_document(readers[r], last[r]))
      merge.push(*document->corpus_index, r, std::move(*document));
  }
  while (!merge.empty()) {
    auto [r, document] = merge.pop();
    document.corpus_index.reset();
    emit(std::move(document));
    if (auto next = next_document(readers[r], last[r])) merge.push(*next->corpus_index, r, std::move(*next));
  }
}

bool is_jsonl_report(const std::filesystem::path& report) {
  std::ifstream in(report, std::ios::binary);
  if (!in) throw Error(report.string() + ": cannot read the report");
  std::string first_line;
  std::getline(in, first_line);
  // Every line of a JSON Lines report is a whole object with a "type"; a JSON report is one object, with a
  // "schema", on one line or many.
  const Json line = Json::parse(first_line, nullptr, false);
  return line.is_object() && line.contains("type");
}

namespace {

// A JSON Lines shard report read a line at a time: finding and document-error lines with their corpus index,
// then the summary line.
class JsonlShardReader {
 public:
  explicit JsonlShardReader(const std::filesystem::path& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) throw Error(path.string() + ": cannot read the report");
  }

  // The next line other than the summary, without its corpus_index; nullopt at the end.
  std::optional<std::pair<std::size_t, Json>> next() {
    std::string text;
    while (std::getline(in_, text)) {
      ++number_;
      const std::string where = path_.string() + ":" + std::to_string(number_);
      try {
        Json line = Json::parse(text);
        if (line.at("type") == "summary") {
          summary_ = std::move(line);
          continue;
        }
        if (summary_) throw Error(where + ": a line after the summary");
        const auto index = line.at("corpus_index").get<std::size_t>();
        if (index < last_index_) throw Error(where + ": lines out of corpus order");
        last_index_ = index;
        line.erase("corpus_index");
        return std::pair(index, std::move(line));
      } catch (const Json::exception& e) {
        throw Error(where + ": not a line of a shard's JSON Lines report (" + e.what() + ")");
      }
    }
    return std::nullopt;
  }

  const std::optional<Json>& summary() const { return summary_; }

 private:
  std::filesystem::path path_;
  std::ifstream in_;
  std::size_t number_ = 0;
  std::size_t last_index_ = 0;
  std::optional<Json> summary_;
};

}  // namespace

Summary merge_jsonl_shards(const std::vector<std::filesystem::path>& reports, std::ostream& out) {
  std::vector<ShardFile> files;
  Summary summary;
  for (const auto& path : reports) {
    JsonlShardReader reader(path);
    while (reader.next()) {
    }
    if (!reader.summary()) throw Error(path.string() + ": no summary line: the shard's report is incomplete");
    try {
      const auto& s = *reader.summary();
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

  std::vector<JsonlShardReader> readers;
  KWayMerge<Json> merge(reports.size());
  readers.reserve(reports.size());
  for (std::size_t r = 0; r < reports.size(); ++r) {
    readers.emplace_back(reports[r]);
    if (auto line = readers[r].next()) merge.push(line->first, r, std::move(line->second));
  }
  while (!merge.empty()) {
    auto [r, line] = merge.pop();
    out << line.dump() << "\n";
    if (auto next = readers[r].next()) merge.push(next->first, r, std::move(next->second));
  }
  make_reporter("jsonl", {})->end(summary, out);
  return summary;
}

}  // namespace concord::report
