// What: names in a segment: capitalised words and dictionary phrases (`Об'єднані Арабські Емірати`), acronyms
//   (`СБУ`, `NATO`), and lowercase adjectives derived from names (`анкориджські`), each with comparison keys
//   that meet across scripts, spellings and inflection.
// Why:  the name and consistency checks compare names by key: `Зеленського` and `Zelenskyy` are one man.
// Example: uk "зустрівся з Віткоффом" -> Віткоффом (lemma Віткофф, key vitkof); en "Kyiv's mayor" -> Kyiv.
// Not a name: a common word opening a sentence (`Доброго дня`) or a capitalised word Hunspell knows in
//   lowercase where the language capitalises headings (`Free Standard Shipping`): both are only `possible`
//   names, kept as counterparts and never reported; spans an earlier extractor claimed (`January`,
//   `Wednesday`).
#include <algorithm>

#include "concord/adapters/unicode_chars.hpp"
#include "concord/core/error.hpp"
#include "concord/core/text.hpp"
#include "concord/extract/lemmatizer.hpp"
#include "concord/extract/name_dictionary.hpp"
#include "concord/extract/name_key.hpp"
#include "concord/extract/registry.hpp"
#include "concord/core/data_table.hpp"

namespace concord::extract {
namespace {

constexpr std::size_t kMinimumNameStem = 3;
// A sentence, a quotation or a title opens after these: its first word is capitalised whatever it is.
constexpr std::u32string_view kSentenceEnds = U".!?…:\"«„“()";
constexpr std::u32string_view kOpeners = U"'»”‘’[]—–-•*";

std::vector<std::u32string> lowercase(const std::vector<std::u32string>& words) {
  std::vector<std::u32string> result;
  for (const auto& w : words) result.push_back(adapters::to_lower(w));
  return result;
}

bool intersects(const std::vector<std::u32string>& a, const std::vector<std::u32string>& b) {
  return std::any_of(a.begin(), a.end(),
                     [&](const auto& x) { return std::find(b.begin(), b.end(), x) != b.end(); });
}

// A contraction or elision: one letter, an apostrophe, lowercase letters (`I’m`, `I'll`, `З'їзд`).
bool is_contraction(std::u32string_view word) {
  if (word.size() < 3 || !text::is_apostrophe(word[1])) return false;
  return std::none_of(word.begin() + 2, word.end(), [](char32_t c) { return adapters::is_upper(c); });
}

// A word opens a sentence when only quotes, brackets and dashes stand between it and the segment's start or a
// sentence-final mark.
// The dot of an abbreviation or an initial ends no sentence: `Mr. Bernardi`, `В. Зеленський`.
bool opens_sentence(const lang::Profile& profile, std::u32string_view s, std::size_t start) {
  for (std::size_t i = start; i > 0; --i) {
    const char32_t c = s[i - 1];
    if (text::is_space(c) || kOpeners.find(c) != std::u32string_view::npos) continue;
    if (c != U'.') return kSentenceEnds.find(c) != std::u32string_view::npos;
    std::size_t word_start = i - 1;
    while (word_start > 0 && !text::is_space(s[word_start - 1]) &&
           kOpeners.find(s[word_start - 1]) == std::u32string_view::npos) {
      --word_start;
    }
    return !lang::is_abbreviation(profile, s.substr(word_start, i - word_start));
  }
  return true;
}

enum class AdjectiveCase { lowercase, capitalised, any };

void add_unique(std::vector<std::string>& list, std::string item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
    list.push_back(std::move(item));
}

class NameExtractor final : public Extractor {
 public:
  explicit NameExtractor(const lang::Language& language)
      : language_(language),
        lemmatizer_(language),
        keys_(language.profile().data_dir / "transliteration.tsv",
              language.profile().data_dir / "key_rules.tsv",
              language.profile().data_dir.parent_path() / "names" / "key_rules.tsv",
              language.profile().data_dir / "key_variants.tsv"),
        dictionary_(language, lemmatizer_, keys_) {
    const auto path = language.profile().data_dir / "name_adjectives.tsv";
    if (!std::filesystem::exists(path)) return;
    for (const auto& row : read_data_table(path).rows) {
      const std::string& word_case = row.cells[1];
      if (word_case != "lowercase" && word_case != "capitalised" && word_case != "any") {
        throw InputError(path.string(), row.line, "case must be lowercase, capitalised or any");
      }
      AdjectiveEnding ending{text::to_u32(row.cells[0]),
                             row.cells.size() > 2 ? text::to_u32(row.cells[2]) : std::u32string(),
                             word_case == "lowercase"     ? AdjectiveCase::lowercase
                             : word_case == "capitalised" ? AdjectiveCase::capitalised
                                                          : AdjectiveCase::any};
      if (!ending.ending.starts_with(ending.name_part)) {
        throw InputError(path.string(), row.line, "name_part must be the start of the ending");
      }
      adjective_endings_.push_back(std::move(ending));
    }
  }

