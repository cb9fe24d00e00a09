#pragma once
#include <string>

#include "concord/core/span.hpp"

namespace concord::extract {

// A quantity found in a segment: its value with magnitudes applied, and its unit ("%", a currency code, or
// empty for a bare count).
struct Quantity {
  Span span;
  std::string text;
  double value = 0;
  std::string unit;
};

}  // namespace concord::extract
