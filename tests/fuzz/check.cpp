// The whole `check` path through Pipeline (read, segment, align, extract, compare) and every report format.
// Input layout: byte 0 chooses the mode (bit 0: TSV instead of two articles) and the direction (bit 1: the
// languages swapped); for two articles the rest is SOURCE 0x1E TARGET. See run_fuzz.py for how seeds are
// built.
#include <algorithm>
#include <sstream>

#include "concord/pipeline/pipeline.hpp"
#include "concord/read/tsv.hpp"
#include "concord/report/reporter.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace concord;
  static const Pipeline pipeline(lang::default_settings());
  static const auto codes = fuzz::languages().codes();
  if (size == 0 || codes.size() < 2) return 0;
  const bool tsv = data[0] & 1;
  const bool swapped = data[0] & 2;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);

  read::DocumentInput input;
  try {
    if (tsv) {
      input = read::parse_tsv(read::decode_text(std::string(rest), "fuzz.tsv"), "fuzz.tsv");
    } else {
      const auto separator = std::min(rest.find('\x1E'), rest.size());
      input.source.path = "fuzz-source";
      input.target.path = "fuzz-target";
      input.source.paragraphs =
          read::split_paragraphs(read::decode_text(std::string(rest.substr(0, separator)), "source"));
      input.target.paragraphs = read::split_paragraphs(
          read::decode_text(std::string(rest.substr(std::min(separator + 1, rest.size()))), "target"));
    }
  } catch (const InputError&) {
    return 0;
  }
  input.source.lang = codes[swapped ? 1 : 0];
  input.target.lang = codes[swapped ? 0 : 1];
  const auto result = pipeline.run(input);
  for (const auto& segment : result.segments) {
    fuzz::require(!segment.source.text.empty() || !segment.target.text.empty(), "no segment pair is empty");
  }
  report::Summary summary;
  summary.add(result);
  for (const auto& format : report::format_names()) {
    std::ostringstream out;
    auto reporter = report::make_reporter(format, {});
    reporter->begin(out);
    reporter->add(result, out);
    reporter->end(summary, out);
    fuzz::require(!out.str().empty(), "every format writes something");
  }
  return 0;
}