  void extract(const SegmentText& text, SegmentFacts& facts) const override {
    const std::size_t first_new = facts.names.size();
    const auto words = name_words(text.chars);
    for (std::size_t i = 0; i < words.size();) {
      if (facts.is_claimed(words[i].span)) {
        ++i;
        continue;
      }
      if (const std::size_t length = add_dictionary_phrase(text, words, i, facts)) {
        i += length;
        continue;
      }
      if (adapters::is_upper(words[i].text[0])) {
        add_capitalised_word(text, words[i], facts);
      } else {
        add_lowercase_word(text, words[i], facts);
      }
      ++i;
    }
    if (language_.profile().capitalises_common_words) demote_translated_names(text, facts, first_new);
    auto& common = facts.common_word_keys;
    std::sort(common.begin(), common.end());
    common.erase(std::unique(common.begin(), common.end()), common.end());
  }

 private:
  // In `World Food Programme` or `Bristol Harbour` the capitalised common words make a name that translations
  // translate (`Всесвітня продовольча програма`): a word there no dictionary knows is no evidence on its own.
  void demote_translated_names(const SegmentText& text, SegmentFacts& facts, std::size_t first) const {
    auto& names = facts.names;
    const auto adjacent = [&](const NameMention& a, const NameMention& b) {
      for (std::size_t k = a.span.end; k < b.span.start; ++k) {
        if (!text::is_space(text.chars[k])) return false;
      }
      return a.span.end <= b.span.start;
    };
    const auto common_word = [&](const NameMention& m) {
      return m.certainty == NameCertainty::possible && m.kind == NameKind::name &&
             adapters::is_upper(m.text[0]) && !opens_sentence(language_.profile(), text.chars, m.span.start);
    };
    for (std::size_t k = first; k < names.size(); ++k) {
      if (names[k].certainty != NameCertainty::certain || !names[k].entity.empty() ||
          names[k].kind != NameKind::name || lemmatizer_.lemmas(text::to_u32(names[k].text)).known) {
        continue;
      }
      const bool before = k > first && adjacent(names[k - 1], names[k]) && common_word(names[k - 1]);
      const bool after =
          k + 1 < names.size() && adjacent(names[k], names[k + 1]) && common_word(names[k + 1]);
      if (before || after) names[k].certainty = NameCertainty::likely;
    }
  }

  bool fits(const NamePhrase::Word& pattern, const NameWord& word) const {
    if (pattern.letter_case == NamePhrase::Case::upper && !is_acronym(word.text)) return false;
    if (pattern.letter_case == NamePhrase::Case::capitalised && !adapters::is_upper(word.text[0]))
      return false;
    return intersects(lowercase(lemmatizer_.lemmas(word.text).lemmas), pattern.lemmas);
  }

