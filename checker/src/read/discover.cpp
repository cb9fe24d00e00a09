#include "concord/read/discover.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <set>

#include "concord/core/error.hpp"
#include "concord/read/plain_pair.hpp"
#include "concord/read/tmx.hpp"
#include "concord/read/tsv.hpp"
#include "concord/read/xliff.hpp"

namespace concord::read {
namespace {

namespace fs = std::filesystem;

constexpr const char* kConfigName = "concord.toml";

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The shape of a language code in a file or folder name: "uk", "en", "pt-BR". Deliberately by shape, not by
// the profiles we have: a file in a language Concord does not know must be reported as such, not ignored.
bool looks_like_code(std::string_view part) {
  const auto dash = part.find('-');
  const std::string_view primary = part.substr(0, dash);
  if (primary.size() < 2 || primary.size() > 3) return false;
  if (!std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  if (dash == std::string_view::npos) return true;
  const std::string_view region = part.substr(dash + 1);
  return region.size() >= 2 && region.size() <= 8 && std::all_of(region.begin(), region.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c));
         });
}

// A path or name kept in two parts, compared as the one string folder + "/" + file (or file alone).
struct Joined {
  std::string_view folder;
  std::string_view file;

  std::size_t size() const { return folder.empty() ? file.size() : folder.size() + 1 + file.size(); }
  char operator[](std::size_t i) const {
    if (folder.empty()) return file[i];
    if (i < folder.size()) return folder[i];
    return i == folder.size() ? '/' : file[i - folder.size() - 1];
  }
  std::string str() const {
    return folder.empty() ? std::string(file) : std::string(folder) + "/" + std::string(file);
  }
};

int compare(const Joined& a, const Joined& b) {
  if (a.folder == b.folder) return a.file.compare(b.file);
  const std::size_t common = std::min(a.size(), b.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (a[i] != b[i]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]) ? -1 : 1;
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

}  // namespace

// Finds the documents of the folders into a Corpus. Paths go straight into the corpus's buffer and articles
// refer to them there, so discovery holds little more than the corpus itself.
class Discovery {
 public:
  Discovery(const config::Config& config, const std::optional<std::string>& source_lang)
      : config_(config), source_lang_(source_lang) {}

  void walk(const fs::path& root) {
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (!fs::exists(status)) throw Error(root.string() + ": no such file or folder");
    if (fs::is_directory(status)) {
      walk_folder(root, root);
    } else {
      add_file(root, root.filename());
    }
  }

  Corpus finish() {
    pair_articles();
    corpus_.sort();
    std::sort(corpus_.ignored_.begin(), corpus_.ignored_.end());
    return std::move(corpus_);
  }

 private:
  using Text = Corpus::Text;

  // One plain-text article: NAME (folder + name, e.g. "corpus/energy-prices.flawed") and language.
  struct Article {
    Corpus::FilePath path;
    std::uint32_t name_folder;  // the path's folder, or its parent for the uk/NAME.txt layout
    std::uint32_t name_size;    // NAME's last part is this prefix of the file name
    std::uint32_t root_size;    // the family's NAME: the shortest dot-prefix of NAME that is itself a NAME
    std::uint8_t code;          // 0: the name carries none
  };

  Joined name(const Article& article) const {
    return {corpus_.folder(article.name_folder),
            corpus_.view(article.path.file).substr(0, article.name_size)};
  }
  Joined root(const Article& article) const {
    return {corpus_.folder(article.name_folder),
            corpus_.view(article.path.file).substr(0, article.root_size)};
  }
  const std::string& code(const Article& article) const { return corpus_.codes_[article.code]; }

  void unusable(const fs::path& path, const std::string& problem) {
    unusable(corpus_.store_path(path), problem);
  }

  void unusable(Corpus::FilePath path, const std::string& problem) {
    corpus_.add_entry(DocumentKind::unusable, path, path, "", "").problem = corpus_.store(problem);
  }

