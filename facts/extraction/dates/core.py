"""The shared core of the date grammar: the publication anchor, mentions, rules composed from named parts,
the values a rule computes (EDTF at the precision the words have), and the engine that recognises spans
and then normalises them in reading order, so that an anaphoric expression ("that same year", "two days
later") resolves against the date the text last mentioned.

Recognition and normalisation are separate steps: every rule of the language proposes spans; the longest
spans win (earlier rules break ties), traps included, which claim their span and yield nothing; the chosen
spans are then valued left to right.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import math
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from core.edtf import DatePrecision, InvalidEdtf, edtf_parse
from facts.extraction.dates.prefilter import Windows, required_strings, stored_analyses
from facts.extraction.dates.vocabulary import a_word_of_its_own
from facts.extraction.normalise import fold, fold_pattern, fold_word, with_folded_keys

# --- The publication date and what the text last mentioned ----------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """A reference time: the day it starts on and the precision it is known to (day, month or year)."""

    day: dt.date
    precision: DatePrecision

    @classmethod
    def from_edtf(cls, value: str | None) -> Anchor | None:
        if not value:
            return None
        try:
            parsed = edtf_parse(value.replace("?", "").replace("~", ""))
        except InvalidEdtf:
            return None
        if parsed.start is None:
            return None
        precision = (
            parsed.precision if parsed.precision in (DatePrecision.DAY, DatePrecision.MONTH) else DatePrecision.YEAR
        )
        return cls(day=parsed.start, precision=precision)

    @property
    def edtf(self) -> str:
        if self.precision == DatePrecision.DAY:
            return self.day.isoformat()
        if self.precision == DatePrecision.MONTH:
            return month_edtf(self.day.year, self.day.month)
        return f"{self.day.year:04d}"

    @property
    def month(self) -> str:
        """The anchor's month (its year when only the year is known)."""
        return month_edtf(self.day.year, self.day.month) if self.precision != DatePrecision.YEAR else self.edtf

    @property
    def knows_day(self) -> bool:
        return self.precision == DatePrecision.DAY


@dataclass(frozen=True)
class Antecedent:
    """A date the text mentioned: its first day, last day and precision, for anaphora to resolve against."""

    start: dt.date
    end: dt.date
    precision: DatePrecision

    @classmethod
    def from_edtf(cls, value: str) -> Antecedent | None:
        try:
            parsed = edtf_parse(value)
        except InvalidEdtf:
            return None
        if parsed.start is None or parsed.end is None:
            return None
        return cls(parsed.start, parsed.end, DatePrecision(parsed.precision))


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    edtf: str
    kind: str  # the kind of expression: full-date, month-year, year, season, relative, anaphora, …
    rule: str = ""  # the rule that recognised it
    anchor: str = ""  # what it was resolved against: "published", "previous", "period:<slug>", or "" (itself)
    # Its own words' value and where they begin, before the words around it ("since", "from", "until") changed
    # them: what a range of two dates ("from March 2020 to May 2021") is made of.
    plain: str = ""
    plain_start: int = -1
    plain_end: int = -1
    # A year that qualifies a noun after another date of its sentence ("On Tuesday the 18th, the embassy opened an
    # exhibition from the 2009 visit"): it names another event, not when this sentence's happened
    attributive: bool = False

    @property
    def absolute(self) -> bool:
        """A date that stands on its own words: not relative, anaphoric, a range or a period."""
        return self.kind in ABSOLUTE_KINDS

    def value_over(self, start: int, end: int) -> str:
        """The value of the words from `start` to `end` (which overlap this mention): the whole mention's
        where they take in its first word ("since August 1993" is 1993-08/P), its own words' where they begin
        inside it, among those words ("August 1993" of the same span is 1993-08). What a reader asks of a date
        inside a longer expression."""
        widened = self.plain_start > self.start and self.plain  # words before its own changed its value
        if (
            widened
            and start > self.start
            and self.plain_start < end
            and start < (self.plain_end if self.plain_end >= 0 else self.end)
        ):
            return self.plain
        return self.edtf


ABSOLUTE_KINDS = frozenset(
    {"full-date", "numeric", "month-year", "year", "short-year", "spelled-year", "hebrew-calendar", "hijri", "holiday"}
)


@dataclass
class Context:
    """What a rule may resolve against while the text is read left to right."""

    published: Anchor | None
    previous: Antecedent | None = None
    previous_at: int = -1  # where the text mentioned it
    # The last part of that date: an interval's end ("from Sept. 27 to Nov. 10" ends on Nov. 10), else the date
    previous_end: Antecedent | None = None
    # Its first part, or that of the span it closes (joined_ranges): when "the day it began" was
    previous_start: Antecedent | None = None
    # The last date the text's own words gave (not publication, not a named period, not the date before):
    # its year is the year of a day and month written just after it.
    stated: Antecedent | None = None
    stated_at: int = -1
    position: int = 0  # where the expression being valued stands
    text: str = ""  # the (folded) text being read
    future: bool = False  # the clause speaks of what is planned or expected
    # ... and says so before the expression ("will visit Baku on Tuesday", not "said on Tuesday it will")
    future_before: bool = False
    resolved_against: str = ""  # set by a valuer whose anchor depends on the text read so far
    # Set by a valuer of a span counted back to now ("for eight years", "מזה שמונה שנים", "منذ ثماني سنوات"):
    # the point it starts from, said without "for" or "since" ("eight years ago"), the span's own words' value
    counted_back: str = ""
    # Where the dates read so far begin, their own words (DateMention.plain_start): a "since" before one of
    # them is that date's, not a later one's ("since March 2020 until May 2021")
    dates_at: list[int] = field(default_factory=list)
    # Set by a valuer of a date the sentence's own narration does not move to ("a few weeks after Armenia opened
    # its embassy" dates that event; "the same day" after it still means the day the sentence gave)
    aside: bool = False


# --- Values: EDTF at the precision the words have -------------------------------------------------------


def month_edtf(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def day_edtf(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def interval(start: str, end: str) -> str:
    return start if start == end else f"{start}/{end}"


def months_interval(year: int, first: int, last: int, end_year: int | None = None) -> str:
    return interval(month_edtf(year, first), month_edtf(end_year or year, last))


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def season(year: int, name: str) -> str:
    """Northern seasons as months; winter runs from December of `year` into the next year."""
    first, last = SEASON_MONTHS[name]
    return months_interval(year, first, last, year + 1 if name == "winter" else year)


YEAR_PARTS = {"early": (1, 3), "mid": (4, 9), "late": (10, 12)}
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), "first half": (0, 4), "second half": (5, 9)}


def part_of_year(year: int, part: str) -> str:
    first, last = YEAR_PARTS[part]
    return months_interval(year, first, last)


def part_of_month(year: int, month: int, part: str) -> str:
    first, last = MONTH_PARTS[part]
    return f"{day_edtf(year, month, first)}/{day_edtf(year, month, min(last, last_day(year, month)))}"


def half(year: int, number: int) -> str:
    return months_interval(year, 1, 6) if number == 1 else months_interval(year, 7, 12)


