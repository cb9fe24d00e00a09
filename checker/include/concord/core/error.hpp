#pragma once
// Errors, three tiers (see shared STYLE): findings are values; an InputError fails one document and the run goes
// on; any other Error is fatal and is caught only in main.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace concord {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A problem with one input file. what() reads "PATH:LINE: PROBLEM" (or "PATH: PROBLEM" when no line applies).
class InputError : public Error {
 public:
  InputError(std::string path, std::size_t line, std::string problem);

  const std::string& path() const { return path_; }
  std::size_t line() const { return line_; }  // 1-based; 0 when the problem is not on one line
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::size_t line_;
  std::string problem_;
};

}  // namespace concord
