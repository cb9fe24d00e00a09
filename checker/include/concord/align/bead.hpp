#pragma once
#include <cstddef>

namespace concord::align {

// A group of consecutive source segments translated by a group of consecutive target segments: [begin, end)
// index ranges; an empty range on one side is an omission or an addition.
struct Bead {
  std::size_t source_begin = 0;
  std::size_t source_end = 0;
  std::size_t target_begin = 0;
  std::size_t target_end = 0;

  bool has_source() const { return source_end > source_begin; }
  bool has_target() const { return target_end > target_begin; }
  bool operator==(const Bead&) const = default;
};

}  // namespace concord::align
