#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "concord/compare/aligned_document.hpp"
#include "concord/core/finding.hpp"

namespace concord::compare {

// Where checks put findings: on a segment pair (by its position in the document) or on the whole document.
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  virtual void add(std::size_t pair_position, Finding finding) = 0;
  virtual void add_document(Finding finding) = 0;
};

// One check, one stable id: the JSON "check", the SARIF ruleId, the JUnit test name and the fixture folder.
class Check {
 public:
  virtual ~Check() = default;
  virtual std::string_view id() const = 0;
  virtual std::string_view description() const = 0;  // one sentence a translator understands
  virtual void run(const AlignedDocument& document, FindingSink& sink) const = 0;
};

// A check that looks at one segment pair at a time.
class SegmentCheck : public Check {
 public:
  void run(const AlignedDocument& document, FindingSink& sink) const final;

 protected:
  virtual void check(const SegmentPair& pair, const AlignedDocument& document,
                     std::vector<Finding>& findings) const = 0;
};

}  // namespace concord::compare
