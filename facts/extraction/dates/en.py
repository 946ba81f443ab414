"""English: the lexicon, the parts and the rules."""

from __future__ import annotations

import calendar
import re

from facts.extraction.dates import valuers as v
from facts.extraction.dates.calendars import HEBREW_MONTHS_EN, HIJRI_MONTHS_EN
from facts.extraction.dates.core import Grammar, Lexicon
from facts.extraction.dates.numbers import EN_ORDINALS, EN_TENS, EN_UNITS, en_below_hundred, en_year
from facts.extraction.dates.rules import (
    NOT_A_TIME,
    PHONE_NUMBER,
    RuleSet,
    after_words,
    named_twice,
    numeric_day_month,
    numeric_rules,
    second_unit,
    shared_parts,
)
from facts.extraction.dates.vocabulary import (
    month_names,
    plural_unit_names,
    quantity_words,
    relative_days,
    unit_names,
    weekday_abbreviations,
    weekday_names,
)
from facts.extraction.wordlists import alternatives

MONTHS = dict(month_names("en"))
MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS |= {"sept": 9}
FULL_MONTHS = [name.lower() for name in calendar.month_name if name]
NUMBERS: dict[str, float] = {**EN_UNITS, **EN_TENS, "a": 1, "an": 1, "a couple of": 2, "a few": 3, "several": 3}
NUMBERS["couple of"] = 2
NUMBERS |= {"half a": 0.5, "half an": 0.5}  # "half a year ago"
# Hours and minutes, CLDR's words: "three hours ago" is publication's day (core.shifted)
CLOCK_UNITS = unit_names("en")
# Units as casual pages abbreviate them ("last yr", "3 wks ago", "over the past 6 mos"): the same words.
UNIT_ABBREVIATIONS = {"yr": "year", "yrs": "year", "wk": "week", "wks": "week", "mth": "month", "mths": "month"}
UNIT_ABBREVIATIONS |= {"mos": "month"}
ABBREVIATED = {
    "year": "yr",
    "years": "yrs",
    "years?": "yrs?",
    "week": "wk",
    "weeks": "wks",
    "weeks?": "wks?",
    "month": "mth",
    "months": "mths|mos",
    "months?": "mths?|mos",
}


def abbreviated(units: str) -> str:
    """A rule's alternatives of unit words with their abbreviations beside them."""
    return "|".join(f"{unit}|{ABBREVIATED[unit]}" if unit in ABBREVIATED else unit for unit in units.split("|"))


VAGUE = frozenset({"a couple of", "a few", "several", "couple of"})

LEXICON = Lexicon(
    months=MONTHS,
    numbers=NUMBERS,
    units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
        "decade": "decade",
        "decades": "decade",
        **UNIT_ABBREVIATIONS,
        "evening": "day",
        "morning": "day",
        "night": "day",
        **CLOCK_UNITS,
    },
    seasons={"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter"},
    weekdays={**weekday_names("en"), **weekday_abbreviations("en")},  # abbreviations only where a rule allows
    parts={
        "early": "early",
        "the start of": "early",
        "the beginning of": "early",
        "start of": "early",
        "beginning of": "early",
        "mid": "mid",
        "mid-": "mid",
        "middle": "mid",
        "the middle of": "mid",
        "middle of": "mid",
        "late": "late",
        "the end of": "late",
        "end of": "late",
        "the close of": "late",
    },
    ordinals=EN_ORDINALS | {"final": -1, "latter": 2, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4},
    decades={
        "twenties": 1920,
        "thirties": 1930,
        "forties": 1940,
        "fifties": 1950,
        "sixties": 1960,
        "seventies": 1970,
        "eighties": 1980,
        "nineties": 1990,
        "two thousands": 2000,
        "two-thousands": 2000,
        "noughties": 2000,
        "aughts": 2000,
    },
    centuries={
        "nineteenth": 19,
        "twentieth": 20,
        "twenty-first": 21,
        "twenty first": 21,
        "eighteenth": 18,
    },
    holidays={
        "rosh hashanah": "rosh-hashanah",
        "rosh hashana": "rosh-hashanah",
        "rosh ha-shanah": "rosh-hashanah",
        "yom kippur": "yom-kippur",
        "sukkot": "sukkot",
        "succot": "sukkot",
        "hanukkah": "hanukkah",
        "chanukah": "hanukkah",
        "hanukah": "hanukkah",
        "purim": "purim",
        "passover": "passover",
        "pesach": "passover",
        "shavuot": "shavuot",
        "ramadan": "ramadan",
        "eid al-fitr": "eid-al-fitr",
        "eid ul-fitr": "eid-al-fitr",
        "eid al fitr": "eid-al-fitr",
        "ramazan bayram": "eid-al-fitr",
        "eid al-adha": "eid-al-adha",
        "eid ul-adha": "eid-al-adha",
        "eid al adha": "eid-al-adha",
        "kurban bayram": "eid-al-adha",
        "qurban bayram": "eid-al-adha",
        "nowruz": "nowruz",
        # National days of the two states (calendars.ISRAELI_DAYS, FIXED_HOLIDAYS): named with their state, as
        # another's Independence or Memorial Day would be read otherwise
        "israel's independence day": "yom-haatzmaut",
        "israeli independence day": "yom-haatzmaut",
        "israel independence day": "yom-haatzmaut",
        "yom haatzmaut": "yom-haatzmaut",
        "yom ha'atzmaut": "yom-haatzmaut",
        "yom hazikaron": "yom-hazikaron",
        "yom ha'zikaron": "yom-hazikaron",
        "israel's memorial day": "yom-hazikaron",
        "israel's remembrance day": "yom-hazikaron",
        "yom hashoah": "yom-hashoah",
        "yom yerushalayim": "yom-yerushalayim",
        "azerbaijan's independence day": "azerbaijan-independence-day",
        "azerbaijani independence day": "azerbaijan-independence-day",
        "azerbaijan independence day": "azerbaijan-independence-day",
        "independence restoration day": "independence-restoration-day",
        "restoration of independence day": "independence-restoration-day",
        "day of restoration of independence": "independence-restoration-day",
        "novruz": "nowruz",
        "navruz": "nowruz",
        "norouz": "nowruz",
        "nowrouz": "nowruz",
        "christmas": "christmas",
        "christmas day": "christmas",
        "orthodox christmas": "orthodox-christmas",
        "new year's day": "new-year",
        "new year's eve": "new-years-eve",
        "easter": "easter",
        "easter sunday": "easter",
        "thanksgiving": "thanksgiving",
        "thanksgiving day": "thanksgiving",
        "jewish new year": "rosh-hashanah",
        "simchat torah": "simchat-torah",
        "simhat torah": "simchat-torah",
        "tu bishvat": "tu-bishvat",
        "tu b'shvat": "tu-bishvat",
        "tu bishevat": "tu-bishvat",
        "lag baomer": "lag-baomer",
        "lag b'omer": "lag-baomer",
        "tisha b'av": "tisha-bav",
        "tisha bav": "tisha-bav",
        "islamic new year": "islamic-new-year",
        "hijri new year": "islamic-new-year",
        "ashura": "ashura",
        "mawlid": "mawlid",
        "mawlid al-nabi": "mawlid",
        "the prophet's birthday": "mawlid",
        "isra and mi'raj": "isra-miraj",
        "isra and miraj": "isra-miraj",
    },
    relative_years={
        "last year": -1,
        "this year": 0,
        "next year": 1,
        "the previous year": -1,
        "the past year": -1,
        "the coming year": 1,
        "the following year": 1,
    },
    adjacent_years={"following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1},
    directions={
        "last": "last",
        "past": "last",
        "previous": "last",
        "this": "this",
        "this coming": "next",
        "coming": "next",
        "next": "next",
        "the coming": "next",
        "the following": "next",
        "following": "next",
        "later": "later",
        "after": "later",
        "afterwards": "later",
        "on": "later",
        "earlier": "earlier",
        "before": "earlier",
        "before that": "earlier",
        "after that": "later",
        "prior": "earlier",
        "the previous": "earlier",
        "current": "this",
    },
    day_words=relative_days("en")
    | {
        "today": 0,
        # What holds at publication, said by an adverb of the present (dated to publication as "today" is).
        "currently": 0,
        "at present": 0,
        "nowadays": 0,
        "this morning": 0,
        "tonight": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "the night before last": -2,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "tomorrow": 1,
    },
    vague_numbers=VAGUE,
    singular_units=frozenset({"year", "decade", "month", "week"}),
    half_after_count=r"\s+and\s+a\s+half",
    plurals=frozenset({"days", "weeks", "months", "years", "decades", "wks", "mos", "mths", "yrs"})
    | plural_unit_names("en"),
    year_words=en_year,
    number_words=en_below_hundred,
    future=re.compile(
        r"(?i)\b(?:will|would|shall|is\s+to|are\s+to|was\s+to|is\s+expected|are\s+expected|planned|"
        r"scheduled|due|(?<!the )(?<!of )votes\s+on|goes\s+to\s+the\s+polls|(?:set|slated|poised|going)\s+to|"
        r"(?:plans?|planning|intends?|intending)\s+to|upcoming|forthcoming|"
        # what a timetable says, in the present: "It closes in mid-July", "they arrive on Tuesday" (a pronoun
        # before the verb: a headline's present tells what happened, "Netanyahu visits Baku")
        r"(?:it|they|he|she)\s+(?:opens?|closes?|begins?|starts?|ends?|arrives?|departs?|leaves?|resumes?|"
        r"reopens?|returns?|expires?|concludes?))\b"
    ),
)

