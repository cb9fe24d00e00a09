#pragma once
#include <filesystem>
#include <fstream>

namespace concord::report {

// An output file written under a temporary name beside its destination and renamed over it on commit(), so an
// interrupted or failed run never leaves a truncated report. Without commit() the temporary file is removed.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path destination);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return stream_; }
  void commit();  // throws Error naming the file when it cannot be written

 private:
  std::filesystem::path destination_;
  std::filesystem::path temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace concord::report
