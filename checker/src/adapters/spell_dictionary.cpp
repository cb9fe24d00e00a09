#include "concord/adapters/spell_dictionary.hpp"

#include <hunspell/hunspell.hxx>
#include <sys/mman.h>
#include <unistd.h>

#include <fstream>
#include <algorithm>
#include <mutex>
#include <optional>

#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::adapters {
namespace {

// Hunspell reports nothing when a file is missing or unreadable: it just knows no words. Check first.
void require_readable(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || in.peek() == std::ifstream::traits_type::eof()) {
    throw Error("Hunspell dictionary file " + path.string() +
                " is missing or unreadable (set --hunspell-dir or CONCORD_HUNSPELL_DIR)");
  }
}

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::string contents(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  in.read(contents.data(), static_cast<std::streamsize>(contents.size()));
  contents.resize(static_cast<std::size_t>(in.gcount()));
  return contents;
}

// An .aff whose IGNORE line is taken out, with the characters that line listed.
struct AffixWithoutIgnore {
  std::string affix;
  std::vector<std::string> ignored;  // UTF-8, one character each
};

// Hunspell's IGNORE (uk_UA ignores the stress mark U+0301) makes it re-encode every dictionary line while
// loading: most of the 0.4 s the Ukrainian dictionary takes. When neither file holds an ignored character that
// work changes no entry, and dropping the line only leaves the input words to clean, which knows() and stems()
// do as Hunspell would. Returns nothing when the shortcut does not apply.
std::optional<AffixWithoutIgnore> without_ignore(const std::filesystem::path& aff, const std::filesystem::path& dic) {
  AffixWithoutIgnore result;
  const std::string affix = read_all(aff);
  std::size_t line_start = 0;
  std::optional<std::pair<std::size_t, std::size_t>> ignore_line;
  while (line_start < affix.size()) {
    std::size_t line_end = affix.find('\n', line_start);
    if (line_end == std::string::npos) line_end = affix.size();
    const std::string_view line(affix.data() + line_start, line_end - line_start);
    if (line.starts_with("IGNORE") && line.size() > 6 && (line[6] == ' ' || line[6] == '\t')) {
      if (ignore_line) return std::nullopt;  // more than one: leave it to Hunspell
      ignore_line = {line_start, line_end};
      std::string_view characters = line.substr(7);
      characters = characters.substr(0, characters.find_first_of(" \t\r"));
      characters.remove_prefix(std::min(characters.find_first_not_of(" \t"), characters.size()));
      if (text::find_invalid_utf8(characters)) return std::nullopt;
      for (char32_t c : text::to_u32(characters)) result.ignored.push_back(text::to_utf8(c));
    }
    line_start = line_end + 1;
  }
  if (!ignore_line || result.ignored.empty()) return std::nullopt;
  result.affix = affix.substr(0, ignore_line->first) + affix.substr(std::min(ignore_line->second + 1, affix.size()));
  const std::string words = read_all(dic);
  for (const auto& c : result.ignored) {
    if (result.affix.find(c) != std::string::npos || words.find(c) != std::string::npos) return std::nullopt;
  }
  return result;
}

// An in-memory file Hunspell can open by path; closed when destroyed.
class MemoryFile {
 public:
  explicit MemoryFile(const std::string& contents) : fd_(memfd_create("concord-aff", MFD_CLOEXEC)) {
    std::size_t written = 0;
    while (fd_ >= 0 && written < contents.size()) {
      const ssize_t n = write(fd_, contents.data() + written, contents.size() - written);
      if (n <= 0) {
        close(fd_);
        fd_ = -1;
      } else {
        written += static_cast<std::size_t>(n);
      }
    }
  }
  ~MemoryFile() {
    if (fd_ >= 0) close(fd_);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

// Hunspell keeps a process-wide UTF-8 table with an unlocked reference count, taken by every dictionary it
// builds and released by every one it destroys: two dictionaries built or destroyed at once (the source's and
// the target's, built on two threads) race on it and leak or free it early. Building and destroying go one at
// a time; look-ups do not touch it.
std::mutex& hunspell_lifetime_mutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

SpellDictionary::SpellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic) {
  require_readable(aff);
  require_readable(dic);
  std::lock_guard lock(hunspell_lifetime_mutex());
  if (auto shortcut = without_ignore(aff, dic)) {
    const MemoryFile affix(shortcut->affix);
    if (affix.ok()) {
      hunspell_ = std::make_unique<Hunspell>(affix.path().c_str(), dic.c_str());
      ignored_ = std::move(shortcut->ignored);
    }
  }
  if (!hunspell_) hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  if (std::string(hunspell_->get_dict_encoding()) != "UTF-8") {
    throw Error("Hunspell dictionary " + dic.string() + " is not UTF-8 (it is " +
                hunspell_->get_dict_encoding() + ")");
  }
}

SpellDictionary::~SpellDictionary() {
  std::lock_guard lock(hunspell_lifetime_mutex());
  hunspell_.reset();
}

std::string SpellDictionary::cleaned(std::string_view word) const {
  std::string result(word);
  for (const auto& c : ignored_) {
    for (auto at = result.find(c); at != std::string::npos; at = result.find(c, at)) result.erase(at, c.size());
  }
  return result;
}

bool SpellDictionary::knows(std::string_view word) const {
  const std::string clean = cleaned(word);
  std::lock_guard lock(mutex_);
  return hunspell_->spell(clean);
}

std::vector<std::string> SpellDictionary::stems(std::string_view word) const {
  const std::string clean = cleaned(word);
  std::lock_guard lock(mutex_);
  return hunspell_->stem(clean);
}

}  // namespace concord::adapters
