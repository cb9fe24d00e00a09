// What: a name in one side of a segment has no counterpart in the other: dropped, added, swapped for another
//   (`Херсон` / `Kharkiv`), or misspelt (`Пєсков` / `Pestov`, with the expected spelling); and a historical
//   spelling (`Kiev`) where the preferred one (`Kyiv`) is current.
// Why:  a wrong name is the most visible error a translation can make, and the hardest to see when the
// scripts
//   differ.
// Example: uk "Лавров заявив" / en "Peskov said" -> name, error: "source has Лавров, translation has Peskov".
// Not a finding: `Зеленського` / `Zelensky` (inflection, spelling variant); `Володимир Зеленський` /
// `Zelenskyy`
//   (a first name left out); `Донеччина` / `the Donetsk region`; `американські` / `US` (an adjective
//   rephrased); a capitalised common word (`Free Standard Shipping`); a segment with one side missing.
#include <algorithm>
#include <deque>
#include <memory>

#include "concord/compare/check.hpp"
#include "concord/core/text.hpp"
#include "concord/lang/languages.hpp"
#include "name_matching.hpp"

namespace concord::compare {
namespace {

using extract::NameCertainty;
using extract::NameKind;
using extract::NameMention;

Excerpt excerpt(const NameMention& name) { return {name.text, name.span}; }

// Unmatched names that make a finding on their own: first names, adjectives and titles are left out or
// rephrased by good translations, and a capitalised common word is not known to be a name.
bool reportable(const NameMention& name, NameCertainty least) {
  return (name.kind == NameKind::name || name.kind == NameKind::acronym) && name.certainty >= least;
}

// Acronyms no dictionary knows are often expanded or dropped in good translations (`ЗВО` / `the foreign
// electoral district`): a warning. One kept in another script (`WOG` in a Ukrainian text) is a name as written.
Severity severity_of(const NameMention& name) {
  return name.kind == NameKind::acronym && name.entity.empty() && !name.foreign_script ? Severity::warning
                                                                                       : Severity::error;
}

bool capitalises(const lang::Language* language) {
  return language && language->profile().capitalises_common_words;
}

bool answered(const NameMention& name, const std::vector<NameMention>& others, bool by_ear) {
  return std::any_of(others.begin(), others.end(), [&](const NameMention& other) {
    return same_name(name, other) || (by_ear && similar(name, other));
  });
}

// The names of one side that no name of the other side answers, nor a common word the other language writes
// in lowercase with the same key. Into a script other than Latin, names of Latin-script origin are spelt by
// ear, so a similar name counts as an answer there.
std::vector<const NameMention*> unmatched(const extract::SegmentFacts& side, const extract::SegmentFacts& other,
                                          bool by_ear, bool adjectives = false) {
  const auto common_word = [&](const NameMention& name) {
    return std::any_of(name.keys.begin(), name.keys.end(), [&](const std::string& key) {
      return std::binary_search(other.common_word_keys.begin(), other.common_word_keys.end(), key);
    });
  };
  std::vector<const NameMention*> result;
  for (const auto& name : side.names) {
    if (adjectives ? name.kind != NameKind::adjective : !reportable(name, NameCertainty::likely)) continue;
    if (!answered(name, other.names, by_ear) && !common_word(name)) result.push_back(&name);
  }
  return result;
}

// A name written in several words (`Олег Очеретько`, `Dragon Capital`) is one name: leftovers side by side,
// with the unanswered first names beside them, become one mention spanning them all, so a swapped person is
// one finding with both names whole. A first name the other side answers (`Дмитро Пєсков` / `Dmitry
// Lavrov`) stays out of the finding, and a first name joins only a run that holds a leftover.
std::vector<const NameMention*> joined(const std::vector<const NameMention*>& leftovers, const SideText& side,
                                       const std::vector<NameMention>& others, bool by_ear,
                                       std::deque<NameMention>& storage) {
  // Every run is spoken for by a leftover: with none, there is nothing to join (the usual case).
  if (leftovers.empty()) return {};
  const auto is_leftover = [&](const NameMention* n) {
    return std::find(leftovers.begin(), leftovers.end(), n) != leftovers.end();
  };
  std::vector<const NameMention*> names;
  for (const auto& name : side.facts.names) {
    if (is_leftover(&name) || (name.kind == NameKind::first_name && !answered(name, others, by_ear)))
      names.push_back(&name);
  }
  std::sort(names.begin(), names.end(),
            [](const NameMention* a, const NameMention* b) { return a->span.start < b->span.start; });
  const std::u32string text = text::to_u32(side.text);
  const auto only_space_between = [&](const NameMention* a, const NameMention* b) {
    if (b->span.start < a->span.end) return false;
    for (std::size_t k = a->span.end; k < b->span.start; ++k) {
      if (!text::is_space(text[k])) return false;
    }
    return true;
  };
  std::vector<const NameMention*> result;
  for (std::size_t first = 0; first < names.size();) {
    std::size_t end = first + 1;
    while (end < names.size() && only_space_between(names[end - 1], names[end])) ++end;
    // The run's most certain leftover speaks for it: its kind, keys and expected spelling.
    const NameMention* head = nullptr;
    for (std::size_t k = first; k < end; ++k) {
      if (is_leftover(names[k]) && (!head || names[k]->certainty > head->certainty)) head = names[k];
    }
    if (head && end - first == 1) {
      result.push_back(head);
    } else if (head) {
      NameMention whole = *head;
      whole.span = {names[first]->span.start, names[end - 1]->span.end};
      whole.text = text::to_utf8(std::u32string_view(text).substr(whole.span.start, whole.span.length()));
      storage.push_back(std::move(whole));
      result.push_back(&storage.back());
    }
    first = end;
  }
  return result;
}

// First names that no name of the other side answers and that stand apart from any other name (`Другого,
// Юрія, —`): a translation may leave a first name out, but one first name on each side that do not match is a
// swapped person.
std::vector<const NameMention*> lone_first_names(const std::vector<NameMention>& names,
                                                 const std::vector<NameMention>& others,
                                                 const std::vector<const NameMention*>& groups, bool by_ear) {
  std::vector<const NameMention*> result;
  for (const auto& name : names) {
    if (name.kind != NameKind::first_name) continue;
    const bool grouped = std::any_of(groups.begin(), groups.end(), [&](const NameMention* g) {
      return g->span.start <= name.span.start && name.span.end <= g->span.end;
    });
    if (!grouped && !answered(name, others, by_ear)) result.push_back(&name);
  }
  return result;
}

class NameMismatch final : public SegmentCheck {
 public:
  std::string_view id() const override { return "name"; }
  std::string_view description() const override {
    return "A name is missing, added, swapped for another or misspelt in the translation.";
  }

