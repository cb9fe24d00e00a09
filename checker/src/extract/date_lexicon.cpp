#include "date_lexicon.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "concord/adapters/icu_date_symbols.hpp"
#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"

namespace concord::extract {
namespace {

const std::map<std::string, DateWordKind, std::less<>> kKinds = {
    {"month", DateWordKind::month},
    {"weekday", DateWordKind::weekday},
    {"relative", DateWordKind::relative},
    {"year_word", DateWordKind::year_word},
    {"century_word", DateWordKind::century_word},
    {"ordinal_suffix", DateWordKind::ordinal_suffix},
    {"decade_suffix", DateWordKind::decade_suffix},
    {"meridiem", DateWordKind::meridiem},
    {"hour_word", DateWordKind::hour_word},
    {"zone", DateWordKind::zone},
    {"connector", DateWordKind::connector},
    {"list_word", DateWordKind::list_word},
    {"range_word", DateWordKind::range_word},
    {"context", DateWordKind::context},
    {"clock_context", DateWordKind::clock_context},
};

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'’' || c == U'ʼ' || c == U'`' || c == U'‘'; }
bool is_dash(char32_t c) { return c == U'-' || (c >= U'‐' && c <= U'―') || c == U'−'; }

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::stringstream in(line);
  for (std::string part; std::getline(in, part, separator);) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

bool is_word_end(const std::u32string& s, std::size_t end) {
  return end == s.size() || !adapters::is_letter(s[end]) || !adapters::is_letter(s[end - 1]);
}

// Where the word starting at `start` ends (at most the text's end).
std::size_t first_word_end(const std::u32string& s, std::size_t start) {
  std::size_t end = start + 1;
  while (end < s.size() && !is_word_end(s, end)) ++end;
  return std::min(end, s.size());
}

constexpr std::size_t kShortestMisspelt = 6;

// Whether `a` becomes `b` by at most one insertion, deletion, substitution or swap of neighbours.
bool within_one_edit(std::u32string_view a, std::u32string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (i == a.size()) return true;
  if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
}

}  // namespace

std::u32string normalise_for_dates(const std::u32string& text) {
  std::u32string result(text.size(), U' ');
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (is_apostrophe(c)) {
      result[i] = U'\'';
    } else if (is_dash(c)) {
      result[i] = U'-';
    } else if (!text::is_space(c)) {
      result[i] = adapters::to_lower(c);
    }
  }
  return result;
}

void DateLexicon::add(const std::u32string& form, DateWord word) {
  if (form.empty()) return;
  word.needs_capital = adapters::is_upper(form[0]);
  const std::u32string key = normalise_for_dates(form);
  longest_ = std::max(longest_, key.size());
  first_words_.insert(key.substr(0, first_word_end(key, 0)));
  forms_[key].push_back(std::move(word));
}

DateLexicon::DateLexicon(const lang::Profile& profile) {
  const auto names = adapters::date_names(profile.icu_locale);
  for (const auto& name : names.months) {
    DateWord word{DateWordKind::month, name.value};
    word.ambiguous = name.abbreviated;
    add(name.text, word);
  }
  for (const auto& name : names.weekdays) add(name.text, DateWord(DateWordKind::weekday, name.value));

  const auto path = profile.data_dir / "dates.tsv";
  std::ifstream in(path);
  if (!in) return;
  std::map<std::string, std::vector<std::string>, std::less<>> endings;
  std::vector<std::u32string> ambiguous;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto columns = split(line, '\t');
    auto fail = [&](const std::string& why) {
      throw Error(path.string() + ":" + std::to_string(number) + ": " + why);
    };
    if (columns.size() < 2) fail("expected '<kind> <TAB> <value> <TAB> <forms>'");
    const std::string& kind = columns[0];
    const std::string& value = columns[1];
    const auto forms = columns.size() > 2 ? split(columns[2], ' ') : std::vector<std::string>{};
    if (kind == "setting") {
      if (value == "slash_order") month_first_ = !forms.empty() && forms[0] == "month-first";
      if (value == "clock") twelve_hour_ = !forms.empty() && forms[0] == "12-hour";
      if (value == "ordinal") ordinal_dot_ = !forms.empty() && forms[0] == "dot";
      continue;
    }
    if (kind == "ending") {
      endings[value] = forms;
      continue;
    }
    if (kind == "ambiguous") {
      for (const auto& form : forms) ambiguous.push_back(normalise_for_dates(text::to_u32(form)));
      continue;
    }
    const auto found = kKinds.find(kind);
    if (found == kKinds.end()) fail("unknown kind '" + kind + "'");
    DateWord word{found->second};
    if (word.kind == DateWordKind::relative) {
      word.category = value;
    } else if (value != "-") {
      try {
        word.value = std::stoi(value);
      } catch (const std::exception&) {
        fail("value '" + value + "' is not a number");
      }
    }
    for (std::string form : forms) {
      DateWord entry = word;
      if (form.size() > 1 && form.back() == '?') {
        entry.ambiguous = true;
        form.pop_back();
      }
      const auto plus = form.find('+');
      std::replace(form.begin(), plus == std::string::npos ? form.end() : form.begin() + plus, '_', ' ');
      if (plus == std::string::npos) {
        add(text::to_u32(form), entry);
        continue;
      }
      const auto ending_class = endings.find(std::string_view(form).substr(plus + 1));
      if (ending_class == endings.end()) fail("unknown ending class in '" + form + "'");
      for (const auto& ending : ending_class->second) {
        add(text::to_u32(form.substr(0, plus) + (ending == "-" ? "" : ending)), entry);
      }
    }
  }
  for (const auto& form : ambiguous) {
    if (auto found = forms_.find(form); found != forms_.end()) {
      for (auto& word : found->second) word.ambiguous = true;
    }
  }
  index_misspellable_forms();
}

