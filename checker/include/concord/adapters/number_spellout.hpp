#pragma once
#include <memory>
#include <string>

namespace concord::adapters {

// ICU's rule-based spell-out of whole numbers in a locale's default cardinal form (`25` -> "двадцять пʼять",
// "twenty-five"). Tests use it to check the number words under dictionaries/ against ICU's CLDR rules.
class NumberSpeller {
 public:
  // Throws Error if ICU has no spell-out rules for the locale.
  explicit NumberSpeller(const std::string& icu_locale);
  ~NumberSpeller();
  NumberSpeller(const NumberSpeller&) = delete;
  NumberSpeller& operator=(const NumberSpeller&) = delete;

  std::string spell(long long value) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace concord::adapters
