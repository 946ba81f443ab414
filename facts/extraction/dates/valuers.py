"""How a rule's parts become a date, whatever the language: each function reads the named groups of a
match (day, month, year or a relative year `yrel`, season, part, number `n`, unit, weekday, direction `dir`,
ordinal `ord`…) through the language's lexicon and computes EDTF with the helpers of `core`.

A rule of any language that writes a date in a known way takes its valuer from here, so a kind of
expression is valued the same in Hebrew, Arabic and English."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

from core.edtf import DatePrecision
from facts.extraction.dates.calendars import (
    HEBREW_MONTHS,
    HEBREW_MONTHS_EN,
    HIJRI_MONTHS,
    HIJRI_MONTHS_EN,
    gematria,
    hebrew_day,
    hebrew_year,
    hebrew_year_span,
    hijri_day,
    hijri_year_span,
    holiday_in,
    holiday_in_its_calendar,
)
from facts.extraction.dates.core import (
    SEASON_MONTHS,
    SENTENCE_END,
    Anchor,
    Antecedent,
    Context,
    Found,
    century,
    century_decade,
    century_half,
    coming,
    count,
    counts_a_few,
    day_edtf,
    day_month_near,
    decade,
    decades,
    duration,
    first_part,
    from_antecedent,
    half,
    interval,
    is_approximate,
    month_edtf,
    month_near,
    normal_word,
    part_of_month,
    part_of_year,
    quarter,
    recent,
    same,
    season,
    season_near,
    shift_month,
    shifted,
    weekday_near,
)
from facts.extraction.normalise import with_folded_keys


def year_of(f: Found, c: Context, name: str = "year") -> int:
    """The year a match names: in digits or words, or relative to publication ("last year")."""
    relative = f["yrel"] if name == "year" else f[name + "rel"]
    if relative:
        offset = f.word("yrel" if name == "year" else name + "rel", f.lexicon.relative_years)
        if offset is None or c.published is None:
            raise KeyError(relative)
        c.resolved_against = "published"  # "בדצמבר אשתקד", "early next year": the year is publication's
        return c.published.day.year + offset
    if f.has(name):
        return f.year(name)
    if f.has("theyear"):
        # "the year" said without saying which ("by the end of the year", "the first half of the year", "עד
        # סוף השנה", "الربع الأول من العام"): the year the sentence just gave, else publication's.
        year = year_in_sentence(c)
        if year is not None:
            c.resolved_against = "previous"
            return year
        if c.published is None:
            raise KeyError(name)
        c.resolved_against = "published"
        return c.published.day.year
    if c.previous is not None and f.has("same"):
        c.resolved_against = "previous"  # "30 May of the same year", "بين 30 و31 أيار من العام نفسه"
        return c.previous.start.year
    if f.has("adjyear"):
        # "May of the following year", "ב-30 במאי בשנה שלאחר מכן", "في مايو من العام السابق": a year on from
        # (or back before) the date last given, as "of the same year" is that year; from publication without one.
        words = normal_word(f["adjyear"] or "").split()
        step = next((f.lexicon.adjacent_years[word] for word in words if word in f.lexicon.adjacent_years), None)
        if step is None:
            raise KeyError(name)
        if c.previous is not None and c.previous.start is not None:
            c.resolved_against = "previous"
            return c.previous.start.year + step
        if c.published is None:
            raise KeyError(name)
        c.resolved_against = "published"
        return c.published.day.year + step
    raise KeyError(name)


def year_given(f: Found) -> bool:
    """Whether the match says its year: in digits or words, from publication ("last year"), or from the date
    last given ("that same year", "the following year")."""
    return f.has("year") or f.has("yrel") or f.has("same") or f.has("adjyear")


def part(f: Found) -> str:
    return f.word("part", f.lexicon.parts)


def direction(f: Found, default: str = "last") -> str:
    return f.word("dir", f.lexicon.directions) if f.has("dir") else default


# --- Absolute dates -----------------------------------------------------------------------------------


def full_date(f: Found, c: Context) -> str | None:
    return day_edtf(year_of(f, c), f.month(), f.day())


def numeric_date(f: Found, c: Context) -> str | None:
    """Day first (13.12.2016, 27/1/23); month first only when the day-first reading is impossible."""
    first, second, year = int(f["d1"] or 0), int(f["d2"] or 0), f.year("year")
    if second > 12 >= first:
        first, second = second, first
    return day_edtf(year, second, first)


def iso_date(f: Found, c: Context) -> str | None:
    return day_edtf(f.year(), int(f["month"] or 0), int(f["day"] or 0))


def iso_month(f: Found, c: Context) -> str | None:
    """'2014-10' is October 2014; '2010-11' (the next year's last two digits) is a range of years, read by
    the range rules instead."""
    year, month = f.year(), int(f["month"] or 0)
    if month == (year + 1) % 100:
        return None
    return month_edtf(year, month)


def month_year(f: Found, c: Context) -> str:
    return month_edtf(year_of(f, c), f.month())


def year_only(f: Found, c: Context) -> str:
    return f"{year_of(f, c):04d}"


def day_month(f: Found, c: Context) -> str | None:
    """A day and a month without a year: from the antecedent's year when the text gives one ("on 25 December
    that same year"), else the nearest such day to publication (the first after it for what is planned)."""
    if f.has("same") and c.previous is not None:
        return day_edtf(c.previous.start.year, f.month(), f.day())
    return day_and_month(c, f.month(), f.day())


def day_and_month(c: Context, month: int, day: int) -> str | None:
    year = year_of_day(c, month, day)
    return None if year is None else day_edtf(year, month, day)


def year_of_day(c: Context, month: int, day: int) -> int | None:
    """The year of a day and month said without one: that of the same day restated, of the date it stands in
    apposition to, of a date just before in its stretch of words ("May 3rd, 2025: … a visit planned for May 7
    to 11"), else the nearest such day to publication (the first after it for what is planned)."""
    for year in (restated_day_year(c, month, day), apposed_year(c, month), year_in_sentence(c)):
        if year is not None:
            return year
    if c.published is None:
        return None
    near = day_month_near(c.published, month, day, future=c.future)
    return int(near[:4]) if near else None


def numeric_day_month(f: Found, c: Context) -> str | None:
    """'ב-7.10', 'يوم 14/5', 'on 14/5': day first, month first only when the day-first reading is impossible
    ('on 5/14'); the year as for a day and month in words."""
    first, second = int(f["d1"] or 0), int(f["d2"] or 0)
    if second > 12 >= first:
        first, second = second, first
    if not (1 <= second <= 12 and 1 <= first <= 31):
        return None
    return day_and_month(c, second, first)


# Between a day and the same day restated in apposition: a comma, a dash or a bracket, and "on" / "ב" / "في".
APPOSITION = re.compile(r"[\s,،(\-–—]*(?:on|at|ב|ביום|في|يوم)?\s*", re.IGNORECASE)


def restated_day_year(c: Context, month: int, day: int) -> int | None:
    """The year of the day the text gave right before when this day and month restate it in apposition ("A
    decade ago today, on the 28th of June", "yesterday, 5 May", "أمس، 5 أيار"), whatever that day was counted
    from."""
    previous = c.previous
    if previous is None or not APPOSITION.fullmatch(c.text, c.previous_at, c.position):
        return None
    if previous.precision != DatePrecision.DAY or (previous.start.month, previous.start.day) != (month, day):
        return None
    return previous.start.year


def apposed_year(c: Context, month: int) -> int | None:
    """The year of a month (or a day of it) named without one right after another date, in apposition: "two
    months later, in August", "חודשיים לאחר מכן, ביולי", "وبعد شهرين، في يوليو", "last year, in May". The two
    name one time, the second more exactly, so the month is the one nearest the first date, whatever that was
    counted from."""
    previous = c.previous
    if previous is None or not APPOSITION.fullmatch(c.text, c.previous_at, c.position):
        return None

    def distance(year: int) -> int:
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return max((previous.start - last).days, (first - previous.end).days, 0)

    c.resolved_against = "previous"
    return min(range(previous.start.year - 1, previous.end.year + 2), key=distance)


SAME_SENTENCE = (
    80  # characters: a year given this close before a day and month is theirs ("in autumn 2020 (27 September…)")
)


def year_in_sentence(c: Context) -> int | None:
    """The year of a date the text gave just before, in the same stretch of words: a day and a month
    written right after it are of that year. A line of its own (a page's stamp, a heading) is not the stretch of
    words of the line after it: "23.12.2015" stamped above "will travel on 1 January" is no year of that day."""
    if c.stated is None or not stated_in_this_stretch(c):
        return None  # "yesterday" or a named war just before says nothing of this day's year
    return c.stated.start.year


def stated_in_this_stretch(c: Context) -> bool:
    """Whether the date last stated stands in the same stretch of words as the expression valued: within
    SAME_SENTENCE characters, on the same line."""
    return c.position - c.stated_at <= SAME_SENTENCE and "\n" not in c.text[c.stated_at : c.position]


def weekday_of_week(f: Found, c: Context) -> str | None:
    """'Monday of next week', 'on Wednesday this week', 'ביום שני בשבוע הבא', 'الاثنين من الأسبوع الماضي': that
    day of that week, the week beginning two days after the weekend does (Monday; Sunday where the weekend begins
    on Friday, as in Israel and most Arab states)."""
    if c.published is None:
        return None
    # The week said before the day or after it ("next week on Monday": the rule's second groups)
    said = f.word("dir", f.lexicon.directions) if f.has("dir") else f.word("dir2", f.lexicon.directions)
    offset = {"last": -1, "this": 0, "next": 1}.get(said or "this")
    weekday = f.word("weekday" if f.has("weekday") else "weekday2", f.lexicon.weekdays)
    if offset is None or weekday is None:
        return None
    first = (f.lexicon.weekend + 2) % 7
    day = c.published.day
    start = day - dt.timedelta(days=(day.weekday() - first) % 7) + dt.timedelta(weeks=offset)
    return (start + dt.timedelta(days=(weekday - first) % 7)).isoformat()


def month_in_sentence(c: Context) -> tuple[int, int] | None:
    """The month of a day or month the text gave just before, in the same stretch of words."""
    if c.stated is None or not stated_in_this_stretch(c):
        return None
    start, end = c.stated.start, c.stated.end
    return (start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None


def part_of_bare_month(f: Found, c: Context) -> str | None:
    """'mid-March', 'באמצע מרץ', 'منتصف آذار': a part of a month named without a year, whose year is found as
    a bare month's (the year the sentence just gave, else the latest such month up to publication)."""
    month = f.month()
    year = apposed_year(c, month)
    if year is None:
        year = year_in_sentence(c)
    if year is None:
        if c.published is None:
            return None
        year = int(month_near(c.published, month, past=not c.future)[:4])
    return part_of_month(year, month, part(f))


def weekend(f: Found, c: Context) -> str | None:
    """'Over the weekend', 'בסוף השבוע האחרון', 'في عطلة نهاية الأسبوع': its two days — the latest weekend begun
    before publication, or the first after it ('next', 'הקרוב', 'المقبلة', or what is planned)."""
    if c.published is None or not c.published.knows_day:
        return None
    which = direction(f, "this")
    after = which == "next" or (which == "this" and c.future)
    first = dt.date.fromisoformat(weekday_near(c.published, f.lexicon.weekend, after=after))
    return f"{first.isoformat()}/{(first + dt.timedelta(days=1)).isoformat()}"


def week_of_month(f: Found, c: Context) -> str | None:
    """'The first week of March (2023)', 'בשבוע האחרון של מאי', 'الأسبوع الثاني من يناير': its seven days (the
    last week: the month's last seven); without a year, the year found as a bare month's."""
    nth = f.word("ord", f.lexicon.ordinals)
    if nth is None or not (nth == -1 or 1 <= nth <= 4):
        return None
    month = f.month()
    year = year_of(f, c) if year_given(f) else bare_month_year(c, month)
    if year is None:
        return None
    last = calendar.monthrange(year, month)[1]
    first, end = (last - 6, last) if nth == -1 else (7 * nth - 6, 7 * nth)
    return f"{day_edtf(year, month, first)}/{day_edtf(year, month, end)}"


def bare_month(f: Found, c: Context) -> str | None:
    """A month named without a year, in past narration: the latest such month up to publication; right after
    another date, in apposition, the one nearest that date."""
    if (year := apposed_year(c, f.month())) is not None:
        return month_edtf(year, f.month())
    if c.published is None:
        return None
    return month_near(c.published, f.month(), past=not c.future)


def month_marked(f: Found, c: Context) -> str | None:
    """'last July', 'ביולי האחרון', 'أيار الماضي': the latest such month before publication's month;
    'next July': the first after it."""
    if c.published is None:
        return None
    which = direction(f)
    return month_near(c.published, f.month(), past=which != "next", strictly=which == "last")


def day_month_marked(f: Found, c: Context) -> str | None:
    """'20 مارس الماضي', 'ב-20 במרץ האחרון', 'last March 20': the latest such day before publication;
    '15 أبريل المقبل', 'ב-15 באפריל הקרוב', 'this coming April 15': the first after it."""
    if c.published is None or not c.published.knows_day:
        return None
    after = direction(f) == "next"
    base = c.published.day
    for year in (base.year, base.year + 1) if after else (base.year, base.year - 1):
        day = day_edtf(year, f.month(), f.day())
        if day is not None and ((day > base.isoformat()) if after else (day < base.isoformat())):
            return day
    return None


def season_year(f: Found, c: Context) -> str:
    return season(year_of(f, c), f.word("season", f.lexicon.seasons))


def season_relative(f: Found, c: Context) -> str | None:
    """'Last summer', 'הקיץ הבא', 'هذا الصيف'; and a season named alone ("in the spring", "באביב", "في
    الربيع"): of the year the sentence gave, else, told in the past, the latest such season to have begun by
    publication, and for what is planned the next one not yet over."""
    if c.published is None:
        return None
    name = f.word("season", f.lexicon.seasons)
    if f.has("dir"):
        return season_near(c.published, name, direction(f, "this"))
    if (year := year_in_sentence(c)) is not None:
        c.resolved_against = "previous"
        return season(year, name)
    day = c.published.day
    first, last = SEASON_MONTHS[name]
    if c.future:
        end_year = day.year + (name == "winter")
        this_one_ends = dt.date(end_year, last, calendar.monthrange(end_year, last)[1])
        return season(day.year if day <= this_one_ends else day.year + 1, name)
    return season(day.year if dt.date(day.year, first, 1) <= day else day.year - 1, name)


def part_year(f: Found, c: Context) -> str:
    return part_of_year(year_of(f, c), part(f))


def part_month(f: Found, c: Context) -> str:
    return part_of_month(year_of(f, c), f.month(), part(f))


def part_month_relative(f: Found, c: Context) -> str | None:
    """Early / mid / late next month, last month, this month; and "the month" not saying which ("at the end of
    the month", "בסוף החודש", "في نهاية الشهر"): the month the sentence just gave, else publication's."""
    if c.published is None:
        return None
    if not f.has("dir") and (stated := month_in_sentence(c)) is not None:
        c.resolved_against = "previous"
        return part_of_month(*stated, part(f))
    offset = {"last": -1, "this": 0, "next": 1}[direction(f, "this")]
    year, month = shift_month(c.published.day.year, c.published.day.month, offset)
    return part_of_month(year, month, part(f))


def closing_days(f: Found, c: Context) -> str:
    year = year_of(f, c)
    return f"{year}-12-21/{year}-12-31"


def half_year(f: Found, c: Context) -> str:
    return half(year_of(f, c), f.word("ord", f.lexicon.ordinals) if f.has("ord") else int(f["n"] or 1))


def quarter_year(f: Found, c: Context) -> str:
    number = f.word("ord", f.lexicon.ordinals) if f.has("ord") else int(f["n"] or 1)
    return quarter(year_of(f, c), 4 if number == -1 else number)


# --- Decades and centuries -----------------------------------------------------------------------------


def decade_start(f: Found, name: str = "decade") -> int:
    """A decade's first year: 1990 from "1990s", "'90s", "90", "nineties", "התשעים", "التسعينيات"."""
    value = (f[name] or "").strip()
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) == 4:
        return int(digits)
    if len(digits) == 2:
        return (1900 if int(digits) >= 30 else 2000) + int(digits)
    if len(digits) == 1:
        return 1900 + int(digits) * 10
    found = f.word(name, f.lexicon.decades)
    if found is None and value[:1] == "ה":  # the Hebrew article: "התשעים"
        found = f.lexicon.decades.get(value[1:])
    if found is None:
        raise KeyError(value)
    return found


def decade_value(f: Found, c: Context) -> str:
    start = decade_start(f)
    if f.has("cent"):
        start = (century_number(f) - 1) * 100 + start % 100
    return decade(start, part(f) if f.has("part") else None)


def decade_half_value(f: Found, c: Context) -> str:
    """'The second half of the 1990s', 'המחצית הראשונה של שנות ה-80', 'النصف الثاني من التسعينيات': its first
    five years or its last five."""
    start = decade_start(f)
    if f.has("cent"):
        start = (century_number(f) - 1) * 100 + start % 100
    number = f.word("ord", {**f.lexicon.ordinals, "earlier": 1, "השניה": 2})
    return decade(start, {1: "first half", 2: "second half"}[number])


def decades_joined(f: Found, c: Context) -> str:
    first, second = decade_start(f), decade_start(f, "decade2")
    if f.has("cent"):
        base = (century_number(f) - 1) * 100
        first, second = base + first % 100, base + second % 100
    return decades(first, second, part(f) if f.has("part") else None)


def century_number(f: Found) -> int:
    value = f["cent"] or ""
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits:
        return int(digits)
    found = f.word("cent", f.lexicon.centuries)
    if found is None:
        raise KeyError(value)
    return found


def century_value(f: Found, c: Context) -> str:
    return century(century_number(f))


def current_century(c: Context) -> int:
    return (c.published.day.year // 100 + 1) if c.published else 21


def century_relative(f: Found, c: Context) -> str:
    """'this century', 'the last century' (the previous one)."""
    offset = {"this": 0, "last": -1}[direction(f, "this")]
    return century(current_century(c) + offset)


def century_decade_value(f: Found, c: Context) -> str:
    """'The first decade of the 21st century', 'the first decade of the century' (publication's), 'mid-way
    through…', 'אמצע העשור הראשון של המאה', 'منتصف العقد الأول من القرن'."""
    if f.has("cent"):
        number = century_number(f)
    else:  # "the century", "this century", "המאה הנוכחית", "القرن الحالي": publication's; "last", "הקודמת", "الماضي"
        said = [f.word(name, f.lexicon.directions) or f[name] for name in ("dir", "dir2") if f.has(name)]
        number = current_century(c) - (1 if {"last", "earlier", "previous"} & set(said) else 0)
    return century_decade(number, f.word("ord", f.lexicon.ordinals), part(f) if f.has("part") else None)


def century_half_value(f: Found, c: Context) -> str:
    number = century_number(f) if f.has("cent") else current_century(c) - 1
    return century_half(number, f.word("ord", f.lexicon.ordinals))


# --- Ranges ---------------------------------------------------------------------------------------------


def year_range(f: Found, c: Context) -> str:
    # "May 2004 – 2007", "מ-1994 עד פברואר 1996": a month is part of one end, so the span is of a month and a
    # year (core.Grammar.joined_ranges reads the two dates), not of two years.
    before = re.findall(r"[^\W\d_]+", c.text[max(0, f.match.start() - 16) : f.match.start()])
    between = re.findall(r"[^\W\d_]+", f.match.group(0))
    if any(names_a_month(word, f.lexicon) for word in before[-1:] + between):
        raise ValueError("a month belongs to one end")
    first, second = f.year("year"), read_second_year(f)
    first, second = sorted((first, second))  # bidi-reversed ranges ("2014-2012") read in order
    return f"{first}/{second}"


def names_a_month(word: str, lexicon) -> bool:
    """A word that is a month's name, behind a Hebrew or Arabic prefix of up to two letters ("ממרץ", "وأيار")."""
    word = word.lower()
    return any(word[cut:] in lexicon.months for cut in range(3) if len(word) - cut >= 3)


def read_second_year(f: Found) -> int:
    value = (f["year2"] or "").strip()
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) == 2 and f.has("year"):  # "2022–23", "1999/00": the years that follow, up to ten
        first = f.year("year")
        second = first // 100 * 100 + int(digits)
        second += 100 if second <= first else 0
        if not first < second <= first + 10:  # "1500-20 soldiers" is no range of years
            raise ValueError(value)
        return second
    return f.year("year2")


def day_range(f: Found, c: Context) -> str | None:
    """'June 3 to 5', '3 עד 5 ביוני', 'بين 3 و5 حزيران', '30–31/5/2023'; the year from the text, else the
    nearest to publication."""
    month = f.month()
    first, last = f.day(), f.day("day2")  # digits or ordinal words ("the fifth and sixth", "الخامس والسادس")
    if not first or not last:
        return None
    year = year_of(f, c) if year_given(f) else year_of_day(c, month, first)
    if year is None:
        return None
    start, end = day_edtf(year, month, first), day_edtf(year, month, last)
    return f"{start}/{end}" if start and end else None


def month_range(f: Found, c: Context) -> str:
    """Two months of one year ("from March to May 2023", "May–June 2023", "מאי-יוני 2023"); one month
    named twice ("أيار/مايو 2023") is that month."""
    year, first, second = year_of(f, c), f.month(), f.month("month2")
    if first == second:
        return month_edtf(year, first)
    return f"{month_edtf(year, first)}/{month_edtf(year, second)}"


def bare_month_range(f: Found, c: Context) -> str | None:
    """'From March to May', 'ממרץ עד מאי', 'من مارس إلى مايو' without a year: the first month's year as a bare
    month's (the year the sentence just gave, else the latest such month up to publication); the second in
    that year, or the next when it comes earlier in the calendar ("from November to February")."""
    first = f.month("monthd") if f.has("monthd") else f.month()  # "in May-June": the dash's own group
    second = f.month("month2")
    year = bare_month_year(c, first)
    if year is None:
        return None
    if first == second:  # one month named twice ("في أيار/مايو")
        return month_edtf(year, first)
    return f"{month_edtf(year, first)}/{month_edtf(year + (second < first), second)}"


def bare_month_year(c: Context, month: int) -> int | None:
    """The year of a month named without one: the year the sentence just gave, else that of the latest such
    month up to publication (the first after it for what is planned)."""
    year = apposed_year(c, month)
    if year is None:
        year = year_in_sentence(c)
    if year is None and c.published is not None:
        c.resolved_against = "published"
        year = int(month_near(c.published, month, past=not c.future)[:4])
    return year


def winter_years(f: Found, c: Context) -> str:
    return season(f.year("year"), "winter")


# --- Relative to publication ----------------------------------------------------------------------------


def today(f: Found, c: Context) -> str | None:
    if c.published is None:
        return None
    offset = f.word("dayword", f.lexicon.day_words) or 0
    speech = day_of_the_speech(c)
    if speech is not None:
        c.resolved_against = "previous"
        return (speech + dt.timedelta(days=offset)).isoformat()
    if offset == 0 or not c.published.knows_day:
        return c.published.edtf
    return shifted(c.published, "day", offset)


# A double quotation mark that opens or closes a quotation: not one between two letters, which is Hebrew's
# gershayim in an acronym as folding writes it ('צה"ל').
QUOTATION_MARK = re.compile(r'(?<!\w)"|"(?!\w)')


SPEECH_REPORTED_WITHIN_DAYS = 7


def day_of_the_speech(c: Context) -> dt.date | None:
    """The day a quotation was spoken, when "today" stands inside one and the text gave that day before it,
    in the week before publication (news reports a speech in the days after it; a day further back is more often
    history the quotation comments on): "inaugurated the embassy yesterday … 'Today we open a new page,' a
    diplomat said", "«اليوم نفتح صفحة جديدة»", "„היום אנחנו פותחים דף חדש"". A quotation's deictic words are
    the speaker's."""
    previous, published = c.previous, c.published
    if previous is None or published is None or previous.precision != DatePrecision.DAY or not published.knows_day:
        return None
    if not 0 < (published.day - previous.start).days <= SPEECH_REPORTED_WITHIN_DAYS:
        return None
    if not inside_a_quotation(c.text, c.position):
        return None
    return previous.start


def inside_a_quotation(text: str, position: int) -> bool:
    """Whether `position` stands inside a quotation opened earlier in its paragraph."""
    paragraph = text[text.rfind("\n", 0, position) + 1 : position]
    if paragraph.rfind("«") > paragraph.rfind("»"):
        return True
    return len(QUOTATION_MARK.findall(paragraph)) % 2 == 1


def ago(f: Found, c: Context) -> str | None:
    """'three years ago', 'לפני כשנתיים', 'قبل شهرين'; 'about a year ago' is a month, approximately."""
    if c.published is None:
        return None
    unit, n = duration(f)
    if unit is None:
        return None
    rough = is_approximate(f)
    if f.has("exactly") or f.has("exactly2"):  # "exactly ten years ago", "a year ago to the day": that day
        return shifted(c.published, unit, -n, exactly=True)
    if unit == "year" and rough and n == 1:
        return shifted(c.published, "month", -12, approximately=True)
    if unit == "decade":
        return f"{c.published.day.year - round(n * 10):04d}~"
    if unit == "day" and rough and (f.has("n") or counts_a_few(f)):
        # "a few days ago", "לפני כמה ימים", "قبل عدة أيام", "قبل أيام": which day is not said: its month, about
        return shifted(c.published, "week", -n / 7, approximately=True)
    return shifted(c.published, unit, -n, approximately=rough)


def ahead(f: Found, c: Context) -> str | None:
    """'in three months', 'בעוד שבועיים', 'three years from now' (from publication)."""
    if c.published is None:
        return None
    unit, n = duration(f)
    if unit is None:
        return None
    return shifted(c.published, unit, n, approximately=is_approximate(f), exactly=f.has("exactly"))


def nth_weekday(f: Found, c: Context) -> str | None:
    """'The first Tuesday of October', 'the last Monday of March 2024', 'יום שלישי הראשון של אוקטובר',
    'الثلاثاء الأول من أكتوبر': in the year given, else the one nearest publication in the direction the clause
    implies."""
    weekday, month = f.word("weekday", f.lexicon.weekdays), f.month()
    nth = f.word("ord", f.lexicon.ordinals)
    if weekday is None or nth is None or not (nth == -1 or 1 <= nth <= 5):
        return None

    def in_year(year: int) -> dt.date | None:
        days = [
            dt.date(year, month, d)
            for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday
        ]
        return days[-1] if nth == -1 else (days[nth - 1] if nth <= len(days) else None)

    if year_given(f):
        day = in_year(year_of(f, c))
        return day.isoformat() if day else None
    if c.published is None:
        return None
    c.resolved_against = "published"
    base = c.published.day
    for year in (base.year, base.year + 1) if c.future else (base.year, base.year - 1):
        day = in_year(year)
        if day is not None and ((day > base) == c.future or day == base):
            return day.isoformat()
    return None


def weekday_and_day(f: Found, c: Context) -> str | None:
    """'Thursday the 25th', 'On Tuesday the 18th': the nearest day of that number on that weekday, before
    publication in past narration, after it for what is planned (within a few months either way)."""
    weekday, number = f.word("weekday", f.lexicon.weekdays), f.day()
    if c.published is None or weekday is None or not number:
        return None
    c.resolved_against = "published"
    base = c.published.day
    step = 1 if c.future else -1
    year, month = base.year, base.month
    for _ in range(14):
        if number <= calendar.monthrange(year, month)[1]:
            day = dt.date(year, month, number)
            if day.weekday() == weekday and ((day > base) == c.future or day == base):
                return day.isoformat()
        year, month = shift_month(year, month, step)
    return None


def anniversary(f: Found, c: Context) -> str | None:
    """'The 25th anniversary of relations', 'השנה מלאו 30 שנה ליחסים', 'الذكرى الثلاثين للعلاقات': the year the
    thing began, so many years before publication (or before the year given)."""
    digits = re.sub(r"\D", "", f["n"] or "")
    years = f.word("ord", f.lexicon.ordinals) if f.has("ord") else int(digits) if digits else count(f)
    if not years or years < 1:
        return None
    # "مرور ثلاثة عقود على": decades, counted roughly as "three decades ago" is
    rough = "~" if f.has("unit") and f.word("unit", f.lexicon.units) == "decade" else ""
    years *= 10 if rough else 1
    if f.has("year"):
        return f"{f.year() - round(years):04d}{rough}"
    if c.published is None:
        return None
    c.resolved_against = "published"
    return f"{c.published.day.year - round(years):04d}{rough}"


def this_day_back(f: Found, c: Context) -> str | None:
    """'On this day eight years ago', 'a decade ago today', 'ביום זה לפני 8 שנים', 'في مثل هذا اليوم قبل ثماني
    سنوات': publication's day, so many years (or decades) back."""
    if c.published is None or not c.published.knows_day:
        return None
    if f.match.re.groupindex.get("today") and not (f.has("today") or f.has("thisday") or f.has("today2")):
        return None  # "eight years ago" alone: the "ago" rule reads it
    unit = f.word("unit", f.lexicon.units)
    years = round(count(f) * (10 if unit == "decade" else 1))
    if unit not in ("year", "decade"):
        return None
    day = c.published.day
    try:
        return day.replace(year=day.year - years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28).isoformat()


def this_time_back(f: Found, c: Context) -> str | None:
    """'This time last year', 'around this time two years ago', 'בתקופה זו אשתקד', 'في مثل هذا الوقت من العام
    الماضي': publication's month so many years back, about (the time of year, not its day)."""
    if c.published is None:
        return None
    unit, n = duration(f) if f.has("unit") else ("year", 1.0)
    months = {"year": 12, "decade": 120}.get(unit or "")
    if months is None or not float(n).is_integer():
        return None
    return shifted(c.published, "month", -months * int(n), approximately=True)


def this_day_of_year(f: Found, c: Context) -> str | None:
    """'On this day in 2016', 'ביום זה ב-2016', 'في مثل هذا اليوم من عام 2016': publication's day of the calendar,
    in the year named (an anniversary page's own convention; 29 February falls on the 28th)."""
    if c.published is None or not c.published.knows_day:
        return None
    day, year = c.published.day, f.year()
    c.resolved_against = "published"
    try:
        return day.replace(year=year).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=year, day=28).isoformat()


