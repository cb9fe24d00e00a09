"""Planting errors in reference translations: the helpers bench/quality and bench/other_pairs.py share.

Every function takes the translation text and its language and returns the changed text, or None where the kind does
not apply to that text. Month and weekday words come from the hand tables below for the languages that have one
(one row per grammatical form, so a word is swapped for another in the same case), else from the language's own
dictionaries/<lang>/dates.tsv. These are benchmark data (what to plant), not checker knowledge.
"""
import functools
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent

MONTHS = {
    # no "May": sentence-initially it is as often the verb
    "en": [["January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December"],
           ["Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]],
    "uk": [["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
            "жовтень", "листопад", "грудень"],
           ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"],
           ["січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні",
            "листопаді", "грудні"]],
}
WEEKDAYS = {
    "en": [["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]],
    "uk": [["понеділок", "вівторок", "середу", "четвер", "п'ятницю", "суботу", "неділю"],
           ["понеділка", "вівторка", "середи", "четверга", "п'ятниці", "суботи", "неділі"],
           ["понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"]],
}

NUMBER = re.compile(r"(?<![\w.,:])[-+]?\d+(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?:\s?%)?(?![\w]|:\d)")
YEAR = re.compile(r"(?<![\w.,:/-])(1[89]\d\d|20[0-3]\d)(?![\w.,:/]\d|\d)")
# hh:mm, or hh.mm with round minutes (a dot with other minutes is more often a day.month date: 19.04)
CLOCK = re.compile(r"(?<![\w.:])([01]?\d|2[0-3])(:[0-5]\d|\.(?:00|15|30|45))(?![\d.:]\d)|(?<![\w.:])(1[0-2]|[1-9])(\s?[ap]\.?m\.?)",
                   re.IGNORECASE)
WORD = re.compile(r"[\w'’ʼ-]+")


@functools.lru_cache(maxsize=None)
def dictionary_rows(lang, kind):
    """The `kind` (month, weekday) nouns of dictionaries/<lang>/dates.tsv as swap rows: one row per `stem+class`
    ending or per position in a listed form set, each row holding at most one form per value. Forms marked as
    ordinary words too (`středu?`), ambiguous words and adjectives are left out: the checker rightly reads them
    only in context."""
    path = ROOT / "dictionaries" / lang / "dates.tsv"
    if not path.exists():
        return []
    lines = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    endings = {cells[1]: cells[2].split() for cells in lines if cells[0] == "ending" and len(cells) > 2}
    ambiguous = {w for cells in lines if cells[0] == "ambiguous" and len(cells) > 2 for w in cells[2].split()}
    rows = {}
    for cells in lines:
        if cells[0] != kind or len(cells) < 3:
            continue
        forms = cells[2].split()
        if len(forms) == 1 and "+" in forms[0]:
            stem, form_class = forms[0].split("+", 1)
            if "adjective" in form_class:
                continue
            expanded = [((form_class, k), stem + ("" if ending == "-" else ending))
                        for k, ending in enumerate(endings.get(form_class, []))]
        else:
            expanded = [(("listed", k), form) for k, form in enumerate(forms)]
        for row, form in expanded:
            if form.endswith("?") or "_" in form or form in ambiguous:
                continue
            rows.setdefault(row, {}).setdefault(cells[1], form)
    return [list(by_value.values()) for by_value in rows.values() if len(by_value) > 1]


def month_rows(lang):
    return MONTHS.get(lang) or dictionary_rows(lang, "month")


def weekday_rows(lang):
    return WEEKDAYS.get(lang) or dictionary_rows(lang, "weekday")


def word_pattern(words):
    """Matches any of `words` as a whole word, as written or capitalised (sentence-initially). Case-sensitive on
    purpose: English `may` and `march` are not months."""
    forms = {w for word in words for w in (word, word[:1].upper() + word[1:])}
    escaped = sorted((re.escape(w) for w in forms), key=len, reverse=True)
    return re.compile(r"(?<![\w'’ʼ])(" + "|".join(escaped) + r")(?![\w'’ʼ])")


def swap_in_rows(text, rows, rng):
    """Replaces one word from `rows` by another of the same row; keeps the original's capitalisation."""
    spots = []
    for row in rows:
        for match in word_pattern(row).finditer(text):
            spots.append((match, row))
    if not spots:
        return None
    match, row = rng.choice(spots)
    word = match.group(1)
    lower_row = [w.lower() for w in row]
    index = lower_row.index(word.lower())
    choices = [w for i, w in enumerate(row) if i != index and w.lower() != word.lower()]
    replacement = rng.choice(choices)
    if word[:1].isupper():
        replacement = replacement[:1].upper() + replacement[1:]
    return text[: match.start(1)] + replacement + text[match.end(1):]


def inject_month(text, lang, rng):
    return swap_in_rows(text, month_rows(lang), rng)


def inject_weekday(text, lang, rng):
    return swap_in_rows(text, weekday_rows(lang), rng)


def other_digit(digit, rng):
    return rng.choice([d for d in "0123456789" if d != digit])


def day_of_month_spans(text, lang):
    """Day numbers next to a month name (`21 січня`, `January 21`, `9. června`): the day kind owns them."""
    months = "|".join(sorted((re.escape(w) for row in month_rows(lang) for w in row), key=len, reverse=True))
    if not months:
        return []
    pattern = re.compile(rf"\d{{1,2}}(?:-?го|st|nd|rd|th|\.)?\s+(?:of\s+)?(?:{months})|(?:{months})\s+\d{{1,2}}\b",
                         re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def plain_numbers(text, lang):
    """Digit numbers that are not a year, a day of the month or a clock time: those belong to the date kinds."""
    taken = [m.span() for pattern in (YEAR, CLOCK) for m in pattern.finditer(text)] + day_of_month_spans(text, lang)
    return [m for m in NUMBER.finditer(text) if any(c.isdigit() for c in m.group())
            and not any(start < m.end() and m.start() < end for start, end in taken)]


def inject_digit(text, lang, rng):
    numbers = plain_numbers(text, lang)
    if not numbers:
        return None
    match = rng.choice(numbers)
    positions = [match.start() + i for i, c in enumerate(match.group()) if c.isdigit()]
    # never turn a leading digit into 0: `05` would read as the same value
    position = rng.choice(positions)
    new = other_digit(text[position], rng)
    if position == positions[0] and new == "0":
        new = "9" if text[position] != "9" else "8"
    return text[:position] + new + text[position + 1:]


def inject_number_drop(text, lang, rng):
    numbers = plain_numbers(text, lang)
    if not numbers:
        return None
    match = rng.choice(numbers)
    return re.sub(r"\s{2,}", " ", (text[: match.start()] + text[match.end():])).strip()


def inside_sentence(text, start):
    """True when the word at `start` does not open a sentence (where a common word is capitalised too)."""
    before = text[:start].rstrip(" \"'«“(")
    return bool(before) and before[-1] not in ".!?:…–—"
