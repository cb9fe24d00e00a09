#include "unmatched_sentences.hpp"

#include <string>

#include "concord/core/text.hpp"

namespace concord::compare {
namespace {

// A message quotes at most this many characters of the sentence; the span still covers all of it.
constexpr std::size_t kQuotedLength = 120;
// At least this many unmatched sentences, and more than half of the side, before the whole document is
// doubted.
constexpr std::size_t kDoubtfulCount = 3;

std::string quoted(const std::string& sentence) {
  const std::size_t length = text::code_point_count(sentence);
  if (length <= kQuotedLength) return "«" + sentence + "»";
  return "«" + text::slice(sentence, {0, kQuotedLength}) + "…»";
}

}  // namespace

void report_unmatched_sentences(const AlignedDocument& document, DocumentSide side, std::string_view check,
                                Severity severity, FindingSink& sink) {
  const bool source_side = side == DocumentSide::source;
  const std::string other = source_side ? "the translation" : "the source";
  std::size_t present = 0;
  std::size_t unmatched = 0;
  for (std::size_t position = 0; position < document.pairs.size(); ++position) {
    const SegmentPair& pair = document.pairs[position];
    const SideText& mine = source_side ? pair.source : pair.target;
    const SideText& theirs = source_side ? pair.target : pair.source;
    if (!mine.present()) continue;
    ++present;
    if (theirs.present()) continue;
    ++unmatched;
    const Excerpt whole{mine.text, {0, text::code_point_count(mine.text)}};
    Finding finding{std::string(check), severity, other + " has no counterpart for: " + quoted(mine.text),
                    std::nullopt, std::nullopt};
    (source_side ? finding.source : finding.target) = whole;
    sink.add(position, std::move(finding));
  }
  if (unmatched >= kDoubtfulCount && 2 * unmatched > present) {
    sink.add_document({std::string(check), Severity::warning,
                       std::to_string(unmatched) + " of " + std::to_string(present) + " " +
                           (source_side ? "source" : "translation") + " sentences have no counterpart in " +
                           other + "; the files may not be translations of each other",
                       std::nullopt, std::nullopt});
  }
}

}  // namespace concord::compare
