#include "concord/read/discover.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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

// One plain-text article: its document name (folder + NAME) and language.
struct Article {
  std::string name;  // e.g. "corpus/energy-prices.flawed"
  std::string code;  // empty when the name carries none
  fs::path path;
};

Article article_of(const fs::path& path) {
  Article article{"", "", path};
  std::string stem = path.stem().string();
  const auto dot = stem.rfind('.');
  if (dot != std::string::npos && looks_like_code(stem.substr(dot + 1))) {
    article.code = stem.substr(dot + 1);
    stem.erase(dot);
  }
  fs::path folder = path.parent_path();
  // uk/NAME.txt: the folder names the language, and the document lives beside that folder.
  if (article.code.empty() && looks_like_code(folder.filename().string())) {
    article.code = folder.filename().string();
    folder = folder.parent_path();
  }
  article.name = (folder / stem).generic_string();
  return article;
}

DocumentJob unusable(const fs::path& path, std::string problem) {
  return {DocumentKind::unusable, path, path, "", "", std::move(problem)};
}

class Discovery {
 public:
  Discovery(const config::Config& config, const std::optional<std::string>& source_lang)
      : config_(config), source_lang_(source_lang) {}

  void walk(const fs::path& root) {
    std::error_code ec;
    const auto status = fs::status(root, ec);
    if (!fs::exists(status)) throw Error(root.string() + ": no such file or folder");
    if (!fs::is_directory(status)) {
      add_file(root, root.filename());
      return;
    }
    auto it = fs::recursive_directory_iterator(root, ec);
    if (ec) {
      corpus_.documents.push_back(unusable(root, "folder cannot be read: " + ec.message()));
      return;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        corpus_.documents.push_back(unusable(it->path(), "cannot be read: " + ec.message()));
        ec.clear();
        continue;
      }
      const fs::path& path = it->path();
      const fs::path relative = path.lexically_relative(root);
      if (path.filename().string().starts_with(".")) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_directory(ec)) continue;
      if (relative == kConfigName) continue;
      add_file(path, relative);
    }
  }

  Corpus finish() {
    pair_articles();
    std::sort(corpus_.documents.begin(), corpus_.documents.end(),
              [](const DocumentJob& a, const DocumentJob& b) {
                return std::tie(a.source, a.target) < std::tie(b.source, b.target);
              });
    std::sort(corpus_.ignored.begin(), corpus_.ignored.end());
    return std::move(corpus_);
  }

 private:
  void add_file(const fs::path& path, const fs::path& relative) {
    if (!config_.selects(relative.generic_string())) return;
    const std::string extension = lower(path.extension().string());
    if (extension == ".txt") {
      articles_.push_back(article_of(path));
    } else if (const auto kind = bilingual_kind(path)) {
      DocumentJob job{*kind, path, path, "", "", ""};
      if (*kind == DocumentKind::tsv) {
        const std::string stem = path.stem().string();
        const auto dot = stem.rfind('.');
        const std::string pair = dot == std::string::npos ? "" : stem.substr(dot + 1);
        // NAME.uk-en.tsv; a region subtag would make the pair ambiguous, so only plain codes are read here.
        if (const auto dash = pair.find('-'); dash != std::string::npos) {
          if (looks_like_code(pair.substr(0, dash)) && looks_like_code(pair.substr(dash + 1))) {
            job.source_lang = pair.substr(0, dash);
            job.target_lang = pair.substr(dash + 1);
          }
        }
      }
      corpus_.documents.push_back(std::move(job));
    } else {
      corpus_.ignored.push_back(path);
    }
  }

  // The families of articles: NAME and every NAME.VARIANT. Keyed by the shortest name present.
  std::map<std::string, std::vector<const Article*>> families() const {
    std::set<std::string> names;
    for (const auto& article : articles_) {
      if (!article.code.empty()) names.insert(article.name);
    }
    std::map<std::string, std::vector<const Article*>> result;
    for (const auto& article : articles_) {
      if (article.code.empty()) continue;
      std::string root = article.name;
      for (auto dot = article.name.find('.', article.name.rfind('/') + 1); dot != std::string::npos;
           dot = article.name.find('.', dot + 1)) {
        if (names.contains(article.name.substr(0, dot))) {
          root = article.name.substr(0, dot);
          break;
        }
      }
      result[root].push_back(&article);
    }
    return result;
  }

  // The language of the original in a family: the configured one, else the one with the fewest files.
  std::optional<std::string> fewest_files_language(const std::vector<const Article*>& family) const {
    std::map<std::string, int> files;
    for (const auto* article : family) ++files[article->code];
    if (files.size() < 2) return std::nullopt;
    const auto fewest = std::min_element(files.begin(), files.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto ties = std::count_if(files.begin(), files.end(),
                                    [&](const auto& entry) { return entry.second == fewest->second; });
    if (ties > 1) return std::nullopt;
    return fewest->first;
  }

  void pair_articles() {
    for (const auto& article : articles_) {
      if (article.code.empty()) {
        corpus_.documents.push_back(unusable(article.path,
                                             "no language code in the name: call it NAME.CODE.txt "
                                             "(e.g. NAME.uk.txt) or put it in a folder named by the code"));
      }
    }
    const auto all = families();
    std::map<std::string, std::string> originals;  // family -> language of its original
    std::set<std::string> decided;
    for (const auto& [root, family] : all) {
      const auto code = source_lang_ ? source_lang_ : fewest_files_language(family);
      if (code) {
        originals[root] = *code;
        decided.insert(*code);
      }
    }
    for (const auto& [root, family] : all) {
      if (family.size() == 1) {
        corpus_.documents.push_back(unusable(
            family[0]->path,
            "no counterpart: no other file is named '" + fs::path(root).filename().string() + ".CODE.txt'"));
        continue;
      }
      std::string original = originals.contains(root) ? originals[root] : "";
      if (original.empty() && decided.size() == 1) original = *decided.begin();
      if (original.empty()) {
        for (const auto* article : family) {
          corpus_.documents.push_back(unusable(article->path,
                                               "cannot tell which file is the original; name its "
                                               "language with --from or [languages] source"));
        }
        continue;
      }
      pair_family(family, original);
    }
  }

  void pair_family(const std::vector<const Article*>& family, const std::string& original) {
    std::map<std::string, const Article*> originals_by_name;
    for (const auto* article : family) {
      if (article->code == original) originals_by_name[article->name] = article;
    }
    std::set<const Article*> paired;
    for (const auto* article : family) {
      if (article->code == original) continue;
      const Article* source = nullptr;
      // The original of NAME.VARIANT is NAME.VARIANT's own, else that of the nearest shorter NAME.
      for (std::string name = article->name; !source;) {
        if (const auto it = originals_by_name.find(name); it != originals_by_name.end()) source = it->second;
        const auto dot = name.rfind('.');
        if (dot == std::string::npos || dot < name.rfind('/') + 1) break;
        name.erase(dot);
      }
      if (!source) {
        corpus_.documents.push_back(
            unusable(article->path, "no original in '" + original + "' for this translation"));
        continue;
      }
      paired.insert(source);
      corpus_.documents.push_back(
          {DocumentKind::plain_pair, source->path, article->path, source->code, article->code, ""});
    }
    for (const auto& [name, article] : originals_by_name) {
      if (!paired.contains(article)) {
        corpus_.documents.push_back(unusable(article->path, "no translation of this original"));
      }
    }
  }

  const config::Config& config_;
  const std::optional<std::string>& source_lang_;
  std::vector<Article> articles_;
  Corpus corpus_;
};

}  // namespace

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
