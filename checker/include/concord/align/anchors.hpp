#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "concord/lang/lexicon.hpp"

namespace concord::align {

// What survives translation in a sentence and can be found without knowing either language: numbers (each run
// of digits, so `1,500.5` and `1 500,5` agree), URLs and e-mail addresses, `?`, `!` and `:`, quotation marks,
// brackets, a missing final stop (a headline, a chat line),
// and capitalised words by a consonant skeleton of their Latin transliteration (`Зеленського` and `Zelensky`
// both give `zlns`), and longer lower-case words the same way, which catches international words
// (`платформа`, `platform`). Anchors are hashed keys; the top byte says their kind.
enum class AnchorKind : std::uint8_t { number = 1, name, word, link, punctuation };

inline AnchorKind kind_of(std::uint64_t anchor) { return static_cast<AnchorKind>(anchor >> 56); }

// The anchors of one sentence, sorted, duplicates kept (two `5`s in one sentence are two anchors).
std::vector<std::uint64_t> sentence_anchors(std::string_view sentence);
// The meanings of the sentence's words that the lexicon knows, one list for each such word (`війною` and
// `war` both mean `war`). The lists live in the lexicon.
using WordMeanings = std::vector<std::span<const lang::Lexicon::Meaning>>;
WordMeanings word_meanings(std::string_view sentence, const lang::Lexicon& lexicon);

// The transliteration key of one word (its first consonants in Latin), or empty when the word is too short to
// say anything.
std::string word_key(std::u32string_view word);

}  // namespace concord::align
