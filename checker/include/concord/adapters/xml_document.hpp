#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pugi {
struct xml_node_struct;
}

namespace concord::adapters {

struct XmlSource;

// One element of a parsed XmlDocument; valid while the document lives. Names are compared without a namespace
// prefix ("xliff:source" is "source"), since TMX and XLIFF files differ in how they spell their namespaces.
class XmlElement {
 public:
  std::string_view name() const;  // the local name
  // An attribute by its name as written, e.g. "xml:lang" or "srcLang".
  std::optional<std::string> attribute(std::string_view name) const;
  std::optional<XmlElement> child(std::string_view local_name) const;
  std::vector<XmlElement> children(std::string_view local_name) const;
  // Every element with this local name below this one, in document order (matches are not searched inside).
  std::vector<XmlElement> descendants(std::string_view local_name) const;
  // The character data inside the element, inline elements included but the content of `code_elements` (tags
  // of the original format, e.g. TMX <ph>) left out. Offsets into this text are what findings count.
  std::string text(const std::vector<std::string_view>& code_elements) const;
  // Where the element's start tag begins: 1-based line and 1-based code-point column.
  std::size_t line() const;
  std::size_t column() const;

 private:
  friend class XmlDocument;
  XmlElement(pugi::xml_node_struct* node, const XmlSource* source) : node_(node), source_(source) {}
  pugi::xml_node_struct* node_;
  const XmlSource* source_;
};

// A UTF-8 XML document parsed with pugixml, keeping where each element sits in the file.
class XmlDocument {
 public:
  // Throws InputError naming `path`, the line and pugixml's reason when the text is not well-formed XML, and
  // for a character reference to a code point that is not a character (&#xD800;): every text it yields is UTF-8.
  // Only XML's five entities and character references are expanded: declared entities stay as written, and no
  // DTD or external entity is ever read.
  XmlDocument(const std::string& path, std::string text);
  ~XmlDocument();
  XmlDocument(const XmlDocument&) = delete;
  XmlDocument& operator=(const XmlDocument&) = delete;

  XmlElement root() const;
  // The root element when it is <name>; else throws InputError "not a KIND file: the root element is <x>, not
  // <name>", so that each format reader rejects another kind of XML with the same message.
  XmlElement root(std::string_view name, std::string_view kind) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::adapters
