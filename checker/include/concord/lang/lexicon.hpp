#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace concord::lang {

// Which words of a language mean what words of another mean, for the aligner's evidence that two sentences
// translate each other: dictionaries/<code>/lexicon.tsv maps word forms to meanings named by English words
// (`війн*` -> `war`; `світ*` -> `world, light`). A form ending in `*` is a prefix, which covers a paradigm
// (`війна`, `війни`, `війною`). A meaning is the hash of its name, so the lexicons of any two languages meet
// without being loaded together.
class Lexicon {
 public:
  using Meaning = std::uint64_t;

  // The meanings of a word in any case and with any apostrophe: those of its exact form, else of its longest
  // listed prefix; none when the lexicon does not know it.
  std::span<const Meaning> meanings_of(std::u32string_view word) const;
  bool empty() const { return forms_.empty() && prefixes_.empty(); }

 private:
  friend Lexicon load_lexicon(const std::filesystem::path& file);
  // Looked up by views of the word's prefixes, without copying them.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view s) const { return std::hash<std::u32string_view>{}(s); }
  };
  using Forms = std::unordered_map<std::u32string, std::vector<Meaning>, Hash, std::equal_to<>>;
  Forms forms_;
  Forms prefixes_;
  std::size_t longest_prefix_ = 0;
};

// The lexicon in `file`; a missing file is an empty lexicon. Throws InputError naming the file and line of a
// malformed entry.
Lexicon load_lexicon(const std::filesystem::path& file);

}  // namespace concord::lang
