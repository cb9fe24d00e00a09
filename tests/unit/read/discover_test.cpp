#include "concord/read/discover.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

fs::path make_tree(const std::string& name, const std::vector<std::string>& files) {
  const auto root = fs::temp_directory_path() / ("concord-discover-" + name);
  fs::remove_all(root);
  for (const auto& file : files) {
    fs::create_directories((root / file).parent_path());
    std::ofstream(root / file) << "x\n";
  }
  return root;
}

// "source -> target [langs]" or "unusable path: problem", relative to the root, one line each in corpus order
// (one string, so that a failure prints both sides in full).
std::string described(const concord::read::Corpus& corpus, const fs::path& root) {
  std::string out;
  for (std::size_t i = 0; i < corpus.size(); ++i) {
    const auto job = corpus[i];
    const auto source = job.source.lexically_relative(root).generic_string();
    const auto target = job.target.lexically_relative(root).generic_string();
    if (job.kind == concord::read::DocumentKind::unusable) {
      out += "unusable " + source + ": " + job.problem.substr(0, job.problem.find(':')) + "\n";
    } else {
      out += source + " -> " + target + " [" + job.source_lang + " " + job.target_lang + "]\n";
    }
  }
  return out;
}

std::string lines(const std::vector<std::string>& expected) {
  std::string out;
  for (const auto& line : expected) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("discovery pairs names and folders and variants and lists other kinds as ignored") {
  const auto root =
      make_tree("layouts", {"a.uk.txt", "a.en.txt", "a.flawed.en.txt", "uk/b.txt", "en/b.txt", "t.uk-en.tsv",
                            "m.tmx", "x.xliff", "readme.md", ".git/config", "concord.toml"});
  const auto corpus = concord::read::discover({root}, {}, std::nullopt);
  CHECK(described(corpus, root) == lines({
                                       "a.uk.txt -> a.en.txt [uk en]",
                                       "a.uk.txt -> a.flawed.en.txt [uk en]",
                                       "m.tmx -> m.tmx [ ]",
                                       "t.uk-en.tsv -> t.uk-en.tsv [uk en]",
                                       "uk/b.txt -> en/b.txt [uk en]",
                                       "x.xliff -> x.xliff [ ]",
                                   }));
  REQUIRE(corpus.ignored().size() == 1);
  CHECK(corpus.ignored()[0].filename() == "readme.md");
}

TEST_CASE("orphans and nameless texts and undecidable originals are unusable documents") {
  const auto root =
      make_tree("broken", {"lonely.uk.txt", "notes.txt", "p.uk.txt", "p.en.txt", "q.fr.txt", "q.de.txt"});
  CHECK(described(concord::read::discover({root}, {}, std::nullopt), root) ==
        lines({
            "unusable lonely.uk.txt: no counterpart",
            "unusable notes.txt: no language code in the name",
            "unusable p.en.txt: cannot tell which file is the original; name its language with --from or "
            "[languages] "
            "source",
            "unusable p.uk.txt: cannot tell which file is the original; name its language with --from or "
            "[languages] "
            "source",
            "unusable q.de.txt: cannot tell which file is the original; name its language with --from or "
            "[languages] "
            "source",
            "unusable q.fr.txt: cannot tell which file is the original; name its language with --from or "
            "[languages] "
            "source",
        }));
  CHECK(described(concord::read::discover({root}, {}, std::string("uk")), root) ==
        lines({
            "unusable lonely.uk.txt: no counterpart",
            "unusable notes.txt: no language code in the name",
            "p.uk.txt -> p.en.txt [uk en]",
            "unusable q.de.txt: no original in 'uk' for this translation",
            "unusable q.fr.txt: no original in 'uk' for this translation",
        }));
}

TEST_CASE("a tie takes the original language decided elsewhere in the corpus") {
  const auto root = make_tree("tie", {"a.uk.txt", "a.en.txt", "a.mt.en.txt", "b.uk.txt", "b.en.txt"});
  CHECK(described(concord::read::discover({root}, {}, std::nullopt), root) ==
        lines({"a.uk.txt -> a.en.txt [uk en]", "a.uk.txt -> a.mt.en.txt [uk en]",
               "b.uk.txt -> b.en.txt [uk en]"}));
}

TEST_CASE("config globs leave files out quietly") {
  const auto root = make_tree("globs", {"a.uk.txt", "a.en.txt", "a.expected", "drafts/b.uk-en.tsv"});
  concord::config::Config config;
  config.source = "uk";
  config.exclude = {"*.expected", "drafts/*"};
  const auto corpus = concord::read::discover({root}, config, config.source);
  CHECK(described(corpus, root) == lines({"a.uk.txt -> a.en.txt [uk en]"}));
  CHECK(corpus.ignored().empty());
}

TEST_CASE("a link to a folder is listed as ignored and never followed") {
  const auto root = make_tree("links", {"a/p.uk.txt", "a/p.en.txt"});
  fs::create_directory_symlink(root / "a", root / "a" / "loop");
  const auto corpus = concord::read::discover({root}, {}, std::string("uk"));
  CHECK(described(corpus, root) == lines({"a/p.uk.txt -> a/p.en.txt [uk en]"}));
  REQUIRE(corpus.ignored().size() == 1);
  CHECK(corpus.ignored()[0].filename() == "loop");
}