  // One folder at a time, so that a folder that cannot be read is reported and its siblings still walked.
  // Hidden files and folders (.git) are skipped; symbolic links to folders are not followed (no cycles), they
  // are listed as ignored.
  void walk_folder(const fs::path& root, const fs::path& folder) {
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) {
      unusable(folder, "folder cannot be read: " + ec.message());
      return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& path = it->path();
      if (path.filename().string().starts_with(".")) continue;
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        if (it->is_symlink(type_ec)) {
          corpus_.add_ignored(path);
        } else {
          walk_folder(root, path);
        }
        continue;
      }
      const fs::path relative = path.lexically_relative(root);
      if (relative != kConfigName) add_file(path, relative);
    }
    if (ec) unusable(folder, "folder could not be read to the end: " + ec.message());
  }

  void add_file(const fs::path& path, const fs::path& relative) {
    if (!config_.selects(relative.generic_string())) return;
    const std::string extension = lower(path.extension().string());
    if (extension == ".txt") {
      add_article(path);
    } else if (const auto kind = bilingual_kind(path)) {
      std::string source_lang, target_lang;
      if (*kind == DocumentKind::tsv) {
        const std::string stem = path.stem().string();
        const auto dot = stem.rfind('.');
        const std::string pair = dot == std::string::npos ? "" : stem.substr(dot + 1);
        // NAME.uk-en.tsv; a region subtag would make the pair ambiguous, so only plain codes are read here.
        if (const auto dash = pair.find('-'); dash != std::string::npos) {
          if (looks_like_code(pair.substr(0, dash)) && looks_like_code(pair.substr(dash + 1))) {
            source_lang = pair.substr(0, dash);
            target_lang = pair.substr(dash + 1);
          }
        }
      }
      const auto stored = corpus_.store_path(path);
      corpus_.add_entry(*kind, stored, stored, source_lang, target_lang);
    } else {
      corpus_.add_ignored(path);
    }
  }

  void add_article(const fs::path& path) {
    std::string code;
    std::string stem = path.stem().string();
    const auto dot = stem.rfind('.');
    if (dot != std::string::npos && looks_like_code(stem.substr(dot + 1))) {
      code = stem.substr(dot + 1);
      stem.erase(dot);
    }
    fs::path folder = path.parent_path();
    // uk/NAME.txt: the folder names the language, and the document lives beside that folder.
    if (code.empty() && looks_like_code(folder.filename().string())) {
      code = folder.filename().string();
      folder = folder.parent_path();
    }
    Article article;
    article.path = corpus_.store_path(path);
    article.name_folder = corpus_.folder_index(folder.string());
    article.name_size = article.root_size = static_cast<std::uint32_t>(stem.size());
    article.code = code.empty() ? 0 : corpus_.code_index(code);
    articles_.push_back(article);
  }

  void pair_articles() {
    for (const auto& article : articles_) {
      if (article.code == 0) {
        unusable(article.path,
                 "no language code in the name: call it NAME.CODE.txt (e.g. NAME.uk.txt) or put it "
                 "in a folder named by the code");
      }
    }
    std::erase_if(articles_, [](const Article& article) { return article.code == 0; });
    std::sort(articles_.begin(), articles_.end(),
              [this](const Article& a, const Article& b) { return compare(name(a), name(b)) < 0; });
    auto is_name = [this](const Joined& candidate) {
      const auto it =
          std::lower_bound(articles_.begin(), articles_.end(), candidate,
                           [this](const Article& a, const Joined& n) { return compare(name(a), n) < 0; });
      return it != articles_.end() && compare(name(*it), candidate) == 0;
    };
    for (auto& article : articles_) {
      const Joined full = name(article);
      for (auto dot = full.file.find('.'); dot != std::string_view::npos;
           dot = full.file.find('.', dot + 1)) {
        if (is_name({full.folder, full.file.substr(0, dot)})) {
          article.root_size = static_cast<std::uint32_t>(dot);
          break;
        }
      }
    }
    std::stable_sort(articles_.begin(), articles_.end(),
                     [this](const Article& a, const Article& b) { return compare(root(a), root(b)) < 0; });

    std::vector<std::pair<std::size_t, std::size_t>> families;  // [begin, end) of articles_ with one root
    for (std::size_t begin = 0; begin < articles_.size();) {
      std::size_t end = begin + 1;
      while (end < articles_.size() && compare(root(articles_[end]), root(articles_[begin])) == 0) ++end;
      families.emplace_back(begin, end);
      begin = end;
    }
    std::vector<std::uint8_t> originals(families.size(), 0);
    std::set<std::uint8_t> decided;
    for (std::size_t i = 0; i < families.size(); ++i) {
      originals[i] = source_lang_ ? corpus_.code_index(*source_lang_) : fewest_files_language(families[i]);
      if (originals[i]) decided.insert(originals[i]);
    }
    for (std::size_t i = 0; i < families.size(); ++i) {
      const auto [begin, end] = families[i];
      if (end - begin == 1) {
        unusable(articles_[begin].path, "no counterpart: no other file is named '" +
                                            std::string(root(articles_[begin]).file) + ".CODE.txt'");
        continue;
      }
      std::uint8_t original = originals[i];
      if (!original && decided.size() == 1) original = *decided.begin();
      if (!original) {
        for (std::size_t a = begin; a < end; ++a) {
          unusable(
              articles_[a].path,
              "cannot tell which file is the original; name its language with --from or [languages] source");
        }
        continue;
      }
      pair_family(begin, end, original);
    }
  }

  // The language with the fewest files in a family (one original, several translations), if one has fewest.
  std::uint8_t fewest_files_language(std::pair<std::size_t, std::size_t> family) const {
    std::map<std::uint8_t, int> files;
    for (std::size_t a = family.first; a < family.second; ++a) ++files[articles_[a].code];
    if (files.size() < 2) return 0;
    const auto fewest = std::min_element(files.begin(), files.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto ties = std::count_if(files.begin(), files.end(),
                                    [&](const auto& entry) { return entry.second == fewest->second; });
    return ties > 1 ? 0 : fewest->first;
  }

  void pair_family(std::size_t begin, std::size_t end, std::uint8_t original) {
    std::vector<bool> paired(end - begin, false);
    auto original_named = [&](const Joined& name) -> std::optional<std::size_t> {
      for (std::size_t a = begin; a < end; ++a) {
        if (articles_[a].code == original && compare(this->name(articles_[a]), name) == 0) return a;
      }
      return std::nullopt;
    };
    for (std::size_t a = begin; a < end; ++a) {
      const Article& article = articles_[a];
      if (article.code == original) continue;
      std::optional<std::size_t> source;
      // The original of NAME.VARIANT is NAME.VARIANT's own, else that of the nearest shorter NAME.
      for (Joined name = this->name(article); !source;) {
        source = original_named(name);
        const auto dot = name.file.rfind('.');
        if (dot == std::string_view::npos) break;
        name.file = name.file.substr(0, dot);
      }
      if (!source) {
        unusable(article.path, "no original in '" + corpus_.codes_[original] + "' for this translation");
        continue;
      }
      paired[*source - begin] = true;
      corpus_.add_entry(DocumentKind::plain_pair, articles_[*source].path, article.path,
                        code(articles_[*source]), code(article));
    }
    for (std::size_t a = begin; a < end; ++a) {
      if (articles_[a].code == original && !paired[a - begin]) {
        unusable(articles_[a].path, "no translation of this original");
      }
    }
  }

  const config::Config& config_;
  const std::optional<std::string>& source_lang_;
  std::deque<Article> articles_;
  Corpus corpus_;
};

