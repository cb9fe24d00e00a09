#include "concord/pipeline/shard.hpp"

#include <charconv>

#include "concord/core/error.hpp"
#include "concord/core/hash.hpp"

namespace concord {
namespace {

std::optional<std::size_t> parse_count(std::string_view text) {
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

Shard parse_shard(std::string_view text) {
  const auto slash = text.find('/');
  const auto index = slash == std::string_view::npos ? std::nullopt : parse_count(text.substr(0, slash));
  const auto count = slash == std::string_view::npos ? std::nullopt : parse_count(text.substr(slash + 1));
  if (!index || !count || *count == 0 || *index == 0 || *index > *count) {
    throw Error("--shard " + std::string(text) + ": expected K/N with 1 <= K <= N, e.g. 1/4");
  }
  return {*index, *count};
}

std::string shard_key(const read::DocumentJob& job, const std::vector<std::filesystem::path>& roots) {
  for (const auto& root : roots) {
    const auto relative = job.target.lexically_relative(root);
    if (!relative.empty() && *relative.begin() != ".." && relative != ".") return relative.generic_string();
  }
  return job.target.generic_string();
}

ShardCorpus select_shard(const read::Corpus& whole, const std::vector<std::filesystem::path>& roots,
                         Shard shard) {
  ShardCorpus selected;
  std::string document_list;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    const auto job = whole[i];
    const std::string key = shard_key(job, roots);
    document_list += key + '\n';
    if (fnv1a64(key) % shard.count != shard.index - 1) continue;
    selected.corpus.add(job);
    selected.corpus_index.push_back(i);
  }
  // Added in corpus order; sorting is stable, so corpus_index stays aligned with the documents.
  selected.corpus.sort();
  for (const auto& path : whole.ignored()) selected.corpus.add_ignored(path);
  selected.info = {shard.index, shard.count, whole.size(), hex(fnv1a64(document_list))};
  return selected;
}

}  // namespace concord
