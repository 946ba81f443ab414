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

import re
from functools import lru_cache

from facts.extraction.dates.core import Anchor, DateMention, Grammar
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


__all__ = ["Anchor", "DateMention", "Period", "Periods", "find_dates", "grammar"]


HEBREW_LETTERS = re.compile("[\u0590-\u05ff]")
ARABIC_LETTERS = re.compile("[\u0600-\u06ff]")


@lru_cache(maxsize=256)
def read_phrase(phrase: str, *, today: str) -> tuple[str, str] | None:
    """A date a person typed (a filter's "May 2023", "מאי 2023", "أيار 2023", "last year"), as (EDTF, how it
    was read): the grammar of this package when the whole phrase is one date expression (it keeps the phrase's
    precision: a month stays a month), else dateparser (a day, a month or a year by what the phrase gives).
    Relative phrases are read against `today` (EDTF day). None when neither reads the whole phrase. Kept for
    the day: the filter and the X-Dates-Read-As header ask for the same phrase once per request, read once."""
    text = phrase.strip().strip(".,;:!?")
    if not text:
        return None
    language = "he" if HEBREW_LETTERS.search(text) else "ar" if ARABIC_LETTERS.search(text) else "en"
    mentions = grammar(language).find(text, published=today, extra_rules=period_rules(language, periods_from_fixture()))
    if len(mentions) == 1 and mentions[0].start == 0 and mentions[0].end == len(text):
        return mentions[0].edtf, f"{mentions[0].kind} ({language})"
    import datetime as dt

    from dateparser.date import DateDataParser

    base = dt.datetime.fromisoformat(today)
    data = DateDataParser(
        languages=[language], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    ).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    edtf = {"year": f"{day:%Y}", "month": f"{day:%Y-%m}"}.get(data.period or "day", day.isoformat())
    return edtf, f"dateparser, {data.period or 'day'} ({language})"
