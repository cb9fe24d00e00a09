#include "concord/segment/segmenter.hpp"

#include <algorithm>
#include <fstream>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::segment {
namespace {

// A word longer than this before a break is no abbreviation; the bound keeps a 10 MB line without spaces
// linear.
constexpr std::size_t kLongestWord = 64;

bool is_opening(char32_t c) {
  switch (c) {
    case U'(':
    case U'[':
    case U'"':
    case U'\'':
    case U'«':
    case U'„':
    case U'“':
    case U'‘':
    case U'‹':
      return true;
    default:
      return false;
  }
}

bool is_closing(char32_t c) {
  switch (c) {
    case U')':
    case U']':
    case U'"':
    case U'\'':
    case U'»':
    case U'“':
    case U'”':
    case U'’':
    case U'›':
      return true;
    default:
      return false;
  }
}

bool is_continuing(char32_t c) { return c == U',' || c == U';' || c == U':'; }
bool is_terminal(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U'…'; }
bool is_dash(char32_t c) { return c == U'—' || c == U'–' || c == U'-'; }

// Chats and forum posts start sentences in lower case (`мене звуть оксана. я театральна критикиня`). ICU
// never breaks there; a full stop after a plain word this long, outside the abbreviation list, is taken
// as a sentence end all the same. Shorter words are left alone: they hold most abbreviations (`тис. людей`).
constexpr std::size_t kShortestWordBeforeLowerCaseStart = 5;

// The word and its full stop when text[stop] is a full stop right after a plain word (letters only) of at
// least kShortestWordBeforeLowerCaseStart letters that starts the text or follows a space; else empty.
std::u32string_view plain_word_with_stop(const std::u32string& text, std::size_t stop) {
  if (text[stop] != U'.') return {};
  std::size_t begin = stop;
  while (begin > 0 && stop - begin <= kLongestWord && adapters::is_letter(text[begin - 1])) --begin;
  if (stop - begin < kShortestWordBeforeLowerCaseStart) return {};
  if (begin > 0 && !text::is_space(text[begin - 1])) return {};
  return std::u32string_view(text.data() + begin, stop + 1 - begin);
}

// `1.` or `12.`: a list number.
bool is_numbered(std::u32string_view word) {
  return word.size() >= 2 && word.back() == U'.' &&
         std::all_of(word.begin(), word.end() - 1, [](char32_t c) { return text::is_digit(c); });
}

// Breaks ICU's rules do not give: a full stop glued to a capital after a plain word, and at the start of what
// follows a finished sentence (a stop, closing quotes, spaces): a dash or bullet that opens direct speech or a
// list item (`він. — Так`, `exercise. -Supports`, `році. • можливо`), a capital after `…` (ICU counts `...` as a
// stop but not the single character), and a digit after a full stop (`procedure. 24 hours later`; ICU keeps
// `5. 6` together for decimals and lists).
std::vector<std::size_t> extra_breaks(const std::u32string& text) {
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_terminal(text[i])) continue;
    std::size_t next = i + 1;
    // A full stop glued to the next sentence's capital after a plain word (`допоможи.Мені`, chat style).
    if (next + 1 < text.size() && adapters::is_upper(text[next]) && adapters::is_lower(text[next + 1]) &&
        !plain_word_with_stop(text, i).empty()) {
      result.push_back(next);
      continue;
    }
    while (next < text.size() && is_closing(text[next])) ++next;
    const std::size_t spaces = next;
    while (next < text.size() && text::is_space(text[next])) ++next;
    if (next == spaces || next >= text.size()) continue;
    const char32_t c = text[next];
    std::size_t after = next + 1;
    while (after < text.size() && text::is_space(text[after])) ++after;
    const bool opens_item =
        (is_dash(c) && after < text.size() && adapters::is_upper(text[after])) || c == U'•';
    const bool capital_after_ellipsis = text[i] == U'…' && adapters::is_upper(c);
    const bool digit_after_stop = text[i] == U'.' && text::is_digit(c);
    const bool lower_case_after_word = adapters::is_lower(c) && !plain_word_with_stop(text, i).empty();
    if (opens_item || capital_after_ellipsis || digit_after_stop || lower_case_after_word)
      result.push_back(next);
  }
  return result;
}

}  // namespace