def quarter(year: int, number: int) -> str:
    return months_interval(year, 3 * number - 2, 3 * number)


def decade(start_year: int, part: str | None = None) -> str:
    """A decade by its first year (1990), or part of it: early 1990/1993, mid 1994/1996, late 1997/1999."""
    if part is None:
        return f"{start_year // 10:03d}X"
    first, last = DECADE_PARTS[part]
    return f"{start_year + first}/{start_year + last}"


def decades(first_start: int, last_start: int, part: str | None = None) -> str:
    """Joined decades ("the eighties and nineties") as one explicit interval; `part` qualifies the first."""
    first = first_start + (DECADE_PARTS[part][0] if part else 0)
    return f"{first}/{last_start + 9}"


def century(number: int) -> str:
    """The 20th century is 19XX."""
    return f"{number - 1:02d}XX"


def century_decade(number: int, index: int, part: str | None = None) -> str:
    """The index-th decade (1-based; -1 the last) of a century: the last decade of the 20th is 199X; the middle
    of the first decade of the 21st is 2004/2006, as "the mid-2000s" is."""
    first_year = (number - 1) * 100
    return decade(first_year + 10 * ((index if index > 0 else 10 + index + 1) - 1), part)


def century_half(number: int, index: int) -> str:
    first_year = (number - 1) * 100
    return f"{first_year}/{first_year + 49}" if index == 1 else f"{first_year + 50}/{first_year + 99}"


def approximate(edtf: str) -> str:
    """A date marked approximate: each end of an interval, or the date itself."""
    if "/" in edtf:
        return "/".join(part if part == ".." or part.endswith("~") else part + "~" for part in edtf.split("/"))
    return edtf if edtf.endswith("~") else edtf + "~"


def first_part(edtf: str) -> str:
    return edtf.split("/")[0]


def since(edtf: str, anchor: Anchor | None, *, from_its_first_day: bool = False) -> str:
    """Since X: from X's start (an interval's first end, approximately: "since the early nineties"; exactly
    with `from_its_first_day`: "since the start of Ramadan") to publication."""
    start = first_part(edtf)
    if "/" in edtf and not start.endswith("~") and not from_its_first_day:
        start += "~"
    return f"{start}/{anchor.edtf if anchor else '..'}"


# --- Relative to an anchor ------------------------------------------------------------------------------


def shifted(anchor: Anchor, unit: str, count: float, *, approximately: bool = False, exactly: bool = False) -> str:
    """The anchor moved by `count` units (negative: back), at the unit's precision (weeks give a month, but
    "exactly a week" a day; "exactly ten years ago" is that calendar day, the 28th for a 29 February)."""
    mark = "~" if approximately else ""
    if unit in ("hour", "minute"):  # publication's time of day is not known: whole days back or ahead, and
        unit, count = "day", math.trunc(count * DAYS_IN[unit])  # "about three hours" leaves the day as sure
        mark = ""
    if exactly and anchor.knows_day and unit in ("year", "month", "decade") and float(count).is_integer():
        months = int(count) * {"year": 12, "month": 1, "decade": 120}[unit]
        year, month = shift_month(anchor.day.year, anchor.day.month, months)
        return dt.date(year, month, min(anchor.day.day, calendar.monthrange(year, month)[1])).isoformat()
    if unit == "year" and float(count).is_integer():
        return f"{anchor.day.year + int(count):04d}{mark}"
    if unit == "week" and not anchor.knows_day:  # weeks from a month: whole months, about
        return month_edtf(*shift_month(anchor.day.year, anchor.day.month, round(count * 7 / 30.44))) + mark
    if unit == "month" and not float(count).is_integer():  # "a month and a half ago": the month 46 days back
        day = anchor.day + dt.timedelta(days=round(count * DAYS_IN_A_MONTH))
        return month_edtf(day.year, day.month) + mark
    if unit in ("year", "month"):
        months = round(count * (12 if unit == "year" else 1))
        return month_edtf(*shift_month(anchor.day.year, anchor.day.month, months)) + mark
    if unit == "decade":
        return f"{anchor.day.year + round(count * 10):04d}{mark}"
    days = round(count * (7 if unit == "week" else 1))
    day = anchor.day + dt.timedelta(days=days)
    if (unit == "week" and not exactly) or not anchor.knows_day:
        return month_edtf(day.year, day.month) + mark
    return day.isoformat() + mark


def from_antecedent(previous: Antecedent, unit: str, count: float, *, approximately: bool = False) -> str:
    """The previous date moved by `count` units, as `shifted` does for the publication date."""
    return shifted(Anchor(previous.start, previous.precision), unit, count, approximately=approximately)


def same(previous: Antecedent, unit: str) -> str:
    """'That same year / month / day': the antecedent at that precision."""
    start = previous.start
    if unit == "year":
        return f"{start.year:04d}"
    if unit in ("month", "week") or previous.precision == DatePrecision.MONTH:
        return month_edtf(start.year, start.month)
    return start.isoformat()


def weekday_near(anchor: Anchor, weekday: int, *, after: bool) -> str:
    """The nearest day with this weekday (Monday 0) strictly before the anchor, or strictly after it."""
    if after:
        days = (weekday - anchor.day.weekday() - 1) % 7 + 1
        return (anchor.day + dt.timedelta(days=days)).isoformat()
    days = (anchor.day.weekday() - weekday - 1) % 7 + 1
    return (anchor.day - dt.timedelta(days=days)).isoformat()


def day_month_near(anchor: Anchor, month: int, day: int, *, future: bool = False) -> str | None:
    """A day and month without a year: the nearest such date to the anchor (the latest one before it when
    the two are as near), or the first one after it for what is planned."""
    candidates = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if future:
        later = [d for d in candidates if d > anchor.day]
        return later[0].isoformat() if later else None
    past = [d for d in candidates if d <= anchor.day]
    nearest = min(candidates, key=lambda d: (abs((d - anchor.day).days), d > anchor.day))
    if past and (nearest - anchor.day).days > 60:
        return past[-1].isoformat()
    return nearest.isoformat()


SINCE_REACH = 70  # characters: "since the attack on the embassy in Tehran on 27 January"


def month_near(anchor: Anchor, month: int, *, past: bool = True, strictly: bool = False) -> str:
    """A month without a year: the latest one on or before the anchor's month (strictly before it with
    `strictly`), or the first one after it."""
    year = anchor.day.year
    if past:
        if month > anchor.day.month or (strictly and month == anchor.day.month):
            year -= 1
    elif month <= anchor.day.month:
        year += 1
    return month_edtf(year, month)


def season_near(anchor: Anchor, name: str, direction: str) -> str:
    """'this summer' (the anchor's year), 'last summer' (the latest one ended before the anchor), 'the
    coming summer' (the next one to begin after it)."""
    year = anchor.day.year
    first, last = SEASON_MONTHS[name]
    if direction == "this":
        return season(year if name != "winter" or anchor.day.month == 12 else year - 1, name)
    if direction == "last":
        if name == "winter":  # the winter that ended (in February) before the anchor
            return season(year - 1 if dt.date(year, 2, 28) < anchor.day else year - 2, name)
        end = dt.date(year, last, last_day(year, last))
        return season(year if end < anchor.day else year - 1, name)
    start = dt.date(year, first, 1)
    return season(year if start > anchor.day else year + 1, name)


