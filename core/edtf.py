"""EDTF (Library of Congress Extended Date/Time Format) values: validation, bounds, precision, display.

The `edtf` package parses and validates; this module turns a value into what the database stores
for sorting and filtering (the first and last day it can mean, and its precision), and into words a
reader understands ("April 1992", "the 1990s", "c. 2023", "since 1992"). Open interval ends
(`1992/..`) are handled here because the package cannot compute their bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from django.db import models
from edtf import parse_edtf, struct_time_to_date
from edtf.parser.edtf_exceptions import EDTFParseException

EXAMPLES = "such as 2025-10-22, 1992-04, 2014, 199X, 2023-01~, 1988/1994 or 1992/.."


class InvalidEdtf(ValueError):
    """The value is not a valid EDTF date, or one this product cannot place on a timeline."""


class DatePrecision(models.IntegerChoices):
    """How precisely a date is known. Ordered from coarse to fine so that, at the same start,
    the broader statement comes first on the timeline."""

    CENTURY = 10, "century"
    DECADE = 20, "decade"
    OPEN = 25, "open interval"
    RANGE = 30, "range"
    YEAR = 40, "year"
    SEASON = 50, "season"
    MONTH = 60, "month"
    DAY = 70, "day"


@dataclass(frozen=True)
class EdtfValue:
    value: str
    start: dt.date | None  # None: open or unknown start
    end: dt.date | None  # None: open or unknown end ("since 1992")
    precision: DatePrecision
    approximate: bool
    uncertain: bool

    @property
    def is_interval(self) -> bool:
        return "/" in self.value


OPEN_ENDS = {"", ".."}


def edtf_parse(value: str) -> EdtfValue:
    """Validate an EDTF value and compute its bounds and precision.

    Raises InvalidEdtf with a message that says what is wrong and what would be right. Both answers are
    remembered: the edtf package's parser (pyparsing) takes milliseconds per value, and extraction asks about
    the same candidates, valid or not, again and again."""
    outcome = remembered_edtf_parse(value)
    if isinstance(outcome, InvalidEdtf):
        raise InvalidEdtf(str(outcome))
    return outcome


@lru_cache(maxsize=16384)
def remembered_edtf_parse(value: str) -> EdtfValue | InvalidEdtf:
    try:
        return edtf_parse_uncached(value)
    except InvalidEdtf as error:
        return error


def edtf_parse_uncached(value: str) -> EdtfValue:
    text = (value or "").strip()
    if not text:
        raise InvalidEdtf(f"A date is required: an EDTF value {EXAMPLES}.")
    if any(ch.isspace() for ch in text):
        raise InvalidEdtf(f"{text!r} is not an EDTF date: it contains spaces ({EXAMPLES}).")
    return _plain_calendar_value(text) or _package_value(text)


def _package_value(text: str) -> EdtfValue:
    """Any EDTF value, as the edtf package reads it."""
    try:
        parse_edtf(text)
    except EDTFParseException:
        raise InvalidEdtf(_parse_error_message(text)) from None
    except (TypeError, ValueError, AttributeError) as error:  # the package's own failures
        raise InvalidEdtf(f"{text!r} is not a valid EDTF date ({error}).") from None

    if "/" in text:
        left, right = text.split("/", 1)
        if left in OPEN_ENDS and right in OPEN_ENDS:
            raise InvalidEdtf(f"{text!r}: an interval needs at least one known end.")
        start = None if left in OPEN_ENDS else _section_bounds(left, text)[0]
        end = None if right in OPEN_ENDS else _section_bounds(right, text)[1]
        if start and end and start > end:
            raise InvalidEdtf(f"{text!r}: the interval ends ({end}) before it starts ({start}).")
        precision = DatePrecision.OPEN if start is None or end is None else DatePrecision.RANGE
    else:
        start, end = _section_bounds(text, text)
        precision = _precision_of_span(start, end)
    return qualified_value(text, start, end, precision)


def qualified_value(text: str, start: dt.date | None, end: dt.date | None, precision: DatePrecision) -> EdtfValue:
    """The value with its bounds, and its qualifiers as the text writes them (~ approximate, ? uncertain, % both)."""
    return EdtfValue(
        value=text,
        start=start,
        end=end,
        precision=precision,
        approximate="~" in text or "%" in text,
        uncertain="?" in text or "%" in text,
    )


def _parse_error_message(text: str) -> str:
    hint = ""
    if "/" not in text and text.count("-") == 1 and all(p.isdigit() and len(p) == 4 for p in text.split("-")):
        hint = f" A range of years is written with a slash: {text.replace('-', '/')}."
    elif text.count("-") >= 1 and text[:4].isdigit():
        hint = " Check that the month is 01–12 (or 21–24 for seasons) and the day exists in that month."
    return f"{text!r} is not a valid EDTF date.{hint} Expected a value {EXAMPLES}."


# EDTF level 0 is ISO 8601's calendar dates: a year, a month or a day, alone or as the ends of an interval.
CALENDAR_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
UNSPECIFIED_YEAR_DIGITS = re.compile(r"\d{3}X|\d{2}XX")  # EDTF level 1: the decade or century of a year


def _calendar_bounds(section: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a plain calendar date (YYYY, YYYY-MM, YYYY-MM-DD), from the standard
    library's calendar; None for anything else, or anything doubtful, which the edtf package then judges."""
    match = CALENDAR_DATE.fullmatch(section)
    if match is None:
        decade = UNSPECIFIED_YEAR_DIGITS.fullmatch(section)  # "199X", "19XX": a decade, a century
        if decade is None or int(section.replace("X", "9")) < 1 or int(section.replace("X", "0")) < 1:
            return None
        return dt.date(int(section.replace("X", "0")), 1, 1), dt.date(int(section.replace("X", "9")), 12, 31)
    year_digits, month_digits, day_digits = match.groups()
    year = int(year_digits)
    try:
        if day_digits is not None:
            first = dt.date(year, int(month_digits), int(day_digits))
            return first, first
        if month_digits is not None:
            month = int(month_digits)
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:  # year 0, month 13, 30 February: the slow path words the error
        return None


