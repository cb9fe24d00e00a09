#include "concord/core/finding.hpp"

namespace concord {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (Severity s : {Severity::info, Severity::warning, Severity::error}) {
    if (to_string(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace concord
