#include "concord/report/atomic_file.hpp"

#include <unistd.h>

#include <atomic>

#include "concord/core/error.hpp"

namespace concord::report {
namespace {

std::filesystem::path temporary_beside(const std::filesystem::path& destination) {
  static std::atomic<unsigned> counter{0};
  auto name = destination.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
              std::to_string(counter++);
  return destination.parent_path() / name;
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path destination)
    : destination_(std::move(destination)), temporary_(temporary_beside(destination_)) {
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) throw Error(destination_.string() + ": cannot be written");
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  stream_.close();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::commit() {
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  std::error_code ec;
  if (written) std::filesystem::rename(temporary_, destination_, ec);
  if (!written || ec) throw Error(destination_.string() + ": cannot be written");
  committed_ = true;
}

}  // namespace concord::report