TENS = alternatives(EN_TENS)
ONES = alternatives(w for w, n in EN_UNITS.items() if n < 20)
BELOW_HUNDRED = rf"(?:{TENS})(?:[\s\-]+(?:{ONES}))?|(?:{ONES})"
TEENS = alternatives(w for w, n in EN_UNITS.items() if 10 <= n < 20)
SINGLE = alternatives(w for w, n in EN_UNITS.items() if 0 < n < 10)
# A year said in two halves ("nineteen ninety-two", "twenty twenty-three", "nineteen oh five", "nineteen
# twelve"): the second half is ten or more, or "oh" and a digit. "Twenty-five" is twenty-five, not 2005.
SECOND_HALF = rf"(?:{TENS})(?:[\s\-]+(?:{ONES}))?|(?:{TEENS})|(?:oh|o)[\s\-]+(?:{SINGLE})"
SPELLED_YEAR = (
    rf"(?:nineteen|twenty|eighteen)[\s\-]+(?:{SECOND_HALF}|hundred)"
    rf"|two\s+thousand(?:\s+and)?(?:[\s\-]+(?:{BELOW_HUNDRED}))?"
)

PARTS = shared_parts() | {
    # a whole word: not the "dec" of "decade", nor May in "Mayor"; the full stop of an abbreviation ("Jan."), not
    # the one that ends a sentence ("… until 15 June.")
    "month": named_twice(
        rf"(?:(?:{alternatives(set(MONTHS) - set(FULL_MONTHS))})\.?|(?:{alternatives(FULL_MONTHS)}))(?!\w)",
        alternatives({**HEBREW_MONTHS_EN, **HIJRI_MONTHS_EN}),
    ),
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|" + alternatives(w for w, n in EN_ORDINALS.items() if n > 0),
    "fullmonth": alternatives(name.lower() for name in calendar.month_name if name),
    "spelled": SPELLED_YEAR,
    "yrel": r"(?:last|this|next|the\s+previous|the\s+past|the\s+coming|the\s+following)\s+(?:year|yr)\b",
    "season": r"spring|summer|autumn|fall|winter",
    "holiday": alternatives(LEXICON.holidays),
    "part": r"early|mid-?|late|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+end\s+of|start\s+of|"
    r"beginning\s+of|middle\s+of|end\s+of|the\s+close\s+of",
    # "half a year"; "two and a half years" (core.Found.number reads the half: Lexicon.half_after_count)
    "n": rf"half\s+an?|(?:\d+|{BELOW_HUNDRED})\s+and\s+a\s+half|\d+|a\s+couple\s+of|couple\s+of|a\s+few|several|an?|"
    rf"{BELOW_HUNDRED}",
    "unit": abbreviated(r"days?|weeks?|months?|years?|decades?"),
    "weekday": alternatives(weekday_names("en")),  # in full: "sat", "wed" and "sun" are words
    "ord": alternatives(LEXICON.ordinals),
    "decword": alternatives(LEXICON.decades),
    "cent": r"\d{2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[\s\-]first|eighteenth",
}
# "two years and three months", "two years, three months", "1 year 2 months"; "a year and a half"
PARTS["more"] = second_unit(
    PARTS, joiner=r"(?:,?\s+and\s+|,\s*|\s+)", half=r"\s+and\s+a\s+half\b", count_optional=False
)