def recent(anchor: Anchor, unit: str, count: float = 1) -> str:
    """Spans ending at publication: recent months (four), weeks, years (five), the past N years/decades."""
    if unit == "years":
        return f"{anchor.day.year - round(count):04d}~/{anchor.month}"
    if unit == "months":
        return f"{month_edtf(*shift_month(anchor.day.year, anchor.day.month, -round(count)))}~/{anchor.month}"
    if unit in ("weeks", "days"):  # "in recent weeks": two; "the past week": one; "in recent days": a few (three)
        day = anchor.day - dt.timedelta(days=round(7 * count) if unit == "weeks" else 3)
        start = month_edtf(day.year, day.month) + ("" if anchor.knows_day else "~")  # which day: not known
        return interval(start, anchor.month)
    if unit == "past-year":
        return f"{month_edtf(*shift_month(anchor.day.year, anchor.day.month, -12))}/{anchor.month}"
    raise ValueError(unit)


def coming(anchor: Anchor, unit: str = "month") -> str:
    """Spans starting at publication, the mirror of `recent`: the coming months (four), weeks (two), days (a
    few), years (five)."""
    if unit == "year":
        return f"{anchor.month}/{anchor.day.year + 5:04d}~"
    if unit in ("week", "day"):
        day = anchor.day + dt.timedelta(days=14 if unit == "week" else 3)
        return interval(anchor.month, month_edtf(day.year, day.month))
    return f"{anchor.month}/{month_edtf(*shift_month(anchor.day.year, anchor.day.month, 4))}~"


# --- Rules and their parts --------------------------------------------------------------------------------

PART = re.compile(r"\{([A-Za-z_]\w*)(?::(\w+))?\}")


def compose(template: str, parts: Mapping[str, str]) -> str:
    """A pattern from a template: `{part}` is the part's pattern captured under its own name, `{part:name}`
    the same part captured under another name (two years of a range), `{part:_}` not captured."""

    def expand(match: re.Match[str]) -> str:
        part, name = match[1], match[2]
        if name == "_":
            return f"(?:{parts[part]})"
        return f"(?P<{name or part}>{parts[part]})"

    return PART.sub(expand, template)


Valuer = Callable[["Found", Context], "str | None"]


class LazyPattern:
    """A rule's pattern, compiled the first time the rule is run.

    A grammar is some 110 patterns per language, 0.6 s to compile all of them, and the prefilter
    (prefilter.StoredAnalyses) tells which rules a text needs without compiling any: an article needs about
    two thirds of its own language's rules. A worker that starts takes its first job without compiling the
    other languages' grammars or the rules its articles never need. `pattern` and `flags` are those a compiled
    pattern reports (a str pattern is UNICODE unless ASCII), so the prefilter's keys do not change."""

    __slots__ = ("compiled_once", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags if flags & re.ASCII else flags | re.UNICODE
        self.compiled_once: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self.compiled_once is None:
            self.compiled_once = re.compile(self.pattern, self.flags)
        return self.compiled_once

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex


@dataclass(frozen=True)
class Rule:
    """A named way of writing a date: its kind (as the date tables name them), its pattern composed from
    parts, and how its value is computed; `anchor` says what it resolves against ("published",
    "previous", "period", or "" for a date that stands alone)."""

    name: str
    kind: str
    pattern: re.Pattern[str] | LazyPattern
    value: Valuer | None  # None: a trap, which claims its span and yields no date
    anchor: str = ""
    anchor_of: Callable[[Found], str] | None = None  # the anchor, when it depends on the match (a period)


@dataclass
class Lexicon:
    """A language's words for the parts of dates, with the values they stand for."""

    months: dict[str, int]
    numbers: dict[str, float] = field(default_factory=dict)  # "half a": 0.5
    units: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)  # early / mid / late
    ordinals: dict[str, int] = field(default_factory=dict)
    decades: dict[str, int] = field(default_factory=dict)  # "nineties" -> 1990
    centuries: dict[str, int] = field(default_factory=dict)  # "twentieth" -> 20
    relative_years: dict[str, int] = field(default_factory=dict)  # "last year" -> -1
    # The word that says which way "the following / previous year" lies from the date last given: +1 or -1
    adjacent_years: dict[str, int] = field(default_factory=dict)
    # What follows a count to add a half to it ("two and a half years"): a pattern ending the count's words
    half_after_count: str = ""
    holidays: dict[str, str] = field(default_factory=dict)  # "Passover" -> "passover" (calendars.HOLIDAYS)
    directions: dict[str, str] = field(default_factory=dict)  # "last", "this", "next", "later", "earlier"
    day_words: dict[str, int] = field(default_factory=dict)  # "today" -> 0, "yesterday" -> -1
    vague_numbers: frozenset[str] = frozenset()  # "a couple of", "a few": counts that make a date approximate
    singular_units: frozenset[str] = frozenset()  # "year" (the past year) as against "years" (recent years)
    duals: frozenset[str] = frozenset()  # "שנתיים", "عامين": a unit that counts two
    # "weeks later", "כעבור חודשים ספורים", "بعد أيام": a plural unit without a number counts "a few"
    plurals: frozenset[str] = frozenset()
    year_words: Callable[[str], int | None] | None = None  # spelled-out years
    # Numbers of several words ("twenty-five", "עשרים וחמש", "خمسة وعشرين"): the word table holds single words.
    number_words: Callable[[str], int | None] | None = None
    future: re.Pattern[str] | None = None  # words that mark what is planned or expected
    # A verb whose prefix marks the future (Arabic "سيزور", "ستفتتح"; Hebrew "יבקרו", "תקיים"): groups "whole"
    # (the word less a conjunction) and "rest" (less the prefix); a match counts where a word `future_bases`
    # makes of the rest is a word of its own: the Arabic verb itself, the Hebrew infinitive ("לבקר", "לקיים").
    future_prefixed: re.Pattern[str] | None = None
    future_bases: Callable[[str], tuple[str, ...]] = lambda rest: (rest,)
    future_margin: float = 0.0  # how much commoner than the whole word (zipf) its base must be
    weekend: int = 5  # the weekend's first day (Monday 0): Saturday; Friday in Israel and most Arab states


