#include "concord/core/error.hpp"

namespace concord {
namespace {

std::string describe(const std::string& path, std::size_t line, const std::string& problem) {
  return line == 0 ? path + ": " + problem : path + ":" + std::to_string(line) + ": " + problem;
}

}  // namespace

InputError::InputError(std::string path, std::size_t line, std::string problem)
    : Error(describe(path, line, problem)), path_(std::move(path)), line_(line), problem_(std::move(problem)) {}

}  // namespace concord
