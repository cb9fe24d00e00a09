// What: a source sentence with no counterpart in the translation (a 1-0 bead of the alignment, or a
//   pre-aligned unit left untranslated); the source span is the whole sentence.
// Why:  a dropped sentence takes its names, numbers and dates with it, and no per-segment check can see that.
// Example: uk "Перше. Друге, яке випало. Третє." / en "First. Third." -> omission, error, on "Друге, яке
// випало.".
//   When most source sentences are unmatched, a document warning says the files may not be translations.
// Not a finding: two source sentences the translator merged into one, or one split in two (2-1, 1-2 beads).
#include <memory>

#include "unmatched_sentences.hpp"

namespace concord::compare {
namespace {

class Omission final : public Check {
 public:
  std::string_view id() const override { return "omission"; }
  std::string_view description() const override {
    return "A source sentence has no counterpart in the translation.";
  }
  void run(const AlignedDocument& document, FindingSink& sink) const override {
    report_unmatched_sentences(document, DocumentSide::source, id(), Severity::error, sink);
  }
};

}  // namespace

std::unique_ptr<Check> make_omission() { return std::make_unique<Omission>(); }

}  // namespace concord::compare
