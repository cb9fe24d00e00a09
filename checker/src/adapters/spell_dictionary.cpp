#include "concord/adapters/spell_dictionary.hpp"

#include <hunspell/hunspell.hxx>

#include <fstream>

#include "concord/core/error.hpp"

namespace concord::adapters {
namespace {

// Hunspell reports nothing when a file is missing or unreadable: it just knows no words. Check first.
void require_readable(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in || in.peek() == std::ifstream::traits_type::eof()) {
    throw Error("Hunspell dictionary file " + path.string() +
                " is missing or unreadable (set --hunspell-dir or CONCORD_HUNSPELL_DIR)");
  }
}

}  // namespace

SpellDictionary::SpellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic) {
  require_readable(aff);
  require_readable(dic);
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  if (std::string(hunspell_->get_dict_encoding()) != "UTF-8") {
    throw Error("Hunspell dictionary " + dic.string() + " is not UTF-8 (it is " +
                hunspell_->get_dict_encoding() + ")");
  }
}

SpellDictionary::~SpellDictionary() = default;

bool SpellDictionary::knows(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return hunspell_->spell(std::string(word));
}

std::vector<std::string> SpellDictionary::stems(std::string_view word) const {
  std::lock_guard lock(mutex_);
  return hunspell_->stem(std::string(word));
}

}  // namespace concord::adapters
