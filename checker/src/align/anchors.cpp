#include "concord/align/anchors.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

#include "concord/adapters/icu_transliterator.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/text.hpp"

namespace concord::align {
namespace {

// A key keeps the first consonants of a word: enough to tell names apart, few enough to survive inflection
// (`Зеленського`).
constexpr std::size_t kNameKeyConsonants = 4;
// Shorter lower-case words are mostly function words, which no transliteration turns into the other
// language's.
constexpr std::size_t kShortestWord = 5;
constexpr std::size_t kCacheLimit = 100'000;

// Letters that transliteration systems disagree on (vowels, `й` as `y`/`j`/`i`, `г` as `g` or `h`, the `h` of
// digraphs) carry no weight in a key; a few consonant spellings are folded together.
bool is_dropped(char c) {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 'j':
    case 'h':
    case 'g':
    case 'w':
      return true;
    default:
      return false;
  }
}

char folded(char c) {
  switch (c) {
    case 'c':
    case 'q':
      return 'k';
    case 'z':
      return 's';
    default:
      return c;
  }
}

std::uint64_t keyed(AnchorKind kind, std::string_view text) {
  const std::uint64_t hash = std::hash<std::string_view>{}(text)&0x00FF'FFFF'FFFF'FFFFull;
  return (static_cast<std::uint64_t>(kind) << 56) | hash;
}

bool is_quote(char32_t c) {
  return c == U'"' || c == U'«' || c == U'»' || c == U'„' || c == U'“' || c == U'”';
}

// Whether the sentence ends with a stop, `?`, `!`, `…` or `;` (before closing quotes and brackets): a
// headline, a list item or a chat line without one is translated without one too.
bool is_finished(std::u32string_view sentence) {
  std::size_t end = sentence.size();
  while (end > 0 &&
         (text::is_space(sentence[end - 1]) || is_quote(sentence[end - 1]) || sentence[end - 1] == U')'))
    --end;
  return end == 0 || std::u32string_view(U".!?…;").find(sentence[end - 1]) != std::u32string_view::npos;
}

bool is_link(std::u32string_view token) {
  return token.find(U"://") != std::u32string_view::npos || token.substr(0, 4) == U"www." ||
         (token.find(U'@') != std::u32string_view::npos && token.find(U'.') != std::u32string_view::npos);
}

// Where the word starting at `start` ends: letters, and apostrophes between letters (`комп'ютер`).
std::size_t word_end(std::u32string_view text, std::size_t start, std::size_t token_end) {
  std::size_t run = start;
  while (run < token_end &&
         (adapters::is_letter(text[run]) || (text::is_apostrophe(text[run]) && run > start &&
                                             run + 1 < token_end && adapters::is_letter(text[run + 1])))) {
    ++run;
  }
  return run;
}

}  // namespace

std::string word_key(std::u32string_view word) {
  // Names repeat through a document and across documents; transliteration is the costly step.
  thread_local std::unordered_map<std::u32string, std::string> cache;
  if (auto found = cache.find(std::u32string(word)); found != cache.end()) return found->second;
  if (cache.size() > kCacheLimit) cache.clear();
  const std::string latin = text::to_utf8(adapters::to_lower(adapters::to_latin_ascii(word)));
  std::string skeleton;
  for (std::size_t i = 0; i < latin.size() && skeleton.size() < kNameKeyConsonants; ++i) {
    const char c = latin[i];
    if (c < 'a' || c > 'z' || is_dropped(c)) continue;
    const char next = i + 1 < latin.size() ? latin[i + 1] : '\0';
    // English writes `х` as `kh`, ICU as `h`, which is dropped like the `h` that English writes for `г`.
    if (c == 'k' && next == 'h') {
      ++i;
      continue;
    }
    // `ts` and `c` both stand for `ц`.
    const char k = c == 't' && next == 's' ? (++i, 'k') : folded(c);
    if (skeleton.empty() || skeleton.back() != k) skeleton += k;
  }
  if (skeleton.size() < 2) skeleton.clear();
  cache.emplace(word, skeleton);
  return skeleton;
}