def ahead_planned(f: Found, c: Context) -> str | None:
    """'in two weeks', 'بعد أسبوعين': ahead of publication only where the clause speaks of what is planned
    (in past narration the words measure a duration: "the war ended in 44 days")."""
    if f.has("now"):
        return ahead(f, c)
    if not c.future or (f.match.re.groupindex.get("within") and not f.has("within")):
        return None  # "three years" alone: a duration, not a date
    return ahead(f, c)


def unit_relative(f: Found, c: Context) -> str | None:
    """'last / this / next week, month, year'. A week is given as its month."""
    if c.published is None:
        return None
    unit = f.word("unit", f.lexicon.units)
    offset = {"last": -1, "this": 0, "next": 1}[direction(f)]
    if unit == "year":
        return f"{c.published.day.year + offset:04d}"
    if unit == "month":
        return month_edtf(*shift_month(c.published.day.year, c.published.day.month, offset))
    if unit == "week":
        if offset == 0 or not c.published.knows_day:
            return c.published.month
        return shifted(c.published, "week", offset)
    if unit == "day":
        return shifted(c.published, "day", offset)
    return None


def before_last(f: Found, c: Context) -> str | None:
    """ "The year before last", "العام قبل الماضي", "الشهر قبل الماضي", "the week before last": two units before
    publication's (a week as its month), as Hebrew says "לפני שנתיים"."""
    if c.published is None:
        return None
    unit = f.word("unit", f.lexicon.units)
    if unit == "year":
        return f"{c.published.day.year - 2:04d}"
    if unit == "month":
        return month_edtf(*shift_month(c.published.day.year, c.published.day.month, -2))
    if unit == "week":
        return shifted(c.published, "week", -2)
    return None