THE = r"(?:the\s+)?"
# "that year", "that same year", "that very year", "the (very) same year": the year of the date last given
SAME_YEAR = r"(?:that(?:\s+(?:same|very))?|the\s+(?:very\s+)?same)\s+year"
# "the following year", "the year before": a year on from (or back before) the date last given (valuers.year_of);
# before {yrel}, which reads "the previous year" from publication
ADJACENT_YEAR = (
    r"(?P<adjyear>(?:the\s+)?(?:following|previous|preceding)\s+year"
    r"|the\s+year\s+(?:after|before)(?!\s+(?:last|next)\b))"
)
YEARREF = "(?:{year}|" + ADJACENT_YEAR + "|{yrel}|(?P<same>" + SAME_YEAR + "))"
# A count not exact: about, almost, more or less than ("more than three decades ago", "just over a year ago")
APPROX_COUNT = (
    r"about|some|nearly|roughly|almost|around|(?:just\s+|well\s+)?(?:more\s+than|over|under|less\s+than|fewer\s+than)"
)
# "the year" without saying which: the year the sentence gave, else publication's (valuers.year_of)
THE_YEAR = r"(?P<theyear>the\s+year)\b(?!\s+(?:before|after|of|when|that|in\s+which)\b)"

R = RuleSet(PARTS, flags=re.IGNORECASE)
# Absolute dates
R.add("iso date", "numeric", r"\b{iso:_}\b", v.iso_date)
numeric_rules(R, v)
R.add(
    "numeric day and month",  # "on 14/5", "since 5/14": after a word that introduces a date
    "day-month",
    numeric_day_month(
        after_words("on", "since", "until", "till", "from", "before", "after") + r"(?:the\s+)?",
        "/",
        alternatives(quantity_words("en")),
    ),
    v.numeric_day_month,
)
R.add("day month year", "full-date", r"\b(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+(?:of\s+)?" + YEARREF, v.full_date)
# "March 3 of last year"
R.add("month day year", "full-date", r"\b{month}\s+{day},?\s+(?:of\s+)?" + YEARREF, v.full_date)
R.add("month year", "month-year", r"\b{month}\s+(?:of\s+)?" + YEARREF, v.month_year)
# A year in two digits after its apostrophe, as casual pages write it ("Feb 12th '12", "12 May '12", "Sept. '23")
R.add("day month short year", "full-date", r"\b(?:the\s+)?{day}(?:\s+of)?\s+{month},?\s+{short:year}", v.full_date)
R.add("month day short year", "full-date", r"\b{month}\s+{day},?\s+{short:year}", v.full_date)
R.add("month short year", "month-year", r"\b{month},?\s+{short:year}", v.month_year)
# "in March and May 2020", "in March or April last year": the year said once is each month's (two months, not a
# range); the second month is read by the rule above
R.add(
    "month before another of its year",
    "month-year",
    r"\b(?:in\s+|during\s+)?{month}(?=,?\s+(?:and|or)\s+(?:in\s+)?{month2}\s+(?:of\s+)?" + YEARREF + ")",
    v.month_year,
    month2=PARTS["month"],
)
R.add("day month", "day-month", r"\b(?:the\s+)?{day}(?:\s+of)?\s+{month}(?!\s*,?\s*" + NOT_A_TIME + r"\d)", v.day_month)
R.add("month day", "day-month", r"\b{month}\s+{day}\b(?![:.]\d)(?!,?\s*\d{4})(?!\s*(?:%|million|billion))", v.day_month)
R.add(
    "day month same year",
    "anaphora",
    r"\b(?:the\s+)?{day}(?:\s+of)?\s+{month}\s+(?:of\s+)?(?P<same>" + SAME_YEAR + ")",
    v.day_month,
    anchor="previous",
)
R.add("year", "year", r"(?:\bin\s+|\bof\s+|\bthe\s+year\s+)?{year}", v.year_only)
R.add("short year", "short-year", r"(?:\bin\s+)?{short:year}", v.year_only)
R.add("spelled year", "spelled-year", r"\b{spelled:year}\b", v.year_only)
# After a preposition only: a bare "march" or "may" is a word ("during May", "until March", "as recently as March")
R.add(
    "bare month",
    "relative",
    r"\b(?:in|during|throughout|until|till|through|as\s+(?:recently|early|late)\s+as)\s+(?=(?-i:[A-Z])){fullmonth:month}"
    r"\b(?!\s+\d)",
    v.bare_month,
    anchor="published",
)
R.add(
    "marked day and month",
    "day-month",
    r"\b(?:on\s+)?{dir}\s+{fullmonth:month}\s+{day}\b(?!,?\s+\d)",
    v.day_month_marked,
    anchor="published",
    dir=r"last|this\s+coming|this\s+past|next",
)
R.add(
    "marked month",
    "relative",
    r"\b{dir}\s+{fullmonth:month}\b(?!\s+\d)",
    v.month_marked,
    anchor="published",
    dir=r"last|next|this\s+past|this",
)
# Parts of years and months, seasons, halves and quarters
R.add("season year", "season", r"\b(?:the\s+)?{season}\s+(?:of\s+)?" + YEARREF, v.season_year)
R.add(  # "in the spring", "over the summer": of the sentence's year, else the nearest (valuers.season_relative)
    "season alone",
    "season",
    r"\b(?:in|during|over|throughout|through)\s+the\s+{season}\b(?!\s+(?:of|months?|season|semester|session|term)\b)",
    v.season_relative,
    anchor="published",
)
R.add(
    "winter of two years",
    "season",
    r"\b(?:the\s+)?winter\s+(?:of\s+)?{year}\s*[–\-/]\s*{year2}",
    v.winter_years,
    year2=r"\d{2}(?:\d{2})?",
)
R.add(
    "season relative",
    "season",
    r"\b{dir}\s+{season}\b",
    v.season_relative,
    anchor="published",
    dir=r"last|this|next|this\s+past|this\s+coming|the\s+coming",
)
R.add("part of year", "part-of-year", r"\b(?:at\s+)?{part}\s*" + YEARREF, v.part_year)
R.add(  # "by the end of the year", "early in the year"
    "part of the year", "part-of-year", r"\b(?:at\s+)?{part}\s*(?:(?:of|in)\s+)?" + THE_YEAR, v.part_year
)
R.add("closing days", "part-of-year", r"\bthe\s+(?:closing|last|final)\s+days\s+of\s+{year}", v.closing_days)
R.add("part of month", "part-of-year", r"\b(?:at\s+)?{part}\s*{month}(?:\s+(?:of\s+)?" + YEARREF + ")", v.part_month)
R.add(
    "part of a month without its year",
    "part-of-month",
    r"\b(?:in\s+|at\s+|by\s+)?{part}\s*{fullmonth:month}\b(?!\s*,?\s*\d)",
    v.part_of_bare_month,
    anchor="published",
)
R.add(
    "ahead",
    "relative",
    r"\b(?:(?P<within>in|within)\s+)?(?P<exactly>exactly\s+)?{n}\s+{unit}(?:'?\s+time)?(?:\s+(?P<now>from\s+(?:now|today)))?\b"
    r"(?!\s+(?:ago|of|later|earlier|before|after))",
    v.ahead_planned,
    anchor="published",
    unit=PARTS["unit"] + "|" + alternatives(CLOCK_UNITS),  # "within 48 hours"
)
R.add(
    "part of month relative",
    "part-of-year",
    r"\b(?:at\s+)?{part}\s*{dir}\s+month\b",
    v.part_month_relative,
    anchor="published",
    dir=r"last|this|next",
)
R.add(  # "on Monday next week", "Wednesday of last week", "next week on Monday"
    "weekday of a week",
    "weekday",
    r"\b(?:on\s+)?{weekday}(?:,?\s+of)?\s+{dir}\s+week\b|\b{dir2}\s+week\s+on\s+{weekday2}\b",
    v.weekday_of_week,
    anchor="published",
    dir=r"last|this|next|this\s+coming|the\s+coming|the\s+following|the\s+previous",
    dir2=r"last|this|next",
    weekday2=alternatives(weekday_names("en")),
)
R.add(  # "the month" not saying which: the month the sentence gave, else publication's
    "part of the month",
    "part-of-year",
    r"\b(?:at\s+|in\s+)?{part}\s*(?:(?:in\s+)?the\s+)?month\b(?!\s+(?:of|before|after)\b)",
    v.part_month_relative,
    anchor="published",
)
R.add("half", "half-quarter", r"\bthe\s+{ord}\s+half\s+of\s+(?:" + THE_YEAR + "|" + YEARREF + ")", v.half_year)
R.add(
    "quarter",
    "half-quarter",
    r"\b(?:the\s+)?{ord}\s+quarter\s+(?:of\s+)?(?:" + THE_YEAR + "|" + YEARREF + ")",
    v.quarter_year,
)
R.add("quarter code", "half-quarter", r"\bQ{n}\s*" + YEARREF, v.quarter_year, n=r"[1-4]")
R.add("half code", "half-quarter", r"\bH{n}\s*" + YEARREF, v.half_year, n=r"[12]")
R.add(
    "nth week of a month",
    "part-of-month",
    r"\b(?:in\s+|during\s+|over\s+)?the\s+{ord}\s+week\s+(?:of|in)\s+{month}(?:,?\s+(?:of\s+)?" + YEARREF + r")?\b",
    v.week_of_month,
)
R.add(
    "weekend",
    "weekday",
    r"\b(?:(?:over|during|at|on|for)\s+)?(?:the\s+|(?P<dir>this\s+past|this\s+coming|last|next|this|coming|past)\s+)"
    r"weekend\b(?!\s+of\b)",
    v.weekend,
    anchor="published",
)
R.add(
    "abbreviated weekday",  # "on Thu.", "on Tues, the minister said": after "on", before a stop, comma or space
    "weekday",
    r"\bon\s+{weekday}\b\.?(?=[\s,;:)]|$)(?!\s+\d)",
    v.weekday,
    anchor="published",
    weekday=alternatives(weekday_abbreviations("en")),
)
R.add(
    "nth weekday of a month",
    "weekday",
    r"\b(?:on\s+)?the\s+{ord}\s+{weekday}\s+(?:of|in)\s+{month}(?:,?\s+{year})?\b",
    v.nth_weekday,
)
R.add(
    "weekday and day",
    "weekday",
    r"\b(?:on\s+)?{weekday},?\s+the\s+{dayn:day}\b(?!\s+of)",
    v.weekday_and_day,
    anchor="published",
    dayn=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
)
R.add(
    "anniversary",
    "count-back",
    r"\b(?:the\s+)?(?:{ordn:n}|{ord})\s+anniversary\s+of\b",
    v.anniversary,
    anchor="published",
    ordn=r"\d{1,3}(?=st|nd|rd|th)(?:st|nd|rd|th)?",
)
# Decades and centuries
# A part of a decade as pages write it: "the early 1990s", "the mid-'90s", "the middle eighties", "early-2000s"
DECADE_PART = PARTS["part"] + "|middle"
R.add(
    "decade digits",
    "decade",
    r"\bthe\s+(?:{part}[\s\-]*(?:the\s+)?)?{decade}['’]?s\b",  # "the start of the 1990s" too
    v.decade_value,
    decade=r"(?:1[89]|20)\d0|'?\d0",
    part=DECADE_PART,
)
R.add(
    "decade word",
    "decade",
    r"\bthe\s+(?:{part}[\s\-]*)?{decade}\b",
    v.decade_value,
    decade=PARTS["decword"],
    part=DECADE_PART,
)
# Without "the": four digits ("in 1990s", "mid-2000s", "late 1990s"), or two after an apostrophe and a part
# ("mid-'90s"); "in his late 80s" is an age.
R.add(
    "decade digits alone",
    "decade",
    r"\b(?:{part}[\s\-]*)?{decade}['’]?s\b",
    v.decade_value,
    decade=r"(?:1[89]|20)\d0",
    part=DECADE_PART,
)
R.add(
    "part of a decade alone", "decade", r"\b{part}[\s\-]*{decade}s\b", v.decade_value, decade=r"'\d0", part=DECADE_PART
)
R.add(
    "half of a decade",
    "decade",
    r"\bthe\s+{ord}\s+half\s+of\s+the\s+{decade}s?\b",
    v.decade_half_value,
    decade=rf"(?:1[89]|20)\d0(?=s)|'?\d0(?=s)|{PARTS['decword']}",
    ord=r"first|earlier|second|latter",
)
R.add(
    "decades joined",
    "decade",
    r"\bthe\s+(?:{part}\s*)?{decade}s?\s+and\s+(?:the\s+)?{decade2}s?\b",
    v.decades_joined,
    decade=rf"(?:1[89]|20)\d0|'?\d0|{PARTS['decword']}",
    decade2=rf"(?:1[89]|20)\d0|'?\d0|{PARTS['decword']}",
)
R.add("century", "century", r"\bthe\s+{cent}[\s\-]+century\b", v.century_value)
R.add(
    "century relative",
    "century",
    r"\b{dir}\s+century\b",
    v.century_relative,
    dir=r"this|the\s+last|last|the\s+past|the\s+previous",
)
R.add(
    "decade of century",
    "century",
    # "the century" alone is publication's; "(in) the middle of the first decade of the century" a part of it
    r"\b(?:(?:in\s+)?{part}\s+(?:of\s+|in\s+)?)?the\s+{ord}\s+decade\s+of\s+"
    r"(?:the\s+{cent}[\s\-]+century|(?:the\s+)?(?:{dir}\s+)?century)",
    v.century_decade_value,
    dir=r"this|last|previous|present|current",
)
R.add("half of century", "century", r"\bthe\s+{ord}\s+half\s+of\s+the\s+{cent}[\s\-]+century", v.century_half_value)
# Ranges
R.add("year range", "range", r"\b(?:from|between)\s+{year}\s+(?:to|until|till|and|through)\s+{year2}", v.year_range)
R.add(
    "year dash range",
    "range",
    # "in 2021-22", "the 2021/22 season": the preposition makes the span longer than "in 2021" alone.
    r"(?:\b(?:in|during|for|of|since|from)\s+)?(?<![\d\-–/]){year}\s*[–\-/]\s*{year2}(?![\d\-–/])",
    v.year_range,
    year2=r"(?:1[89]|20)\d\d|\d\d",
)
R.add(
    "day range",
    "range",
    r"\b{month}\s+{day}\s*(?:–|-|/|&|to|through|and)\s*(?:the\s+)?{day2}(?:,?\s+(?:of\s+)?" + YEARREF + ")?",
    v.day_range,
    day2=PARTS["day"],
)
R.add(
    "day range before month",
    "range",
    # "5-6 March", "5/6 March", "the 5th and 6th of March", "the fifth and sixth of March"
    r"\b(?:the\s+)?{day}\s*(?:–|-|/|&|to|and)\s*(?:the\s+)?{day2}\s+(?:of\s+)?{month}(?:,?\s+(?:of\s+)?"
    + YEARREF
    + ")?",
    v.day_range,
    day2=PARTS["day"],
)
R.add(
    "numeric day range",
    "range",
    r"(?<![\d/.]){day}\s*[–\-]\s*{day2}[./]{month}[./]{numyear}",
    v.day_range,
    day=r"[12]\d|3[01]|0?[1-9]",
    day2=r"[12]\d|3[01]|0?[1-9]",
    month=r"1[0-2]|0?[1-9]",
)
R.add(
    "month range",
    "range",
    # "from May to July 2020", "May-June 2020", "between March and May last year"
    r"\b(?:(?P<between>between\s+)|from\s+)?{month}(?:\s+(?:to|until|through)\s+|\s*[–\-/]\s*|(?(between)\s+and\s+|(?!)))"
    r"{month2}\s+(?:of\s+)?" + YEARREF,
    v.month_range,
    month2=PARTS["month"],
)
R.add(
    "month range without its year",
    "range",
    r"\b(?:from\s+{fullmonth:month}\s+(?:to|until|through|till)\s+|(?:in|during)\s+{fullmonth:monthd}\s*[–\-/]\s*)"
    r"{fullmonth:month2}\b(?!\s*,?\s*(?:of\s+)?\d)",
    v.bare_month_range,
    anchor="published",
)
# Relative to publication
R.add("today", "relative", r"\b{dayword}\b", v.today, anchor="published", dayword=alternatives(LEXICON.day_words))
# "now" is publication's day, as "currently" is ("you can now fly to Tel Aviv"); not a span up to it ("by now",
# "until now", "since now"), "from now" (counted forward), "now that" (because), "now-defunct", "just now" (a moment
# before), nor a line that opens with it (a site's menu: "Now playing", or "Now, …" that only turns the talk), nor
# "and now" ("and now seeks to widen it": a turn of the argument or an aim, not a time)
R.add(
    "now",
    "relative",
    r"(?<![\w\-'’])(?<!^)(?<!\n)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)(?<!\bsince\s)(?<!\bjust\s)(?<!\bthan\s)(?<!\band\s)now\b"
    r"(?![\-'’])(?!\s+(?:that|on|and\s+then)\b)",
    v.today,
    anchor="published",
)
R.add(
    "day word and weekday",  # "yesterday (Tuesday)", "today, Wednesday,": the weekday restates the day
    "relative",
    r"\b{dayword}\s*[(,]\s*{weekday}\b\)?",
    v.today,
    anchor="published",
    dayword=r"today|yesterday|tomorrow|last\s+night|tonight",
)
R.add(
    "this day years back",
    "count-back",
    r"\b(?P<thisday>(?:on\s+)?this\s+(?:very\s+)?day,?\s+)?{n}\s+{unit}\s+ago(?P<today>,?\s+(?:today|"
    r"(?:on\s+)?this\s+(?:very\s+)?day))?\b",
    v.this_day_back,
    anchor="published",
)
R.add(
    "this time years back",  # "this time last year", "around the same time two years ago": that month, about
    "count-back",
    r"\b(?:(?:at|around|about|by)\s+)?(?:this|the\s+same)\s+time\s+(?:last\s+(?:year|yr)|{n}\s+{unit}\s+ago)\b",
    v.this_time_back,
    anchor="published",
)
R.add(
    "this day of a year",
    "count-back",
    r"\b(?:on\s+)?this\s+(?:very\s+)?day\s+(?:in|of)\s+(?:the\s+year\s+)?{year}\b",
    v.this_day_of_year,
    anchor="published",
)
R.add(
    "ago",
    "relative",
    # "weeks ago": a few; "exactly ten years ago", "a year ago to the day": that day
    r"\b(?:(?P<exactly>exactly)\s+)?(?:(?:{approx}\s+)?{n}\s+|(?:(?:just|only|mere|some)\s+)?(?=\w+s\b)){unit}\s+ago\b"
    r"(?:\s+(?P<exactly2>to\s+the\s+day)\b)?",
    v.ago,
    anchor="published",
    approx=APPROX_COUNT,
    unit=PARTS["unit"] + "|" + alternatives(CLOCK_UNITS),  # "three hours ago"
)
R.add(
    "unit relative",
    "relative",
    r"\b{dir}\s+{unit}\b(?!\s+of\b)",  # not "in the last month of the war"
    v.unit_relative,
    anchor="published",
    dir=r"last|this|next|the\s+past|the\s+coming",
    unit=abbreviated(r"week|month|year"),
)
R.add(
    "unit before last",
    "relative",
    r"\bthe\s+{unit}\s+before\s+last\b",
    v.before_last,
    anchor="published",
    unit=abbreviated(r"week|month|year"),
)
R.add(
    "earlier this unit",
    "relative",
    r"\b(?:earlier|later)\s+{dir}\s+{unit}\b",
    v.unit_relative,
    anchor="published",
    dir="this",
    unit=abbreviated(r"week|month|year"),
)
R.add(
    "day of the month alone",  # "on the 5th, the minister…": not "on the 5th floor", "on the 2nd reading"
    "day-month",
    r"\bon\s+the\s+{day}\b(?<=st|nd|rd|th)(?=\s*[,;:.)]|\s*$|\s+(?:he|she|they|we|it|the|a|an|and|when|at|in|after|before)\b)",
    v.day_of_month_alone,
    anchor="published",
    day=r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)",
)
R.add(
    "day of a relative month",
    "day-month",
    r"\b(?:on\s+)?(?:the\s+)?{day}\s+of\s+(?:the\s+)?{dir}\s+month\b",
    v.day_of_relative_month,
    anchor="published",
    dir=r"this|next|last|coming|following|previous|current",
)
R.add(
    "since then", "since", r"\b(?:ever\s+)?since\s+(?:then|that\s+time|that\s+day)\b", v.since_then, anchor="previous"
)
R.add("since month", "since", r"\b(?:ever\s+)?since\s+{fullmonth:month}\b(?!\s+\d)", v.since_month, anchor="published")
# Two days of two months, month or day first ("Sept. 27 – Nov. 10, 2020", "from 30 May to 2 June 2023"), and
# either way between "between" and "and" (without "between", "on 30 May and 2 June" is two days, not a span)
DAY_MONTH, DAY2_MONTH2 = r"(?:the\s+)?{day}(?:\s+of)?\s+{month}", r"(?:the\s+)?{day2}(?:\s+of)?\s+{month2}"
TO, OF_YEAR = r"\s*(?:–|-|to|through|until)\s*", r"(?:,?\s+(?:of\s+)?" + YEARREF + ")?"
for name, pattern in (
    ("month day range", r"\b(?:from\s+)?{month}\s+{day}" + TO + r"{month2}\s+{day2}"),
    ("day month range", r"\b(?:from\s+)?" + DAY_MONTH + TO + DAY2_MONTH2),
    ("between day month and day month", r"\bbetween\s+" + DAY_MONTH + r"\s+and\s+" + DAY2_MONTH2),
    ("between month day and month day", r"\bbetween\s+{month}\s+{day}\s+and\s+{month2}\s+{day2}"),
):
    R.add(name, "range", pattern + OF_YEAR, v.month_day_range, month2=PARTS["month"], day2=PARTS["day"])