  // The longest dictionary phrase starting at word `first`: adds its mention and returns its length in words.
  std::size_t add_dictionary_phrase(const SegmentText& text, const std::vector<NameWord>& words,
                                    std::size_t first, SegmentFacts& facts) const {
    std::vector<const NamePhrase*> best;  // every phrase of the longest length that fits
    for (const auto& lemma : lowercase(lemmatizer_.lemmas(words[first].text).lemmas)) {
      for (std::size_t index : dictionary_.phrases_starting(lemma)) {
        const NamePhrase& phrase = dictionary_.phrase(index);
        if (first + phrase.words.size() > words.size() ||
            (!best.empty() && best[0]->words.size() > phrase.words.size())) {
          continue;
        }
        bool matched = true;
        for (std::size_t k = 0; k < phrase.words.size() && matched; ++k) {
          matched = fits(phrase.words[k], words[first + k]) && !facts.is_claimed(words[first + k].span);
        }
        if (!matched) continue;
        if (!best.empty() && best[0]->words.size() < phrase.words.size()) best.clear();
        best.push_back(&phrase);
      }
    }
    if (best.empty()) return 0;
    // A place named in a demonym row too (`Афганістан`) is a place: its own row decides what it is.
    std::stable_partition(best.begin(), best.end(), [&](const NamePhrase* p) {
      return dictionary_.entry(p->entry).kind != NameKind::adjective;
    });
    const std::size_t length = best[0]->words.size();
    NameMention mention = describe(text, words, first, length);
    mention.kind = dictionary_.entry(best[0]->entry).kind;
    // A lowercase form (`media`, `американські`) only ever confirms a counterpart; it never makes a finding.
    // Nor does a common word opening a sentence that a loose key brings near a name (`Крім того` is not
    // `Крим`). A person's surname that is also an adjective (`Зеленський`) opening a sentence is the surname
    // when Hunspell knows it as a proper noun: sentences open with people far more often than with such rare
    // adjectives. So is a surname written exactly as the dictionary writes it (`Песков`, `Лавров`, though
    // Russian Hunspell knows them only as the plurals `песков`, `лавров`).
    const WordLemmas& opening = lemmatizer_.lemmas(words[first].text);
    const bool as_in_dictionary = best[0]->words.front().form == adapters::to_lower(words[first].text);
    const bool surname_as_written =
        (opening.proper_as_written || as_in_dictionary) && dictionary_.entry(best[0]->entry).person;
    const bool common_word_opening =
        length == 1 && opens_sentence(language_.profile(), text.chars, words[first].span.start) &&
        opening.lowercase_known && !surname_as_written;
    mention.certainty = best[0]->words.front().letter_case == NamePhrase::Case::any || common_word_opening
                            ? NameCertainty::possible
                            : NameCertainty::certain;
    for (const NamePhrase* phrase : best) attach(dictionary_.entry(phrase->entry), mention);
    add(std::move(mention), facts);
    return length;
  }

  void add_capitalised_word(const SegmentText& text, const NameWord& word, SegmentFacts& facts) const {
    if (word.text.size() < 2 || is_contraction(word.text)) return;
    // A listed abbreviation (`Např.`, `Tzv.`, capitalised to open a sentence) is no name; acronyms (`U.S.`) are.
    if (word.span.end < text.chars.size() && text.chars[word.span.end] == U'.' && !is_acronym(word.text) &&
        lang::is_abbreviation(language_.profile(), word.text + U'.')) {
      return;
    }
    const WordLemmas& lemmas = lemmatizer_.lemmas(word.text);
    const bool initial = opens_sentence(language_.profile(), text.chars, word.span.start);
    NameMention mention = describe(text, {word}, 0, 1);
    if (is_acronym(word.text)) {
      mention.kind = NameKind::acronym;
      mention.certainty = lemmas.lowercase_known ? NameCertainty::possible : NameCertainty::certain;
    } else if ((lemmas.known && !lemmas.proper) ||
               (language_.profile().capitalises_common_words && lemmas.lowercase_known)) {
      mention.certainty = NameCertainty::possible;
    } else if (lemmas.known && lemmas.common) {
      mention.common_word = true;
      // `Коваленко` is a surname as written (and a rare common word); `Тому` is a common word and only a form
      // of `Том`. Opening a sentence the first may be the name and the second is not one; inside a sentence
      // the capital makes the first a name and leaves the second in doubt (`Червоного Хреста`).
      if (lemmas.proper_as_written) {
        mention.certainty = initial ? NameCertainty::likely : NameCertainty::certain;
      } else {
        mention.certainty = initial ? NameCertainty::possible : NameCertainty::likely;
      }
    } else if (lemmas.foreign) {
      // A capitalised word in another script may be a name kept as written (`Dragon Capital`) or a phrase
      // left untranslated (`Royal Mail Signed For`): a counterpart for a name, never a finding alone.
      mention.certainty = NameCertainty::likely;
    } else if (!lemmas.known) {
      mention.certainty = initial ? NameCertainty::likely : NameCertainty::certain;
    }
    mention.foreign_script = lemmas.foreign;
    add_adjective_keys(lemmas, AdjectiveCase::capitalised, mention);
    for (const auto& lemma : lemmas.lemmas) {
      if (auto modern = dictionary_.modern_spelling(adapters::to_lower(lemma))) {
        mention.historical_of = text::to_utf8(*modern);
        add_unique(mention.keys, keys_.key(*modern));
        attach_entry_of(*modern, mention);
        break;
      }
    }
    add(std::move(mention), facts);
  }