class Found:
    """A rule's match, read through the language's lexicon."""

    def __init__(self, match: re.Match[str], lexicon: Lexicon, text: str) -> None:
        self.match = match
        self.lexicon = lexicon
        self.text = text

    def __getitem__(self, name: str) -> str | None:
        try:
            return self.match.group(name)
        except IndexError:
            return None

    def has(self, name: str) -> bool:
        return bool(self[name])

    def word(self, name: str, table: Mapping[str, Any]) -> Any:
        value = self[name]
        if value is None:
            return None
        key = normal_word(value)
        found = table.get(key, table.get(value))
        if found is None:  # a word list's entry with an apostrophe or capitals ("New Year's Day")
            found = next((v for word, v in table.items() if normal_word(word) == key), None)
        return found

    def year(self, name: str = "year") -> int:
        return read_year(self[name] or "", self.lexicon)

    def month(self, name: str = "month") -> int:
        value = self[name] or ""
        if value.strip().isdigit():
            return int(value)
        # One month named twice ("تشرين الأول/أكتوبر", "آب (أغسطس)", "סיון (יוני)": rules.named_twice): the
        # first name this calendar knows. A day before another calendar's month is that calendar's day.
        names = [part.strip() for part in re.split(r"[/()]", value) if part.strip()]
        known = [
            (index, self.lexicon.months.get(normal_word(month_name), self.lexicon.months.get(month_name)))
            for index, month_name in enumerate(names)
        ]
        numbers = {number for _, number in known if number is not None}
        if len(numbers) != 1:  # "May/June": two months, not one named twice
            raise KeyError(value)
        index, number = next((index, number) for index, number in known if number is not None)
        if index and any(self.has(day) for day in ("day", "dayord", "d1")):
            raise KeyError(value)
        return number

    def day(self, name: str = "day") -> int:
        """A day of the month in digits, as an ordinal word, or as a number in words ("באחד במאי")."""
        value = self[name] or ""
        found = int(re.sub(r"\D", "", value) or 0) or self.word(name, self.lexicon.ordinals)
        if found is None and value.strip() and self.lexicon.number_words is not None:
            found = self.lexicon.number_words(value.strip())
        return found

    def number(self, name: str) -> float:
        value = self[name]
        if value is None:
            return 1
        return number_of(value, self.lexicon)


def number_of(value: str, lexicon: Lexicon) -> float:
    """A count in digits or words ("3", "three", "a couple of", "two and a half")."""
    value = value.strip()
    if re.fullmatch(r"\d+", value):
        return int(value)
    if lexicon.half_after_count:
        whole, halves = re.subn(lexicon.half_after_count + "$", "", value, flags=re.IGNORECASE)
        if halves:
            return number_of(whole, lexicon) + 0.5
    key = normal_word(value)
    found = lexicon.numbers.get(key, lexicon.numbers.get(value))
    if found is None:  # a word list's entry with an apostrophe or capitals
        found = next((v for word, v in lexicon.numbers.items() if normal_word(word) == key), None)
    if found is None and lexicon.number_words is not None:
        found = lexicon.number_words(value)
    if found is None:
        raise KeyError(value)
    return found


A_FEW = 3  # what "a few" and "several" count (the evaluation conventions), and a plural without a number


def count(f: Found) -> float:
    unit = (f["unit"] or "").strip()
    if f.has("n"):
        value = f.number("n")
    elif unit in f.lexicon.duals:
        value = 2
    else:
        value = A_FEW if counts_a_few(f) else 1
    if f.has("half"):
        value += 0.5
    return value


# A count said in two units ("a year and three months", "שבועיים ושלושה ימים", "عامين وستة أشهر") is counted in
# the smaller one; units of one family convert exactly, a month is 30.44 days across the two.
MONTHS_IN = {"decade": 120, "year": 12, "month": 1}
DAYS_IN = {"week": 7, "day": 1, "hour": 1 / 24, "minute": 1 / 1440}
DAYS_IN_A_MONTH = 30.44


def duration(f: Found) -> tuple[str | None, float]:
    """(unit, count) of a counted span, its second unit ("unit2", "n2": "two years and three months") folded
    into the smaller of the two: 27 months. A rule that has no second unit reads as `count` does."""
    unit, value = f.word("unit", f.lexicon.units), count(f)
    second = f.word("unit2", f.lexicon.units) if f.has("unit2") else None
    if unit is None or second is None:
        return in_whole_units(unit, value)
    dual = (f["unit2"] or "").strip() in f.lexicon.duals
    more = f.number("n2") if f.has("n2") else (2 if dual else 1)
    for table in (MONTHS_IN, DAYS_IN):
        if unit in table and second in table:
            smaller = min(unit, second, key=table.__getitem__)
            total = (value * table[unit] + more * table[second]) / table[smaller]
            return smaller, round(total, 6)
    if unit in MONTHS_IN and second in DAYS_IN:  # "a month and ten days"
        return "day", round(value * MONTHS_IN[unit] * DAYS_IN_A_MONTH + more * DAYS_IN[second])
    return in_whole_units(unit, value)


SMALLER_UNIT = {"decade": ("year", 10), "year": ("month", 12), "week": ("day", 7)}


def in_whole_units(unit: str | None, value: float) -> tuple[str | None, float]:
    """A count with a half ("a year and a half", "שנתיים וחצי") in the unit below it: 18 months, 30 months."""
    while unit in SMALLER_UNIT and not float(value).is_integer():
        unit, times = SMALLER_UNIT[unit]
        value = round(value * times, 6)
    return unit, value


def counts_a_few(f: Found) -> bool:
    """A plural unit without a number ("weeks later", "חודשים ספורים לאחר מכן", "بعد أيام قليلة")."""
    if f.has("n"):
        return False
    unit = normal_word(f["unit"] or "")
    return unit in f.lexicon.plurals or fold_word(unit) in {fold_word(word) for word in f.lexicon.plurals}


def is_approximate(f: Found) -> bool:
    return (
        f.has("approx") or (f.has("n") and (f["n"] or "").strip().lower() in f.lexicon.vague_numbers) or counts_a_few(f)
    )


def normal_word(value: str) -> str:
    return re.sub(r"\s+", " ", value.strip().lower()).replace("'", "").replace("’", "").rstrip(".")


def read_year(value: str, lexicon: Lexicon) -> int:
    """A year written in digits (four, or two after an apostrophe: '92 is 1992, '09 is 2009) or in words."""
    digits = re.sub(r"\D", "", value)
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        return (1900 if int(digits) >= 30 else 2000) + int(digits)
    if lexicon.year_words is not None:
        found = lexicon.year_words(value)
        if found is not None:
            return found
    raise KeyError(value)


