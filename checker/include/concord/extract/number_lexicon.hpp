#pragma once
// The number words of one language, loaded once from its data files (dictionaries/<lang>/numbers.tsv,
// number_units.tsv, number_compounds.tsv, roman_numeral_context.txt). Keys are normalised with normal_form().
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace concord::extract {

// What a number word does when a phrase of number words is read left to right.
enum class NumberRole {
  cardinal,        // adds its value: `двадцять` `п'ять`
  ordinal,         // the same, for `п'ятий`, `fifth`; an ordinal has its cardinal's value
  multiplier,      // multiplies what came before: `hundred`
  magnitude,       // multiplies everything before it: `тисяч`, `million`, `млн`
  connector,       // joins two parts of one number and means nothing itself: `and` in `two hundred and five`
  fraction,        // adds its value to the number before it, after a connector: `half` in `one and a half`
  fraction_connector,  // joins only a following fraction: `a` in `one and a half`, `з` in `два з половиною`
  ordinal_suffix,  // letters glued to digits that make an ordinal: `21st`
  clock,           // a word after digits that makes them a clock time, which the date facts own: `5 pm`
};

struct NumberWord {
  double value = 0;
  NumberRole role = NumberRole::cardinal;
  bool stands_alone =
      true;  // a magnitude that means one of itself with no number before: `тисяча`, `million`
  bool needs_currency = false;  // a magnitude only after a currency: `m` in `$5m`
};

struct NumberUnit {
  std::string unit;     // "%" or a currency code
  bool before = false;  // written before the number (`UAH 100`) as well as after it
};

class NumberLexicon {
 public:
  // Throws Error naming the file and line when a data file is missing or malformed.
  explicit NumberLexicon(const std::filesystem::path& data_dir);

  // Lower case, with apostrophes (', ’, ʼ) removed: `П’ять` and `пять` are both `пять`.
  static std::u32string normal_form(std::u32string_view word);
  // The key of two words: their normal forms joined by one space.
  static std::u32string two_words(const std::u32string& first, const std::u32string& second);

  const NumberWord* word(const std::u32string& normal) const;
  // A unit of one or two words (`відсотків`, `per cent`); the key of two words is joined by one space.
  const NumberUnit* unit(const std::u32string& normal) const;
  // A compound adjective whose first part is a number: `двогодинну` -> {2, ""}, `двовідсотковий` -> {2, "%"}.
  struct Compound {
    double value;
    std::string unit;
  };
  std::optional<Compound> compound(const std::u32string& normal) const;
  // A word, or two words joined by one space (`world war`), next to which a Roman numeral is a number.
  bool is_roman_context(const std::u32string& normal) const { return roman_context_.count(normal) > 0; }

 private:
  std::unordered_map<std::u32string, NumberWord> words_;
  std::unordered_map<std::u32string, NumberUnit> units_;
  std::vector<std::pair<std::u32string, double>> compound_prefixes_;    // longest first
  std::vector<std::pair<std::u32string, std::string>> compound_heads_;  // head, unit
  std::unordered_set<std::u32string> roman_context_;
};

}  // namespace concord::extract