  // A lowercase word that may stand for a name: an adjective made from one (`арабських`), or a word no
  // dictionary knows (`путін`, `водафон`, as informal texts write them). Only ever a counterpart.
  void add_lowercase_word(const SegmentText& text, const NameWord& word, SegmentFacts& facts) const {
    const WordLemmas& lemmas = lemmatizer_.lemmas(word.text);
    NameMention adjective;
    const bool is_adjective = add_adjective_keys(lemmas, AdjectiveCase::lowercase, adjective);
    if (!is_adjective && lemmas.known && word.text.size() > kMinimumNameStem) {
      for (const auto& lemma : lemmas.lemmas) facts.common_word_keys.push_back(keys_.key(lemma));
      return;
    }
    if (!is_adjective && (lemmas.known || word.text.size() < kMinimumNameStem)) return;
    NameMention mention = describe(text, {word}, 0, 1);
    mention.keys.insert(mention.keys.begin(), adjective.keys.begin(), adjective.keys.end());
    mention.kind = is_adjective ? NameKind::adjective : NameKind::name;
    mention.certainty = NameCertainty::possible;
    add(std::move(mention), facts);
  }

  // Adds the keys of the names the word's lemmas are adjectives of; false when none is.
  bool add_adjective_keys(const WordLemmas& lemmas, AdjectiveCase word_case, NameMention& mention) const {
    bool added = false;
    for (const auto& [ending, name_part, rule_case] : adjective_endings_) {
      if (rule_case != AdjectiveCase::any && rule_case != word_case) continue;
      for (const auto& lemma : lemmas.lemmas) {
        if (lemma.size() <= ending.size() || adapters::to_lower(lemma.substr(lemma.size() - ending.size())) != ending) {
          continue;
        }
        const std::u32string stem = lemma.substr(0, lemma.size() - ending.size());
        if (stem.size() >= kMinimumNameStem) {
          add_unique(mention.keys, keys_.key(stem));
          added = true;
        }
        // The name may keep part of the ending (`Омськ` -> `омський`, `Луцьк` -> `луцький`) when the
        // dictionary knows it as a name: `міський` (of a city) is no `Міськ`.
        if (!name_part.empty() && !stem.empty()) {
          std::u32string name = stem + name_part;
          name[0] = adapters::to_upper(name[0]);
          if (lemmatizer_.lemmas(name).proper_as_written) {
            add_unique(mention.keys, keys_.key(name));
            added = true;
          }
        }
      }
    }
    return added;
  }

