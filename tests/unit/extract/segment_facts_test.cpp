#include <doctest/doctest.h>

#include "concord/extract/segment_facts.hpp"

using concord::Span;
using concord::extract::SegmentFacts;

TEST_CASE("a claimed span hides every span that overlaps it and no other") {
  SegmentFacts facts;
  facts.claim({10, 20});
  facts.claim({30, 35});
  CHECK(facts.is_claimed({15, 16}));
  CHECK(facts.is_claimed({5, 11}));
  CHECK(facts.is_claimed({19, 31}));
  CHECK_FALSE(facts.is_claimed({20, 30}));
  CHECK_FALSE(facts.is_claimed({0, 10}));
  CHECK_FALSE(facts.is_claimed({35, 40}));
}

TEST_CASE("overlapping and nested claims merge without losing coverage") {
  SegmentFacts facts;
  facts.claim({0, 100});
  facts.claim({10, 20});
  facts.claim({90, 120});
  CHECK(facts.is_claimed({50, 60}));
  CHECK(facts.is_claimed({110, 115}));
  CHECK_FALSE(facts.is_claimed({120, 130}));
  facts.claim({200, 210});
  facts.claim({150, 250});
  CHECK(facts.is_claimed({205, 206}));
  CHECK(facts.is_claimed({240, 241}));
  CHECK_FALSE(facts.is_claimed({130, 150}));
}