 protected:
  void check(const SegmentPair& pair, const AlignedDocument& document,
             std::vector<Finding>& findings) const override {
    report_historical(pair, findings);
    if (!pair.source.present() || !pair.target.present()) return;
    const std::string target_code = document.target_language ? document.target_language->code() : "";
    const bool target_is_latin =
        document.target_language && document.target_language->profile().script == "Latn";
    // Between two languages of one script (Russian and Ukrainian) names are transliterated letter by letter, not
    // spelt by ear.
    const bool same_script = document.source_language && document.target_language &&
                             document.source_language->profile().script ==
                                 document.target_language->profile().script;
    const bool by_ear = !target_is_latin && !same_script;
    auto source = unmatched(pair.source.facts, pair.target.facts, by_ear);
    auto target = unmatched(pair.target.facts, pair.source.facts, by_ear);

    // Into a Latin-script translation a name's spelling follows from its romanisation: a near miss is a
    // misspelling, reported once with both spans.
    for (auto s = source.begin(); target_is_latin && s != source.end();) {
      auto t = std::find_if(target.begin(), target.end(),
                            [&](const NameMention* n) { return near_miss(**s, *n); });
      if (t == target.end()) {
        ++s;
        continue;
      }
      findings.push_back({std::string(id()), Severity::error,
                          "translation has " + (*t)->text + " for " + (*s)->text + ": expected " +
                              expected_spelling(**s, target_code, target_is_latin),
                          excerpt(**s), excerpt(**t)});
      target.erase(t);
      s = source.erase(s);
    }
    std::deque<NameMention> joined_names;
    source = joined(source, pair.source, pair.target.facts.names, by_ear, joined_names);
    target = joined(target, pair.target, pair.source.facts.names, by_ear, joined_names);
    const auto source_first_names =
        lone_first_names(pair.source.facts.names, pair.target.facts.names, source, by_ear);
    const auto target_first_names =
        lone_first_names(pair.target.facts.names, pair.source.facts.names, target, by_ear);
    for (std::size_t k = 0; k < std::min(source_first_names.size(), target_first_names.size()); ++k) {
      findings.push_back({std::string(id()), Severity::error,
                          "source has " + source_first_names[k]->text + ", translation has " +
                              target_first_names[k]->text,
                          excerpt(*source_first_names[k]), excerpt(*target_first_names[k])});
    }
    // A swap pairs two leftovers of which one at least is certainly a name (`Russia vetoed` / `Коваленко
    // наклала вето`, where the unknown word opens the sentence); a lone leftover must be certain itself.
    const auto certain = [](const NameMention* n) { return n->certainty == NameCertainty::certain; };
    const bool any_certain = std::any_of(source.begin(), source.end(), certain) ||
                             std::any_of(target.begin(), target.end(), certain);
    const std::size_t paired = any_certain ? std::min(source.size(), target.size()) : 0;
    // An acronym is kept or transliterated as an acronym: acronyms pair with each other first (`WOG` / `OKKO`
    // beside an unmatched `Antimonopoly`).
    const auto acronym = [](const NameMention* n) { return n->kind == NameKind::acronym; };
    std::stable_partition(source.begin(), source.end(), acronym);
    std::stable_partition(target.begin(), target.end(), acronym);
    for (std::size_t k = 0; k < paired; ++k) {
      // An acronym opposite a name is its expansion or its translation when that side's language capitalises
      // the words of a multi-word name (`ЗВО` / `Foreign Electoral District`, `БПЛА` / `UAVs`): then a
      // warning. Elsewhere (`PCR` / `Коваленко`), and opposite one word no dictionary knows (`ОМОН` /
      // `Hrytsenko`), an acronym is kept or transliterated, and a name opposite it is a swap.
      const auto expands = [&](const NameMention& acronym, const NameMention& name,
                               const lang::Language* language) {
        const bool unknown_word = name.kind == NameKind::name && name.entity.empty() &&
                                  name.text.find(' ') == std::string::npos;
        return severity_of(acronym) == Severity::warning && capitalises(language) && !unknown_word;
      };
      const bool expansion = expands(*source[k], *target[k], document.target_language) ||
                             expands(*target[k], *source[k], document.source_language);
      const Severity severity = expansion ? Severity::warning : Severity::error;
      findings.push_back({std::string(id()), severity,
                          "source has " + source[k]->text + ", translation has " + target[k]->text,
                          excerpt(*source[k]), excerpt(*target[k])});
    }
    source.erase(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(paired));
    target.erase(target.begin(), target.begin() + static_cast<std::ptrdiff_t>(paired));
    // A name where the other side has an adjective of another name (`російські загарбники` / `Kowalski
    // invaders`) is a swap too, even when the name opens the sentence; not so a common word opening a sentence
    // that is also a surname (`Kočka byla zavřená` / `поліцейські`): any adjective-like word would answer it.
    std::erase_if(source, [&](const NameMention* n) { return !certain(n) && n->common_word; });
    std::erase_if(target, [&](const NameMention* n) { return !certain(n) && n->common_word; });
    pair_with_adjectives(source,
                         unmatched(pair.target.facts, pair.source.facts, by_ear, true),
                         true, findings);
    pair_with_adjectives(target,
                         unmatched(pair.source.facts, pair.target.facts, by_ear, true),
                         false, findings);
    std::erase_if(source, [&](const NameMention* n) { return !certain(n); });
    std::erase_if(target, [&](const NameMention* n) { return !certain(n); });
    for (std::size_t k = 0; k < source.size(); ++k) {
      findings.push_back({std::string(id()), severity_of(*source[k]),
                          "source has " + source[k]->text + ", translation has no such name (expected " +
                              expected_spelling(*source[k], target_code, target_is_latin) + ")",
                          excerpt(*source[k]), std::nullopt});
    }
    for (std::size_t k = 0; k < target.size(); ++k) {
      findings.push_back({std::string(id()), severity_of(*target[k]),
                          "translation has " + target[k]->text + ", source has no such name", std::nullopt,
                          excerpt(*target[k])});
    }
  }

