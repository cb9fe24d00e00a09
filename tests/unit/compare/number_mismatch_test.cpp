#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "concord/pipeline/pipeline.hpp"
#include "concord/read/tsv.hpp"
#include "support.hpp"

namespace {

// Runs the whole pipeline on pre-aligned rows and returns the number findings as "source|target" texts.
std::vector<std::string> number_findings(const std::string& source, const std::string& target) {
  const auto path = concord::testing::write_temp_file("number.uk-en.tsv", source + "\t" + target + "\n");
  static const concord::Pipeline pipeline(concord::lang::default_settings());
  auto input = concord::read::read_tsv(path);
  pipeline.resolve_languages(input, {});
  std::vector<std::string> found;
  for (const auto& segment : pipeline.run(input).segments) {
    for (const auto& f : segment.findings) {
      if (f.check != "number") continue;
      found.push_back((f.source ? f.source->text : "-") + "|" + (f.target ? f.target->text : "-"));
    }
  }
  return found;
}

}  // namespace

TEST_CASE("a changed figure is one finding with both spans") {
  CHECK(number_findings("Ми зробили 90%.", "We have done 80%.") == std::vector<std::string>{"90%|80%"});
}

TEST_CASE("equal values in each language's notation are no finding") {
  CHECK(number_findings("Це 1 500,5 гривні, а не 3,5%.", "It is 1,500.5 hryvnias, not 3.5%.").empty());
  CHECK(number_findings("5 і 25", "25 and 5").empty());
}

TEST_CASE("a substring is not a match and a number on one side only is reported") {
  CHECK(number_findings("Прийшли 5 людей.", "25 people came.") == std::vector<std::string>{"5|25"});
  CHECK(number_findings("Прийшли 5 людей о 7.", "5 people came.") == std::vector<std::string>{"7|-"});
  CHECK(number_findings("Прийшли люди.", "5 people came.") == std::vector<std::string>{"-|5"});
}

TEST_CASE("a percentage and a bare number of the same value differ") {
  CHECK(number_findings("Зросло на 5%.", "It grew by 5.") == std::vector<std::string>{"5%|5"});
}
