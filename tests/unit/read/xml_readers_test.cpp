#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "concord/adapters/xml_document.hpp"
#include "concord/core/error.hpp"
#include "concord/read/tmx.hpp"
#include "concord/read/xliff.hpp"

namespace {

std::filesystem::path write_xml(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("concord-xml-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

template <typename Read>
std::string input_error(Read read, const std::filesystem::path& path) {
  try {
    read(path);
  } catch (const concord::InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("xml elements know their line and code-point column and text skips code elements") {
  const concord::adapters::XmlDocument xml("t.xml", "<a>\n  <b>й <c>x</c>y<d>skip</d>z</b><b/>\n</a>");
  const auto bs = xml.root().children("b");
  REQUIRE(bs.size() == 2);
  CHECK(bs[0].line() == 2);
  CHECK(bs[0].column() == 3);
  CHECK(bs[1].column() == 33);
  CHECK(bs[0].text({"d"}) == "й xyz");
  CHECK(xml.root().descendants("c").size() == 1);
}

TEST_CASE("malformed xml is an input error with its line") {
  const auto path = write_xml("broken.tmx", "<tmx>\n<body>\n<tu></body>\n</tmx>\n");
  CHECK(input_error(concord::read::read_tmx, path).starts_with(path.string() + ":3: malformed XML"));
}

TEST_CASE(
    "tmx units keep hi text and drop bpt ept ph content and an untranslated tu stays and tags ignore case") {
  const auto path =
      write_xml("units.tmx",
                "<tmx version=\"1.4\"><header srclang=\"*all*\"/><body>\n"
                "<tu><tuv xml:lang=\"uk-UA\"><seg>Ціна <bpt i=\"1\">&lt;b&gt;</bpt>15%<ept i=\"1\">"
                "&lt;/b&gt;</ept> <hi>зросла</hi><ph>&lt;br/&gt;</ph>.</seg></tuv>\n"
                "<tuv xml:lang=\"EN-us\"><seg>The price rose <ph>{1}</ph>15%.</seg></tuv></tu>\n"
                "<tu><tuv xml:lang=\"uk-UA\"><seg>Друге.</seg></tuv></tu></body></tmx>\n");
  const auto input = concord::read::read_tmx(path);
  CHECK(input.source.lang == "uk-ua");
  CHECK(input.target.lang == "en-us");
  REQUIRE(input.units->size() == 2);
  const auto& first = (*input.units)[0];
  CHECK(first.index == 1);
  CHECK(first.source.text == "Ціна 15% зросла.");
  CHECK(first.target.text == "The price rose 15%.");
  CHECK(first.source.line == 2);
  CHECK((*input.units)[1].source.text == "Друге.");
  CHECK((*input.units)[1].target.text.empty());
}

TEST_CASE("xliff 2 reads every segment of a unit and xliff 1.2 finds units inside groups") {
  const auto v2 =
      write_xml("two.xlf",
                "<xliff version=\"2.0\" srcLang=\"uk\" trgLang=\"en\"><file id=\"f\"><unit id=\"u\">"
                "<segment><source>Один.</source><target>One.</target></segment>"
                "<segment><source>Два <ph id=\"1\"/>2.</source><target>Two <pc id=\"2\">2</pc>."
                "</target></segment></unit></file></xliff>");
  const auto two = concord::read::read_xliff(v2);
  REQUIRE(two.units->size() == 2);
  CHECK((*two.units)[1].index == 2);
  CHECK((*two.units)[1].source.text == "Два 2.");
  CHECK((*two.units)[1].target.text == "Two 2.");

  const auto v12 =
      write_xml("one.xlf",
                "<xliff version=\"1.2\"><file source-language=\"uk\" target-language=\"en\"><body>"
                "<group><trans-unit id=\"a\"><source>Три\n   рядки</source><target/></trans-unit>"
                "</group></body></file></xliff>");
  const auto one = concord::read::read_xliff(v12);
  REQUIRE(one.units->size() == 1);
  CHECK((*one.units)[0].source.text == "Три рядки");
  CHECK((*one.units)[0].target.text.empty());
}

TEST_CASE("xliff without languages or of another version is an input error") {
  const auto unversioned = write_xml("v3.xlf", "<xliff version=\"3.0\"/>");
  CHECK(input_error(concord::read::read_xliff, unversioned).find("XLIFF version '3.0' is not read") !=
        std::string::npos);
  const auto no_lang = write_xml("nolang.xlf", "<xliff version=\"1.2\">\n<file><body/></file></xliff>");
  CHECK(input_error(concord::read::read_xliff, no_lang) ==
        no_lang.string() + ":2: <file> without source-language and target-language");
  const auto not_tmx = write_xml("nottmx.tmx", "<xliff version=\"1.2\"/>");
  CHECK(input_error(concord::read::read_tmx, not_tmx).find("not a TMX file") != std::string::npos);
}

TEST_CASE("a tmx tuv without xml:lang is an input error at its line") {
  const auto text = std::string(
      "<tmx version=\"1.4\"><header srclang=\"uk\"/><body>\n"
      "<tu><tuv xml:lang=\"uk\"><seg>Один.</seg></tuv><tuv xml:lang=\"en\"><seg>One.</seg></tuv></tu>\n"
      "<tu><tuv xml:lang=\"uk\"><seg>Два.</seg></tuv>\n<tuv><seg>Two.</seg></tuv></tu></body></tmx>\n");
  std::string message = "no error";
  try {
    concord::read::parse_tmx(text, "memory.tmx");
  } catch (const concord::InputError& e) {
    message = e.what();
  }
  CHECK(message == "memory.tmx:4: <tuv> without xml:lang");
}

TEST_CASE("xml nested far deeper than the stack allows is read without recursion") {
  constexpr int kDepth = 1'000'000;
  std::string nested;
  for (int i = 0; i < kDepth; ++i) nested += "<g>";
  nested += "90%";
  for (int i = 0; i < kDepth; ++i) nested += "</g>";
  const auto input = concord::read::parse_xliff(
      "<xliff version=\"2.0\" srcLang=\"uk\" trgLang=\"en\"><file><unit><segment><source>" + nested +
          "</source><target>80%</target></segment></unit></file></xliff>",
      "deep.xlf");
  REQUIRE(input.units->size() == 1);
  CHECK((*input.units)[0].source.text == "90%");
  CHECK((*input.units)[0].target.text == "80%");
}

TEST_CASE("a character reference to a surrogate or past unicode is malformed xml at its line") {
  for (const std::string reference : {"&#xD800;", "&#x110000;"}) {
    CAPTURE(reference);
    std::string message = "no error";
    try {
      concord::adapters::XmlDocument("refs.xml", "<a>\n<b>x" + reference + "</b></a>");
    } catch (const concord::InputError& e) {
      message = e.what();
    }
    CHECK(message == "refs.xml:2: malformed XML: a character reference to a code point that is not a character");
    try {
      concord::adapters::XmlDocument("refs.xml", "<a>\n<b lang=\"" + reference + "\"/></a>");
      message = "no error";
    } catch (const concord::InputError& e) {
      message = e.what();
    }
    CHECK(message == "refs.xml:2: malformed XML: a character reference to a code point that is not a character");
  }
}