def this_unit(f: Found, c: Context) -> str | None:
    """ "השבוע", "החודש" alone: this week, this month — publication's month (a week is given as its month)."""
    return c.published.month if c.published is not None else None


def running_count(f: Found, c: Context) -> str | None:
    """'for a ninth day', 'for the third consecutive year', 'ליום השלישי ברציפות', 'للعام الثاني على التوالي': a
    count that has reached publication's day (its month for a week or month, its year for a year)."""
    if c.published is None:
        return None
    unit = f.word("unit", f.lexicon.units)
    if unit == "day":
        return c.published.edtf if c.published.knows_day else None
    if unit in ("week", "month"):
        return c.published.month
    if unit == "year":
        return f"{c.published.day.year:04d}"
    return None


def day_of_relative_month(f: Found, c: Context) -> str | None:
    """'the 15th of next month', 'ה-15 לחודש הבא', 'الخامس عشر من الشهر المقبل': that day of the month before,
    of or after publication's."""
    if c.published is None:
        return None
    offset = {"last": -1, "earlier": -1, "this": 0, "next": 1}.get(direction(f, "this"))
    if offset is None:
        return None
    year, month = shift_month(c.published.day.year, c.published.day.month, offset)
    return day_edtf(year, month, f.day())


def day_of_month_alone(f: Found, c: Context) -> str | None:
    """'On the 5th', 'ב-5 לחודש': a day of the month the text is in — publication's, or the month before when
    that day has not come yet in past narration (after it for what is planned)."""
    if c.published is None or not c.published.knows_day:
        return None
    day, base = f.day(), c.published.day
    offset = -1 if not c.future and day > base.day else (1 if c.future and day < base.day else 0)
    year, month = shift_month(base.year, base.month, offset)
    return day_edtf(year, month, day)


