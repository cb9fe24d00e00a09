#include "concord/adapters/xml_document.hpp"

#include <algorithm>
#include <pugixml.hpp>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::adapters {

// The parsed text, kept to turn pugixml's byte offsets into lines and columns.
struct XmlSource {
  std::string text;
  std::vector<std::size_t> line_starts;

  std::pair<std::size_t, std::size_t> position(std::ptrdiff_t offset) const {
    if (offset < 0) return {0, 0};
    const auto at = static_cast<std::size_t>(offset);
    const auto next = std::upper_bound(line_starts.begin(), line_starts.end(), at);
    const std::size_t line_start = *(next - 1);
    const std::size_t column = 1 + text::code_point_count(std::string_view(text).substr(
                                       line_start, std::min(at, text.size()) - line_start));
    return {static_cast<std::size_t>(next - line_starts.begin()), column};
  }
};

namespace {

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Visits the nodes below `top` in document order, descending into a node only when `visit` returns true. A loop,
// not recursion: a hostile file nests elements hundreds of thousands deep, which would overflow the stack.
template <typename Visit>
void walk_below(const pugi::xml_node& top, Visit visit) {
  auto node = top.first_child();
  while (node) {
    if (visit(node) && node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (!node.next_sibling()) {
      node = node.parent();
      if (node == top) return;
    }
    node = node.next_sibling();
  }
}

void collect(const pugi::xml_node& top, std::string_view name, std::vector<pugi::xml_node>& found) {
  walk_below(top, [&](const pugi::xml_node& node) {
    if (node.type() != pugi::node_element) return false;
    if (local_name(node) != name) return true;
    found.push_back(node);
    return false;
  });
}

void append_text(const pugi::xml_node& top, const std::vector<std::string_view>& code_elements, std::string& out) {
  walk_below(top, [&](const pugi::xml_node& node) {
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      out += node.value();
      return false;
    }
    return node.type() == pugi::node_element &&
           std::find(code_elements.begin(), code_elements.end(), local_name(node)) == code_elements.end();
  });
}

}  // namespace

struct XmlDocument::Impl {
  std::string path;
  XmlSource source;
  pugi::xml_document document;
};

XmlDocument::XmlDocument(const std::string& path, std::string text) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->source.text = std::move(text);
  auto& source = impl_->source;
  source.line_starts.push_back(0);
  for (std::size_t i = 0; i < source.text.size(); ++i) {
    if (source.text[i] == '\n') source.line_starts.push_back(i + 1);
  }
  // Whitespace-only text between inline tags (`<g>a</g> <g>b</g>`) is part of the segment, so it is kept.
  const auto result =
      impl_->document.load_buffer(source.text.data(), source.text.size(),
                                  pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    const auto [line, column] = source.position(result.offset);
    throw InputError(
        path, line,
        std::string("malformed XML at column ") + std::to_string(column) + ": " + result.description());
  }
  if (!impl_->document.document_element()) throw InputError(path, 0, "XML without a root element");
  // pugixml decodes a character reference such as &#xD800; or &#x110000; into bytes that are not UTF-8 (XML
  // forbids both); everything past the readers holds valid UTF-8, so such a file is not well-formed.
  walk_below(impl_->document, [&](const pugi::xml_node& node) {
    bool valid = !text::find_invalid_utf8(node.value());
    for (const auto& attribute : node.attributes()) valid = valid && !text::find_invalid_utf8(attribute.value());
    if (!valid) {
      const auto offset = node.offset_debug() - (node.type() == pugi::node_element ? 1 : 0);
      throw InputError(path, source.position(offset).first,
                       "malformed XML: a character reference to a code point that is not a character");
    }
    return node.type() == pugi::node_element;
  });
}

XmlDocument::~XmlDocument() = default;

XmlElement XmlDocument::root() const {
  return XmlElement(impl_->document.document_element().internal_object(), &impl_->source);
}

XmlElement XmlDocument::root(std::string_view name, std::string_view kind) const {
  const XmlElement element = root();
  if (element.name() != name) {
    throw InputError(impl_->path, element.line(),
                     "not " + std::string(kind) + " file: the root element is <" + std::string(element.name()) +
                         ">, not <" + std::string(name) + ">");
  }
  return element;
}

std::string_view XmlElement::name() const { return local_name(pugi::xml_node(node_)); }

std::optional<std::string> XmlElement::attribute(std::string_view name) const {
  const auto attribute = pugi::xml_node(node_).attribute(std::string(name).c_str());
  if (!attribute) return std::nullopt;
  return std::string(attribute.value());
}

std::optional<XmlElement> XmlElement::child(std::string_view local) const {
  for (auto child = pugi::xml_node(node_).first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && local_name(child) == local) {
      return XmlElement(child.internal_object(), source_);
    }
  }
  return std::nullopt;
}

std::vector<XmlElement> XmlElement::children(std::string_view local) const {
  std::vector<XmlElement> found;
  for (auto child = pugi::xml_node(node_).first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && local_name(child) == local) {
      found.push_back(XmlElement(child.internal_object(), source_));
    }
  }
  return found;
}

std::vector<XmlElement> XmlElement::descendants(std::string_view local) const {
  std::vector<pugi::xml_node> nodes;
  collect(pugi::xml_node(node_), local, nodes);
  std::vector<XmlElement> found;
  for (const auto& node : nodes) found.push_back(XmlElement(node.internal_object(), source_));
  return found;
}

std::string XmlElement::text(const std::vector<std::string_view>& code_elements) const {
  std::string out;
  append_text(pugi::xml_node(node_), code_elements, out);
  return out;
}

// pugixml's offset of an element is that of its name, one byte after the '<'.
std::size_t XmlElement::line() const {
  return source_->position(pugi::xml_node(node_).offset_debug() - 1).first;
}

std::size_t XmlElement::column() const {
  return source_->position(pugi::xml_node(node_).offset_debug() - 1).second;
}

}  // namespace concord::adapters
