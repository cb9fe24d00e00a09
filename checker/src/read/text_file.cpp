#include "concord/read/text_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <system_error>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::read {
namespace {

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

std::string normalise_line_ends(std::string bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else {
      out.push_back(bytes[i]);
    }
  }
  return out;
}

// Unicode white space counts: a file of no-break spaces or lone CRs has no text either.
bool is_blank(std::string_view utf8) {
  const std::u32string chars = text::to_u32(utf8);
  return std::all_of(chars.begin(), chars.end(), text::is_space);
}

}  // namespace

std::string read_text_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  // A symlink loop or a path through a file fails here with its own reason: "no such file" would mislead.
  if (ec && ec != std::errc::no_such_file_or_directory) throw InputError(name, 0, "cannot be read: " + ec.message());
  if (!std::filesystem::exists(status)) throw InputError(name, 0, "no such file");
  if (std::filesystem::is_directory(status)) throw InputError(name, 0, "is a directory, not a file");
  // Devices never end (/dev/zero) or block (a terminal); pipes stay allowed for `check <(command) b.txt`.
  if (std::filesystem::is_character_file(status) || std::filesystem::is_block_file(status) ||
      std::filesystem::is_socket(status)) {
    throw InputError(name, 0, "is a device or socket, not a text file");
  }

  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(name, 0, std::string("cannot be opened for reading: ") + std::strerror(errno));
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(name, 0, "read failed");
  return decode_text(std::move(bytes), name);
}

std::string decode_text(std::string bytes, const std::string& name) {
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    throw InputError(name, 1, "UTF-16 text (byte-order mark at byte 0); convert it to UTF-8");
  }
  // Byte offsets in messages count from the start of the file, the BOM included: that is what a hex viewer shows.
  const std::size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  bytes.erase(0, bom);
  if (auto nul = bytes.find('\0'); nul != std::string::npos) {
    throw InputError(name, line_of(bytes, nul), "NUL byte at byte " + std::to_string(bom + nul) + "; not a text file");
  }
  if (auto invalid = text::find_invalid_utf8(bytes)) {
    throw InputError(name, line_of(bytes, *invalid), "invalid UTF-8 at byte " + std::to_string(bom + *invalid));
  }
  if (is_blank(bytes)) throw InputError(name, 0, "empty file: no text to check");
  return normalise_line_ends(std::move(bytes));
}

std::vector<Paragraph> split_paragraphs(const std::string& text) {
  std::vector<Paragraph> paragraphs;
  std::size_t line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view raw(text.data() + start, end - start);
    const std::u32string chars = text::to_u32(raw);
    std::size_t first = 0;
    while (first < chars.size() && text::is_space(chars[first])) ++first;
    std::size_t last = chars.size();
    while (last > first && text::is_space(chars[last - 1])) --last;
    if (last > first) {
      paragraphs.push_back({text::to_utf8(std::u32string_view(chars).substr(first, last - first)), line, first + 1});
    }
    if (end == text.size()) break;
    start = end + 1;
    ++line;
  }
  return paragraphs;
}

}  // namespace concord::read