def recent_span(f: Found, c: Context) -> str | None:
    """Spans up to publication: recent months / weeks / years, the past N years or decades, 'for two years
    already'."""
    if c.published is None:
        return None
    unit, counted = duration(f)
    said = f.has("n") or f.has("half") or f.has("unit2") or (f["unit"] or "").strip() in f.lexicon.duals
    n = counted if said else None
    if n is not None or unit == "decade":
        c.counted_back = ago(f, c) or ""
    word = (f["unit"] or "").strip().lower()
    # "the past week", "בחודש האחרון", "خلال الشهر الأخير": one unit, with or without the article
    singular = n is None and any(w in f.lexicon.singular_units for w in (word, word[1:], word[2:]))
    if unit == "decade":
        return f"{c.published.day.year - round((n or 1) * 10):04d}~/{c.published.month}"
    if unit == "year":
        if n is not None:
            return recent(c.published, "years", n)
        if singular:  # "the past year", "כבר שנה"; "כמעט שנה", "כשנה": about the twelve months before
            return roughly_from(recent(c.published, "past-year"), is_approximate(f))
        return recent(c.published, "years", 5)
    if unit == "month":
        if n is not None or singular:  # "the past twelve months", "the past month": a count, exactly
            return recent(c.published, "months", n or 1).replace("~", "")
        return recent(c.published, "months", 4)
    if unit == "week":
        return recent(c.published, "weeks", 1 if singular else n or 2)
    if unit == "day":
        return recent(c.published, "days")
    return None