R.add(
    "recent",
    "relative",
    r"\b(?:in\s+)?recent\s+{unit}\b",
    v.recent_span,
    anchor="published",
    unit=abbreviated(r"years|months|weeks|days|decades"),
)
R.add(
    "past units",
    "relative",
    # "over the past week", "in the last month" (not "in the last month of the war")
    r"\b(?:over|in|during|for)\s+the\s+(?:past|last)\s+(?:{n}\s+|few\s+|several\s+)?{unit}\b(?!\s+(?:of|in|before)\b)",
    v.recent_span,
    anchor="published",
    unit=abbreviated(r"years|months|weeks|days|decades|decade|year|month|week"),
)
R.add(
    "past hours",  # "in the past 24 hours", "over the last 48 hours": the days they reach back to
    "relative",
    r"\b(?:over|in|during|within|for)\s+the\s+(?:past|last)\s+{n}\s+hours\b",
    v.past_hours,
    anchor="published",
)
R.add(
    "running count",
    "running",
    r"\bfor\s+(?:a|the)\s+{ord:n}\s+(?:(?:straight|consecutive|successive)\s+)?{unit}(?:\s+(?:running|in\s+a\s+row))?\b",
    v.running_count,
    anchor="published",
    unit=r"day|week|month|year",
)
R.add(
    "after units of",
    "count-back",
    # "after 30 years of relations": what has gone on that long, up to publication (as "for 30 years").
    r"\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?{n}\s+{unit}\s+of\b",
    v.recent_span,
    anchor="published",
    unit=abbreviated(r"decades|years"),
)
R.add(
    "for units until now",
    "relative",
    # Said to last until now ("for five months now", "for two weeks already"): any unit. Without "now", "for
    # five months" is as often a closed past ("was jailed for five months") or a plan.
    r"\bfor\s+(?:(?P<approx>more\s+than|over|almost|nearly|about|around)\s+)?{n}\s+{unit}\s*,?\s+(?:now|already)\b",
    v.lasting_until_now,
    anchor="published",
    unit=abbreviated(r"decades|decade|years|year|months|month|weeks|week"),
)
R.add(
    "for roughly units",
    "relative",
    # "for almost a year", "for nearly two months", "for over 4 years": a duration up to now said roughly
    r"\bfor\s+(?P<approx>more\s+than|over|almost|nearly|about|around|roughly|some)\s+(?:{n}|an?)\s+{unit}\b",
    v.lasting_until_now,
    anchor="published",
    unit=abbreviated(r"decades|decade|years|year|months|month"),
)
R.add(
    "for units",
    "relative",
    r"\bfor\s+(?:(?P<approx>more\s+than|over|almost|nearly)\s+)?{n}\s+{unit}\b",
    v.recent_span,
    anchor="published",
    unit=abbreviated(r"decades|years"),
)
R.add(
    "first in units",
    "relative",
    # "the first visit in eight years", "the first such talks in more than a decade": up to now, from the time
    # before (Hebrew and Arabic say it with their "since": "מזה שמונה שנים", "منذ ثماني سنوات")
    r"\bin\s+(?:(?P<approx>more\s+than|over|almost|nearly|about)\s+)?(?:{n}\s+|a\s+)?{unit}\b",
    v.first_in_units,
    anchor="published",
    unit=abbreviated(r"decades?|years|months"),
)
R.add(
    "coming",
    "relative",
    r"\b(?:(?:in|over|during)\s+the\s+(?:coming|upcoming|next\s+few|next\s+several)|within(?:\s+a\s+few)?)\s+{unit}\b"
    r"(?!\s+of\b)",  # "within days of the attack" counts from the attack
    v.coming_span,
    anchor="published",
    unit=abbreviated(r"days|weeks|months|years"),
)
R.add(
    "next units counted",
    "relative",
    r"\b(?:(?:in|over|during|for|within)\s+)?the\s+(?:next|coming)\s+{n}\s+{unit}\b",
    v.coming_counted,
    anchor="published",
    unit=abbreviated(r"days|weeks|months|years|decades"),
)
R.add(
    "units ahead",
    "relative",
    r"\b(?:in|over)\s+the\s+{unit}\s+(?:ahead|to\s+come)\b",
    v.coming_span,
    anchor="published",
    unit=abbreviated(r"days|weeks|months|years"),
)
R.add("part of next year", "part-of-year", r"\b(?:at\s+)?{part}\s*{yrel}", v.part_year, anchor="published")
R.add(
    "weekday",
    "weekday",
    r"\b(?:on\s+)?(?:{dir}\s+)?{weekday}\b",
    v.weekday,
    anchor="published",
    dir=r"last|this\s+coming|this\s+past|next|this",
)
# Anaphora: against the date the text last mentioned
for after_the_date in (  # "the following Monday"; "the Monday after that", "the Monday after," (not "after the war")
    r"(?:following|next|subsequent)\s+{weekday}\b",
    r"{weekday}\s+(?:after\s+that|afterwards|after(?=\s*[,.;:]))\b",
):
    R.add(
        "weekday after the date last given",
        "anaphora",
        r"\b(?:on\s+)?the\s+" + after_the_date,
        v.weekday_after_previous,
        anchor="previous",
    )
