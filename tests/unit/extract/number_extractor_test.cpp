#include <doctest/doctest.h>

#include "concord/extract/registry.hpp"
#include "support.hpp"

namespace {

struct Found {
  std::string text;
  double value;
  std::string unit;
  bool operator==(const Found&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Found& f) { return out << f.text << "=" << f.value << f.unit; }

std::vector<Found> numbers(const std::string& code, const std::string& text) {
  const auto extractors = concord::extract::make_extractors(concord::testing::languages().get(code));
  std::vector<Found> result;
  for (const auto& q : concord::extract::extract_all(extractors, text).quantities) {
    result.push_back({q.text, q.value, q.unit});
  }
  return result;
}

}  // namespace

TEST_CASE("each language's decimal and grouping conventions give the same value") {
  CHECK(numbers("uk", "коштує 1 500,5 грн") == std::vector<Found>{{"1 500,5", 1500.5, ""}});
  CHECK(numbers("uk", "коштує 1\u00A0500\u00A0000 грн") == std::vector<Found>{{"1\u00A0500\u00A0000", 1500000, ""}});
  CHECK(numbers("en", "costs 1,500.5 hryvnias") == std::vector<Found>{{"1,500.5", 1500.5, ""}});
  CHECK(numbers("en", "costs 1,500,000") == std::vector<Found>{{"1,500,000", 1500000, ""}});
  CHECK(numbers("uk", "зріс на 3,5%") == std::vector<Found>{{"3,5%", 3.5, "%"}});
  CHECK(numbers("uk", "зріс на 3.5 %") == std::vector<Found>{{"3.5 %", 3.5, "%"}});
  CHECK(numbers("uk", "писали 1,500,000 разів") == std::vector<Found>{{"1,500,000", 1500000, ""}});
}

TEST_CASE("signs and currency signs and lists") {
  CHECK(numbers("en", "fell to -3 and cost $5") == std::vector<Found>{{"-3", -3, ""}, {"$5", 5, "USD"}});
  CHECK(numbers("en", "10-15 people") == std::vector<Found>{{"10", 10, ""}, {"15", 15, ""}});
}

TEST_CASE("identifiers and clock times and dotted dates are not quantities") {
  CHECK(numbers("en", "Witkoff21.01.26, 13:30 [views_2532]").empty());
  CHECK(numbers("en", "COVID19 and 5G").empty());
}

TEST_CASE("English groups digits with no-break spaces but not with plain spaces") {
  CHECK(numbers("en", "costs 1\u202F500\u202F000") == std::vector<Found>{{"1\u202F500\u202F000", 1500000, ""}});
  CHECK(numbers("en", "in 2014 500 people") == std::vector<Found>{{"2014", 2014, ""}, {"500", 500, ""}});
}
