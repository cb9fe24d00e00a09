// What: a translation sentence with no counterpart in the source (a 0-1 bead of the alignment, or a
//   pre-aligned unit with an empty source); the target span is the whole sentence.
// Why:  an added sentence may be a translator's explanation, or text pasted from elsewhere; a reviewer
// decides. Example: uk "Перше. Друге." / en "First. An explanation for readers. Second." -> addition,
// warning, on the
//   explanation. When most translation sentences are unmatched, a document warning says so.
// Not a finding: one source sentence the translator split in two (a 1-2 bead).
#include <memory>

#include "unmatched_sentences.hpp"

namespace concord::compare {
namespace {

class Addition final : public Check {
 public:
  std::string_view id() const override { return "addition"; }
  std::string_view description() const override {
    return "A translation sentence has no counterpart in the source.";
  }
  void run(const AlignedDocument& document, FindingSink& sink) const override {
    report_unmatched_sentences(document, DocumentSide::target, id(), Severity::warning, sink);
  }
};

}  // namespace

std::unique_ptr<Check> make_addition() { return std::make_unique<Addition>(); }

}  // namespace concord::compare
