// What: one name spelt several ways in one side of a document (`Zelenskyy` three times, `Zelensky` once): a
//   warning on each minority spelling, naming every form with its count and the dictionary's preferred form.
// Why:  editors want one spelling per person and place; mixed spellings usually mean several translators or a
//   pasted paragraph.
// Example: en "Zelenskyy said… Zelenskyy met… Zelenskyy left… Zelensky added" -> consistency, warning on the
//   segment with `Zelensky`: "Zelensky is spelt 2 ways: Zelenskyy 3 times, Zelensky 1 time; preferred:
//   Zelenskyy".
// Not a finding: inflected forms of one lemma (`Зеленського`, `Зеленському`); a possessive (`Zelenskyy's`);
//   first names (`Volodymyr` for Zelenskyy, `Vladimir` for Putin) and adjectives; two spellings as often each
//   with no preferred form known (no majority to follow).
#include <algorithm>
#include <map>
#include <memory>
#include <numeric>

#include "concord/compare/check.hpp"
#include "concord/lang/languages.hpp"

namespace concord::compare {
namespace {

using extract::NameMention;

struct Occurrence {
  std::size_t position;  // of the segment pair
  const NameMention* name;
};

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// One entity: equal keys, or a historical spelling and its modern form. Keys equal but for vowels are not
// enough here (`Karen`/`Korean`), and dictionary synonyms (`Росія`/`РФ`) are different names, not spellings.
bool same_entity(const NameMention& a, const NameMention& b) {
  if (a.key == b.key) return true;
  return (!a.historical_of.empty() && contains(a.keys, b.key)) ||
         (!b.historical_of.empty() && contains(b.keys, a.key));
}

// Dots do not make a spelling (`U.S.`/`US`).
std::string without_dots(std::string lemma) {
  std::erase(lemma, '.');
  return lemma;
}

bool same_spelling(const NameMention& a, const NameMention& b) {
  return std::any_of(a.lemmas.begin(), a.lemmas.end(), [&](const auto& la) {
    return std::any_of(b.lemmas.begin(), b.lemmas.end(),
                       [&](const auto& lb) { return without_dots(la) == without_dots(lb); });
  });
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Groups items into classes of a relation's transitive closure.
template <typename Related>
std::vector<std::vector<std::size_t>> classes(std::size_t count, Related related) {
  std::vector<std::size_t> parent(count);
  std::iota(parent.begin(), parent.end(), 0);
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t j = i + 1; j < count; ++j) {
      if (related(i, j)) parent[find_root(parent, i)] = find_root(parent, j);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> by_root;
  for (std::size_t i = 0; i < count; ++i) by_root[find_root(parent, i)].push_back(i);
  std::vector<std::vector<std::size_t>> result;
  for (auto& [root, members] : by_root) result.push_back(std::move(members));
  return result;
}

std::string times(std::size_t n) { return std::to_string(n) + (n == 1 ? " time" : " times"); }

class Consistency final : public Check {
 public:
  std::string_view id() const override { return "consistency"; }
  std::string_view description() const override {
    return "One name is spelt in several ways in the same document.";
  }

  void run(const AlignedDocument& document, FindingSink& sink) const override {
    check_side(document, true, sink);
    check_side(document, false, sink);
  }

 private:
  void check_side(const AlignedDocument& document, bool source, FindingSink& sink) const {
    std::vector<Occurrence> names;
    for (std::size_t position = 0; position < document.pairs.size(); ++position) {
      const SideText& side = source ? document.pairs[position].source : document.pairs[position].target;
      for (const auto& name : side.facts.names) {
        // A multi-word name is a dictionary phrase: its words inflect, its spelling is the dictionary's.
        if (name.kind == extract::NameKind::name && name.certainty != extract::NameCertainty::possible &&
            name.text.find(' ') == std::string::npos) {
          names.push_back({position, &name});
        }
      }
    }
    const lang::Language* language = source ? document.source_language : document.target_language;
    for (const auto& entity : classes(names.size(), [&](std::size_t i, std::size_t j) {
           return same_entity(*names[i].name, *names[j].name);
         })) {
      auto spellings = classes(entity.size(), [&](std::size_t i, std::size_t j) {
        return same_spelling(*names[entity[i]].name, *names[entity[j]].name);
      });
      if (spellings.size() < 2) continue;
      for (auto& spelling : spellings) {
        for (auto& member : spelling) member = entity[member];
      }
      report(names, spellings, language ? language->code() : "", source, sink);
    }
  }

  void report(const std::vector<Occurrence>& names, std::vector<std::vector<std::size_t>> spellings,
              const std::string& code, bool source, FindingSink& sink) const {
    const NameMention& first = *names[spellings.front().front()].name;
    std::string preferred;
    for (const auto& [language, form] : first.preferred) {
      if (language == code) preferred = form;
    }
    const auto shown = [&](const std::vector<std::size_t>& spelling) {
      return names[spelling.front()].name->lemma;
    };
    // The majority spelling, or the dictionary's preferred one, is the one to keep.
    const auto rank = [&](const std::vector<std::size_t>& spelling) {
      return std::make_pair(shown(spelling) == preferred, spelling.size());
    };
    std::stable_sort(spellings.begin(), spellings.end(),
                     [&](const auto& a, const auto& b) { return rank(a) > rank(b); });
    if (preferred.empty() && spellings[0].size() == spellings[1].size()) return;

    std::string message = shown(spellings.back()) + " is spelt " + std::to_string(spellings.size()) +
                          " ways in this document: ";
    for (std::size_t k = 0; k < spellings.size(); ++k) {
      message += (k ? ", " : "") + shown(spellings[k]) + " " + times(spellings[k].size());
    }
    message += "; use " + (preferred.empty() ? shown(spellings[0]) : preferred);
    for (std::size_t k = 1; k < spellings.size(); ++k) {
      for (std::size_t index : spellings[k]) {
        const Excerpt here{names[index].name->text, names[index].name->span};
        sink.add(names[index].position,
                 {std::string(id()), Severity::warning, message, source ? std::optional(here) : std::nullopt,
                  source ? std::nullopt : std::optional(here)});
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_consistency() { return std::make_unique<Consistency>(); }

}  // namespace concord::compare