R.add(
    "same unit",
    "anaphora",
    r"\b(?:that|the)\s+(?:very\s+)?same\s+{unit}\b",
    v.same_unit,
    anchor="previous",
    unit=abbreviated(r"year|month|week|day|evening|morning"),
)
R.add(
    "that unit",
    "anaphora",
    r"\bthat\s+(?:very\s+)?{unit}\b(?!\s+of)",
    v.same_unit,
    anchor="previous",
    unit=abbreviated(r"year|month|week|day|evening|morning|night"),
)
R.add(
    "following unit",
    "anaphora",
    r"\bthe\s+{dir}\s+{unit}\b",
    v.following_unit,
    anchor="previous",
    dir=r"following|next|previous",
    unit=abbreviated(r"year|month|week|day|morning|evening|night"),  # "the next morning": the day after
)
R.add(
    "same occasion",
    "anaphora",
    r"\b(?:on|at|during)\s+(?:that|the\s+same|that\s+same)\s+(?:occasion|ceremony|event|visit|meeting|trip)\b",
    v.same_occasion,
    anchor="previous",
)
R.add(
    "unit before",
    "anaphora",
    # "The day before, they had spoken": the unit before or after the date the text last gave, where the
    # clause goes on (not "the day before the vote", whose date is the vote's).
    r"\bthe\s+{unit}\s+{dir}(?=\s*[,;:.]|\s+(?:he|she|they|it|we|the\s+two|both)\b)",
    v.following_unit,
    anchor="previous",
    dir=r"before|after",
    unit=r"year|month|week|day|morning|evening|night",
)
R.add(
    "shift",
    "anaphora",
    # a plural without a number counts a few ("weeks later", "just days later")
    r"\b(?:(?:{approx}\s+)?{n}\s+|(?:(?:just|only|mere|some)\s+)?(?=\w+s\b)){unit}\s+{dir}\b",
    v.shift_previous,
    anchor="previous",
    approx=APPROX_COUNT,
    dir=r"later|earlier|before\s+that|afterwards|after\s+that|on",
    unit=PARTS["unit"] + "|" + alternatives(CLOCK_UNITS),  # "hours later": that day
)
R.add(
    "units after the event last dated",  # "Two months after the incident, Baku reopened its embassy"
    "anaphora",
    # opening its sentence; the event a common noun (lower case: a named period has its own rule), no date in it
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\bAnd\s))(?:(?:just|only|barely)\s+)?(?:{approx}\s+)?{n}\s+{unit}\s+(?:after|(?P<before>before))\s+"
    r"(?:the|this|that|its|his|her|their)(?:\s+(?-i:[a-z][a-z\-']*)){1,3}(?=\s*,)",
    v.after_the_event_last_dated,
    anchor="previous",
    approx=APPROX_COUNT,
    unit=PARTS["unit"] + "|" + alternatives(CLOCK_UNITS),
)
R.add(
    "units after what follows",  # "on Thursday, a few weeks after Armenia opened its embassy": that event's date
    "counted-event",
    r"(?<=[,;]\s)(?:(?:just|only|some)\s+)?(?:{approx}\s+)?{n}\s+{unit}\s+(?:after|(?P<before>before))"
    r"(?=\s+(?!(?:that|this|then|which|the\s+date)\b)[a-z])",
    v.before_the_event_named,
    anchor="previous",
    approx=APPROX_COUNT,
    unit=PARTS["unit"] + "|" + alternatives(CLOCK_UNITS),
)
R.add(
    "the day it ended",  # "On the night it ended, crowds waved flags": the last day of the time last given
    "anaphora",
    r"\b(?:on\s+)?the\s+(?:very\s+)?(?:day|night|evening|morning|week|month|year)\s+(?:that\s+)?"
    r"(?:it|they|the\s+[a-z]+)\s+(?:(?P<end>ended|finished|concluded|was\s+over|were\s+over)|began|started|"
    r"broke\s+out|opened)\b",
    v.day_it_ended_or_began,
    anchor="previous",
)
R.add(
    "units since what follows",  # "three decades since the two countries established relations": that event's date
    "counted-event",
    r"\b(?:(?:just|only|some)\s+)?(?:{approx}\s+)?{n}\s+{unit}\s+since"
    r"(?=\s+(?!(?:then|that|this|which|when|(?:{month})\b|\d))[A-Za-z])",
    v.since_the_event_named,
    anchor="published",
    approx=APPROX_COUNT,
)
R.add(
    "after units, then",
    "anaphora",
    # "After two years, in May, they met": a count from the date last given that opens its clause (not "after
    # two years of talks", a duration, nor "after 30 years of relations", a count back from publication)
    r"\b(?:{dir}\s+)(?:{approx}\s+)?{n}\s+{unit}(?=\s*,)",
    v.shift_previous,
    anchor="previous",
    approx=APPROX_COUNT,
    dir=r"after|within",
)
# Holidays, in a named year or in the year the text is speaking of
R.add(
    "holiday year",
    "holiday",
    r"\b(?:(?:on\s+)?the\s+)?(?P<eve>eve\s+of\s+(?:the\s+)?)?{holiday}\s+(?:of\s+|in\s+)?" + YEARREF,
    v.holiday_year,
)
R.add(
    "holiday",
    "relative",
    r"\b(?:(?:on\s+)?the\s+)?(?P<eve>eve\s+of\s+(?:the\s+)?)?{holiday}\b",
    v.holiday_near,
    anchor="published",
)
R.add(
    "holiday of its calendar's year",
    "holiday",
    r"\b(?:(?:on\s+)?the\s+)?(?P<eve>eve\s+of\s+(?:the\s+)?)?{holiday}\s+(?:of\s+|in\s+)?"
    r"(?:{hyear}|{iyear}(?:\s*(?:AH|A\.H\.))?)\b",
    v.holiday_of_its_calendar_year,
    hyear=r"5[67]\d\d",
    iyear=r"1[34]\d\d",
)
# Calendars
R.add(
    "hebrew date",
    "hebrew-calendar",
    r"\b{day}\s+{month}\s+{hyear}\b",
    v.hebrew_date,
    month=alternatives(HEBREW_MONTHS_EN),
    hyear=r"5[67]\d\d",
)
R.add(
    "hijri date",
    "hijri",
    r"\b{day}\s+{month}\s+{iyear}\s*(?:AH|A\.H\.|H)\b",
    v.hijri_date,
    month=alternatives(HIJRI_MONTHS_EN),
    iyear=r"1[34]\d\d",
)
# Not dates: model, resolution and section numbers, sessions, pages, episodes, clock times
R.trap(
    r"\b(?:Hermes|Barak|Bell|Resolution|Section|Sec\.|HC|Session|COP|Episode|Issue|No\.|ref\.|p\.|pp\.|page|pages|Article|Art\.)\s*[\d\-–/]+"
)
R.trap(r"\b(?:the\s+)?(?:Yom\s+Kippur|Ramadan|October)\s+War\b")  # a war, not a holiday (periods name it)
R.trap(r"\[\d{1,2}:\d{2}(?::\d{2})?\]|\b\d{1,2}:\d{2}\b")
R.trap(
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent|million|billion|thousand|tonnes|tons|barrels|followers|people|Israelis|troops)\b"
)
R.trap(r"\$\s?\d[\d,.]*(?:\s*(?:million|billion))?")
R.trap(PHONE_NUMBER)
R.trap(r"\b\d+\s+(?:soldiers|troops|people|fighters|refugees|tons|tonnes|barrels|times|casualties)\b")
R.trap(r"\b(?:may|march)\b(?!\s+\d)", flags=0)  # lower-case "may" and "march" are verbs

