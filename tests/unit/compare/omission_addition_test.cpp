#include <doctest/doctest.h>

#include <algorithm>

#include "concord/compare/registry.hpp"

namespace {

using concord::Finding;
using concord::compare::AlignedDocument;
using concord::compare::SegmentPair;
using concord::compare::SideText;

struct Collected final : concord::compare::FindingSink {
  std::vector<std::pair<std::size_t, Finding>> segment;
  std::vector<Finding> document;
  void add(std::size_t position, Finding finding) override {
    segment.emplace_back(position, std::move(finding));
  }
  void add_document(Finding finding) override { document.push_back(std::move(finding)); }
};

SideText side(const std::string& text) {
  SideText result;
  if (!text.empty()) {
    result.text = text;
    result.line = 1;
    result.column = 1;
  }
  return result;
}

AlignedDocument document(const std::vector<std::pair<std::string, std::string>>& pairs) {
  AlignedDocument result;
  for (const auto& [source, target] : pairs) {
    result.pairs.push_back({result.pairs.size() + 1, side(source), side(target)});
  }
  return result;
}

Collected run(const std::string& id, const AlignedDocument& doc) {
  const auto checks = concord::compare::make_checks();
  const auto check = std::find_if(checks.begin(), checks.end(), [&](const auto& c) { return c->id() == id; });
  REQUIRE(check != checks.end());
  Collected sink;
  (*check)->run(doc, sink);
  return sink;
}

}  // namespace

TEST_CASE("an omitted sentence is an error spanning the whole source sentence") {
  const auto sink = run("omission", document({{"Перше речення.", "First sentence."},
                                              {"Друге речення.", ""},
                                              {"Третє речення.", "Third sentence."}}));
  REQUIRE(sink.segment.size() == 1);
  const auto& [position, finding] = sink.segment.front();
  CHECK(position == 1);
  CHECK(finding.severity == concord::Severity::error);
  CHECK(finding.message == "the translation has no counterpart for: «Друге речення.»");
  REQUIRE(finding.source);
  CHECK(finding.source->span == concord::Span{0, 14});
  CHECK(!finding.target);
  CHECK(sink.document.empty());
}

TEST_CASE("an added sentence is a warning spanning the whole translation sentence") {
  const auto sink = run("addition", document({{"Перше.", "First."}, {"", "An explanation for readers."}}));
  REQUIRE(sink.segment.size() == 1);
  CHECK(sink.segment.front().first == 1);
  CHECK(sink.segment.front().second.severity == concord::Severity::warning);
  REQUIRE(sink.segment.front().second.target);
  CHECK(sink.segment.front().second.target->span == concord::Span{0, 27});
  CHECK(run("omission", document({{"Перше.", "First."}, {"", "Added."}})).segment.empty());
}

TEST_CASE("a long omitted sentence is quoted shortened but spanned whole") {
  const std::string sentence(300, 'a');
  const auto sink = run("omission", document({{sentence, ""}}));
  REQUIRE(sink.segment.size() == 1);
  CHECK(sink.segment.front().second.message.size() < 200);
  CHECK(sink.segment.front().second.source->span == concord::Span{0, 300});
}

TEST_CASE("an empty translation makes every source sentence an omission and doubts the document") {
  const auto sink = run("omission", document({{"Одне.", ""}, {"Два.", ""}, {"Три.", ""}}));
  CHECK(sink.segment.size() == 3);
  REQUIRE(sink.document.size() == 1);
  CHECK(sink.document.front().severity == concord::Severity::warning);
  CHECK(
      sink.document.front().message ==
      "3 of 3 source sentences have no counterpart in the translation; the files may not be translations of "
      "each other");
}

TEST_CASE("a few omissions in a long document do not doubt the document") {
  std::vector<std::pair<std::string, std::string>> pairs(10, {"Речення.", "Sentence."});
  pairs[2].second = pairs[5].second = pairs[7].second = "";
  const auto sink = run("omission", document(pairs));
  CHECK(sink.segment.size() == 3);
  CHECK(sink.document.empty());
}
