#pragma once
#include <cstddef>

namespace concord {

// Half-open range of code points inside one segment's text.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  std::size_t length() const { return end - start; }
  bool overlaps(const Span& other) const { return start < other.end && other.start < end; }
  bool operator==(const Span&) const = default;
};

}  // namespace concord
