#include "concord/read/tmx.hpp"

#include <cctype>

#include "concord/adapters/xml_document.hpp"
#include "concord/core/error.hpp"
#include "concord/read/text_file.hpp"
#include "xml_units.hpp"

namespace concord::read {
namespace {

const std::vector<std::string_view> kCodeElements = {"bpt", "ept", "ph", "it", "ut"};

// Language tags are case-insensitive (RFC 4646, which TMX cites): "EN-us" in a <tuv> is the header's "en-US".
std::string lowered(std::string tag) {
  for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return tag;
}

// A <tuv> without a language cannot be told source from translation: guessing would check the wrong pair.
std::string tuv_lang(const adapters::XmlElement& tuv, const std::string& path) {
  // TMX 1.4 says xml:lang; 1.1 files still say lang.
  auto lang = tuv.attribute("xml:lang");
  if (!lang) lang = tuv.attribute("lang");
  if (!lang || lang->empty()) throw InputError(path, tuv.line(), "<tuv> without xml:lang");
  return lowered(*lang);
}

}  // namespace

DocumentInput read_tmx(const std::filesystem::path& path) { return parse_tmx(read_text_file(path), path.string()); }

DocumentInput parse_tmx(std::string content, const std::string& name) {
  DocumentInput input;
  input.source.path = input.target.path = name;
  const adapters::XmlDocument xml(name, std::move(content));
  const auto root = xml.root("tmx", "a TMX");
  const auto body = root.child("body");
  if (!body) throw InputError(input.source.path, root.line(), "TMX without a <body>");
  const auto units = body->children("tu");

  std::string source =
      lowered(root.child("header") ? root.child("header")->attribute("srclang").value_or("") : "");
  if (source.empty() || source == "*all*") {
    for (const auto& tu : units) {
      if (const auto tuv = tu.child("tuv")) {
        source = tuv_lang(*tuv, name);
        break;
      }
    }
  }
  std::string target;
  for (const auto& tu : units) {
    for (const auto& tuv : tu.children("tuv")) {
      if (const auto lang = tuv_lang(tuv, name); lang != source) target = lang;
      if (!target.empty()) break;
    }
    if (!target.empty()) break;
  }
  if (source.empty()) throw InputError(input.source.path, root.line(), "TMX names no source language");
  input.source.lang = source;
  input.target.lang = target;

  auto& pairs = input.units.emplace();
  for (const auto& tu : units) {
    UnitPair pair;
    pair.index = pairs.size() + 1;
    pair.source.line = pair.target.line = tu.line();
    for (const auto& tuv : tu.children("tuv")) {
      const auto seg = tuv.child("seg");
      if (!seg) continue;
      const std::string lang = tuv_lang(tuv, name);
      if (lang == source) pair.source = unit_side(*seg, kCodeElements);
      if (lang == target) pair.target = unit_side(*seg, kCodeElements);
    }
    pair.source.paragraph = pair.target.paragraph = pairs.size();
    pairs.push_back(std::move(pair));
  }
  if (target.empty() && !pairs.empty()) {
    throw InputError(input.source.path, root.line(),
                     "TMX has no translation: every <tu> is in '" + source + "' only");
  }
  return input;
}

}  // namespace concord::read
