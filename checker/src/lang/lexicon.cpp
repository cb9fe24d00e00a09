#include "concord/lang/lexicon.hpp"

#include <algorithm>
#include <sstream>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/data_table.hpp"
#include "concord/core/error.hpp"
#include "concord/core/hash.hpp"
#include "concord/core/text.hpp"

namespace concord::lang {
namespace {

// Shorter prefixes (`ми*`) begin too many unrelated words.
constexpr std::size_t kShortestPrefix = 3;

std::vector<std::string> meanings_in(const std::string& cell) {
  std::vector<std::string> meanings;
  std::istringstream parts(cell);
  for (std::string part; std::getline(parts, part, ',');) {
    const auto first = part.find_first_not_of(' ');
    if (first != std::string::npos)
      meanings.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
  }
  return meanings;
}

}  // namespace

std::span<const Lexicon::Meaning> Lexicon::meanings_of(std::u32string_view word_as_written) const {
  const std::u32string word = adapters::folded_word(word_as_written);
  if (auto found = forms_.find(word); found != forms_.end()) return found->second;
  for (std::size_t length = std::min(word.size(), longest_prefix_); length >= kShortestPrefix; --length) {
    if (auto found = prefixes_.find(std::u32string_view(word).substr(0, length)); found != prefixes_.end())
      return found->second;
  }
  return {};
}

Lexicon load_lexicon(const std::filesystem::path& file) {
  Lexicon lexicon;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return lexicon;
  for (const auto& row : read_data_table(file).rows) {
    std::u32string form = adapters::folded_word(text::to_u32(row.cells[0]));
    const bool prefix = !form.empty() && form.back() == U'*';
    if (prefix) form.pop_back();
    if (form.empty() || (prefix && form.size() < kShortestPrefix)) {
      throw InputError(file.string(), row.line,
                       "a form needs a word, a prefix (ending in '*') at least " +
                           std::to_string(kShortestPrefix) + " letters");
    }
    auto names = row.cells.size() > 1 ? meanings_in(row.cells[1]) : std::vector<std::string>{};
    if (names.empty()) names.push_back(text::to_utf8(form));
    if (prefix) lexicon.longest_prefix_ = std::max(lexicon.longest_prefix_, form.size());
    // A form listed twice has the meanings of both lines.
    auto& meanings = (prefix ? lexicon.prefixes_ : lexicon.forms_)[std::move(form)];
    for (const auto& name : names) {
      const Lexicon::Meaning meaning = fnv1a64(name);
      if (std::find(meanings.begin(), meanings.end(), meaning) == meanings.end()) meanings.push_back(meaning);
    }
  }
  return lexicon;
}

}  // namespace concord::lang
