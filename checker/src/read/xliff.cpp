#include "concord/read/xliff.hpp"

#include "concord/adapters/xml_document.hpp"
#include "concord/core/error.hpp"
#include "concord/read/text_file.hpp"
#include "xml_units.hpp"

namespace concord::read {
namespace {

const std::vector<std::string_view> kCodeElements12 = {"x", "bx", "ex", "ph", "bpt", "ept", "it"};
const std::vector<std::string_view> kCodeElements20 = {"ph", "sc", "ec", "sm", "em", "cp"};

UnitPair unit_pair(std::size_t index, const adapters::XmlElement& holder,
                   const std::vector<std::string_view>& code_elements) {
  UnitPair pair;
  pair.index = index;
  pair.source.line = pair.target.line = holder.line();
  if (const auto source = holder.child("source")) pair.source = unit_side(*source, code_elements);
  if (const auto target = holder.child("target")) pair.target = unit_side(*target, code_elements);
  pair.source.paragraph = pair.target.paragraph = index - 1;
  return pair;
}

void read_version_12(const adapters::XmlElement& root, DocumentInput& input) {
  auto& pairs = input.units.emplace();
  for (const auto& file : root.children("file")) {
    const auto source = file.attribute("source-language").value_or("");
    const auto target = file.attribute("target-language").value_or("");
    if (source.empty() || target.empty()) {
      throw InputError(input.source.path, file.line(), "<file> without source-language and target-language");
    }
    if (input.source.lang.empty()) {
      input.source.lang = source;
      input.target.lang = target;
    } else if (source != input.source.lang || target != input.target.lang) {
      throw InputError(input.source.path, file.line(),
                       "<file> in " + source + " -> " + target + " after " + input.source.lang + " -> " +
                           input.target.lang + "; Concord checks one language pair per file");
    }
    for (const auto& unit : file.descendants("trans-unit")) {
      pairs.push_back(unit_pair(pairs.size() + 1, unit, kCodeElements12));
    }
  }
  if (input.source.lang.empty()) throw InputError(input.source.path, root.line(), "XLIFF without a <file>");
}

void read_version_2(const adapters::XmlElement& root, DocumentInput& input) {
  input.source.lang = root.attribute("srcLang").value_or("");
  input.target.lang = root.attribute("trgLang").value_or("");
  if (input.source.lang.empty() || input.target.lang.empty()) {
    throw InputError(input.source.path, root.line(), "<xliff> without srcLang and trgLang");
  }
  auto& pairs = input.units.emplace();
  for (const auto& unit : root.descendants("unit")) {
    for (const auto& segment : unit.children("segment")) {
      pairs.push_back(unit_pair(pairs.size() + 1, segment, kCodeElements20));
    }
  }
}

}  // namespace

DocumentInput read_xliff(const std::filesystem::path& path) {
  return parse_xliff(read_text_file(path), path.string());
}

DocumentInput parse_xliff(std::string content, const std::string& name) {
  DocumentInput input;
  input.source.path = input.target.path = name;
  const adapters::XmlDocument xml(name, std::move(content));
  const auto root = xml.root("xliff", "an XLIFF");
  const std::string version = root.attribute("version").value_or("");
  if (version == "1.2") {
    read_version_12(root, input);
  } else if (version.starts_with("2.")) {
    read_version_2(root, input);
  } else {
    throw InputError(input.source.path, root.line(),
                     "XLIFF version '" + version + "' is not read; Concord reads 1.2 and 2.x");
  }
  return input;
}

}  // namespace concord::read