def roughly_from(span: str, rough: bool) -> str:
    """A span up to now whose start is approximate when the words say so ("almost", "כמעט", "نحو")."""
    if not rough or "/" not in span:
        return span
    start, end = span.split("/", 1)
    return f"{start.rstrip('~')}~/{end}"


def lasting_until_now(f: Found, c: Context) -> str | None:
    """A duration up to publication, in any unit, said so ("for five months now", "מזה חמישה חודשים", "כבר
    שבועיים", "منذ شهرين", "منذ عامين"): from that many units before publication, approximately, to
    publication's month, as the dev conventions date "for two years already" ((Y−2)~/month(P)); one year as "over
    the past year" (month(P)−12/month(P)); weeks from the month they began in."""
    if c.published is None:
        return None
    unit, n = duration(f)
    if unit in ("hour", "minute"):  # "منذ ساعتين": hours up to now are publication's day, as "ago" says
        return ago(f, c)
    singular = (f["unit"] or "").strip().lower() in f.lexicon.singular_units and not f.has("n") and n == 1
    c.counted_back = ago(f, c) or ""
    if unit == "decade":
        return recent(c.published, "years", n * 10)
    if unit == "year":  # one year: the twelve months before, as "over the past year"; "almost a year": about
        if singular or n == 1:
            return roughly_from(recent(c.published, "past-year"), is_approximate(f))
        return recent(c.published, "years", n)
    if unit == "month":
        return recent(c.published, "months", n)
    if unit == "week":
        began = c.published.day - dt.timedelta(weeks=n)
        return interval(month_edtf(began.year, began.month), c.published.month)
    return None