# --- The engine -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grammar:
    language: str
    lexicon: Lexicon
    rules: tuple[Rule, ...]
    # A prefix that marks a date approximate ("around", "בסביבות", "نحو"), a suffix that does ("לערך"),
    # and one that makes a date the start of what has held since ("since", "מאז", "منذ").
    approximate_before: re.Pattern[str] | None = None
    approximate_after: re.Pattern[str] | None = None
    since_before: re.Pattern[str] | None = None
    # A deadline ahead of publication ("until the 15th of next month", "עד ה-15 לחודש הבא", "بحلول 15 نيسان"):
    # what is planned runs from publication to it.
    until_before: re.Pattern[str] | None = None
    # "After" a date or an event with no end given ("after Eid al-Fitr", "אחרי הבחירות ב-2013", "بعد عيد
    # الفطر"): from then on, an open interval (its end for a span: after it was over).
    after_before: re.Pattern[str] | None = None
    # A year in digits that qualifies a noun — "the 2009 visit", "Azerbaijan's 2020 offensive", "ביקור 2009",
    # "מלחמת 2020", "زيارة 2009", "حرب 2020": what stands right before it (the text before the year must end with
    # a match), and right after it where the language puts the noun after the year.
    attributive_before: re.Pattern[str] | None = None
    attributive_after: re.Pattern[str] | None = None
    # "Starting 7 May", "As of May 7", "اعتبارا من 7 مايو", and a sentence that opens on "From 7 May" ("מה-7
    # במאי", whose "from" is the date's own prefix: `starting_inside`): from then on — up to publication for a
    # day already past (X/P, as "since"), open for one ahead (X/..).
    starting_before: re.Pattern[str] | None = None
    # "Since the start of" a span ("since the start of Ramadan", "מאז תחילת הרמדאן", "منذ بداية شهر رمضان"):
    # its first day, exactly.
    start_of_before: re.Pattern[str] | None = None
    starting_inside: re.Pattern[str] | None = None
    # "Two years after the 44-day war", "שלושה חודשים לפני מלחמת 44 הימים", "بعد عامين من حرب …": so many units
    # after the date's end, or before its start (groups: approx, n, unit, and later or earlier).
    offset_before: re.Pattern[str] | None = None
    # The "after" a reading of "after X" begins with ("after the 44-day war" is read whole, X's end on): a count
    # before it is an offset too.
    after_word: re.Pattern[str] | None = None
    # Two dates that make one span: "from"/"between" before the first (range_from, range_between; Hebrew's מ
    # is the first date's own prefix: range_from_inside), and the words between them, a prefix of the second
    # included (range_to after "from" or nothing, range_and after "between"): joined_ranges.
    range_from: re.Pattern[str] | None = None
    range_between: re.Pattern[str] | None = None
    range_from_inside: re.Pattern[str] | None = None
    range_to: re.Pattern[str] | None = None
    range_and: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        """The grammar reads folded text (facts.extraction.normalise): its word lists and its patterns are
        folded the same way, so a word written with hamza, niqqud or a maqaf in a list also finds it without."""
        object.__setattr__(self, "lexicon", folded_lexicon(self.lexicon))
        for name in (
            "approximate_before",
            "approximate_after",
            "since_before",
            "until_before",
            "after_before",
            "starting_before",
            "starting_inside",
            "start_of_before",
            "offset_before",
            "after_word",
            "range_from",
            "range_between",
            "range_from_inside",
            "range_to",
            "range_and",
            "attributive_before",
            "attributive_after",
        ):
            pattern = getattr(self, name)
            if pattern is not None:
                object.__setattr__(self, name, re.compile(fold_pattern(pattern.pattern), pattern.flags))

    def candidates(self, searchable: str, rules: tuple[Rule, ...]) -> list[Candidate]:
        """Every rule's spans, longest first (ties: the earlier rule, then the leftmost)."""
        found = []
        wanted = [(required_strings(rule.pattern), bool(rule.pattern.flags & re.IGNORECASE)) for rule in rules]
        stored_analyses().save()  # what this process derived, for the next one (nothing when nothing is new)
        windows = Windows(searchable, wanted)
        for order, (rule, (strings, without_case)) in enumerate(zip(rules, wanted, strict=True)):
            for start, end in windows.of(strings, without_case):
                found.extend(self.matches(rule, order, searchable, start, end))
        return sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start))

    @staticmethod
    def matches(rule: Rule, order: int, searchable: str, window_start: int, window_end: int) -> list[Candidate]:
        found = []
        for match in rule.pattern.finditer(searchable, window_start, window_end):
            start, end = match.span()
            matched = match.group(0)
            start += len(matched) - len(matched.lstrip())
            end -= len(matched) - len(matched.rstrip())
            if end > start:
                found.append(Candidate(start, end, order, rule, match))
        return found

    def find(self, text: str, *, published: str | None = None, extra_rules: tuple[Rule, ...] = ()) -> list[DateMention]:
        """Every date expression of `text`; `extra_rules` (named periods) join the language's own.

        The longest spans that do not overlap are chosen, then valued left to right. A span whose rule
        gives no value (an ambiguous period, a day that does not exist) gives its place back to the spans
        it covered, which are chosen and valued in its stead."""
        folded = fold(text)  # spans are found and valued in the folded text, then mapped back to `text`
        searchable = folded.text
        context = Context(published=Anchor.from_edtf(published), text=searchable)
        pending = self.candidates(searchable, self.rules + extra_rules)
        chosen = sorted(choose(pending, limits=(0, len(searchable))), key=lambda c: c.start)
        mentions: list[DateMention] = []
        while chosen:
            candidate = chosen.pop(0)
            mention = self.value(candidate, searchable, searchable, context)
            if mention is None:
                if candidate.rule.value is not None:  # not a trap: what it covered may still be dates
                    # What it covered, and what it cut into on its left ("May 2004" under a refused "2004 –
                    # 2007"), after the dates already read
                    since = max((m.end for m in mentions), default=0)
                    inside = [
                        c
                        for c in pending
                        if c is not candidate and c.start >= since and candidate.start < c.end <= candidate.end
                    ]
                    pending = [c for c in pending if c is not candidate]
                    lowest = min((c.start for c in inside), default=candidate.start)
                    chosen = sorted(
                        choose(inside, limits=(min(lowest, candidate.start), candidate.end)) + chosen,
                        key=lambda c: c.start,
                    )
                continue
            # A date whose "since", "after" or "until" word was also read alone ("מאז 1992": "מאז" as "since
            # then") now covers it: the longer reading stands.
            mentions = [m for m in mentions if not (mention.start <= m.start and m.end <= mention.end)]
            mentions.append(mention)
            context.dates_at.append(mention.plain_start)
            antecedent = Antecedent.from_edtf(first_part(mention.edtf).rstrip("~")) if "X" not in mention.edtf else None
            # A year that qualifies a noun after the sentence gave its time names another event: the sentence's
            # time stays what "in mid-July" or "that day" refers back to
            if self.attributive(mention, searchable) and in_one_sentence(mentions[:-1], mention, searchable):
                mention = mentions[-1] = replace(mention, attributive=True)
            # A span that runs up to publication ("for four years", "in recent months") measures how long
            # something has lasted; it is not when an event happened, which "that year" refers back to.
            narrated = mention.kind != "since" and not context.aside and not mention.attributive
            if antecedent is not None and narrated and not runs_to_publication(mention.edtf, context):
                context.previous, context.previous_at = antecedent, mention.end
                last = mention.edtf.split("/")[-1].rstrip("~")
                context.previous_end = (Antecedent.from_edtf(last) if last != ".." else None) or antecedent
                # the second date of "from 22 December 2005 to 30 January 2006" closes a span that began earlier
                span = self.range_of(mentions[-2], mention, searchable) if len(mentions) > 1 else None
                context.previous_start = (
                    Antecedent.from_edtf(first_part(span.edtf).rstrip("~")) if span is not None else None
                ) or antecedent
                if not mention.anchor:
                    context.stated, context.stated_at = antecedent, mention.end
        mentions = weekdays_with_their_dates(
            explicit_over_periods(self.joined_ranges(mentions, searchable), searchable), searchable
        )
        mentions = self.with_fallback(mentions, searchable, pending, context.published)
        return [in_stored_text(mention, text, folded) for mention in mentions]

    def attributive(self, mention: DateMention, searchable: str) -> bool:
        """Whether the mention is a year in digits alone that qualifies a noun (Grammar.attributive_before)."""
        if self.attributive_before is None or mention.kind != "year" or not mention.text.isdigit():
            return False
        if not self.attributive_before.search(searchable[max(0, mention.start - 40) : mention.start]):
            return False
        return self.attributive_after is None or bool(self.attributive_after.match(searchable, mention.end))

    def joined_ranges(self, mentions: list[DateMention], searchable: str) -> list[DateMention]:
        """Two dates the words make one span — "from March 2020 to May 2021", "between 7 October 2023 and 5 May
        2024", "March 2020 – May 2021", "ממרץ 2020 עד מאי 2021", "בין מרץ 2020 למאי 2021", "من 7 أكتوبر 2023
        إلى 5 مايو 2024" — are one date, from the first's start to the second's end, each at its own precision.
        Read alone, the first was "since" or "starting" and the second a deadline or a date of its own."""
        if self.range_to is None or self.range_and is None:
            return mentions
        joined: list[DateMention] = []
        index = 0
        while index < len(mentions):
            first = mentions[index]
            second = mentions[index + 1] if index + 1 < len(mentions) else None
            span = self.range_of(first, second, searchable) if second is not None else None
            if span is None:
                joined.append(first)
                index += 1
                continue
            joined.append(span)
            index += 2
        return joined

    def range_of(self, first: DateMention, second: DateMention, searchable: str) -> DateMention | None:
        one, other = first.plain or first.edtf, second.plain or second.edtf
        if "/" in one or "/" in other or "X" in one + other or first.kind in ("after", "shift"):
            return None
        if not (JOINABLE.match(one) and JOINABLE.match(other)):
            return None
        start = first.plain_start if first.plain_start >= 0 else first.start
        second_start = second.plain_start if second.plain_start >= 0 else second.start
        before = searchable[max(0, start - 20) : start]
        between = self.range_between.search(before) if self.range_between is not None else None
        opened = self.range_from.search(before) if self.range_from is not None else None
        inside = self.range_from_inside.match(searchable, start) if self.range_from_inside is not None else None
        joining = self.range_and if between else self.range_to
        words = joining.match(searchable, first.end) if joining is not None else None
        if words is None or not second_start <= words.end() <= min(second_start + 4, second.end):
            return None
        lead = between or opened
        begins = start - (len(before) - lead.start()) if lead is not None else start
        if (lead is None and inside is None) and not RANGE_DASH.fullmatch(searchable[first.end : words.end()]):
            return None  # "in 2019 to 2020 levels": only a dash joins two dates nothing else marks as a span
        if one == other:
            return None  # one day said twice, in two calendars ("١٤ رمضان ١٤٤٥ هـ - ٢٤ مارس ٢٠٢٤م"): not a span
        edtf = interval(one, other)
        if not valid(edtf) or Antecedent.from_edtf(one) is None:
            return None
        text = searchable[begins : second.end]
        return DateMention(start=begins, end=second.end, text=text, edtf=edtf, kind="range", rule="joined range")

    def with_fallback(
        self, mentions: list[DateMention], searchable: str, candidates: list[Candidate], published: Anchor | None
    ) -> list[DateMention]:
        """dateparser as the fallback recogniser. Where a digit stands that no rule of the grammar took (traps
        included), dateparser is asked to read the sentence; a phrase it reads that names a month becomes a
        date at dateparser's own period (a day, a month, a year; a week as its month), marked as its
        ("28-Jun-2009"). The grammar wins where both read, unless all it read there is a bare year inside
        dateparser's phrase (the grammar's "2009" in "28-Jun-2009")."""
        covered = [(c.start, c.end) for c in candidates]
        traps = [(c.start, c.end) for c in candidates if c.rule.value is None]
        kept = list(mentions)
        months = self.lexicon.months.keys()
        for match in FALLBACK_SEGMENT.finditer(searchable):
            start = match.start()
            # What dateparser reads is kept only where it names a month: a segment without one is not asked.
            if months.isdisjoint(WORD.findall(match.group().lower())):
                continue
            loose = [
                start + d.start()
                for d in re.finditer(r"\d", match.group())
                if not any(s <= start + d.start() < e for s, e in covered)
            ]
            if not loose:
                continue
            read = dateparser_mentions(
                match.group(), start, language=self.language, published=published, months=self.lexicon.months
            )
            for found in read:
                names_month = not months.isdisjoint(WORD.findall(found.text.lower()))
                if not names_month or any(s < found.end and found.start < e for s, e in traps):
                    continue
                inside = [m for m in kept if m.start < found.end and found.start < m.end]
                if any(m.start < found.start or m.end > found.end or m.kind not in BARE_YEARS for m in inside):
                    continue  # the grammar read these words as more than a bare year: its reading stands
                kept = [m for m in kept if m not in inside] + [found]
        return sorted(kept, key=lambda m: m.start)

    def speaks_of_the_future(self, clause: str) -> bool:
        """Whether the clause speaks of what is planned or expected: a word that says so, or a verb in a
        future form (a prefix whose removal leaves the verb, vocabulary.a_word_of_its_own)."""
        lexicon = self.lexicon
        if lexicon.future and lexicon.future.search(clause):
            return True
        prefixed = lexicon.future_prefixed
        return prefixed is not None and any(
            a_word_of_its_own(base, match["whole"], self.language, margin=lexicon.future_margin)
            for match in prefixed.finditer(clause)
            for base in lexicon.future_bases(match["rest"])
        )

    def value(self, candidate: Candidate, text: str, searchable: str, context: Context) -> DateMention | None:
        rule = candidate.rule
        if rule.value is None:
            return None  # a trap
        context.position = candidate.start
        context.resolved_against = context.counted_back = ""
        context.aside = False
        clause = clause_around(searchable, candidate.start)
        context.future = self.speaks_of_the_future(clause)
        context.future_before = context.future and self.speaks_of_the_future(
            searchable[clause_start(searchable, candidate.start) : candidate.start]
        )
        found = Found(candidate.match, self.lexicon, searchable)
        try:
            edtf = rule.value(found, context)
        except (KeyError, ValueError, TypeError, AttributeError):
            edtf = None
        if not edtf or not valid(edtf):
            return None
        anchor = context.resolved_against or (rule.anchor_of(found) if rule.anchor_of is not None else rule.anchor)
        start, end = candidate.start, candidate.end
        mention = DateMention(
            start=start,
            end=end,
            text=text[start:end],
            edtf=edtf,
            kind=rule.kind,
            rule=rule.name,
            anchor=anchor,
            plain=context.counted_back if valid(context.counted_back) else edtf,
            plain_start=start,
            plain_end=end,
        )
        modified = self.modified(mention, text, searchable, context)
        return modified if valid(modified.edtf) else mention

    def modified(self, mention: DateMention, text: str, searchable: str, context: Context) -> DateMention:
        """Words around a date that change what it means widen its span and change its value: approximation
        ("around", "לערך"), "since", "after", "starting" and a deadline's "until"."""
        before = searchable[max(0, mention.start - 40) : mention.start]
        after = searchable[mention.end : mention.end + 20]
        if self.approximate_before is not None and "~" not in mention.edtf:
            found = self.approximate_before.search(before)
            if found:
                mention = widened(mention, text, found.start() - len(before), approximate(mention.edtf))
        if self.approximate_after is not None and "~" not in mention.edtf:
            found = self.approximate_after.match(after)
            if found:
                end = mention.end + found.end()
                mention = replace(mention, end=end, text=text[mention.start : end], edtf=approximate(mention.edtf))
        published = context.published
        if self.offset_before is not None and mention.kind != "since":
            # "… after X" read whole as X/.. ends its words where X's do: the offset counts from X's end
            lead = self.after_word.match(searchable, mention.start) if self.after_word is not None else None
            reach = lead.end() if lead is not None and mention.edtf.endswith("/..") else mention.start
            before = searchable[max(0, mention.start - 50) : reach]
            if (
                (reach > mention.start or ".." not in mention.edtf)
                and (found := self.offset_before.search(before))
                and (edtf := offset_from(mention.edtf.removesuffix("/.."), found, self))
            ):
                back = found.start() - (mention.start - max(0, mention.start - 50))
                return widened(mention, text, back, edtf, kind="shift")
        open_to_words = mention.kind not in ("since", "range") and ".." not in mention.edtf
        if self.since_before is not None and open_to_words:
            before = searchable[max(0, mention.start - SINCE_REACH) : mention.start]
            found = self.since_before.search(before)
            since_at = mention.start - len(before) + found.start() if found else 0
            if found and any(since_at < at < mention.start for at in context.dates_at):
                found = None  # the "since" of a date between it and this one
            if found:
                first_day = bool(self.start_of_before and self.start_of_before.search(before))
                edtf = since(mention.edtf, published, from_its_first_day=first_day)
                mention = widened(mention, text, found.start() - len(before), edtf, kind="since", anchor="published")
        if self.after_before is not None and mention.kind not in ("since", "range") and ".." not in mention.edtf:
            before = searchable[max(0, mention.start - 30) : mention.start]
            if found := self.after_before.search(before):
                edtf = f"{mention.edtf.split('/')[-1]}/.."
                mention = widened(mention, text, found.start() - len(before), edtf, kind="after")
        if mention.kind in DAY_OR_MONTH_KINDS and published is not None and "/" not in mention.edtf:
            before = searchable[max(0, mention.start - 40) : mention.start]
            found = self.starting_before.search(before) if self.starting_before is not None else None
            inside = (
                self.starting_inside is not None
                and self.starting_inside.match(searchable, mention.start) is not None
                and OPENS_A_SENTENCE.search(before) is not None
            )
            if found or inside:
                ahead = is_deadline_ahead(mention.edtf, published)
                edtf = f"{mention.edtf}/.." if ahead else since(mention.edtf, published)
                back = found.start() - len(before) if found else 0
                mention = widened(mention, text, back, edtf, kind="starting", anchor="published")
        deadline = deadline_ahead(mention.edtf, published)
        if self.until_before is not None and published is not None and deadline is not None:
            before = searchable[max(0, mention.start - 30) : mention.start]
            if found := self.until_before.search(before):
                edtf = f"{published.edtf}/{deadline}"
                mention = widened(mention, text, found.start() - len(before), edtf, kind="until", anchor="published")
        return mention


