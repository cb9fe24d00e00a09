#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "concord/read/discover.hpp"
#include "concord/report/report.hpp"

namespace concord {

// A shard K of N (scan --shard K/N, K from 1 to N).
struct Shard {
  std::size_t index = 1;
  std::size_t count = 1;
};

// "K/N" with 1 <= K <= N; throws Error saying what is wrong otherwise.
Shard parse_shard(std::string_view text);

// What decides a document's shard: its translation file's path relative to the scanned folder it was found
// in, '/'-separated (the path as given when it lies under no root, e.g. a file given as a root). It does not
// depend on where the folder is mounted, on the other documents or on the machine.
std::string shard_key(const read::DocumentJob& job, const std::vector<std::filesystem::path>& roots);

// The documents of one shard, each with its position in the whole corpus, and what the shard's report says
// about the whole (the corpus size and FNV-1a 64 of all its shard keys, one per line, in corpus order). A
// document is in shard K of N when FNV-1a 64 of its shard key, modulo N, is K - 1: N workers that each take
// one K cover every document exactly once, without talking to each other.
struct ShardCorpus {
  read::Corpus corpus;
  std::vector<std::size_t> corpus_index;  // corpus_index[i]: position of corpus[i] in the whole corpus
  report::ShardInfo info;
};
ShardCorpus select_shard(const read::Corpus& whole, const std::vector<std::filesystem::path>& roots,
                         Shard shard);

}  // namespace concord
