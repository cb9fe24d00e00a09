#include <doctest/doctest.h>
#include <unistd.h>

#include <atomic>
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
  std::filesystem::remove(path);
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

TEST_CASE("the same value in words and in digits is no finding") {
  CHECK(number_findings("Майже чотири роки.", "Almost 4 years.").empty());
  CHECK(number_findings("План із 20 пунктів.", "A 20-point plan.").empty());
  CHECK(number_findings("Двогодинну зустріч.", "A two-hour meeting.").empty());
  CHECK(number_findings("3,5 млрд доларів.", "$3.5 billion.").empty());
  CHECK(number_findings("Понад 20 тис. людей.", "More than 20,000 people.").empty());
}

TEST_CASE("a unit or magnitude shared along a range is no finding") {
  CHECK(number_findings("Від 5 до 10 млн доларів.", "From $5 million to $10 million.").empty());
  CHECK(number_findings("Зросло на 5-10%.", "It grew by 5% to 10%.").empty());
}

TEST_CASE("a changed magnitude or currency is an error") {
  CHECK(number_findings("1,5 млн.", "1.5 billion.") == std::vector<std::string>{"1,5 млн|1.5 billion"});
  CHECK(number_findings("5 млрд гривень.", "$5 billion.") ==
        std::vector<std::string>{"5 млрд гривень|$5 billion"});
}

TEST_CASE("small number words pair with each other first and then with figures") {
  CHECK(number_findings("Чотири роки.", "Five years.") == std::vector<std::string>{"Чотири|Five"});
  CHECK(number_findings("Одна з 3 шкіл.", "Four of the schools.") ==
        std::vector<std::string>{"Одна|Four", "3|-"});
  CHECK(number_findings("Двогодинну зустріч.", "A 3-hour meeting.") ==
        std::vector<std::string>{"Двогодинну|3"});
}

TEST_CASE("a rephrased small cardinal and a small ordinal are not paired") {
  CHECK(number_findings("Один брат тут, другий там.", "One brother is here, the other one there.") ==
        std::vector<std::string>{"другий|-", "-|one"});
}
