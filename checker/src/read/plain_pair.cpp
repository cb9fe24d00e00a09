#include "concord/read/plain_pair.hpp"

#include "concord/read/text_file.hpp"

namespace concord::read {

DocumentInput read_plain_pair(const std::filesystem::path& source, const std::filesystem::path& target) {
  DocumentInput input;
  input.source.path = source.string();
  input.target.path = target.string();
  input.source.paragraphs = split_paragraphs(read_text_file(source));
  input.target.paragraphs = split_paragraphs(read_text_file(target));
  return input;
}

}  // namespace concord::read