 private:
  void pair_with_adjectives(std::vector<const NameMention*>& names,
                            const std::vector<const NameMention*>& adjectives, bool names_in_source,
                            std::vector<Finding>& findings) const {
    const std::size_t paired = std::min(names.size(), adjectives.size());
    for (std::size_t k = 0; k < paired; ++k) {
      const NameMention& source = names_in_source ? *names[k] : *adjectives[k];
      const NameMention& target = names_in_source ? *adjectives[k] : *names[k];
      findings.push_back({std::string(id()), severity_of(*names[k]),
                          "source has " + source.text + ", translation has " + target.text, excerpt(source),
                          excerpt(target)});
    }
    names.erase(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(paired));
  }

  void report_historical(const SegmentPair& pair, std::vector<Finding>& findings) const {
    for (const auto* side : {&pair.source, &pair.target}) {
      for (const auto& name : side->facts.names) {
        if (name.historical_of.empty()) continue;
        const std::optional<Excerpt> here = excerpt(name);
        findings.push_back({std::string(id()), Severity::warning,
                            name.text + " is a historical spelling; write " + name.historical_of,
                            side == &pair.source ? here : std::nullopt,
                            side == &pair.target ? here : std::nullopt});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_name_mismatch() { return std::make_unique<NameMismatch>(); }

}  // namespace concord::compare
