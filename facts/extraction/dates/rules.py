"""Building a language's rules from templates of named parts (core.compose), and the parts every language
shares: years in digits, numeric and ISO dates."""

from __future__ import annotations

import re

from facts.extraction.dates.core import LazyPattern, Rule, Valuer, compose
from facts.extraction.normalise import fold_pattern
from facts.extraction.wordlists import word_atoms, word_trie

# A year in digits, not part of a longer number, a decimal, a time or a quantity ("1,500", "2.5", "2000%").
# Not a decade's first year either ("the 1990s", "1990's").
YEAR = r"(?<![\d.,:/])(?:1[5-9]\d\d|20\d\d)(?![\d]|[.,]\d|\s*[%٪]|['’]?s\b)"

# Before a number that is a clock time ("1 February, 09:30"): a day and month followed by it still lack a year.
NOT_A_TIME = r"(?!\d{1,2}:\d\d(?!\d))"


def named_twice(month: str, other: str) -> str:
    """A month's name, or one month named twice: another of its names (or another calendar's) after a slash or
    in brackets ("أيار/مايو", "آب (أغسطس)", "October (Tishrei)"), or another calendar's month glossed by this
    one's ("סיון (יוני)", "Ramadan (April)"). `month` and `other` are alternatives; the valuer takes the name
    it knows (core.Found.month), the year is the one after the brackets."""
    gloss = rf"(?:{month}|{other})"
    return (
        rf"(?:(?:{month})(?:\s*/\s*{gloss}|\s*\(\s*{gloss}\s*\))?"
        rf"|(?:{other})\s*(?:/\s*(?:{month})|\(\s*(?:{month})\s*\)))"
    )


def second_unit(parts: dict[str, str], *, joiner: str, half: str, count_optional: bool) -> str:
    """The part `more`: after a count's unit, a second count and unit ("two years and three months ago", "לפני
    שנה ושלושה חודשים", "قبل عامين وستة أشهر") or a half of the unit ("a year and a half", "שנתיים וחצי",
    "عام ونصف"); core.duration counts them in the smaller unit. `count_optional`: a unit counts one or two on
    its own ("וחודשיים", "وشهرين")."""
    count = rf"(?P<n2>{parts['n']})\s+"
    return rf"{joiner}{f'(?:{count})?' if count_optional else count}(?P<unit2>{parts['unit']})|(?P<half>{half})"


def shared_parts() -> dict[str, str]:
    return {
        "year": YEAR,
        "year2": YEAR,
        "short": r"(?<![\w'’])['’]\d\d(?![\d\w])",
        "iso": r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])",
        "d1": r"[12]\d|3[01]|0?[1-9]",
        "d2": r"[12]\d|3[01]|0?[1-9]",
        "numyear": r"(?P<year>(?:1[5-9]|20)\d\d|\d\d)",
    }


class RuleSet:
    """A language's rules in the order written (earlier rules win ties between spans of equal length)."""

    def __init__(self, parts: dict[str, str], *, flags: int = 0, literals: dict[str, str] | None = None) -> None:
        self.parts = parts
        self.flags = flags
        self.literals = literals or {}  # written into templates as they are (a script's letters: {he})
        self.rules: tuple[Rule, ...] = ()

    def add(
        self,
        name: str,
        kind: str,
        template: str,
        value: Valuer,
        *,
        anchor: str = "",
        flags: int | None = None,
        **parts: str,
    ) -> None:
        """A rule; `parts` adds or replaces parts for this rule alone."""
        parts = {name: longest_first(pattern) for name, pattern in parts.items()}
        if "more" in self.parts and "{n}" in template and "{unit}" in template:
            # A count's unit may be followed by a second ("two years and three months") or by its half
            template = template.replace("{unit}", "{unit}{more}?", 1)
        pattern = compose(self.literal(template), {**self.parts, **parts})
        compiled = LazyPattern(fold_pattern(pattern), self.flags if flags is None else flags)
        self.rules = (*self.rules, Rule(name=name, kind=kind, pattern=compiled, value=value, anchor=anchor))

    def literal(self, template: str) -> str:
        for name, value in self.literals.items():
            template = template.replace("{" + name + "}", value)
        return template

    def trap(self, pattern: str, *, flags: int | None = None) -> None:
        """What is not a date though it looks like one: it claims its span and yields nothing."""
        compiled = LazyPattern(fold_pattern(self.literal(pattern)), self.flags if flags is None else flags)
        self.rules = (*self.rules, Rule(name="not a date", kind="trap", pattern=compiled, value=None))