  // The mention of words [first, first + count): its text, lemmas and keys.
  NameMention describe(const SegmentText& text, const std::vector<NameWord>& words, std::size_t first,
                       std::size_t count) const {
    NameMention mention;
    mention.span = {words[first].span.start, words[first + count - 1].span.end};
    mention.text =
        text::to_utf8(std::u32string_view(text.chars).substr(mention.span.start, mention.span.length()));
    std::u32string lemma;
    for (std::size_t k = first; k < first + count; ++k) {
      const WordLemmas& lemmas = lemmatizer_.lemmas(words[k].text);
      // The lemma users see: Hunspell's proper-noun stem when there is one, else the form as written.
      auto shown = std::find_if(lemmas.lemmas.begin(), lemmas.lemmas.end(),
                                [](const auto& l) { return !l.empty() && adapters::is_upper(l[0]); });
      // A word no dictionary knows shows its first rule-based lemma (`Віткоффом` -> `Віткофф`).
      if (!lemmas.known && lemmas.lemmas.size() > 1) shown = lemmas.lemmas.begin() + 1;
      if (!lemma.empty()) lemma += U' ';
      lemma += shown != lemmas.lemmas.end() ? *shown : words[k].text;
      if (count == 1) {
        for (const auto& candidate : lemmas.lemmas) {
          mention.lemmas.push_back(text::to_utf8(adapters::to_lower(candidate)));
          add_unique(mention.keys, keys_.key(candidate));
          add_unique(mention.keys, keys_.shared_key(candidate));
          for (const auto& variant : keys_.variant_keys(candidate)) add_unique(mention.keys, variant);
        }
      }
    }
    mention.lemma = text::to_utf8(lemma);
    if (count > 1) {
      mention.lemmas.push_back(text::to_utf8(adapters::to_lower(lemma)));
      add_unique(mention.keys, keys_.key(lemma));
    }
    mention.key = keys_.key(lemma);
    mention.romanised = romanised(lemma);
    return mention;
  }

  std::string romanised(const std::u32string& lemma) const {
    std::string result;
    for (const auto& word : name_words(lemma)) {
      std::string part = keys_.romanise(word.text);
      // Capitalised as written: `Vitkoff`, an acronym all capitals (`VKKS`).
      for (std::size_t k = 0; k < part.size() && (k == 0 || is_acronym(word.text)); ++k) {
        part[k] = static_cast<char>(part[k] - 'a' + 'A');
      }
      result += (result.empty() ? "" : " ") + part;
    }
    return result;
  }

  void attach(const NameEntry& entry, NameMention& mention) const {
    if (mention.entity.empty()) {
      mention.entity = entry.id;
      mention.preferred = entry.preferred;
      if (entry.kind != NameKind::name) mention.kind = entry.kind;
    }
    for (const auto& key : entry.keys) add_unique(mention.keys, key);
  }

  // A historical spelling (`Kiev`) takes the entries of its modern one (`Kyiv`), the place's own row first.
  void attach_entry_of(const std::u32string& modern, NameMention& mention) const {
    std::vector<const NameEntry*> entries;
    for (const auto& lemma : lowercase(lemmatizer_.lemmas(modern).lemmas)) {
      for (std::size_t index : dictionary_.phrases_starting(lemma)) {
        if (dictionary_.phrase(index).words.size() == 1)
          entries.push_back(&dictionary_.entry(dictionary_.phrase(index).entry));
      }
    }
    std::stable_partition(entries.begin(), entries.end(),
                          [](const NameEntry* e) { return e->kind != NameKind::adjective; });
    for (const NameEntry* entry : entries) attach(*entry, mention);
  }

  static void add(NameMention mention, SegmentFacts& facts) {
    facts.claim(mention.span);
    facts.names.push_back(std::move(mention));
  }

  const lang::Language& language_;
  Lemmatizer lemmatizer_;
  NameKeys keys_;
  NameDictionary dictionary_;
  struct AdjectiveEnding {
    std::u32string ending;
    std::u32string name_part;  // the start of the ending that some names keep: `ськ` of `ський` (Омськ)
    AdjectiveCase word_case;
  };
  std::vector<AdjectiveEnding> adjective_endings_;
};

}  // namespace

std::unique_ptr<Extractor> make_name_extractor(const lang::Language& language) {
  return std::make_unique<NameExtractor>(language);
}

}  // namespace concord::extract
