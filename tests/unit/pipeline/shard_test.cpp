#include "concord/pipeline/shard.hpp"

#include <doctest/doctest.h>

#include <set>

#include "concord/core/error.hpp"
#include "concord/core/hash.hpp"

namespace {

concord::read::DocumentJob pair_job(const std::string& source, const std::string& target) {
  return {concord::read::DocumentKind::plain_pair, source, target, "uk", "en", ""};
}

}  // namespace

TEST_CASE("fnv1a64 gives the published FNV-1a 64 test values") {
  CHECK(concord::fnv1a64("") == 0xcbf29ce484222325ull);
  CHECK(concord::fnv1a64("a") == 0xaf63dc4c8601ec8cull);
  CHECK(concord::hex(concord::fnv1a64("foobar")) == "85944171f73967e8");
}

TEST_CASE("parse_shard accepts K/N with K from 1 to N and refuses the rest") {
  const auto shard = concord::parse_shard("3/8");
  CHECK(shard.index == 3);
  CHECK(shard.count == 8);
  for (const char* bad : {"0/8", "9/8", "8", "/8", "3/", "3/0", "a/8", "3/8x", "-1/8", " 3/8"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(concord::parse_shard(bad), concord::Error);
  }
}

TEST_CASE("shard_key is the translation path below the root it was found in") {
  const std::vector<std::filesystem::path> roots = {"corpus/", "/mnt/other"};
  CHECK(concord::shard_key(pair_job("corpus/a/x.uk.txt", "corpus/a/x.en.txt"), roots) == "a/x.en.txt");
  CHECK(concord::shard_key(pair_job("/mnt/other/y.uk.txt", "/mnt/other/y.en.txt"), roots) == "y.en.txt");
  CHECK(concord::shard_key(pair_job("./corpus/z.uk.txt", "./corpus/z.en.txt"), {"./corpus"}) == "z.en.txt");
  // A file given as a root lies under no folder: its path as given.
  CHECK(concord::shard_key(pair_job("memory.tmx", "memory.tmx"), {"memory.tmx"}) == "memory.tmx");
}

TEST_CASE("the shards of a corpus cover each document once and keep corpus order") {
  concord::read::Corpus corpus;
  for (int i = 0; i < 40; ++i) {
    const std::string name = "root/doc" + std::to_string(i);
    corpus.add(pair_job(name + ".uk.txt", name + ".en.txt"));
  }
  corpus.sort();
  const std::vector<std::filesystem::path> roots = {"root"};
  std::multiset<std::size_t> seen;
  std::set<std::string> fingerprints;
  for (std::size_t k = 1; k <= 3; ++k) {
    const auto shard = concord::select_shard(corpus, roots, {k, 3});
    CHECK(shard.info.corpus_documents == 40);
    fingerprints.insert(shard.info.corpus_fingerprint);
    REQUIRE(shard.corpus.size() == shard.corpus_index.size());
    for (std::size_t i = 0; i < shard.corpus.size(); ++i) {
      const auto index = shard.corpus_index[i];
      CHECK(shard.corpus[i].target == corpus[index].target);
      CHECK(concord::fnv1a64(concord::shard_key(corpus[index], roots)) % 3 == k - 1);
      if (i > 0) CHECK(shard.corpus_index[i - 1] < index);
      seen.insert(index);
    }
  }
  CHECK(fingerprints.size() == 1);
  CHECK(seen.size() == 40);
  CHECK(std::set<std::size_t>(seen.begin(), seen.end()).size() == 40);
}