# "first" (or "first-ever") earlier in the clause: "the first visit by a defence minister in eight years"
FIRST_SO_FAR = re.compile(r"\bfirst(?:-ever)?\b(?:(?![.;:!?]).){0,80}$", re.IGNORECASE)


def first_in_units(f: Found, c: Context) -> str | None:
    """ "The first visit in eight years": the span up to now from the time before, as "for eight years" is; only
    after "first" (elsewhere "in eight years" is that long from now, read by `ahead`)."""
    if not FIRST_SO_FAR.search(c.text[max(0, c.position - 100) : c.position]):
        return None
    return lasting_until_now(f, c)


def past_hours(f: Found, c: Context) -> str | None:
    """ "In the past 24 hours", "ב-24 השעות האחרונות", "ביממה האחרונה", "خلال الساعات الـ24 الماضية": the days
    those hours reach back to, up to publication's day (24 hours: the day before and publication's)."""
    if c.published is None or not c.published.knows_day:
        return None
    hours = 24 if f.has("day") else count(f)
    start = c.published.day - dt.timedelta(days=max(1, math.ceil(hours / 24)))
    return f"{start.isoformat()}/{c.published.day.isoformat()}"


def coming_counted(f: Found, c: Context) -> str | None:
    """So many units ahead, counted ("over the next two years", "בשלושת החודשים הקרובים", "בשנתיים הקרובות",
    "خلال الأشهر الثلاثة المقبلة", "خلال العامين المقبلين"; "within two weeks", "בתוך שבועיים", "في غضون عامين"
    only where the clause speaks of what is to come: in past narration they count from the event): from
    publication's month to that many units on, the mirror of "the past N units" ((Y+N)~ for years, months
    exactly, weeks and days to the month they end in)."""
    if c.published is None or (f.has("within") and not c.future):
        return None
    unit, n = f.word("unit", f.lexicon.units), round(count(f))
    now = c.published
    if unit == "decade":
        unit, n = "year", n * 10
    if unit == "year":
        return f"{now.month}/{now.day.year + n:04d}~"
    if unit == "month":
        return f"{now.month}/{month_edtf(*shift_month(now.day.year, now.day.month, n))}"
    if unit in ("week", "day"):
        end = now.day + dt.timedelta(weeks=n) if unit == "week" else now.day + dt.timedelta(days=n)
        return interval(now.month, month_edtf(end.year, end.month))
    return None


