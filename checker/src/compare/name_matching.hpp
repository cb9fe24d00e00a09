#pragma once
// How two name mentions relate, for the name and consistency checks.
#include <optional>
#include <string>

#include "concord/extract/name_mention.hpp"

namespace concord::compare {

// One entity: the same dictionary entry, a shared comparison key, or keys equal but for their vowels
// (`Трамп`/`Trump`).
bool same_name(const extract::NameMention& a, const extract::NameMention& b);

// Consonants mostly alike (a third may differ): how a name written in Latin letters looks once a translator
// spelt it by ear in another script (`Caesar`/`Цезар`, `Fellowes`/`Феллоуз`, `Orleans`/`Орлеан`).
bool similar(const extract::NameMention& a, const extract::NameMention& b);

// Not the same name but one consonant away from it (`Пєсков`/`Pestov`): a misspelling, not another name.
bool near_miss(const extract::NameMention& a, const extract::NameMention& b);

// How the translation should spell `source`: the entry's preferred form in the target language, else the
// source's lemma romanised when the target writes Latin, else the lemma.
std::string expected_spelling(const extract::NameMention& source, const std::string& target_code,
                              bool target_is_latin);

}  // namespace concord::compare