GRAMMAR = Grammar(
    language="en",
    lexicon=LEXICON,
    rules=R.rules,
    approximate_before=re.compile(
        r"(?i)(?:\b(?:around|about|circa|approximately|roughly|some\s+time\s+around|sometime\s+around|in\s+or\s+around)"
        r"|\b(?:c|ca|approx)\.)\s*(?:in\s+)?$"
    ),
    approximate_after=re.compile(r"(?i)^,?\s+(?:or\s+so|or\s+thereabouts|approximately|roughly)\b"),
    # "since 2010", and "since the accords were signed in September": a clause whose date starts the state
    since_before=re.compile(r"(?i)\b(?:ever\s+)?since\s+(?:the\s+)?(?:[^,.;:\n]{0,60}?\s)?$"),
    start_of_before=re.compile(r"(?i)\b(?:start|beginning|outbreak|onset|first\s+day)\s+of\s+(?:the\s+)?$"),
    starting_before=re.compile(
        r"(?i)(?:\b(?:starting(?:\s+(?:from|on))?|as\s+of|beginning(?:\s+on)?|effective(?:\s+from)?)"
        r"|(?:^|[.!?\n]\s*)from)\s+(?:the\s+)?$"
    ),
    after_before=re.compile(r"(?i)\b(?:after|following)\s+(?:the\s+)?$"),
    attributive_before=re.compile(r"(?i)(?:\b(?:the|its|his|her|their|our|this|that|whose)|[^\W\d_]['’]s)\s+$"),
    # the noun after: a word in lower case that is no particle, article or verb of being
    attributive_after=re.compile(
        r"\s+(?!(?:and|or|to|in|on|at|for|with|by|from|was|were|is|are|as|when|after|before|of|the|an?|that|which|"
        r"who|until|through|through|than|had|has|have|will)\b)[a-z]{3,}"
    ),
    # (a date ahead of publication only: core.deadline_ahead; "before" a day to come is a deadline too)
    until_before=re.compile(r"(?i)\b(?:until|till|by|before|no\s+later\s+than|not\s+later\s+than)\s+(?:the\s+)?$"),
    offset_before=re.compile(
        r"(?i)\b(?:(?P<approx>about|some|nearly|roughly|almost|around)\s+|just\s+|only\s+)?(?:(?P<n>"
        + PARTS["n"]
        + r")\s+)?"
        r"(?P<unit>" + alternatives(LEXICON.units) + r")\s+(?:(?P<later>after|following)|(?P<earlier>before|prior\s+to|"
        r"ahead\s+of))\s+(?:the\s+)?$"
    ),
    after_word=re.compile(r"(?i)(?:after|following)\s+(?:the\s+)?"),
    range_from=re.compile(r"(?i)\b(?:from|(?:ever\s+)?since)\s+(?:the\s+)?$"),
    range_between=re.compile(r"(?i)\bbetween\s+(?:the\s+)?$"),
    range_to=re.compile(r"(?i)\s*(?:(?:to|until|till|through|thru)\s+(?:the\s+)?|[–—-]\s*)"),
    range_and=re.compile(r"(?i)\s+and\s+(?:the\s+)?"),
)

__all__ = ["GRAMMAR", "en_below_hundred"]
