#pragma once
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace concord::adapters {

// A Hunspell dictionary. Hunspell is not safe to call from several threads, so calls are serialised. Answers are
// Hunspell's own, however the dictionary is loaded.
class SpellDictionary {
 public:
  // Throws Error naming the files when they are missing or Hunspell cannot read them.
  SpellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic);
  ~SpellDictionary();
  SpellDictionary(const SpellDictionary&) = delete;
  SpellDictionary& operator=(const SpellDictionary&) = delete;

  bool knows(std::string_view word) const;
  std::vector<std::string> stems(std::string_view word) const;

 private:
  // The word without the characters the dictionary's IGNORE line lists, when this class applies it itself.
  std::string cleaned(std::string_view word) const;

  std::unique_ptr<Hunspell> hunspell_;
  std::vector<std::string> ignored_;  // applied here rather than by Hunspell: see spell_dictionary.cpp
  mutable std::mutex mutex_;
};

}  // namespace concord::adapters
