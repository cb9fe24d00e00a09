// The TMX reader on arbitrary bytes: a file it accepts gives units numbered 1, 2, ... with a source language and
// a target language that differs from it, and one-line, trimmed sides; anything else throws InputError, never
// anything worse (deep nesting, entity declarations and truncated markup included).
#include "concord/read/tmx.hpp"
#include "fuzz_support.hpp"
#include "xml_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  try {
    const auto input = read::parse_tmx(std::move(*text), "fuzz-input.tmx");
    fuzz::require(!input.source.lang.empty(), "a TMX names its source language");
    fuzz::require(input.units->empty() || input.target.lang != input.source.lang,
                  "the target language differs from the source");
    fuzz::require_xml_units(input);
  } catch (const InputError&) {
  }
  return 0;
}