Segmenter::Segmenter(const lang::Profile& profile) : profile_(profile), breaker_(profile.icu_locale) {}

bool Segmenter::keeps_going(const std::u32string& text, std::size_t sentence_start, std::size_t boundary,
                            std::size_t next_boundary) const {
  // What follows must be able to stand alone: it starts with no lower-case letter (ICU already keeps `.`
  // before one; `!` and `?` too: `«Вітаю!» тощо`), and it has a letter or a digit (an emoji after the stop
  // stays put). A bare `?` or `!` ends a sentence even so: chats and forum posts often start the next one in
  // lower case (`are you there? for quality purposes`), while a quoted exclamation closes its quote first.
  std::size_t next = boundary;
  while (next < next_boundary && text::is_space(text[next])) ++next;
  std::size_t end = boundary;
  while (end > sentence_start && text::is_space(text[end - 1])) --end;
  const bool bare_question_or_exclamation =
      end > sentence_start && (text[end - 1] == U'?' || text[end - 1] == U'!');
  const std::u32string_view word_with_stop =
      end > sentence_start ? plain_word_with_stop(text, end - 1) : std::u32string_view();
  const bool stop_after_word = !word_with_stop.empty() && !lang::is_abbreviation(profile_, word_with_stop);
  if (next < next_boundary && adapters::is_lower(text[next]) && !bare_question_or_exclamation &&
      !stop_after_word)
    return true;
  // No sentence starts with the punctuation that continues one (`сказав «Вітаю!»; я відповів`).
  if (next < next_boundary && is_continuing(text[next])) return true;
  if (std::none_of(text.begin() + static_cast<std::ptrdiff_t>(next),
                   text.begin() + static_cast<std::ptrdiff_t>(next_boundary),
                   [](char32_t c) { return adapters::is_letter(c) || text::is_digit(c); })) {
    return true;
  }
  if (end == sentence_start || text[end - 1] != U'.') return false;
  std::size_t begin = end;
  while (begin > sentence_start && end - begin <= kLongestWord && !text::is_space(text[begin - 1])) --begin;
  if (begin > sentence_start && !text::is_space(text[begin - 1])) return false;
  while (begin < end && is_opening(text[begin])) ++begin;
  const std::u32string_view word(text.data() + begin, end - begin);
  if (lang::is_abbreviation(profile_, word)) return true;
  // A list label of at most two words: `1. Перейдіть`, `Крок 2. Покличте`, `Note 3. The`.
  if (is_numbered(word)) {
    std::size_t k = begin;
    while (k > sentence_start && text::is_space(text[k - 1])) --k;
    const std::size_t previous_end = k;
    while (k > sentence_start && previous_end - k <= kLongestWord && !text::is_space(text[k - 1])) --k;
    while (k > sentence_start && text::is_space(text[k - 1])) --k;
    return k == sentence_start;
  }
  return false;
}

std::vector<std::size_t> Segmenter::boundaries(const std::u32string& paragraph) const {
  std::vector<std::size_t> candidates = breaker_.boundaries(paragraph);
  const auto extra = extra_breaks(paragraph);
  candidates.insert(candidates.end(), extra.begin(), extra.end());
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::vector<std::size_t> result;
  std::size_t sentence_start = 0;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const std::size_t boundary = candidates[k];
    if (boundary == 0) continue;
    if (boundary < paragraph.size() && keeps_going(paragraph, sentence_start, boundary, candidates[k + 1]))
      continue;
    result.push_back(boundary);
    sentence_start = boundary;
  }
  return result;
}

std::vector<Segment> Segmenter::split(const std::vector<read::Paragraph>& paragraphs) const {
  std::vector<Segment> segments;
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    const auto& paragraph = paragraphs[p];
    const std::u32string chars = text::to_u32(paragraph.text);
    std::size_t start = 0;
    for (std::size_t end : boundaries(chars)) {
      std::size_t first = start;
      while (first < end && text::is_space(chars[first])) ++first;
      std::size_t last = end;
      while (last > first && text::is_space(chars[last - 1])) --last;
      if (last > first) {
        segments.push_back({text::to_utf8(std::u32string_view(chars).substr(first, last - first)),
                            paragraph.line, paragraph.column + first, p});
      }
      start = end;
    }
  }
  return segments;
}

}  // namespace concord::segment
