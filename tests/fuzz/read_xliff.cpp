// The XLIFF reader on arbitrary bytes: a file it accepts (1.2 or 2.x) names both languages and gives units
// numbered 1, 2, ... with one-line, trimmed sides; anything else throws InputError, never anything worse.
#include "concord/read/xliff.hpp"
#include "fuzz_support.hpp"
#include "xml_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  try {
    const auto input = read::parse_xliff(std::move(*text), "fuzz-input.xlf");
    fuzz::require(!input.source.lang.empty() && !input.target.lang.empty(), "an XLIFF names both languages");
    fuzz::require_xml_units(input);
  } catch (const InputError&) {
  }
  return 0;
}