# Numeric dates, whatever the language: day first unless the day-first reading is impossible, one separator
# throughout (13.4.2025, 13/04/25, 29-03-2023); year first with a slash or dot (2023/09/22); ISO months.
LEAD = r"(?<![\d/.])(?<!\d-)"  # not inside a longer number; a prefix's hyphen (ב-29.3.2023) may stand before
NUMERIC_DATE = LEAD + r"{d1}(?P<sep>[./\-]){d2}(?P=sep){numyear}(?![\d/.\-]?\d)"
YEAR_FIRST_DATE = (
    LEAD + r"(?P<year>(?:1[5-9]|20)\d\d)(?P<sep>[./\-])(?P<month>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?![\d/.]?\d)"
)
ISO_MONTH = LEAD + r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\d\-/.]|\s*[%٪])"


def after_words(*words: str) -> str:
    """Zero-width: right after one of `words` and a space. The words stay out of the span, so that "since" or
    "until" before it is read as it is before any date (core.Grammar.since_before, until_before)."""
    return "(?:" + "|".join(f"(?<={re.escape(word)} )" for word in words) + ")"


def numeric_day_month(cue: str, separators: str, quantities: str) -> str:
    """A day and a month in digits without a year ("ב-7.10", "מאז ה-14/5", "يوم 14/5", "on 14/5"): only after a
    word that introduces a date (`cue`: a preposition, "יום", "يوم"), and not when what follows makes the
    number a quantity (`quantities`: "2.5 million", "1.5 אחוזים"), a fraction ("2/3 of") or a range of numbers
    ("from 1.5 to 2"). `separators`: English writes decimals with a dot, so only the slash there."""
    return (
        f"(?:{cue})"
        + LEAD
        + rf"{{d1}}[{separators}]{{d2}}(?![\d/.\-]?\d)(?![.,]?\d)"
        + rf"(?!\s*(?:[%٪]|(?:{quantities})(?!\w)))"
        + r"(?!\s*(?:[-–־]|to|and|or|עד|ל[-־]?|או|و|إلى|الى|أو)\s*[-־]?\d)"
        + r"(?!\s+(?:of\b|מה[א-ת]|من\s))"  # a fraction: "2/3 of the members", "2/3 מהחברים", "2/3 من الأعضاء"
    )


# An international telephone number ("+994 12 497 2017", "+972-3-555-2019"): its last group is no year.
PHONE_NUMBER = r"\+\d{1,3}(?:[\s\-.]*\(?\d{1,4}\)?){2,5}"


def numeric_rules(rules: RuleSet, valuers, *, before: str = "") -> None:
    """The numeric forms every language writes alike; `before` is the language's prefix syntax (ב־, في)."""
    rules.add("numeric date", "numeric", before + NUMERIC_DATE, valuers.numeric_date)
    rules.add("year-first date", "numeric", before + YEAR_FIRST_DATE, valuers.iso_date)
    rules.add("iso month", "month-year", before + ISO_MONTH, valuers.iso_month)


PLAIN_WORDS = re.compile(r"[^()\[\]?*+{}|]+(?:\|[^()\[\]?*+{}|]+)*")


def longest_first(pattern: str) -> str:
    """Plain alternatives ("שעבר|שעברה") tried longest first, so that a word is never cut short."""
    if not PLAIN_WORDS.fullmatch(pattern):
        return pattern
    words = [word_atoms(word) for word in pattern.split("|")]
    if any(atoms is None for atoms in words):  # classes or wildcards: keep the words whole
        return "|".join(sorted(pattern.split("|"), key=len, reverse=True))
    return word_trie([atoms for atoms in words if atoms is not None])
