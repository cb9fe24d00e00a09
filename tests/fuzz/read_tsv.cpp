// The TSV reader on arbitrary bytes: a well-formed file gives units with increasing line numbers and in-range
// columns; anything else throws InputError, never anything worse.
#include "concord/core/text.hpp"
#include "concord/read/tsv.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  const auto text = fuzz::accepted_text(data, size);
  if (!text) return 0;
  try {
    const auto input = read::parse_tsv(*text, "fuzz-input.tsv");
    std::size_t previous_line = 0;
    for (const auto& unit : *input.units) {
      fuzz::require(unit.index > previous_line, "unit indices increase");
      previous_line = unit.index;
      fuzz::require(unit.source.column >= 1 && unit.target.column > unit.source.column,
                    "target starts after source");
    }
  } catch (const InputError&) {
  }
  return 0;
}
