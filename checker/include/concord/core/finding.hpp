#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "concord/core/span.hpp"

namespace concord {

enum class Severity { info, warning, error };

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view name);

// What a finding points at on one side: the text and its code-point span inside the segment text.
struct Excerpt {
  std::string text;
  Span span;

  bool operator==(const Excerpt&) const = default;
};

// A finding is the product: a plain value with a stable check id, never an exception.
struct Finding {
  std::string check;
  Severity severity = Severity::error;
  std::string message;
  std::optional<Excerpt> source;
  std::optional<Excerpt> target;
};

}  // namespace concord