def offset_from(edtf: str, found: re.Match[str], grammar: Grammar) -> str | None:
    """The date so many units after the end of `edtf`, or before its start, as the words `found` say."""
    words = Found(found, grammar.lexicon, found.string)
    unit = words.word("unit", grammar.lexicon.units)
    later = words.has("later")
    antecedent = Antecedent.from_edtf(edtf.split("/")[-1] if later else edtf.split("/")[0])
    if unit is None or antecedent is None:
        return None
    finest = {DatePrecision.YEAR: ("year", "decade"), DatePrecision.MONTH: ("month", "year", "decade")}
    if unit not in finest.get(antecedent.precision, (unit,)):
        return None  # "the day after 2013": a count finer than the date it counts from says nothing
    try:
        return from_antecedent(
            antecedent, unit, (1 if later else -1) * count(words), approximately=is_approximate(words)
        )
    except (KeyError, ValueError):
        return None


def widened(
    mention: DateMention, text: str, back: int, edtf: str, *, kind: str | None = None, anchor: str | None = None
) -> DateMention:
    """The mention extended `back` characters (a negative count) over the words before it that change its
    meaning, with its new value (and kind and anchor, when they change)."""
    start = mention.start + back
    return replace(
        mention,
        start=start,
        text=text[start : mention.end],
        edtf=edtf,
        kind=mention.kind if kind is None else kind,
        anchor=mention.anchor if anchor is None else anchor,
    )