def coming_span(f: Found, c: Context) -> str | None:
    """'in the coming weeks', 'בשנים הקרובות', 'خلال الأيام المقبلة', 'within months' (from publication)."""
    if c.published is None:
        return None
    return coming(c.published, f.word("unit", f.lexicon.units) if f.has("unit") else "month")


def weekday(f: Found, c: Context) -> str | None:
    """The nearest such day before publication; after it with 'this coming', 'next', 'הקרוב', 'المقبل',
    or after words of what is planned ("will visit Baku on Tuesday", "سيزور باكو يوم الثلاثاء"). A plan told
    after the day is not the day's: "said on Tuesday that he will visit" is last Tuesday's saying."""
    if c.published is None or not c.published.knows_day:
        return None
    said = direction(f, "")
    after = said == "next" or (said in ("", "this") and c.future_before)
    return weekday_near(c.published, f.word("weekday", f.lexicon.weekdays), after=after)


def weekday_after_previous(f: Found, c: Context) -> str | None:
    """'The following Monday', 'ביום שני שלאחר מכן', 'يوم الاثنين التالي': the first such day after the date the
    text last gave, when that date is a day; with none given, the first after publication."""
    if c.previous is not None and c.previous.precision == DatePrecision.DAY:
        anchor = Anchor(c.previous.end, DatePrecision.DAY)
    elif c.previous is None and c.published is not None and c.published.knows_day:
        anchor, c.resolved_against = c.published, "published"
    else:  # after a month or a year, which Monday is not said
        return None
    return weekday_near(anchor, f.word("weekday", f.lexicon.weekdays), after=True)


def since_month(f: Found, c: Context) -> str | None:
    """'Since January': from the latest such month to publication."""
    if c.published is None:
        return None
    return f"{month_near(c.published, f.month())}/{c.published.edtf}"


def since_then(f: Found, c: Context) -> str | None:
    """'since then', 'ומאז', 'ومنذ ذلك الحين': from the date the text last gave (at its precision) to publication."""
    if c.previous is None or c.published is None:
        return None
    return f"{same_occasion(f, c)}/{c.published.edtf}"


NEAR = 120  # characters: an end told this close before "since the end of it" is its end


def since_previous_end(f: Found, c: Context) -> str | None:
    """'ever since the end of it' (מאז סיום המלחמה): from the date the text last gave to publication."""
    if c.previous is None or c.published is None or c.position - c.previous_at > NEAR:
        return None
    if c.previous.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return None  # an end is told to the day or the month; a year or a span is no end
    start = (
        c.previous.start.isoformat() if c.previous.precision == DatePrecision.DAY else f"{c.previous.start.year:04d}"
    )
    return f"{start}/{c.published.edtf}"


def month_day_range(f: Found, c: Context) -> str | None:
    """'Sept. 27 – Nov. 10, 2020', '27 בספטמבר עד 10 בנובמבר': two days of different months of one year
    (given, else the year the text just gave, else the nearest to publication); over a new year ("30 December –
    2 January 2024") the year written is the second day's, the first day's the year before."""
    year = year_of(f, c) if year_given(f) else year_of_day(c, f.month(), f.day())
    if year is None:
        return None
    over_new_year = (f.month("month2"), f.day("day2")) < (f.month(), f.day())
    start = day_edtf(year - 1 if over_new_year else year, f.month(), f.day())
    end = day_edtf(year, f.month("month2"), f.day("day2"))
    return f"{start}/{end}" if start and end else None


# --- Relative to the previous date (anaphora) ----------------------------------------------------------


def same_unit(f: Found, c: Context) -> str | None:
    """'that same year / month / week / day / evening', 'באותה שנה', 'في العام نفسه'."""
    if c.previous is None:
        return None
    return same(c.previous, f.word("unit", f.lexicon.units))


def following_unit(f: Found, c: Context) -> str | None:
    """'the following year', 'في العام التالي', 'בשנה שלאחר מכן' (and 'the previous year'): from the date the
    text last gave; with none, from publication ("compared with the previous year")."""
    previous = c.previous
    if previous is None and c.published is not None:
        previous = Antecedent.from_edtf(c.published.edtf)
        c.resolved_against = "published"
    if previous is None:
        return None
    unit = f.word("unit", f.lexicon.units) if f.has("unit") else "day"  # "למחרת": the day after
    step = 1 if direction(f, "next") in ("next", "later") else -1
    if unit == "year":
        return f"{previous.start.year + step:04d}"
    return from_antecedent(previous, unit, step)


def same_occasion(f: Found, c: Context) -> str | None:
    """'On that occasion', 'באותו מעמד', 'في تلك المناسبة': the date the text last gave, at its precision."""
    if c.previous is None:
        return None
    unit = {DatePrecision.YEAR: "year", DatePrecision.MONTH: "month"}.get(c.previous.precision, "day")
    return same(c.previous, unit)


def shift_previous(f: Found, c: Context) -> str | None:
    """'two days later', 'four years earlier', 'قبل ذلك بشهرين', 'כעבור כשלושה שבועות'."""
    if c.previous is None:
        return None
    unit, n = duration(f)
    if unit is None:
        return None
    sign = -1 if direction(f, "later") in ("earlier", "last") else 1
    value = from_antecedent(c.previous, unit, sign * n, approximately=is_approximate(f))
    return None if past_publication_unplanned(value, f, c) else value


def past_publication_unplanned(value: str, f: Found, c: Context) -> bool:
    """Whether a date counted forward from the one the text last gave lies wholly after publication in a clause
    that plans nothing: then the count did not run from that date ("Twenty-five years on, this is a partnership"
    counts from the relations' start, not from the 2016 of the sentence before), and the words give no date."""
    if c.published is None or c.future or (f.lexicon.future and f.lexicon.future.search(sentence_around(c))):
        return False
    start = Antecedent.from_edtf(first_part(value).rstrip("~"))
    return start is not None and start.start > c.published.day


def sentence_around(c: Context) -> str:
    """The sentence the expression being valued stands in (its clause may end at a comma before the verb)."""
    ends = list(SENTENCE_END.finditer(c.text, 0, c.position))
    start = ends[-1].end() if ends else 0
    after = SENTENCE_END.search(c.text, c.position)
    return c.text[start : after.start() if after else len(c.text)]


def before_the_event_named(f: Found, c: Context) -> str | None:
    """'The ministry announced the recall on Thursday, a few weeks after Armenia opened its embassy', 'ביום
    חמישי, שבועיים אחרי שארמניה פתחה שגרירות', 'يوم الخميس، بعد أسابيع من افتتاح أرمينيا سفارتها': the event
    named after "after" came that long before the date the same sentence gave (after it, with "before"). With
    no date earlier in the sentence the words give none."""
    if not dated_in_this_sentence(c):
        return None
    c.aside = True
    return counted_from_previous(f, c, -1 if not f.has("before") else 1)