void DateLexicon::index_misspellable_forms() {
  for (const auto& [form, words] : forms_) {
    if (form.size() + 1 < kShortestMisspelt ||
        std::any_of(form.begin(), form.end(), [](char32_t c) { return !adapters::is_letter(c); })) {
      continue;
    }
    for (const auto& word : words) {
      if ((word.kind == DateWordKind::month || word.kind == DateWordKind::weekday) && !word.ambiguous)
        misspellable_[form.front()].emplace_back(form, &word);
    }
  }
}

std::vector<DateLexicon::Match> DateLexicon::match_all(const std::u32string& normalised,
                                                       const std::u32string& original,
                                                       std::size_t start) const {
  std::vector<Match> matches;
  if (start >= normalised.size()) return matches;
  const std::size_t word_end = first_word_end(normalised, start);
  if (!first_words_.contains(std::u32string_view(normalised).substr(start, word_end - start))) return matches;
  const std::size_t limit = std::min(normalised.size(), start + longest_);
  std::u32string key;
  for (std::size_t end = start + 1; end <= limit; ++end) {
    key.push_back(normalised[end - 1]);
    if (!is_word_end(normalised, end)) continue;
    const auto found = forms_.find(key);
    if (found == forms_.end()) continue;
    for (const auto& word : found->second) {
      if (word.needs_capital && !adapters::is_upper(original[start])) continue;
      // A longer form replaces the shorter ones of its kind.
      std::erase_if(matches, [&](const Match& m) { return m.word->kind == word.kind; });
      matches.push_back({&word, end});
    }
  }
  return matches;
}

std::optional<DateLexicon::Match> DateLexicon::misspelt(const std::u32string& normalised,
                                                        const std::u32string& original,
                                                        std::size_t start) const {
  std::size_t end = start;
  while (end < normalised.size() && adapters::is_letter(normalised[end])) ++end;
  if (end - start < kShortestMisspelt) return std::nullopt;
  const auto candidates = misspellable_.find(normalised[start]);
  if (candidates == misspellable_.end()) return std::nullopt;
  const std::u32string_view word(normalised.data() + start, end - start);
  const DateWord* found = nullptr;
  for (const auto& [form, date_word] : candidates->second) {
    if (!within_one_edit(word, form)) continue;
    if (date_word->needs_capital && !adapters::is_upper(original[start])) continue;
    if (found && (found->kind != date_word->kind || found->value != date_word->value)) return std::nullopt;
    found = date_word;
  }
  if (!found) return std::nullopt;
  return Match{found, end};
}

std::optional<DateLexicon::Match> DateLexicon::match(const std::u32string& normalised,
                                                     const std::u32string& original, std::size_t start,
                                                     DateWordKind kind) const {
  for (const auto& m : match_all(normalised, original, start)) {
    if (m.word->kind == kind) return m;
  }
  return std::nullopt;
}

}  // namespace concord::extract