DAY_OR_MONTH_KINDS = frozenset({"full-date", "day-month", "numeric", "month-year"})
# A date a range can be made of: a year, a month or a day (approximate or not), nothing open or relative
JOINABLE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?~?$")
RANGE_DASH = re.compile(r"\s*[–—-]\s*")
OPENS_A_SENTENCE = re.compile(r"(?:^|[.!?؟\n]\s*)$")


def runs_to_publication(edtf: str, context: Context) -> bool:
    if "/" not in edtf or context.published is None:
        return False
    end = edtf.rsplit("/", 1)[1]
    return end in (context.published.edtf, context.published.month)


def is_deadline_ahead(edtf: str, published: Anchor | None) -> bool:
    """A day or a month after publication's day: a date a plan can be due by (not a span, not the past)."""
    if published is None or not published.knows_day or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", edtf):
        return False
    return edtf > published.day.isoformat()[: len(edtf)]


def deadline_ahead(edtf: str, published: Anchor | None) -> str | None:
    """What a plan is due by: a day or a month after publication's day, or the end of a span of them that lies
    wholly ahead ("by the end of the year": its last quarter's end, "until the end of next month")."""
    if is_deadline_ahead(edtf, published):
        return edtf
    start, _, end = edtf.partition("/")
    if end and is_deadline_ahead(start, published) and is_deadline_ahead(end, published):
        return end
    return None


DATED_DAYS = frozenset({"full-date", "numeric", "day-month", "hebrew-calendar", "hijri"})
WEEKDAY_TO_DATE = re.compile(r"[\s,،(]*")