def _plain_calendar_value(text: str) -> EdtfValue | None:
    """Most values extraction and curators write are plain calendar dates, maybe qualified as a whole
    (`~` approximate, `?` uncertain, `%` both), or intervals of them; their bounds come from the standard
    library in microseconds, where the edtf package's grammar (pyparsing) takes milliseconds per value, paid
    again in every fresh worker process. Anything else returns None and is left to the package."""
    sections = text.split("/")
    if len(sections) > 2 or sections == ["..", ".."]:
        return None
    bounds: list[tuple[dt.date, dt.date] | None] = []
    for section in sections:
        if section == ".." and len(sections) == 2:
            bounds.append(None)
            continue
        if section[-1:] in "~?%" and "X" in section:
            return None  # the package takes a qualified decade alone, not as an interval's end
        found = _calendar_bounds(section.rstrip("~?%")) if section[-1:] in "~?%" else _calendar_bounds(section)
        if found is None or len(section) - len(section.rstrip("~?%")) > 1:
            return None
        bounds.append(found)
    start = bounds[0][0] if bounds[0] else None
    end = bounds[-1][1] if bounds[-1] else None
    if start and end and start > end:
        # Extraction asks about many such pairs ("2019-05-03/2019-04-28"): the same answer as the package's
        # path gives, without its grammar.
        raise InvalidEdtf(f"{text!r}: the interval ends ({end}) before it starts ({start}).")
    if start is None or end is None:
        precision = DatePrecision.OPEN
    elif len(sections) == 1:
        precision = _precision_of_span(start, end)
    else:
        precision = DatePrecision.RANGE
    return qualified_value(text, start, end, precision)


def _section_bounds(section: str, whole: str) -> tuple[dt.date, dt.date]:
    try:
        parsed = _parsed_section(section)
        return (
            struct_time_to_date(parsed.lower_strict()),
            struct_time_to_date(parsed.upper_strict()),
        )
    except EDTFParseException:
        raise InvalidEdtf(_parse_error_message(whole)) from None
    except (ValueError, OverflowError, TypeError):
        raise InvalidEdtf(f"{whole!r}: only years 1 to 9999 can be placed on the timeline.") from None


@lru_cache(maxsize=4096)
def _parsed_section(section: str):
    """One end of an interval, parsed once per process (intervals share their ends)."""
    return parse_edtf(section)


def _precision_of_span(start: dt.date, end: dt.date) -> DatePrecision:
    last_day_of_month = calendar.monthrange(end.year, end.month)[1]
    whole_months = start.day == 1 and end.day == last_day_of_month
    if start == end:
        return DatePrecision.DAY
    if whole_months and (start.year, start.month) == (end.year, end.month):
        return DatePrecision.MONTH
    if whole_months and start.year == end.year:
        return DatePrecision.YEAR if (start.month, end.month) == (1, 12) else DatePrecision.SEASON
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if whole_years and start.year % 10 == 0 and end.year == start.year + 9:
        return DatePrecision.DECADE
    if whole_years and start.year % 100 == 0 and end.year == start.year + 99:
        return DatePrecision.CENTURY
    return DatePrecision.RANGE


# --- ISO 8601, for readers that do not know EDTF ---------------------------------------------------------


def edtf_as_iso8601(value: str) -> str:
    """An EDTF value as plain ISO 8601, what schema.org's dates and `temporalCoverage` hold: qualifiers dropped
    (`2025-10-22?` → `2025-10-22`, `1995~/2025-10` → `1995/2025-10`), unspecified digits and seasons as the
    span they cover (`199X` → `1990/1999`), open ends as `..` (schema.org's own convention for an interval
    with no end). InvalidEdtf for a value that is not EDTF."""
    edtf_parse(value)  # validated (and its sections' bounds known to be computable)
    if "/" in value:
        left, right = value.split("/", 1)
        return f"{_iso_side(left, value, first=True)}/{_iso_side(right, value, first=False)}"
    plain = value.rstrip("?~%")
    if _is_iso_date(plain):
        return plain
    start, end = _section_bounds(value, value)
    first, last = _iso_bound(start, first=True), _iso_bound(end, first=False)
    return first if first == last else f"{first}/{last}"


