#include "concord/compare/check.hpp"

namespace concord::compare {

void SegmentCheck::run(const AlignedDocument& document, FindingSink& sink) const {
  std::vector<Finding> findings;
  for (std::size_t position = 0; position < document.pairs.size(); ++position) {
    findings.clear();
    check(document.pairs[position], document, findings);
    for (auto& finding : findings) sink.add(position, std::move(finding));
  }
}

}  // namespace concord::compare