std::vector<std::uint64_t> sentence_anchors(std::string_view sentence) {
  const std::u32string text = text::to_u32(sentence);
  std::vector<std::uint64_t> anchors;
  std::vector<std::uint64_t> names;
  std::size_t words = 0;
  bool quoted = false;
  bool bracketed = false;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text::is_space(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !text::is_space(text[end])) ++end;
    const std::u32string_view token(text.data() + i, end - i);
    if (is_link(token)) {
      anchors.push_back(keyed(AnchorKind::link, text::to_utf8(adapters::to_lower(token))));
      i = end;
      continue;
    }
    // Inside a token: digit runs, capitalised words and long words.
    for (std::size_t k = i; k < end;) {
      if (text::is_digit(text[k])) {
        std::size_t run = k;
        while (run < end && text::is_digit(text[run])) ++run;
        std::size_t first = k;
        while (first + 1 < run && text[first] == U'0') ++first;
        // The `:00` of a full hour (`19:00`) is left out where the other language writes `7 p.m.`.
        const bool full_hour = k > i && text[k - 1] == U':' && run - k == 2 && text[first] == U'0';
        if (!full_hour) {
          anchors.push_back(keyed(AnchorKind::number,
                                  text::to_utf8(std::u32string_view(text.data() + first, run - first))));
        }
        k = run;
      } else if (adapters::is_letter(text[k])) {
        const std::size_t run = word_end(text, k, end);
        const bool capitalised = adapters::is_upper(text[k]);
        const bool long_word = run - k >= kShortestWord;
        ++words;
        if (capitalised || long_word) {
          if (auto key = word_key(std::u32string_view(text.data() + k, run - k)); !key.empty()) {
            // A long capitalised word is also a word: `Міністр` at a sentence start is `minister` elsewhere.
            if (capitalised) names.push_back(keyed(AnchorKind::name, key));
            if (long_word) anchors.push_back(keyed(AnchorKind::word, key));
          }
        }
        k = run;
      } else {
        if (text[k] == U'?' || text[k] == U'!') {
          anchors.push_back(keyed(AnchorKind::punctuation, text[k] == U'?' ? "?" : "!"));
        }
        // A colon that opens a list or a quotation, not one inside a time (`13:30`).
        if (text[k] == U':' && (k + 1 == end || !text::is_digit(text[k + 1]))) {
          anchors.push_back(keyed(AnchorKind::punctuation, ":"));
        }
        quoted = quoted || is_quote(text[k]);
        bracketed = bracketed || text[k] == U'(';
        ++k;
      }
    }
    i = end;
  }
  if (quoted) anchors.push_back(keyed(AnchorKind::punctuation, "\""));
  if (bracketed) anchors.push_back(keyed(AnchorKind::punctuation, "("));
  if (!is_finished(text)) anchors.push_back(keyed(AnchorKind::punctuation, "unfinished"));
  // In a headline in Title Case or a sentence in capitals, capitals mark no names.
  if (2 * names.size() <= words) anchors.insert(anchors.end(), names.begin(), names.end());
  std::sort(anchors.begin(), anchors.end());
  return anchors;
}

WordMeanings word_meanings(std::string_view sentence, const lang::Lexicon& lexicon) {
  WordMeanings meanings;
  if (lexicon.empty()) return meanings;
  const std::u32string text = text::to_u32(sentence);
  const auto meanings_between = [&](std::size_t begin, std::size_t end) {
    return lexicon.meanings_of(std::u32string_view(text).substr(begin, end - begin));
  };
  for (std::size_t k = 0; k < text.size();) {
    if (!adapters::is_letter(text[k])) {
      ++k;
      continue;
    }
    const std::size_t end = word_end(text, k, text.size());
    // A hyphenated compound the lexicon lists (`прем'єр-міністр`, `чат-бот`) is one word; else each part is.
    std::size_t compound_end = end;
    while (compound_end + 1 < text.size() && text[compound_end] == U'-' &&
           adapters::is_letter(text[compound_end + 1])) {
      compound_end = word_end(text, compound_end + 1, text.size());
    }
    if (compound_end > end) {
      if (auto found = meanings_between(k, compound_end); !found.empty()) {
        meanings.push_back(found);
        k = compound_end;
        continue;
      }
    }
    if (auto found = meanings_between(k, end); !found.empty()) meanings.push_back(found);
    k = end;
  }
  return meanings;
}

}  // namespace concord::align
