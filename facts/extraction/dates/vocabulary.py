"""The words of dates that are data, not syntax: month and weekday names in every form and every regional
system a language is written in, from the Unicode CLDR (as Babel ships it) and dateparser's language data.

Arabic is written with four month systems (يناير…, كانون الثاني…, جانفي… in the Maghreb, يوليوز/غشت in Morocco);
CLDR's regional locales (ar_SY, ar_DZ, ar_MA, …) hold each, so the union of a language's locales reads a page
from any of its countries. A language module keeps its syntax (prefixes, word order, particles) and takes its
words from here; adding a language is its locale code here and a short syntax file. Spellings are folded
(facts.extraction.normalise) when the grammar is built, so one spelling per word is enough here."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from babel import Locale, localedata
from wordfreq import zipf_frequency

# Abbreviations that are ordinary words of the language (English "Mar", "May" stays as a month's full name).
NOT_MONTH_NAMES = {"en": {"mar", "jun", "jul", "dec"}}


def locales_of(language: str) -> list[str]:
    """The language's locales in its own script (not English in Deseret or Shavian letters)."""
    return sorted(
        code
        for code in localedata.locale_identifiers()
        if code.split("_")[0] == language and Locale.parse(code).script is None
    )


@cache
def month_names(language: str, *, abbreviated: bool = False) -> dict[str, int]:
    """Every month name CLDR gives the language in any of its locales (format and stand-alone), lower-cased,
    with its number; with `abbreviated`, the abbreviations too (less those that are ordinary words)."""
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    names: dict[str, int] = {}
    for code in locales_of(language):
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in widths:
                for number, name in months.get(context, {}).get(width, {}).items():
                    word = " ".join(name.replace("\u00a0", " ").lower().rstrip(".").split())
                    if word and not word.isdigit() and word not in NOT_MONTH_NAMES.get(language, ()):
                        names.setdefault(word, number)
    for number, name in enumerate(DATEPARSER_MONTHS, start=1):
        for word in dateparser_words(language, name):
            names.setdefault(word, number)
    return names


@cache
def weekday_names(language: str) -> dict[str, int]:
    """Weekday names (Monday 0) from CLDR's locales of the language and dateparser's data, lower-cased; a
    name written with its "day" word in CLDR ("יום שני") gives the bare name too ("שני")."""
    names: dict[str, int] = {}
    for code in locales_of(language):
        days = Locale.parse(code).days
        for context in ("format", "stand-alone"):
            for number, name in days.get(context, {}).get("wide", {}).items():
                names.setdefault(name.lower(), number)
    for number, name in enumerate(DATEPARSER_WEEKDAYS):
        for word in dateparser_words(language, name):
            names.setdefault(word, number)
    return names


@cache
def weekday_abbreviations(language: str) -> dict[str, int]:
    """Weekdays as CLDR abbreviates them ("Thu", "Tue"; with dateparser's "Tues" and "Thurs") and as Hebrew
    numbers them by letter after the "day" word ("יום ה׳", Thursday), with the geresh or the apostrophe typed
    for it. Arabic abbreviates none."""
    names: dict[str, int] = {}
    for code in locales_of(language):
        for number, name in Locale.parse(code).days.get("format", {}).get("abbreviated", {}).items():
            word = name.lower().removeprefix("יום ").rstrip(".").strip()
            if word.endswith("\u05f3"):  # a letter and its geresh
                names.setdefault(word, number)
                names.setdefault(word[:-1] + "'", number)
            elif language == "en" and len(word) == 3:
                names.setdefault(word, number)
    if language == "en":
        names |= {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
    return names


DATEPARSER_MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]  # fmt: skip
DATEPARSER_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def dateparser_words(language: str, key: str) -> list[str]:
    """dateparser's words for a month or weekday in this language, without its abbreviations (one or two
    letters and a geresh) and without the forms it lists with a Hebrew prefix (the grammar's syntax adds
    those)."""
    from importlib import import_module

    try:
        info = import_module(f"dateparser.data.date_translation_data.{language}").info
    except ModuleNotFoundError:
        return []
    listed = [word.lower().rstrip(".") for word in info.get(key, [])]
    words = []
    for word in listed:
        abbreviation = any(other != word and other.startswith(word) for other in listed)
        prefixed = word[:1] in "בלומה" and word[1:] in listed
        lettered = len(word.split()[-1]) == 1  # "יום ב": a weekday by its letter
        if len(word) < 3 or "'" in word or "׳" in word or abbreviation or prefixed or lettered:
            continue
        words.append(word)
    return words