Corpus::Text Corpus::store(std::string_view text) {
  if (text.size() >= kBlock)
    throw Error("a file name or message longer than 64 KiB: " + std::string(text.substr(0, 80)));
  if (blocks_.empty() || blocks_.back().size() + text.size() + 1 > kBlock) {
    if (blocks_.size() >= UINT32_MAX / kBlock) throw Error("corpus too large: over 4 GB of file names");
    blocks_.emplace_back().reserve(kBlock);
  }
  const auto stored = static_cast<Text>((blocks_.size() - 1) * kBlock + blocks_.back().size());
  blocks_.back().append(text);
  blocks_.back().push_back('\0');
  return stored;
}

std::uint8_t Corpus::code_index(const std::string& code) {
  const auto it = std::find(codes_.begin(), codes_.end(), code);
  if (it != codes_.end()) return static_cast<std::uint8_t>(it - codes_.begin());
  if (codes_.size() > UINT8_MAX) throw Error("corpus names more than 255 language codes");
  codes_.push_back(code);
  return static_cast<std::uint8_t>(codes_.size() - 1);
}

Corpus::FilePath Corpus::store_path(const fs::path& path) {
  return {folder_index(path.parent_path().string()), store(path.filename().string())};
}

std::uint32_t Corpus::folder_index(const std::string& folder) {
  const auto [it, added] = folder_indexes_.try_emplace(folder, static_cast<std::uint32_t>(folders_.size()));
  if (added) folders_.push_back(store(folder));
  return it->second;
}

