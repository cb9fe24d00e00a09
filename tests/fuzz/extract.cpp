// Every extractor of every language (extract::make_extractors, run through extract_all) on arbitrary accepted
// text: each fact's span lies inside the segment and the facts come in text order.
#include <map>

#include "concord/core/text.hpp"
#include "concord/extract/registry.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  static const auto extractors = [] {
    std::map<std::string, std::vector<std::unique_ptr<extract::Extractor>>> built;
    for (const auto& code : fuzz::languages().codes()) {
      built.emplace(code, extract::make_extractors(fuzz::languages().get(code)));
    }
    return built;
  }();
  const auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  for (const auto& paragraph : read::split_paragraphs(*text)) {
    const std::size_t length = text::code_point_count(paragraph.text);
    for (const auto& [code, language_extractors] : extractors) {
      const auto facts = extract::extract_all(language_extractors, paragraph.text);
      std::size_t previous_start = 0;
      for (const auto& fact : extract::fact_views(facts)) {
        fuzz::require(fact.span.start < fact.span.end && fact.span.end <= length,
                      "fact span inside the segment");
        fuzz::require(fact.span.start >= previous_start, "facts in text order");
        previous_start = fact.span.start;
      }
    }
  }
  return 0;
}
