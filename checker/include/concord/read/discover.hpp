#pragma once
#include <cstdint>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "concord/config/config.hpp"
#include "concord/read/document_input.hpp"

namespace concord::read {

enum class DocumentKind : std::uint8_t { plain_pair, tsv, tmx, xliff, unusable };

// One document of a corpus, found but not yet read: reading happens when it is checked, so a scan holds
// paths, not texts.
struct DocumentJob {
  DocumentKind kind = DocumentKind::unusable;
  std::filesystem::path source;  // the one file of a TSV, TMX or XLIFF document
  std::filesystem::path target;  // a plain pair's translation; otherwise equal to source
  std::string source_lang;       // from the file name or the folder, as written; empty when it does not say
  std::string target_lang;
  std::string problem;  // why an unusable document cannot be checked
};

// The documents of a corpus, sorted by source path, then target path. A scan holds this list for its whole
// run, so it is compact: every path is stored once in one buffer (an original shared by its translations
// once), and a document costs a few dozen bytes besides; jobs are built one at a time when asked for.
class Corpus {
 public:
  std::size_t size() const { return entries_.size(); }
  DocumentJob operator[](std::size_t index) const;

  // Files of a kind Concord does not read, sorted.
  const std::vector<std::filesystem::path>& ignored() const { return ignored_; }

  // Building a corpus: add documents in any order, then sort().
  void add(const DocumentJob& job);
  void add_ignored(std::filesystem::path path) { ignored_.push_back(std::move(path)); }
  void sort();

 private:
  friend class Discovery;
  using Text = std::uint32_t;  // where a NUL-terminated string starts in blocks_
  static constexpr Text kNone = UINT32_MAX;
  struct FilePath {        // a path kept as its folder (stored once for all its files) and its file name
    std::uint32_t folder;  // index into folders_
    Text file;
  };
  struct Entry {  // 24 bytes
    DocumentKind kind;
    std::uint8_t source_lang;  // index into codes_
    std::uint8_t target_lang;
    FilePath source;
    FilePath target;
    Text problem;  // kNone for a document that can be checked
  };

  Text store(std::string_view text);
  FilePath store_path(const std::filesystem::path& path);
  std::uint32_t folder_index(const std::string& folder);
  const char* data(Text text) const { return blocks_[text / kBlock].data() + text % kBlock; }
  std::string_view view(Text text) const { return text == kNone ? std::string_view() : data(text); }
  std::string_view folder(std::uint32_t index) const { return view(folders_[index]); }
  std::string path_string(FilePath path) const;
  std::uint8_t code_index(const std::string& code);
  Entry& add_entry(DocumentKind kind, FilePath source, FilePath target, const std::string& source_lang,
                   const std::string& target_lang);

  // The texts, in blocks that never move or grow past their size: a growing corpus never holds two copies of
  // its paths while a buffer is reallocated, and wastes at most the end of each block.
  static constexpr std::size_t kBlock = 64 * 1024;
  std::vector<std::string> blocks_;
  std::vector<Text> folders_;
  std::map<std::string, std::uint32_t, std::less<>> folder_indexes_;  // only while the corpus is built
  std::vector<std::string> codes_{""};  // the few distinct language codes; index 0 is none
  std::deque<Entry> entries_;           // a deque grows without copying itself
  std::vector<std::filesystem::path> ignored_;
};

// The kind a single file is read as, by its extension: .tsv, .tmx, .xlf/.xliff; nullopt for others.
std::optional<DocumentKind> bilingual_kind(const std::filesystem::path& path);

// Walks the folders (a file given instead of a folder is taken alone) and turns what it finds into documents.
// Rules, applied to files the config selects (hidden files and folders, and the config file, are skipped):
//  - NAME.CODE.txt, where CODE is 2-3 ASCII lower-case letters with an optional -REGION, is NAME in language
//    CODE; CODE/NAME.txt (a folder named like a code) is the same. NAME may hold dots: NAME.VARIANT.en.txt is
//    another translation of NAME.uk.txt when there is no NAME.VARIANT.uk.txt.
//  - The original's language is `source_lang` (flag or config) when given; otherwise, among the files of one
//    NAME, the language with the fewest files (one original, several translations), and on a tie the language
//    that was the original everywhere else in the corpus.
//  - Each translation is paired with its original. A .txt with no counterpart, no language code, or no way to
//    tell the original is an unusable document with the reason: it is reported, never dropped.
//  - .tsv (languages from NAME.SRC-TGT.tsv), .tmx, .xlf and .xliff are one document each.
//  - Any other file is listed in `ignored`. An unreadable folder is an unusable document.
// Throws Error when a root does not exist.
Corpus discover(const std::vector<std::filesystem::path>& roots, const config::Config& config,
                const std::optional<std::string>& source_lang);

// Reads the document's files; throws InputError for unreadable or malformed input and for unusable documents.
DocumentInput read_document(const DocumentJob& job);

}  // namespace concord::read