def weekdays_with_their_dates(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A weekday written beside the date of that day ("Tuesday, 4 April 2023", "الجمعة 31 مارس 2023", "ביום
    שלישי, 4 באפריל") is part of that date, not a day of its own resolved against publication: in every
    language the date's words say which day it is."""
    merged: list[DateMention] = []
    for mention in mentions:
        before = merged[-1] if merged else None
        if (
            before is not None
            and before.kind == "weekday"
            and mention.kind in DATED_DAYS
            and WEEKDAY_TO_DATE.fullmatch(text, before.end, mention.start)
        ):
            merged[-1] = replace(mention, start=before.start, text=text[before.start : mention.end])
            continue
        merged.append(mention)
    return merged


FALLBACK_SEGMENT = re.compile(r"[^.!?\n؛؟]{4,300}")
WORD = re.compile(r"[^\W\d_]+")
# What it reads is kept when it names a month ("5 min" is not read back as yesterday, nor "a 1994 ceasefire" as
# January), and it replaces only bare years the grammar read inside it.
BARE_YEARS = frozenset({"year", "short-year"})


def dateparser_mentions(
    segment: str, offset: int, *, language: str, published: Anchor | None, months: Mapping[str, int]
) -> list[DateMention]:
    """What dateparser's search reads in a segment, each phrase cut to the words its value needs ("on 28-Jun-2009
    in" is "28-Jun-2009"), with its period."""
    import datetime as dt_

    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    if published is not None:
        settings["RELATIVE_BASE"] = dt_.datetime.combine(published.day, dt_.time())
    results = search_dates(segment, languages=[language], settings=settings, add_period=True) or []
    parser = DateDataParser(languages=[language], settings=settings)

    def reads_as(words: str) -> tuple | None:
        data = parser.get_date_data(words)
        return (data.date_obj, data.period) if data and data.date_obj else None

    mentions, position = [], 0
    for words, moment, period in results:
        at = segment.find(words, position)
        if at < 0 or not re.search(r"\d", words) or not re.search(r"[^\W\d_]{2,}", words):
            continue  # a bare number is not a date this fallback may take
        position = at + len(words)
        value = (moment, period)

        def spare(word: str) -> bool:  # a word the value may not need: no digit, no month's name
            return not re.search(r"\d", word) and word.lower().strip(".,") not in months

        while " " in words and spare(words.split(" ", 1)[0]) and reads_as(words.split(" ", 1)[1]) == value:
            cut = words.split(" ", 1)[0]
            at, words = at + len(cut) + 1, words[len(cut) + 1 :]
        while " " in words and spare(words.rsplit(" ", 1)[1]) and reads_as(words.rsplit(" ", 1)[0]) == value:
            words = words.rsplit(" ", 1)[0]
        day = moment.date()
        edtf = {
            "year": f"{day.year:04d}",
            "month": month_edtf(day.year, day.month),
            "week": month_edtf(day.year, day.month),
        }.get(period or "day", day.isoformat())
        mentions.append(
            DateMention(
                start=offset + at,
                end=offset + at + len(words),
                text=words,
                edtf=edtf,
                kind="dateparser",
                rule="dateparser",
                anchor="published" if published is not None else "",
            )
        )
    return mentions


# Where a sentence ends: a full stop before a space, "!", "?", "؟" or a line break ("Jan. 31" is no end; a rare
# miss there only loses a reading)
SENTENCE_END = re.compile(r"[!?؟\n]|\.(?=\s|$)")


def in_one_sentence(earlier: list[DateMention], mention: DateMention, searchable: str) -> bool:
    """Whether a date read before `mention` stands in its sentence."""
    return bool(earlier) and not SENTENCE_END.search(searchable, earlier[-1].end, mention.start)


def in_stored_text(mention: DateMention, text: str, folded) -> DateMention:
    """A mention found in the folded text, with the stored text's offsets and words."""
    start, end = folded.span(mention.start, mention.end)
    return replace(mention, start=start, end=end, text=text[start:end])


def folded_lexicon(lexicon: Lexicon) -> Lexicon:
    """The lexicon with every word folded as the text it reads is (and as written, for callers reading
    unfolded words)."""
    changes: dict[str, Any] = {}
    for name, value in vars(lexicon).items():
        if isinstance(value, dict):
            changes[name] = with_folded_keys(value)
        elif isinstance(value, frozenset):
            changes[name] = value | {fold_word(word) for word in value}
        elif isinstance(value, re.Pattern):
            changes[name] = re.compile(fold_pattern(value.pattern), value.flags)
    return replace(lexicon, **changes)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


def choose(candidates: list[Candidate], *, limits: tuple[int, int]) -> list[Candidate]:
    """The longest candidates (already so ordered) within `limits` that do not overlap."""
    chosen: list[Candidate] = []
    starts: list[int] = []  # the chosen spans, in text order: starts and ends side by side
    ends: list[int] = []
    for candidate in candidates:
        if candidate.start < limits[0] or candidate.end > limits[1]:
            continue
        at = bisect.bisect_right(starts, candidate.start)
        if at > 0 and ends[at - 1] > candidate.start:
            continue  # the span before it runs into it
        if at < len(starts) and starts[at] < candidate.end:
            continue  # it runs into the span after it
        starts.insert(at, candidate.start)
        ends.insert(at, candidate.end)
        chosen.append(candidate)
    return chosen


def explicit_over_periods(mentions: list[DateMention], text: str) -> list[DateMention]:
    """A named period the text dates itself ("since the end of the war in Gaza between 2023 and 2024"):
    the text's own date speaks, not what the period table knows."""
    kept = []
    for index, mention in enumerate(mentions):
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            mention.kind == "named-period"
            and following is not None
            and following.start - mention.end <= 12
            and (following.absolute or following.kind == "range")
            and not relative_clauses(text, mention.end, following.start)  # "…, which ended in 1994": its end
        ):
            continue
        kept.append(mention)
    return kept


# ", which ended in a 1994 ceasefire", ", שהסתיימה בהפסקת אש ב-1994", "، التي انتهت أواخر 2020": a relative clause
# after a comma tells an event of its own about the noun before it; a date in it dates that event, not the clause
# it hangs from. Hebrew writes the relative as a prefix: "ש" is one when what follows it is a word of its own
# ("שהסתיימה" leaves "הסתיימה"; "שר", a minister in apposition, leaves no word).
RELATIVE_OPENER = re.compile(
    r"[,،]\s*(?=(?:which|who|whom|whose)\b|و?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?![\u0600-\u06ff])"
    r"|ש(?P<rest>[\u05d0-\u05ea]{2,}))",
    re.IGNORECASE,
)


def relative_clauses(text: str, start: int, end: int) -> list[int]:
    """Where relative clauses begin between `start` and `end` (their pronoun's first letter)."""
    return [
        match.end()
        for match in RELATIVE_OPENER.finditer(text, start, end)
        if not match["rest"] or a_word_of_its_own(match["rest"], "ש" + match["rest"], "he")
    ]


CLAUSE_ENDS = ".,;:\n؛،"


def clause_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in CLAUSE_ENDS) + 1


def clause_around(text: str, position: int) -> str:
    """The clause a position stands in: from the punctuation before it to the punctuation after it."""
    start = clause_start(text, position)
    ends = [i for i in (text.find(mark, position) for mark in CLAUSE_ENDS) if i != -1]
    return text[start : min(ends) if ends else len(text)]


def valid(edtf: str) -> bool:
    try:
        edtf_parse(edtf)
    except (InvalidEdtf, ValueError):
        return False
    return True
