#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "concord/core/error.hpp"
#include "concord/read/plain_pair.hpp"
#include "concord/read/text_file.hpp"
#include "concord/read/tsv.hpp"
#include "support.hpp"

namespace {

using concord::testing::write_temp_file;

std::string input_error(const std::filesystem::path& path) {
  try {
    concord::read::read_text_file(path);
  } catch (const concord::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("invalid UTF-8 names the line and the byte offset") {
  const auto path = write_temp_file("bad.txt", "first line\nsecond \xC3\x28 line\n");
  CHECK(input_error(path) == path.string() + ":2: invalid UTF-8 at byte 18");
}

TEST_CASE("missing files and directories and empty files and NUL bytes and UTF-16 are input errors") {
  CHECK(input_error("/nonexistent/concord.txt") == "/nonexistent/concord.txt: no such file");
  const auto dir = std::filesystem::temp_directory_path();
  CHECK(input_error(dir) == dir.string() + ": is a directory, not a file");
  const auto empty = write_temp_file("empty.txt", " \n\n \t\n");
  CHECK(input_error(empty) == empty.string() + ": empty file: no text to check");
  const auto nul = write_temp_file("nul.txt", std::string("text\nwith\0nul", 13));
  CHECK(input_error(nul).find(":2: NUL byte at byte 9") != std::string::npos);
  const auto utf16 = write_temp_file("utf16.txt", std::string("\xFF\xFEh\0i\0", 6));
  CHECK(input_error(utf16).find("UTF-16") != std::string::npos);
}

TEST_CASE("a BOM is dropped and CRLF or lone CR end lines") {
  const auto path = write_temp_file("crlf.txt", "\xEF\xBB\xBFOne.\r\nTwo.\rThree.\n");
  const auto paragraphs = concord::read::split_paragraphs(concord::read::read_text_file(path));
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].text == "One.");
  CHECK(paragraphs[2].text == "Three.");
  CHECK(paragraphs[2].line == 3);
}

TEST_CASE("paragraphs keep their line and first column and blank lines are skipped") {
  const auto paragraphs = concord::read::split_paragraphs("  Перший абзац.\n\n\u00A0Другий.  \n");
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0].text == "Перший абзац.");
  CHECK(paragraphs[0].column == 3);
  CHECK(paragraphs[1].line == 3);
  CHECK(paragraphs[1].column == 2);
}

TEST_CASE("TSV rows are pre-aligned units indexed by line and a row without a TAB is an error with its line") {
  const auto good = write_temp_file("good.tsv", "Один\tOne\n\nДва\tTwo\twith a tab\n");
  const auto input = concord::read::read_tsv(good);
  REQUIRE(input.units);
  REQUIRE(input.units->size() == 2);
  CHECK((*input.units)[1].index == 3);
  CHECK((*input.units)[1].target.text == "Two\twith a tab");
  CHECK((*input.units)[1].target.column == 5);

  const auto bad = write_temp_file("bad.tsv", "Один\tOne\nДва Two\n");
  CHECK_THROWS_WITH_AS(concord::read::read_tsv(bad), (bad.string() + ":2: no TAB between source and target").c_str(),
                       concord::InputError);
}

TEST_CASE("text of Unicode spaces or lone CRs only is empty and offsets after a BOM count the BOM") {
  auto decode_error = [](const std::string& bytes) {
    try {
      concord::read::decode_text(bytes, "mem.txt");
    } catch (const concord::InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(decode_error("\r\r\n\u00A0\u2003\n") == "mem.txt: empty file: no text to check");
  CHECK(decode_error("\xEF\xBB\xBFok \x80") == "mem.txt:1: invalid UTF-8 at byte 6");
  CHECK(decode_error(std::string("\xEF\xBB\xBFok\nno\0", 9)) == "mem.txt:2: NUL byte at byte 8; not a text file");
}

TEST_CASE("TSV parsed from memory names the given file") {
  const auto input = concord::read::parse_tsv("Один\tOne\n", "pasted.tsv");
  CHECK(input.source.path == "pasted.tsv");
  REQUIRE(input.units->size() == 1);
  CHECK((*input.units)[0].target.text == "One");
  CHECK_THROWS_WITH_AS(concord::read::parse_tsv("\nno tab\n", "pasted.tsv"), "pasted.tsv:2: no TAB between source and target",
                       concord::InputError);
}