def dated_in_this_sentence(c: Context) -> bool:
    """Whether the date the text last gave stands earlier in the sentence of the expression being valued."""
    return c.previous is not None and c.previous_at >= 0 and not SENTENCE_END.search(c.text, c.previous_at, c.position)


def day_it_ended_or_began(f: Found, c: Context) -> str | None:
    """'On the night it ended', 'ביום שבו הסתיימה', 'בליל סיומה', 'يوم انتهائها', 'يوم اندلاعها': the last day of
    the time the text last gave (its first, for a beginning), at the precision the text gave it ("from Sept. 27
    to Nov. 10": Nov. 10; "the 2020 war" of a year alone: 2020)."""
    ended = f.has("end") or f.has("end2")
    point = c.previous_end if ended else c.previous_start
    if point is None:
        return None
    written = {DatePrecision.DAY: "%Y-%m-%d", DatePrecision.MONTH: "%Y-%m", DatePrecision.YEAR: "%Y"}
    if point.precision not in written:
        return None  # a decade's or a season's last day is not a day the text gave
    c.resolved_against = "previous"
    return point.start.strftime(written[point.precision])


def since_the_event_named(f: Found, c: Context) -> str | None:
    """'…, three decades since the two countries established relations', 'שלושה עשורים מאז כינון היחסים',
    'ثلاثة عقود منذ إقامة العلاقات': the event named after "since" came that long before the date the same
    sentence gave, else that long before publication (the count runs up to now); as "three decades ago" is
    (year(P)−30)~. Another event than the sentence's own: not the date later words count from."""
    c.aside = True
    previous = c.previous
    if previous is None or not dated_in_this_sentence(c):
        return ago(f, c)
    unit, n = duration(f)
    if unit is None:
        return None
    # decades are counted roughly, as "three decades ago" is
    return from_antecedent(previous, unit, -n, approximately=is_approximate(f) or unit == "decade")


def after_the_event_last_dated(f: Found, c: Context) -> str | None:
    """'Two months after the incident, Baku reopened its embassy', 'כחודשיים אחרי התקרית', 'وبعد الحادث بشهرين',
    'قبل الزيارة بيومين': the event a sentence opens with, named by a common noun, is the one the text last
    dated; the count runs from that date (back, with "before"). A named period ("after the Second Karabakh
    War") is read by its own rule."""
    return counted_from_previous(f, c, -1 if f.has("before") else 1)


def counted_from_previous(f: Found, c: Context, sign: int) -> str | None:
    """The date the text last gave, moved forward (sign 1) or back (-1) by the match's count."""
    unit, n = duration(f)
    if c.previous is None or unit is None:
        return None
    value = from_antecedent(c.previous, unit, sign * n, approximately=is_approximate(f))
    return None if past_publication_unplanned(value, f, c) else value


def after_units(f: Found, c: Context) -> str | None:
    """'بعد يومين', 'after two days': from the date the text last gave; with none, from publication."""
    if c.previous is not None:
        return shift_previous(f, c)
    return ahead(f, c)


# --- Other calendars ----------------------------------------------------------------------------------


def hebrew_number(value: str) -> int:
    digits = "".join(ch for ch in value if ch.isdigit())
    return int(digits) if digits else gematria(value)


def hebrew_date(f: Found, c: Context) -> str | None:
    """A day of the Hebrew calendar ("ט"ז בשבט תשפ"ו", "16 Shevat 5786") as its Gregorian day."""
    month = f.word("month", HEBREW_MONTHS_ANY)
    return hebrew_day(hebrew_year(hebrew_number(f["hyear"] or "")), month, hebrew_number(f["day"] or ""))


def hebrew_year_value(f: Found, c: Context) -> str:
    return hebrew_year_span(hebrew_year(hebrew_number(f["hyear"] or "")))


def hijri_date(f: Found, c: Context) -> str | None:
    month = f.word("month", HIJRI_MONTHS_ANY)
    return hijri_day(int(f["iyear"] or 0), month, int(f["day"] or 0))


def hijri_year_value(f: Found, c: Context) -> str:
    return hijri_year_span(int(f["iyear"] or 0))


HEBREW_MONTHS_ANY = with_folded_keys({**HEBREW_MONTHS, **HEBREW_MONTHS_EN})
HIJRI_MONTHS_ANY = with_folded_keys({**HIJRI_MONTHS, **HIJRI_MONTHS_EN})


def holiday_year(f: Found, c: Context) -> str | None:
    """A holiday of a named year ("Passover 2024", "נורוז 2024", "عيد الفطر عام 2024"); its eve is one day."""
    return eve_or_holiday(f, holiday_in(f.word("holiday", f.lexicon.holidays), year_of(f, c)))


def holiday_of_its_calendar_year(f: Found, c: Context) -> str | None:
    """A holiday of a year of its own calendar ("יום כיפור תשפ"ד", "عيد الفطر 1445 هـ", "Ramadan 1445 AH")."""
    holiday = f.word("holiday", f.lexicon.holidays)
    if f["hyear"]:
        year = hebrew_year(hebrew_number(f["hyear"]) if not f["hyear"].isdigit() else int(f["hyear"]))
    else:
        year = int(f["iyear"] or 0)
    value = holiday_in_its_calendar(holiday, year)
    return eve_or_holiday(f, value) if value else None


def holiday_near(f: Found, c: Context) -> str | None:
    """A holiday without its year: of the year the sentence just stated, else the nearest one to publication in
    the direction the clause implies (the last one before it in past narration, the next one for what is
    planned); its eve ("ערב יום הכיפורים", "عشية عيد الفطر", "on the eve of Passover") is the day before."""
    holiday = f.word("holiday", f.lexicon.holidays)
    stated = year_in_sentence(c)
    if stated is not None:
        c.resolved_against = "previous"
        return eve_or_holiday(f, holiday_in(holiday, stated))
    if c.published is None:
        return None
    c.resolved_against = "published"
    day = c.published.day
    for year in (day.year, day.year + 1) if c.future else (day.year, day.year - 1):
        value = eve_or_holiday(f, holiday_in(holiday, year))
        first = first_part(value)
        if (first > day.isoformat()) == c.future or first == day.isoformat():
            return value
    return eve_or_holiday(f, holiday_in(holiday, day.year))


def eve_or_holiday(f: Found, value: str) -> str:
    if not f.has("eve"):
        return value
    start = dt.date.fromisoformat(first_part(value)[:10])
    return (start - dt.timedelta(days=1)).isoformat()
