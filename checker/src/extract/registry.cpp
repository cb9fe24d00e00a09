#include "concord/extract/registry.hpp"

#include "concord/core/text.hpp"

namespace concord::extract {

std::unique_ptr<Extractor> make_date_extractor(const lang::Language& language);
std::unique_ptr<Extractor> make_number_extractor(const lang::Language& language);
std::unique_ptr<Extractor> make_name_extractor(const lang::Language& language);

std::vector<std::unique_ptr<Extractor>> make_extractors(const lang::Language& language) {
  std::vector<std::unique_ptr<Extractor>> extractors;
  extractors.push_back(make_date_extractor(language));  // first: years and day numbers are not numbers
  extractors.push_back(make_number_extractor(language));
  extractors.push_back(make_name_extractor(language));  // last: names skip every span claimed before
  return extractors;
}

SegmentFacts extract_all(const std::vector<std::unique_ptr<Extractor>>& extractors, std::string_view utf8) {
  const std::u32string chars = text::to_u32(utf8);
  const SegmentText text{utf8, chars};
  SegmentFacts facts;
  for (const auto& extractor : extractors) extractor->extract(text, facts);
  return facts;
}

}  // namespace concord::extract
