"""Date expressions in Hebrew, Arabic and English, as a grammar: each with its exact span, its kind, an EDTF
value at the precision the words have, and what it was resolved against.

- `core`: the anchor and antecedent model, rules composed from named parts, the engine (recognition of the
  longest spans, then normalisation in reading order);
- `valuers`: how a kind of expression is valued, whatever the language;
- `numbers`, `calendars`: numbers in words, the Hebrew and Hijri calendars;
- `en`, `he`, `ar`: each language's lexicon, parts and rules.

Conventions are those of the project's date tables: "since 1992" runs to the publication date, "in recent
years" is the last five years approximately, a week is given as its month, seasons are month intervals.
"""

from __future__ import annotations

from facts.extraction.dates.core import ARABIC_DIGITS, Anchor, DateMention, Grammar
from facts.extraction.dates.periods import Period, Periods, period_rules, periods_from_fixture


def grammar(language: str) -> Grammar:
    from facts.extraction.dates import ar, en, he

    return {"en": en.GRAMMAR, "he": he.GRAMMAR, "ar": ar.GRAMMAR}.get(language, en.GRAMMAR)


def find_dates(
    text: str, *, language: str, published: str | None = None, periods: Periods | None = None
) -> list[DateMention]:
    """Every date expression in `text`, left to right, without overlaps; spans index into `text`.
    `periods`: the named periods to resolve against (by default those of fixtures/periods.json)."""
    periods = periods_from_fixture() if periods is None else periods
    return grammar(language).find(text, published=published, extra_rules=period_rules(language, periods))


__all__ = ["ARABIC_DIGITS", "Anchor", "DateMention", "Period", "Periods", "find_dates", "grammar"]
