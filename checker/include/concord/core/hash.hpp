#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace concord {

// FNV-1a, 64 bits: a stable hash of bytes, the same on every machine and in every release (shard keys and
// fingerprints are compared across runs and hosts). Not for adversarial input.
std::uint64_t fnv1a64(std::string_view data);

// The hash as 16 lower-case hex digits.
std::string hex(std::uint64_t hash);

}  // namespace concord