std::string Corpus::path_string(FilePath path) const {
  return Joined{folder(path.folder), view(path.file)}.str();
}

Corpus::Entry& Corpus::add_entry(DocumentKind kind, FilePath source, FilePath target,
                                 const std::string& source_lang, const std::string& target_lang) {
  const auto source_code = code_index(source_lang);
  const auto target_code = code_index(target_lang);
  entries_.push_back({kind, source_code, target_code, source, target, kNone});
  return entries_.back();
}

void Corpus::add(const DocumentJob& job) {
  const FilePath source = store_path(job.source);
  const FilePath target = job.target == job.source ? source : store_path(job.target);
  add_entry(job.kind, source, target, job.source_lang, job.target_lang).problem =
      job.problem.empty() ? kNone : store(job.problem);
}

void Corpus::sort() {
  auto joined = [this](FilePath path) { return Joined{folder(path.folder), view(path.file)}; };
  std::stable_sort(entries_.begin(), entries_.end(), [&](const Entry& a, const Entry& b) {
    const int source = compare(joined(a.source), joined(b.source));
    return source != 0 ? source < 0 : compare(joined(a.target), joined(b.target)) < 0;
  });
  folder_indexes_.clear();
}

DocumentJob Corpus::operator[](std::size_t index) const {
  const Entry& entry = entries_.at(index);
  return {entry.kind,
          fs::path(path_string(entry.source)),
          fs::path(path_string(entry.target)),
          codes_[entry.source_lang],
          codes_[entry.target_lang],
          std::string(view(entry.problem))};
}

std::optional<DocumentKind> bilingual_kind(const fs::path& path) {
  const std::string extension = lower(path.extension().string());
  if (extension == ".tsv") return DocumentKind::tsv;
  if (extension == ".tmx") return DocumentKind::tmx;
  if (extension == ".xlf" || extension == ".xliff") return DocumentKind::xliff;
  return std::nullopt;
}

Corpus discover(const std::vector<fs::path>& roots, const config::Config& config,
                const std::optional<std::string>& source_lang) {
  Discovery discovery(config, source_lang);
  for (const auto& root : roots) discovery.walk(root);
  return discovery.finish();
}

DocumentInput read_document(const DocumentJob& job) {
  DocumentInput input;
  switch (job.kind) {
    case DocumentKind::plain_pair:
      input = read_plain_pair(job.source, job.target);
      break;
    case DocumentKind::tsv:
      input = read_tsv(job.source);
      break;
    case DocumentKind::tmx:
      input = read_tmx(job.source);
      break;
    case DocumentKind::xliff:
      input = read_xliff(job.source);
      break;
    case DocumentKind::unusable:
      throw InputError(job.source.string(), 0, job.problem);
  }
  if (!job.source_lang.empty()) input.source.lang = job.source_lang;
  if (!job.target_lang.empty()) input.target.lang = job.target_lang;
  return input;
}

}  // namespace concord::read