@cache
def unit_names(language: str, units: tuple[str, ...] = ("hour", "minute")) -> dict[str, str]:
    """The words CLDR writes a count of each unit with, in every plural form and locale of the language, long
    and short ("hours", "hr"; "שעות", "שעתיים"; "ساعات", "ساعتان"), lower-cased, with the unit they name. A short
    form of one or two letters ("س" for an hour in Arabic) is a letter of the text, not a word, and is left out,
    as is a form of two words ("שתי דקות": a number and a unit)."""
    names: dict[str, str] = {}
    for code in locales_of(language):
        patterns = Locale.parse(code)._data["unit_patterns"]  # Babel has no public accessor of the forms
        for unit in units:
            for width in ("long", "short"):
                forms = patterns.get(f"duration-{unit}", {}).get(width, {})
                for plural, form in forms.items():
                    if plural == "per":
                        continue
                    word = " ".join(form.replace("{0}", " ").replace("\u200f", " ").lower().split())
                    if len(word.replace("׳", "")) > 2 and " " not in word:
                        names.setdefault(word, unit)
    return names


@cache
def quantity_words(language: str) -> frozenset[str]:
    """Words that say a number before them is a quantity, not a day and a month ("2.5 million", "1.5 אחוזים",
    "3.5 مليار", "2.5 kilometers"): the first word of every CLDR unit, of the large-number words of its compact
    formats and of every currency name, lower-cased."""
    # The language's own locale: its regional ones write units and numbers the same way (English has 126 of
    # them, and reading every unit of each took 0.4 s of a worker's start).
    locale = Locale.parse(language)
    forms: set[str] = set()
    for widths in locale._data["unit_patterns"].values():  # Babel has no public accessor of the forms
        forms.update(form for plural, form in widths.get("long", {}).items() if plural != "per")
    compact: Any = locale.compact_decimal_formats or {}
    forms.update(pattern.pattern for patterns in compact.get("long", {}).values() for pattern in patterns.values())
    forms.update(locale.currencies.values())
    words = set()
    for form in forms:
        first = next(iter(LETTERS.findall(form.replace("{0}", " "))), "")
        if len(first) > 2:  # not a preposition ("في المئة": per hundred)
            words.add(first.lower())
    return frozenset(words)


LETTERS = re.compile(r"[^\W\d_]+")


@cache
def plural_unit_names(language: str, units: tuple[str, ...] = ("hour", "minute")) -> frozenset[str]:
    """Of `unit_names`, the plural forms (CLDR's "few", "many" and "other" where they differ from "one":
    "hours", "שעות", "ساعات"): without a number they count a few ("hours later", "بعد ساعات")."""
    plurals = set()
    for code in locales_of(language):
        patterns = Locale.parse(code)._data["unit_patterns"]
        for unit in units:
            for width in ("long", "short"):
                forms = patterns.get(f"duration-{unit}", {}).get(width, {})
                one = forms.get("one", "").replace("{0}", "").strip().lower()
                for plural in ("few", "many", "other"):
                    word = forms.get(plural, "").replace("{0}", "").strip().lower()
                    if word and word != one and " " not in word and len(word) > 2:
                        plurals.add(word)
    return frozenset(plurals)


