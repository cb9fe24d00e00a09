#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "concord/pipeline/pipeline.hpp"
#include "concord/read/tsv.hpp"

namespace {

// Runs the whole pipeline on one pre-aligned row: its name findings as "severity source|target: message",
// joined by "; ".
std::string name_findings(const std::string& source, const std::string& target,
                          const std::string& direction = "uk-en") {
  // CTest runs each test case as its own process at the same time: one file per process and call.
  static int calls = 0;
  const auto path = std::filesystem::temp_directory_path() /
                    ("concord-name-" + std::to_string(::getpid()) + "-" + std::to_string(++calls) + "." + direction +
                     ".tsv");
  std::ofstream(path) << source << "\t" << target << "\n";
  static const concord::Pipeline pipeline(concord::lang::default_settings());
  auto input = concord::read::read_tsv(path);
  pipeline.resolve_languages(input, {});
  std::string found;
  for (const auto& segment : pipeline.run(input).segments) {
    for (const auto& f : segment.findings) {
      if (f.check != "name") continue;
      found += (found.empty() ? "" : "; ") + std::string(concord::to_string(f.severity)) + " " +
               (f.source ? f.source->text : "-") + "|" + (f.target ? f.target->text : "-") + ": " + f.message;
    }
  }
  std::filesystem::remove(path);
  return found;
}

}  // namespace

TEST_CASE("a name in another spelling or case is no finding") {
  CHECK(name_findings("Зустріч Зеленського з Віткоффом у Москві.", "Zelensky met Witkoff in Moscow.") == "");
  CHECK(name_findings("Zelensky met Witkoff in Moscow.", "Зеленський зустрівся з Віткоффом у Москві.",
                      "en-uk") == "");
}

TEST_CASE("a swapped name is one error with both spans") {
  CHECK(name_findings("Лавров заявив про це.", "Peskov said so.") ==
        "error Лавров|Peskov: source has Лавров, translation has Peskov");
}

TEST_CASE("a near miss into Latin script names the expected spelling") {
  CHECK(name_findings("Пєсков відмовився.", "Pestov declined.") ==
        "error Пєсков|Pestov: translation has Pestov for Пєсков: expected Peskov");
}

TEST_CASE("into another script a name spelt by ear is the same name") {
  CHECK(name_findings("Caesar and Fellowes wrote it.", "Це написали Цезар і Феллоуз.", "en-uk") == "");
}

TEST_CASE("a dropped name is an error and a dropped unknown acronym a warning") {
  CHECK(name_findings("Вчора прибув Віткофф.", "He arrived yesterday.") ==
        "error Віткофф|-: source has Віткофф, translation has no such name (expected Witkoff)");
  CHECK(name_findings("Рішення ухвалив ВККС.", "The commission decided.") ==
        "warning ВККС|-: source has ВККС, translation has no such name (expected VKKS)");
}

TEST_CASE("a historical spelling is a warning naming the modern one") {
  CHECK(name_findings("Він прибув до Києва.", "He arrived in Kiev.") ==
        "warning -|Kiev: Kiev is a historical spelling; write Kyiv");
}