def _iso_side(section: str, whole: str, *, first: bool) -> str:
    if section in OPEN_ENDS:
        return ".."
    plain = section.strip("?~%")
    if _is_iso_date(plain):
        return plain
    start, end = _section_bounds(section, whole)
    return _iso_bound(start if first else end, first=first)


def _is_iso_date(text: str) -> bool:
    """A calendar date, month or year as ISO 8601 writes it (EDTF's seasons, 21-24, are not months)."""
    match = CALENDAR_DATE.fullmatch(text)
    return match is not None and (match[2] is None or 1 <= int(match[2]) <= 12)


def _iso_bound(day: dt.date, *, first: bool) -> str:
    """A span's first or last day at the coarsest precision that still names it: a year that starts (or
    ends) there, else a month, else the day."""
    last_of_month = calendar.monthrange(day.year, day.month)[1]
    if (day.month, day.day) == ((1, 1) if first else (12, 31)):
        return f"{day.year:04d}"
    if day.day == (1 if first else last_of_month):
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


# --- Display -------------------------------------------------------------------------------------

MONTHS = {
    "en": [calendar.month_name[m] for m in range(1, 13)],
    "he": [
        "ינואר",
        "פברואר",
        "מרץ",
        "אפריל",
        "מאי",
        "יוני",
        "יולי",
        "אוגוסט",
        "ספטמבר",
        "אוקטובר",
        "נובמבר",
        "דצמבר",
    ],
    # Levantine and Egyptian/Gulf names side by side, as Arab newsrooms write them.
    "ar": [
        "كانون الثاني/يناير",
        "شباط/فبراير",
        "آذار/مارس",
        "نيسان/أبريل",
        "أيار/مايو",
        "حزيران/يونيو",
        "تموز/يوليو",
        "آب/أغسطس",
        "أيلول/سبتمبر",
        "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر",
        "كانون الأول/ديسمبر",
    ],
}
WORDS = {
    "en": {
        "decade": "the {y}s",
        "century": "the {y}s",
        "since": "since {x}",
        "until": "until {x}",
        "approx": "c. {x}",
        "day": "{d} {m} {y}",
        "range": "{a} – {b}",
    },
    "he": {
        "decade": "שנות ה־{y}",
        "century": "המאה ה־{c}",
        "since": "מאז {x}",
        "until": "עד {x}",
        "approx": "בערך {x}",
        "day": "{d} ב{m} {y}",
        "range": "{a} – {b}",
    },
    "ar": {
        "decade": "عقد {y}",
        "century": "القرن {c}",
        "since": "منذ {x}",
        "until": "حتى {x}",
        "approx": "نحو {x}",
        "day": "{d} {m} {y}",
        "range": "{a} – {b}",
    },
}


@lru_cache(maxsize=16384)
def edtf_display(value: str, language: str = "en") -> str:
    """Words for an EDTF value at its real precision: 'April 1992', 'the 1990s', 'c. 2023'. Remembered: a
    timeline of a thousand entries writes the same few hundred dates and publication dates again and again."""
    words = WORDS.get(language, WORDS["en"])
    parsed = edtf_parse(value)
    if parsed.is_interval:
        left, right = parsed.value.split("/", 1)
        if left in OPEN_ENDS:
            return words["until"].format(x=edtf_display(right, language))
        if right in OPEN_ENDS:
            return words["since"].format(x=edtf_display(left, language))
        return words["range"].format(a=edtf_display(left, language), b=edtf_display(right, language))
    text = _display_simple(parsed, language, words)
    if parsed.approximate:
        text = words["approx"].format(x=text)
    if parsed.uncertain:
        text += "?"
    return text


def _display_simple(parsed: EdtfValue, language: str, words: dict[str, str]) -> str:
    months = MONTHS.get(language, MONTHS["en"])
    start, end = parsed.start, parsed.end
    if start is None or end is None:  # a single date always has both bounds
        raise InvalidEdtf(f"{parsed.value!r} has no bounds")
    match parsed.precision:
        case DatePrecision.DAY:
            return words["day"].format(d=start.day, m=months[start.month - 1], y=start.year)
        case DatePrecision.MONTH:
            return f"{months[start.month - 1]} {start.year}"
        case DatePrecision.YEAR:
            return str(start.year)
        case DatePrecision.DECADE:
            return words["decade"].format(y=start.year)
        case DatePrecision.CENTURY:
            return words["century"].format(y=start.year, c=start.year // 100 + 1)
        case DatePrecision.SEASON:
            return f"{months[start.month - 1]}–{months[end.month - 1]} {start.year}"
    return words["range"].format(a=start.isoformat(), b=end.isoformat())