@cache
def dual_unit_names(language: str, units: tuple[str, ...] = ("hour", "minute")) -> frozenset[str]:
    """Of `unit_names`, the words that count two on their own: CLDR's "two" form written without a number
    ("שעתיים", "ساعتان")."""
    duals = set()
    for code in locales_of(language):
        patterns = Locale.parse(code)._data["unit_patterns"]
        for unit in units:
            form = patterns.get(f"duration-{unit}", {}).get("long", {}).get("two", "{0}")
            if "{0}" not in form and " " not in form.strip():
                duals.add(form.strip().lower())
    return frozenset(duals)


@cache
def relative_days(language: str) -> dict[str, int]:
    """Words for a day counted from publication ("yesterday" -1, "اليوم" 0, "מחר" 1) from dateparser's
    relative-type data: its "N day ago" and "in N day" entries."""
    from importlib import import_module

    try:
        info = import_module(f"dateparser.data.date_translation_data.{language}").info
    except ModuleNotFoundError:
        return {}
    words: dict[str, int] = {}
    for key, listed in info.get("relative-type", {}).items():
        parts = key.split()
        if parts[-1] == "ago" and parts[1] == "day":
            offset = -int(parts[0])
        elif parts[0] == "in" and parts[2] == "day":
            offset = int(parts[1])
        else:
            continue
        for word in listed:
            if word.lower() not in NOT_DAY_WORDS:
                words.setdefault(word.lower(), offset)
    return words


# dateparser's entries that are not a day counted from publication in running text: "the previous day" is
# counted from the event told ("اليوم السابق"), "till date" is a span; "two days ago" is the grammar's "ago".
NOT_DAY_WORDS = {"اليوم السابق", "till date", "قبل يومين"}


WORD_OF_ITS_OWN_ZIPF = 3.0  # once per million words: wordfreq's small lists hold every word down to here


@lru_cache(maxsize=65536)
def a_word_of_its_own(rest: str, whole: str, language: str, *, margin: float = 0.0) -> bool:
    """Whether what is left when a prefix is taken off a word is a word of the language itself (wordfreq's
    frequencies), and no rarer than the whole: a verb less its future prefix is the verb ("سيزور" leaves
    "يزور", "ستفتتح" leaves "تفتتح"), a noun that begins with the prefix's letters leaves no word ("سياسة"
    leaves "ياسة", "سنوات" leaves "نوات"), and a word much commoner whole than cut ("سيما" in "لا سيما") is
    the word it is. `margin`: how much commoner (in zipf) than the whole the rest must be."""
    common = frequency_of_folded(rest, language)
    if language == "ar" and common < WORD_OF_ITS_OWN_ZIPF:
        # The imperfect of two or of many ("سيوقعان", "سيلتقون", "ستجتمعان"): wordfreq's lists hold the verb of one
        # far more often than its other persons, so the verb less its ending is asked for as well
        common = max(
            (
                frequency_of_folded(rest[: -len(ending)], language)
                for ending in ARABIC_VERB_ENDINGS
                if rest.endswith(ending) and len(rest) - len(ending) >= 3
            ),
            default=common,
        )
    return common >= WORD_OF_ITS_OWN_ZIPF and common >= frequency_of_folded(whole, language) + margin


ARABIC_VERB_ENDINGS = ("ان", "ون", "ين")


# A folded word (facts.extraction.normalise) as it may be written: the final ه a ة, the final ي a ى, the
# first ا an أ or إ ("سيده" is "سيدة", a lady, before it is "سي" and "يده", his hand).
FINAL_AS_WRITTEN = {"ه": "ة", "ي": "ى"}
FIRST_AS_WRITTEN = {"ا": "أإ"}


def frequency_of_folded(word: str, language: str) -> float:
    spellings = {word}
    if language == "ar" and word:
        spellings |= {word[:-1] + letter for letter in FINAL_AS_WRITTEN.get(word[-1], "")}
        spellings |= {letter + word[1:] for letter in FIRST_AS_WRITTEN.get(word[0], "")}
    return max(zipf_frequency(spelling, language, wordlist="small") for spelling in spellings)
