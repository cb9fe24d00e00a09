#pragma once
// Shared by the harnesses: the fuzz input as checked text, the languages of the source tree, and a failure
// that libFuzzer (and the replay driver) reports as a crash with the broken invariant named.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "concord/core/error.hpp"
#include "concord/lang/languages.hpp"
#include "concord/read/text_file.hpp"

namespace concord::fuzz {

// The bytes as the readers would accept them, or nothing when a reader would reject the file (that rejection
// is the read_plain harness's subject, not the later stages').
inline std::optional<std::string> accepted_text(const std::uint8_t* data, std::size_t size) {
  try {
    return read::decode_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz-input");
  } catch (const InputError&) {
    return std::nullopt;
  }
}

inline const lang::Languages& languages() {
  static const lang::Languages instance(lang::default_settings());
  return instance;
}

inline void require(bool holds, const char* invariant) {
  if (holds) return;
  std::fprintf(stderr, "invariant broken: %s\n", invariant);
  std::abort();
}

}  // namespace concord::fuzz
