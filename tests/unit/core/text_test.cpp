#include <doctest/doctest.h>

#include "concord/core/text.hpp"

TEST_CASE("printable shows control characters as symbols one for one and keeps TAB and other text") {
  CHECK(concord::text::printable("90%\x1B[31m red\x1B]0;title\x07.") == "90%\u241B[31m red\u241B]0;title\u2407.");
  CHECK(concord::text::printable("a\tb\x7F c\u0085d") == "a\tb\u2421 c\uFFFDd");
  CHECK(concord::text::printable("Київ — «лапки» \u00A0ok") == "Київ — «лапки» \u00A0ok");
  const std::string hostile = "x\x1B\x1B\ry";
  CHECK(concord::text::code_point_count(concord::text::printable(hostile)) == concord::text::code_point_count(hostile));
}
