"""Date expressions composed from parts, in Hebrew, Arabic and English, each with the EDTF it must be read as,
computed independently of the grammar (datetime arithmetic, the calendar module, CLDR's names through Babel).

The same composers drive the property-based tests (Hypothesis draws the parts) and
`bench/generated_dates.py` (a seeded random.Random draws thousands): a class of expressions is tested as a class,
not as the sentences someone wrote down. Spellings vary as sites write them (hamza or not, tatweel, Arabic-Indic
digits, maqaf or hyphen, a comma before the year), so the tests cover the normalisation too.

The carrier sentences are plain news prose ("... met in Baku"): a composer returns the sentence, the expression
inside it and the expected EDTF."""

from __future__ import annotations

import calendar
import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from babel import Locale
from hijridate import Gregorian, Hijri

T = TypeVar("T")
LANGUAGES = ("he", "ar", "en")


class Chooser(Protocol):
    def pick(self, options: Sequence[T]) -> T: ...

    def integer(self, low: int, high: int) -> int: ...


class RandomChooser:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)  # noqa: S311  # reproducible test data, not secrets

    def pick(self, options: Sequence[T]) -> T:
        return self.random.choice(list(options))

    def integer(self, low: int, high: int) -> int:
        return self.random.randint(low, high)


class HypothesisChooser:
    """Draws through Hypothesis (`st.data()`), so that a failing case shrinks."""

    def __init__(self, data) -> None:
        from hypothesis import strategies as st

        self.data, self.st = data, st

    def pick(self, options: Sequence[T]) -> T:
        return self.data.draw(self.st.sampled_from(list(options)))

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(self.st.integers(low, high))


@dataclass(frozen=True)
class Case:
    language: str
    kind: str
    text: str
    expression: str
    published: str
    edtf: str


# --- Parts ------------------------------------------------------------------------------------------------


def cldr_month_names(language: str) -> dict[int, list[str]]:
    """Month names by number from CLDR's regional locales of the language (the systems the grammar must read)."""
    from facts.extraction.dates.vocabulary import locales_of

    names: dict[int, list[str]] = {}
    for code in locales_of(language):
        for number, name in Locale.parse(code).months["format"]["wide"].items():
            if name not in names.setdefault(number, []):
                names[number].append(name.replace("\u00a0", " "))
    return names


MONTH_NAMES = {language: cldr_month_names(language) for language in LANGUAGES}
WEEKDAYS = {
    "en": list(calendar.day_name),
    "he": ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def arabic_as_sites_write(c: Chooser, text: str) -> str:
    """Arabic with or without hamza, with or without tatweel, digits in either script."""
    style = c.pick(["as written", "no hamza", "tatweel", "arabic-indic digits"])
    if style == "no hamza":
        return text.translate(str.maketrans("أإآ", "ااا"))
    if style == "tatweel":
        return "".join(ch + "ـ" if ch in "بتثنيس" and i % 3 == 0 else ch for i, ch in enumerate(text))
    if style == "arabic-indic digits":
        return text.translate(ARABIC_INDIC)
    return text


def placed(c: Chooser, language: str, expression: str, sentences: dict[str, str]) -> tuple[str, str]:
    """The language's sentence with the expression in it ({x}), and the expression as it stands there (Arabic
    as sites write it)."""
    if language == "ar":
        expression = arabic_as_sites_write(c, expression)
    return sentences[language].format(x=expression), expression


def a_day(c: Chooser, *, first: int = 1990, last: int = 2026) -> dt.date:
    year, month = c.integer(first, last), c.integer(1, 12)
    return dt.date(year, month, c.integer(1, calendar.monthrange(year, month)[1]))


def a_published(c: Chooser) -> dt.date:
    return a_day(c, first=2010, last=2026)


# --- Composers: one class of expression each, in every language ------------------------------------------


def a_month_name(c: Chooser, language: str, number: int) -> str:
    """A month by any of its CLDR names, full or abbreviated as sites write them ("Sept.", "Oct", "ספט׳",
    "אוק'": the Hebrew geresh or the apostrophe typed for it)."""
    abbreviated = ABBREVIATED_MONTHS[language][number]
    if not abbreviated or c.pick([False, True]):
        return c.pick(MONTH_NAMES[language][number])
    name = c.pick(abbreviated)
    if language == "en":
        return name + c.pick(["", "."])
    return name.replace("׳", c.pick(["׳", "'"]))


def a_year_as_written(c: Chooser, language: str, year: int) -> str:
    """A year in full, or in English and Hebrew its last two digits after an apostrophe as casual pages write it
    ("Feb 12th '12", "ב-12 במאי '12", "בספטמבר '23"; widened 2026-12-07: the full-date kind en 0.753, he 0.750
    before, month-year en 0.757, he 0.763)."""
    if language == "ar" or c.pick([True, True, True, False]):
        return str(year)
    mark = c.pick(["'", "’"] if language == "en" else ["'", "׳"])
    return f"{mark}{year % 100:02d}"


def a_day_in_words(c: Chooser, language: str, day: dt.date, *, year: bool = True) -> str:
    """The day as the three languages plainly write it: "27 September 2020", "27 בספטמבר 2020", "27 سبتمبر 2020"
    (any of the month's full names), without its year when `year` is false."""
    month = c.pick(MONTH_NAMES[language][day.month])
    said = f"{day.day} ב{month}" if language == "he" else f"{day.day} {month}"
    return f"{said} {day.year}" if year else said


def full_date(c: Chooser, language: str) -> Case:
    """A day, a month by any of its names (full or abbreviated), a year; any order the language writes; a
    weekday before it or not."""
    day = a_day(c)
    month = a_month_name(c, language, day.month)
    weekday = WEEKDAYS[language][day.weekday()] if c.pick([False, True]) else ""
    year = a_year_as_written(c, language, day.year)
    if language == "en":
        form = c.pick(["{d} {m} {y}", "{m} {d}, {y}", "the {d}th of {m} {y}", "{m} {d} {y}"])
        expression = form.format(d=day.day, m=month, y=year)
        if weekday:
            expression = f"{weekday}, {expression}"
        text = f"The two ministers met in Baku on {expression} to sign the agreement."
    elif language == "he":
        form = c.pick(["{d} ב{m} {y}", "ה-{d} ב{m} {y}", "ה־{d} ב{m} {y}", "{d} ב{m}, {y}", "{m} {d}, {y}"])
        if not year[0].isdigit():  # "פברואר 12, '12" is no form anyone writes
            form = form.replace("{m} {d}, {y}", "{d} ב{m} {y}")
        expression = form.format(d=day.day, m=month, y=year)
        if weekday:
            expression = f"ביום {weekday}, {expression}"
        text = f"השרים נפגשו בבאקו {expression} וחתמו על ההסכם."
    else:
        form = c.pick(["{d} {m} {y}", "{d} {m}، {y}", "{d} من {m} {y}", "{d} {m} عام {y}"])
        expression = form.format(d=day.day, m=month, y=day.year)
        if weekday:
            expression = f"{weekday} {expression}"
        expression = arabic_as_sites_write(c, expression)
        text = f"التقى الوزيران في باكو يوم {expression} ووقعا الاتفاق."
    return Case(language, "full-date", text, expression, a_published(c).isoformat(), day.isoformat())


def month_year(c: Chooser, language: str) -> Case:
    day = a_day(c)
    month = a_month_name(c, language, day.month)
    year = a_year_as_written(c, language, day.year)
    if language == "en":
        expression = f"{month} {year}"
        text = f"Relations warmed in {expression}, officials said."
    elif language == "he":
        expression = f"ב{month} {year}"
        text = f"היחסים התחממו {expression}, לדברי הפקידים."
    else:
        expression = arabic_as_sites_write(c, f"{month} {day.year}")
        text = f"تحسنت العلاقات في {expression} بحسب المسؤولين."
    return Case(language, "month-year", text, expression, a_published(c).isoformat(), f"{day:%Y-%m}")


def numeric_date(c: Chooser, language: str) -> Case:
    """Day first (a day above 12 proves it), any separator used throughout, two- or four-digit years; or year
    first (ISO with or without leading zeros, or with slashes)."""
    day = a_day(c, first=2000, last=2026)
    form = c.pick(["day first", "day first, two-digit year", "year first"])
    if form == "year first":
        separator = c.pick(["-", "/", "."])
        pad = c.pick([True, False])
        m, d = (f"{day.month:02d}", f"{day.day:02d}") if pad else (str(day.month), str(day.day))
        expression = f"{day.year}{separator}{m}{separator}{d}"
    else:
        separator = c.pick([".", "/", "-"])
        year = str(day.year) if form == "day first" else f"{day.year % 100:02d}"
        pad = c.pick([True, False])
        d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
        expression = f"{d}{separator}{m}{separator}{year}"
    carrier = {
        "en": "The agreement was signed on {x} in Baku.",
        "he": "ההסכם נחתם ב-{x} בבאקו.",
        "ar": "وقع الاتفاق في باكو بتاريخ {x}.",
    }[language]
    if language == "ar" and c.pick([False, True]):
        expression = expression.translate(ARABIC_INDIC)
    return Case(
        language, "numeric-date", carrier.format(x=expression), expression, a_published(c).isoformat(), day.isoformat()
    )


RELATIVE_DAYS = {
    "en": {"today": 0, "yesterday": -1, "tomorrow": 1, "the day after tomorrow": 2, "the day before yesterday": -2,
           "last night": -1},
    "he": {"היום": 0, "אתמול": -1, "אמש": -1, "שלשום": -2, "מחר": 1, "מחרתיים": 2},
    "ar": {"اليوم": 0, "أمس": -1, "امس": -1, "أول أمس": -2, "غدا": 1, "بعد غد": 2, "أمس الأول": -2,
           "الليلة الماضية": -1, "ليلة أمس": -1, "فجر اليوم": 0},
}  # fmt: skip


def relative_day(c: Chooser, language: str) -> Case:
    word = c.pick(sorted(RELATIVE_DAYS[language]))
    published = a_published(c)
    expected = published + dt.timedelta(days=RELATIVE_DAYS[language][word])
    carrier = {
        "en": "The minister said {x} that talks with Baku would go on.",
        "he": "השר אמר {x} כי השיחות עם באקו יימשכו.",
        "ar": "قال الوزير {x} إن المحادثات مع باكو ستستمر.",
    }[language]
    return Case(language, "relative-day", carrier.format(x=word), word, published.isoformat(), expected.isoformat())


PRESENT_ADVERBS = {
    "en": [
        "currently",
        "at present",
        "nowadays",
        "today",
        "now",
    ],  # "now": widened 2026-12-07 (the kind en 0.800 before)
    "he": ["כיום", "בימינו", "נכון להיום", "היום", "עכשיו", "כעת"],  # "עכשיו", "כעת": he 0.647 before; not "וכעת"
    "ar": ["حاليا", "حالياً", "في الوقت الحالي", "في الوقت الراهن", "اليوم", "الآن", "الان"],  # ar 0.700 before
}


def present(c: Chooser, language: str) -> Case:
    """What holds at publication, said by an adverb of the present: publication's day, as "today"."""
    word = c.pick(PRESENT_ADVERBS[language])
    published = a_published(c)
    share = c.integer(10, 60)
    text = {
        "en": f"Azerbaijan {word} supplies about {share} percent of Israel's crude oil.",
        "he": f"אזרבייג'ן מספקת {word} כ-{share}% מהנפט הגולמי של ישראל.",
        "ar": f"تورد أذربيجان {word} نحو {share} بالمئة من النفط الخام لإسرائيل.",
    }[language]
    expression = word.rstrip("ً")  # the tanween over the alef is not part of the word read
    return Case(language, "present", text, expression, published.isoformat(), published.isoformat())


PARTS_OF_MONTH = {
    "en": {"early": "early", "mid-": "mid", "late": "late", "in early ": "early", "in late ": "late"},
    "he": {"בתחילת ": "early", "באמצע ": "mid", "בסוף ": "late"},
    "ar": {"مطلع ": "early", "أوائل ": "early", "منتصف ": "mid", "أواخر ": "late"},
}
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def a_part_of_month(c: Chooser, language: str, year: int, month: int) -> tuple[str, str]:
    """Early, mid or late in the month, its name without the year, and the days it means."""
    words, part = c.pick(sorted(PARTS_OF_MONTH[language].items()))
    name = c.pick(MONTH_NAMES[language][month])
    separator = "" if words.endswith(("-", " ")) else " "
    first, last = PART_DAYS[part]
    last = min(last, calendar.monthrange(year, month)[1])
    return f"{words}{separator}{name}", f"{dt.date(year, month, first)}/{dt.date(year, month, last)}"


def part_of_month(c: Chooser, language: str) -> Case:
    """Early, mid or late in a month named without a year: the latest such month up to publication."""
    published = a_published(c)
    month = c.integer(1, 12)
    year = published.year if month <= published.month else published.year - 1
    expression, expected = a_part_of_month(c, language, year, month)
    carrier = {
        "en": "Officials from both countries met {x} to prepare the visit.",
        "he": "פקידים משתי המדינות נפגשו {x} כדי להכין את הביקור.",
        "ar": "التقى مسؤولون من البلدين {x} للتحضير للزيارة.",
    }[language]
    if language == "ar":
        expression = arabic_as_sites_write(c, expression)
    return Case(language, "part-of-month", carrier.format(x=expression), expression, published.isoformat(), expected)


TIMETABLE = {  # (subject, verb in the present) in the order the language puts them; {x}: the time
    "en": ["It closes {x}.", "It opens {x}.", "They arrive {x}.", "It ends {x}.", "She returns {x}."],
    "he": ["התערוכה נסגרת {x}.", "השגרירות נפתחת {x}.", "המשלחת מגיעה {x}.", "הכנס מתחיל {x}.",
           "הסבב מסתיים {x}."],
    "ar": ["ويغلق المعرض {x}.", "تفتتح السفارة {x}.", "يصل الوفد {x}.", "ويبدأ المؤتمر {x}.",
           "وتنتهي المحادثات {x}."],
}  # fmt: skip
TIMETABLE_PAST = {
    "en": ["It closed {x}.", "They arrived {x}."],
    "he": ["התערוכה נסגרה {x}.", "המשלחת הגיעה {x}."],
    "ar": ["وأغلق المعرض {x}.", "وصل الوفد {x}."],
}


def timetable(c: Chooser, language: str) -> Case:
    """A day or part of a month named without a year, in a sentence in the present that says what a timetable
    says ("It closes in mid-July", "התערוכה נסגרת באמצע יולי", "ويغلق المعرض في منتصف يوليو"): the first such
    time after publication; the same words in the past, the latest before it (added 2026-12-07: 0.5 before in
    each language, the past read always)."""
    published = a_published(c)
    past = c.pick([False, True])
    if c.pick(["part", "day"]) == "part":
        shift = c.integer(1, 5)
        index = published.year * 12 + published.month - 1 + (-shift if past else shift)
        expression, expected = a_part_of_month(c, language, index // 12, index % 12 + 1)
    else:  # a day nearer a year back than ahead, or the other way round: only the tense tells which
        day = published + dt.timedelta(days=c.integer(200, 300) * (-1 if past else 1))
        if (day.month, day.day) == (2, 29):
            day -= dt.timedelta(days=1)
        name = c.pick(MONTH_NAMES[language][day.month])
        expression = {"en": f"on {day.day} {name}", "he": f"ב-{day.day} ב{name}"}.get(language, f"في {day.day} {name}")
        expected = day.isoformat()
    text = c.pick((TIMETABLE_PAST if past else TIMETABLE)[language]).format(x=expression)
    return Case(language, "timetable", text, expression, published.isoformat(), expected)


AHEAD_UNITS = {
    "en": {"days": "day", "weeks": "week", "months": "month", "years": "year"},
    "he": {"ימים": "day", "שבועות": "week", "חודשים": "month", "שנים": "year"},
    "ar": {"أيام": "day", "أسابيع": "week", "أشهر": "month", "سنوات": "year"},
}


def ahead(c: Chooser, language: str) -> Case:
    """N units ahead of publication, in a sentence about what is planned: a day for days, the month holding
    the day for weeks, a month for months, a year for years."""
    published = a_published(c)
    count = c.integer(3, 9)
    word, unit = c.pick(sorted(AHEAD_UNITS[language].items()))
    if unit == "day":
        expected = (published + dt.timedelta(days=count)).isoformat()
    elif unit == "week":
        expected = f"{published + dt.timedelta(days=7 * count):%Y-%m}"
    elif unit == "month":
        index = published.year * 12 + published.month - 1 + count
        expected = f"{index // 12:04d}-{index % 12 + 1:02d}"
    else:
        expected = f"{published.year + count:04d}"
    expression, text = {
        "en": (f"in {count} {word}", f"The ceremony will be held in {count} {word}, the ministry said."),
        "he": (f"בעוד {count} {word}", f"הטקס ייערך בעוד {count} {word}, כך נמסר."),
        "ar": (f"بعد {count} {word}", f"ومن المقرر أن يعقد الحفل بعد {count} {word} في باكو."),
    }[language]
    return Case(language, "ahead", text, expression, published.isoformat(), expected)


# What is planned, said as sites say it: a modal or "will" before the verb in English and Hebrew; in Arabic the
# future prefix on the imperfect (the grammar knows no list of these verbs: it checks that the verb less its
# prefix is a word of the language), or a verb of intending before a verbal noun.
PLANNED = {
    "en": [
        "The president will visit Baku",
        "The president is set to visit Baku",
        "The minister is slated to arrive in Baku",
        "The delegation plans to travel to Baku",
        "The minister is expected to visit Baku",
        "The president intends to visit Baku",
        "The delegation is going to tour Baku",
    ],
    "he": [
        "הנשיא יבקר בבאקו",
        "הנשיא עתיד לבקר בבאקו",
        "השר צפוי להגיע לבאקו",
        "המשלחת מתכננת לבקר בבאקו",
        "השר אמור לנחות בבאקו",
        "הנשיא עומד לבקר בבאקו",
        "השרה מתעתדת לבקר בבאקו",
    ],
    "ar": [
        "سيزور الرئيس باكو",
        "سيصل الوزير إلى باكو",
        "سيتوجه الوفد إلى باكو",
        "ستستضيف باكو الوفد",
        "سيلتقي الوزير نظيره في باكو",
        "وسيفتتح السفير المعرض في باكو",
        "ستشارك الوزيرة في المنتدى في باكو",
        "سيوقع الجانبان الاتفاق في باكو",
        "يعتزم الرئيس زيارة باكو",
        "تنوي الوزيرة زيارة باكو",
    ],
}


def planned(c: Chooser, language: str) -> Case:
    """A weekday, a month or a day and month without a year, after words of what is planned: the first such
    day or month after publication (the evaluation sets' convention), where past narration takes the latest
    before it."""
    published = a_published(c)
    form = c.pick(["weekday", "month", "day-month"])
    if form == "weekday":
        weekday = c.pick([d for d in range(7) if d != published.weekday()])
        name = WEEKDAYS[language][weekday]
        expression = {"en": f"on {name}", "he": f"ביום {name}", "ar": f"يوم {name}"}[language]
        expected = (published + dt.timedelta(days=(weekday - published.weekday()) % 7)).isoformat()
    else:
        month = c.pick([m for m in range(1, 13) if m != published.month])
        year = published.year if month > published.month else published.year + 1
        name = c.pick(MONTH_NAMES[language][month])
        if form == "month":
            expression = {"en": f"in {name}", "he": f"בחודש {name}", "ar": f"في {name}"}[language]
            expected = f"{year:04d}-{month:02d}"
        else:
            day = c.integer(1, 28)
            expression = {"en": f"on {day} {name}", "he": f"ב־{day} ב{name}", "ar": f"في {day} {name}"}[language]
            expected = dt.date(year, month, day).isoformat()
    text, expression = placed(c, language, expression, {language: c.pick(PLANNED[language]) + " {x}."})
    return Case(language, "planned", text, expression, published.isoformat(), expected)


def said_before_a_plan(c: Chooser, language: str) -> Case:
    """The day a plan was announced, told before the plan ("said on Tuesday that the president will visit"):
    the latest such day before publication, though the clause speaks of the future."""
    published = a_published(c)
    weekday = c.pick([d for d in range(7) if d != published.weekday()])
    name = WEEKDAYS[language][weekday]
    expression = {"en": f"on {name}", "he": f"ביום {name}", "ar": f"يوم {name}"}[language]
    sentence = c.pick(
        {
            "en": [
                "The ministry said {x} that the president will visit Baku.",
                "Officials announced {x} that the minister is set to arrive in Baku.",
            ],
            "he": ["משרד החוץ הודיע {x} כי הנשיא יבקר בבאקו.", "גורמים רשמיים מסרו {x} שהשר צפוי להגיע לבאקו."],
            "ar": ["أعلنت الوزارة {x} أن الرئيس سيزور باكو.", "وقال مسؤولون {x} إن الوزير سيصل إلى باكو."],
        }[language]
    )
    text, expression = placed(c, language, expression, {language: sentence})
    expected = (published - dt.timedelta(days=(published.weekday() - weekday) % 7)).isoformat()
    return Case(language, "said-before-a-plan", text, expression, published.isoformat(), expected)


EN_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
AR_ORDINALS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"]


def en_ordinal_word(n: int) -> str:
    if n <= 20:
        return EN_ORDINALS[n - 1]
    tens = {20: "twenty", 30: "thirty"}[n // 10 * 10]
    return "thirtieth" if n == 30 else "twentieth" if n == 20 else f"{tens}-{EN_ORDINALS[n % 10 - 1]}"


def ar_ordinal_word(n: int) -> str:
    if n <= 10:
        return AR_ORDINALS[n - 1]
    if n < 20:
        return ("الحادي" if n == 11 else AR_ORDINALS[n - 11]) + " عشر"
    if n in (20, 30):
        return {20: "العشرين", 30: "الثلاثين"}[n]
    return ("الحادي" if n % 10 == 1 else AR_ORDINALS[n % 10 - 1]) + " و" + {2: "العشرين", 3: "الثلاثين"}[n // 10]


def en_suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def ordinal_day(c: Chooser, language: str) -> Case:
    """A day as an ordinal (in words or digits with a suffix) or a number in words, a month, a year (widened
    2026-12-06: "בעשרים ושניים במרץ 2019" in Hebrew)."""
    day = a_day(c)
    month = c.pick(MONTH_NAMES[language][day.month])
    if language == "en":
        form = c.pick(["the {w} of {m} {y}", "{m} {n}{s}, {y}", "{n}{s} {m} {y}", "the {n}{s} of {m}, {y}"])
        expression = form.format(w=en_ordinal_word(day.day), m=month, y=day.year, n=day.day, s=en_suffix(day.day))
        text = f"Talks resumed on {expression} in Baku."
    elif language == "he":
        expression = c.pick(["ה-{n} ב{m} {y}", "ב-{n} ל{m} {y}", "ב{w} ב{m} {y}", "ב{w} ל{m}, {y}"]).format(
            n=day.day, m=month, y=day.year, w=he_day_word(c, day.day)
        )
        text = f"השיחות חודשו {expression} בבאקו."
    else:
        expression = f"{ar_ordinal_word(day.day)} من {month} {day.year}"
        expression = arabic_as_sites_write(c, expression)
        text = f"استؤنفت المحادثات في {expression} في باكو."
    return Case(language, "ordinal-day", text, expression, a_published(c).isoformat(), day.isoformat())


AGO_UNITS = {
    # English pages abbreviate units ("3 yrs ago", "6 wks ago"): the same units.
    "en": {"days": "day", "weeks": "week", "months": "month", "years": "year", "yrs": "year", "wks": "week"},
    "he": {"ימים": "day", "שבועות": "week", "חודשים": "month", "שנים": "year"},
    "ar": {"أيام": "day", "أسابيع": "week", "أشهر": "month", "سنوات": "year"},
}


def shifted_back(published: dt.date, unit: str, count: int) -> str:
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat()
    if unit == "week":
        return f"{published - dt.timedelta(days=7 * count):%Y-%m}"
    if unit == "month":
        index = published.year * 12 + published.month - 1 - count
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{published.year - count:04d}"


MORE_OR_LESS = {  # widened 2026-12-06: "more than", "less than" before the count make it approximate
    "en": ["more than ", "over ", "less than ", "just over ", "about "],
    "he": ["יותר מ-", "למעלה מ-", "פחות מ-", "כ-"],
    "ar": ["أكثر من ", "أقل من ", "ما يزيد على ", "نحو "],
}


def ago(c: Chooser, language: str) -> Case:
    """N units before publication, at the unit's precision (weeks give the month holding the day); with "more
    than", "less than", "about" (years and months), approximately (widened 2026-12-06: 0.868 / 0.883 / 0.825 on
    the wider kind before: "more than" was read in no language, Hebrew and Arabic read nothing)."""
    published = a_published(c)
    count = c.integer(3, 9)
    word, unit = c.pick(sorted(AGO_UNITS[language].items()))
    rough = c.pick(MORE_OR_LESS[language]) if unit in ("year", "month") and c.pick([False, True, False]) else ""
    # Arabic says days ago with منذ as well as قبل ("منذ ثلاثة أيام"; widened 2026-12-07: 0 of those read before)
    ago_ar = c.pick(["قبل", "منذ"]) if language == "ar" and unit == "day" else "قبل"
    expression, text = {
        "en": (f"{rough}{count} {word} ago", f"The embassy opened {rough}{count} {word} ago in Tel Aviv."),
        "he": (f"לפני {rough}{count} {word}", f"השגרירות נפתחה לפני {rough}{count} {word} בתל אביב."),
        "ar": (f"{ago_ar} {rough}{count} {word}", f"افتتحت السفارة {ago_ar} {rough}{count} {word} في تل أبيب."),
    }[language]
    expected = shifted_back(published, unit, count) + ("~" if rough else "")
    return Case(language, "ago", text, expression, published.isoformat(), expected)


# A unit's words by count: one (alone), two (a dual where the language has one), three to nine (with digits)
UNIT_WORDS = {
    "en": {"year": ("a year", "2 years", "years"), "month": ("a month", "2 months", "months"),
           "week": ("a week", "2 weeks", "weeks"), "day": ("a day", "2 days", "days"),
           "hour": ("an hour", "2 hours", "hours")},
    "he": {"year": ("שנה", "שנתיים", "שנים"), "month": ("חודש", "חודשיים", "חודשים"),
           "week": ("שבוע", "שבועיים", "שבועות"), "day": ("יום", "יומיים", "ימים"),
           "hour": ("שעה", "שעתיים", "שעות")},
    "ar": {"year": ("عام", "عامين", "أعوام"), "month": ("شهر", "شهرين", "أشهر"),
           "week": ("أسبوع", "أسبوعين", "أسابيع"), "day": ("يوم", "يومين", "أيام"),
           "hour": ("ساعة", "ساعتين", "ساعات")},
}  # fmt: skip
HALF = {"en": " and a half", "he": " וחצי", "ar": " ونصف"}
AND = {"en": " and ", "he": " ו", "ar": " و"}


def counted(language: str, unit: str, n: int) -> str:
    one, two, many = UNIT_WORDS[language][unit]
    return one if n == 1 else two if n == 2 else f"{n} {many}"


def two_units(c: Chooser, language: str) -> Case:
    """A count said in two units or with a half, before publication ("two years and three months ago", "לפני
    שבועיים ושלושה ימים", "قبل عام ونصف", "a month and a half ago"), or in hours ("36 hours ago", "לפני 5 שעות",
    "قبل ساعتين"), at the smaller unit's precision: months back for years and months, days for weeks and days,
    the month 46 days back for a month and a half, publication's day less the whole days for hours (added
    2026-12-07; before, he 0.080, ar 0.280, en 0.000: a second unit, a half and hours were read in no language
    but Arabic's half of a year)."""
    published = a_published(c)
    shape = c.pick(["year+months", "week+days", "year+half", "month+half", "hours"])
    a, b = c.integer(1, 4), c.integer(1, 6)
    if shape == "hours":
        hours = c.pick([1, 2, c.integer(3, 9), c.integer(25, 60)])
        words = counted(language, "hour", hours) if hours < 10 else f"{hours} {UNIT_WORDS[language]['hour'][2]}"
        if language == "ar" and hours >= 10:
            words = f"{hours} ساعة"  # eleven and more: the singular
        expected = (published - dt.timedelta(days=hours // 24)).isoformat()
    elif shape == "year+months":
        words = counted(language, "year", a) + AND[language] + counted(language, "month", b)
        index = published.year * 12 + published.month - 1 - (12 * a + b)
        expected = f"{index // 12:04d}-{index % 12 + 1:02d}"
    elif shape == "week+days":
        words = counted(language, "week", a) + AND[language] + counted(language, "day", b)
        expected = (published - dt.timedelta(days=7 * a + b)).isoformat()
    elif shape == "year+half":
        words = counted(language, "year", a) + HALF[language]
        index = published.year * 12 + published.month - 1 - (12 * a + 6)
        expected = f"{index // 12:04d}-{index % 12 + 1:02d}"
    else:
        words = counted(language, "month", a) + HALF[language]
        day = published - dt.timedelta(days=round((a + 0.5) * 30.44))
        expected = f"{day:%Y-%m}"
    if language == "en" and shape.endswith("half") and a > 1:  # "two and a half years", as English says it
        unit = "year" if shape == "year+half" else "month"
        words = f"{a} and a half {UNIT_WORDS['en'][unit][2]}"
    expression, text = {
        "en": (f"{words} ago", f"The talks in Baku began {words} ago, officials said."),
        "he": (f"לפני {words}", f"השיחות בבאקו החלו לפני {words}, אמרו גורמים רשמיים."),
        "ar": (f"قبل {words}", f"بدأت المحادثات في باكو قبل {words}، بحسب مسؤولين."),
    }[language]
    return Case(language, "two-units", text, expression, published.isoformat(), expected)


LAST_NEXT = {
    "en": {
        ("last", "month"): "last month",
        ("next", "month"): "next month",
        ("last", "year"): "last year",
        ("next", "year"): "next year",
        ("this", "month"): "this month",
        ("this", "week"): "this week",
    },
    "he": {
        ("last", "month"): "בחודש שעבר",
        ("next", "month"): "בחודש הבא",
        ("last", "year"): "בשנה שעברה",
        ("next", "year"): "בשנה הבאה",
        ("this", "month"): "החודש",
        ("this", "week"): "השבוע",
    },
    "ar": {
        ("last", "month"): "الشهر الماضي",
        ("next", "month"): "الشهر المقبل",
        ("last", "year"): "العام الماضي",
        ("next", "year"): "العام المقبل",
        ("this", "month"): "هذا الشهر",
        ("this", "week"): "هذا الأسبوع",
    },
}


def last_or_next(c: Chooser, language: str) -> Case:
    """Last or next month or year; this month or week (widened 2026-12-06: Hebrew "השבוע" and "החודש" alone
    read nothing), a week given as its month."""
    published = a_published(c)
    (direction, unit), expression = c.pick(sorted(LAST_NEXT[language].items()))
    step = {"last": -1, "this": 0, "next": 1}[direction]
    if unit == "year":
        expected = f"{published.year + step:04d}"
    else:
        index = published.year * 12 + published.month - 1 + step
        expected = f"{index // 12:04d}-{index % 12 + 1:02d}"
    if language == "ar":
        expression = arabic_as_sites_write(c, expression)
    carrier = {
        "en": "The delegation visited Baku {x}, the ministry said.",
        "he": "המשלחת ביקרה בבאקו {x}, כך נמסר.",
        "ar": "زار الوفد باكو {x} بحسب الوزارة.",
    }[language]
    return Case(language, "last-next", carrier.format(x=expression), expression, published.isoformat(), expected)


def year_range(c: Chooser, language: str) -> Case:
    """Two years, in words or joined by a dash or a slash, the second in four digits or in its last two (a
    season's or a fiscal year's "2021-22", "1999/00"; widened 2026-12-06: 0.723 / 0.753 / 0.807 on the wider
    kind before, "in 2021-22" was "in 2021")."""
    first = c.integer(1990, 2020)
    last = first + c.integer(1, 6)
    joined = c.pick(["{a}-{b}", "{a}–{b}", "{a}/{b}"]).format(a=first, b=c.pick([last, f"{last % 100:02d}"]))
    expression = {
        "en": c.pick([f"between {first} and {last}", f"from {first} to {last}", f"{first}–{last}", f"in {joined}",
                      f"during {joined}"]),
        "he": c.pick([f"בין {first} ל-{last}", f"בשנים {first}-{last}", f"מ-{first} עד {last}", f"בשנים {joined}",
                      f"ב-{joined}"]),
        "ar": c.pick([f"بين عامي {first} و{last}", f"من {first} إلى {last}", f"بين {first} و{last}",
                      f"في {joined}", f"خلال عامي {joined}"]),
    }[language]  # fmt: skip
    carrier = {
        "en": "Trade between the two countries grew {x}.",
        "he": "הסחר בין המדינות גדל {x}.",
        "ar": "نما التبادل التجاري بين البلدين {x}.",
    }[language]
    return Case(
        language, "year-range", carrier.format(x=expression), expression, a_published(c).isoformat(), f"{first}/{last}"
    )


def hijri_date(c: Chooser, language: str) -> Case:
    """A Hijri (Umm al-Qura) date with its year and هـ, as Arabic sites date their pages; in Hebrew and English
    a Gregorian date stands in (the Hijri forms are Arabic's)."""
    if language != "ar":
        return full_date(c, language)

    day = a_day(c, first=2000, last=2026)
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    months = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
              "شوال", "ذو القعدة", "ذو الحجة"]  # fmt: skip
    expression = arabic_as_sites_write(c, f"{hijri.day} {months[hijri.month - 1]} {hijri.year} هـ")
    text = f"وقع الاتفاق يوم {expression} في باكو."
    return Case(language, "hijri", text, expression, a_published(c).isoformat(), day.isoformat())


NTH = {
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"},
    "he": {1: "הראשון", 2: "השני", 3: "השלישי", 4: "הרביעי", -1: "האחרון"},
    "ar": {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", -1: "الأخير"},
}


def nth_weekday(c: Chooser, language: str) -> Case:
    """'The second Tuesday of October 2019', 'ביום שלישי השני של אוקטובר 2019', 'الثلاثاء الثاني من أكتوبر 2019'."""
    year, month, weekday = c.integer(1995, 2030), c.integer(1, 12), c.integer(0, 6)
    nth = c.pick([1, 2, 3, 4, -1])
    days = [
        d for d in range(1, calendar.monthrange(year, month)[1] + 1) if dt.date(year, month, d).weekday() == weekday
    ]
    day = dt.date(year, month, days[-1] if nth == -1 else days[nth - 1])
    name = c.pick(MONTH_NAMES[language][month])
    expression, text = {
        "en": (
            f"the {NTH['en'][nth]} {WEEKDAYS['en'][weekday]} of {name} {year}",
            f"The commission met on the {NTH['en'][nth]} {WEEKDAYS['en'][weekday]} of {name} {year} in Baku.",
        ),
        "he": (
            f"ביום {WEEKDAYS['he'][weekday]} {NTH['he'][nth]} של {name} {year}",
            f"הוועדה התכנסה ביום {WEEKDAYS['he'][weekday]} {NTH['he'][nth]} של {name} {year} בבאקו.",
        ),
        "ar": (
            f"{WEEKDAYS['ar'][weekday]} {NTH['ar'][nth]} من {name} {year}",
            f"اجتمعت اللجنة يوم {WEEKDAYS['ar'][weekday]} {NTH['ar'][nth]} من {name} {year} في باكو.",
        ),
    }[language]
    return Case(language, "nth-weekday", text, expression, a_published(c).isoformat(), day.isoformat())


def anniversary(c: Chooser, language: str) -> Case:
    """'The 25th anniversary of relations', 'השנה מלאו 25 שנה ליחסים', 'الذكرى الـ25 للعلاقات': the year they began."""
    published = a_published(c)
    years = c.integer(2, 60)
    expression, text = {
        "en": (
            f"the {years}{en_suffix(years)} anniversary of",
            f"The two countries marked the {years}{en_suffix(years)} anniversary of diplomatic relations.",
        ),
        "he": (f"השנה מלאו {years} שנה ל", f"השנה מלאו {years} שנה ליחסים הדיפלומטיים בין המדינות."),
        "ar": (f"بالذكرى الـ{years} ل", f"احتفل البلدان بالذكرى الـ{years} للعلاقات الدبلوماسية."),
    }[language]
    return Case(language, "anniversary", text, expression, published.isoformat(), f"{published.year - years:04d}")


def this_day_back(c: Chooser, language: str) -> Case:
    """'On this day eight years ago' / 'eight years ago today', 'היום לפני 8 שנים' / 'לפני 8 שנים בדיוק היום',
    'في مثل هذا اليوم قبل 8 سنوات' / 'قبل 8 سنوات في مثل هذا اليوم': publication's day of the calendar, so many
    years back (29 February falls on the 28th)."""
    published = a_published(c)
    years = c.integer(2, 40)
    back = published.year - years
    day = dt.date(back, published.month, min(published.day, calendar.monthrange(back, published.month)[1]))
    leading = c.pick([True, False])
    if language == "en":
        today = c.pick(["today", "this day", "on this day", "on this very day"])
        if leading:
            expression = f"{c.pick(['On this day', 'This day', 'On this very day'])}, {years} years ago"
        else:
            expression = f"{years} years ago {today}"
        text = f"{expression[0].upper()}{expression[1:]} the two countries signed their first agreement."
    elif language == "he":
        today = c.pick(["היום", "ביום זה", "ביום הזה", "בדיוק היום"])
        expression = (
            f"{c.pick(['היום', 'ביום זה', 'ביום הזה'])} לפני {years} שנים" if leading else f"לפני {years} שנים {today}"
        )
        text = f"{expression} חתמו שתי המדינות על ההסכם הראשון ביניהן."
    else:
        if leading:
            expression = f"{c.pick(['في مثل هذا اليوم', 'مثل هذا اليوم'])} {c.pick(['قبل', 'منذ'])} {years} سنوات"
        else:
            expression = f"قبل {years} سنوات {c.pick(['في مثل هذا اليوم', 'مثل هذا اليوم'])}"
        expression = arabic_as_sites_write(c, expression)
        text = f"{expression} وقع البلدان أول اتفاق بينهما."
    return Case(language, "this-day-back", text, expression, published.isoformat(), day.isoformat())


def restated_day(c: Chooser, language: str) -> Case:
    """A day and month in apposition after a day counted back ("Eight years ago today, on 28 June, …", "היום
    לפני 8 שנים, ב-28 ביוני, …", "في مثل هذا اليوم قبل 8 سنوات، في 28 يونيو، …") restate that day, of its year
    (read before as the nearest 28 June to publication, or from a year that ended the sentence before). The
    case's expression is the day and month."""
    published = a_published(c)
    years = c.integer(2, 40)
    back = published.year - years
    day = dt.date(back, published.month, min(published.day, calendar.monthrange(back, published.month)[1]))
    month = c.pick(MONTH_NAMES[language][day.month])
    before = f"The exhibition opened in {back - 1}." if c.pick([False, True]) else ""
    if language == "en":
        restated = c.pick(
            [f"on {day.day} {month}", f"on {month} {day.day}", f"on the {day.day}{en_suffix(day.day)} of {month}"]
        )
        text = f"{before} {years} years ago today, {restated}, the two countries signed their first agreement."
    elif language == "he":
        restated = c.pick([f"ב-{day.day} ב{month}", f"ה-{day.day} ב{month}"])
        text = f"{before} היום לפני {years} שנים, {restated}, חתמו שתי המדינות על ההסכם הראשון ביניהן."
    else:
        restated = arabic_as_sites_write(c, c.pick([f"في {day.day} {month}", f"يوم {day.day} {month}"]))
        text = f"{before} في مثل هذا اليوم قبل {years} سنوات، {restated}، وقع البلدان أول اتفاق بينهما."
    return Case(language, "restated-day", text.strip(), restated, published.isoformat(), day.isoformat())


def this_day_of_year(c: Chooser, language: str) -> Case:
    """'On this day in 2016', 'ביום זה ב-2016' / 'ביום הזה בשנת 2016', 'في مثل هذا اليوم من عام 2016': an
    anniversary page's convention, publication's day of the calendar in the year named."""
    published = a_published(c)
    back = published.year - c.integer(1, 60)
    day = dt.date(back, published.month, min(published.day, calendar.monthrange(back, published.month)[1]))
    if language == "en":
        expression = f"{c.pick(['On this day', 'On this very day', 'This day'])} {c.pick(['in', 'of'])} {back}"
        text = f"{expression} the two countries signed their first agreement."
    elif language == "he":
        expression = f"{c.pick(['ביום זה', 'ביום הזה', 'יום זה'])} {c.pick(['ב-', 'ב', 'בשנת '])}{back}"
        text = f"{expression} חתמו שתי המדינות על ההסכם הראשון ביניהן."
    else:
        expression = (
            f"{c.pick(['في مثل هذا اليوم', 'مثل هذا اليوم'])} {c.pick(['من عام', 'عام', 'من سنة', 'في عام'])} {back}"
        )
        expression = arabic_as_sites_write(c, expression)
        text = f"{expression} وقع البلدان أول اتفاق بينهما."
    return Case(language, "this-day-of-year", text, expression, published.isoformat(), day.isoformat())


APPROXIMATE = {  # words that make a year or a month approximate, before or after it
    "en": (["around", "about", "circa", "c.", "ca.", "approx.", "approximately", "roughly", "in or around"],
           ["or so", "or thereabouts", "approximately"]),
    "he": (["בסביבות", "בערך", "בקירוב", "סביב"], ["לערך", "בערך", "בקירוב"]),
    "ar": (["حوالي", "نحو", "قرابة", "تقريبا", "ما يقرب من"], ["تقريبا", "تقريبًا"]),
}  # fmt: skip


def approximate_date(c: Chooser, language: str) -> Case:
    """A year or a month marked approximate by a word before or after it ("c. 1998", "ca. 2003", "2010 or so",
    "ב-1998 בערך", "عام 1998 تقريبا"): EDTF's "~"."""
    year = c.integer(1950, 2024)
    with_month = c.pick([False, True])
    month_number = c.integer(1, 12)
    before, after = APPROXIMATE[language]
    marker_first = c.pick([True, False])
    marker = c.pick(before if marker_first else after)
    if language == "en":
        date = f"{c.pick(MONTH_NAMES['en'][month_number])} {year}" if with_month else f"{year}"
        date = date if marker_first else f"in {date}"
        expression = f"{marker} {date}" if marker_first else f"{date} {marker}"
        text = f"Israeli engineers began working in Baku {expression}, according to two officials."
    elif language == "he":
        date = f"ב{c.pick(MONTH_NAMES['he'][month_number])} {year}" if with_month else f"ב-{year}"
        expression = f"{marker} {date}" if marker_first else f"{date} {marker}"
        text = f"מהנדסים ישראלים החלו לעבוד בבאקו {expression}, לדברי שני בכירים."
    else:
        date = f"{c.pick(MONTH_NAMES['ar'][month_number])} {year}" if with_month else f"عام {year}"
        expression = arabic_as_sites_write(c, f"{marker} {date}" if marker_first else f"{date} {marker}")
        text = f"بدأ مهندسون إسرائيليون العمل في باكو {expression}، بحسب مسؤولين اثنين."
    edtf = (f"{year:04d}-{month_number:02d}" if with_month else f"{year:04d}") + "~"
    return Case(language, "approximate", text, expression, a_published(c).isoformat(), edtf)


def cldr_abbreviated_months(language: str) -> dict[int, list[str]]:
    from facts.extraction.dates.vocabulary import locales_of

    names: dict[int, list[str]] = {}
    for code in locales_of(language):
        for number, name in Locale.parse(code).months["format"]["abbreviated"].items():
            name = name.replace("\u00a0", " ").rstrip(".")
            if name not in names.setdefault(number, []) and name not in MONTH_NAMES[language][number]:
                names[number].append(name)
    return names


ABBREVIATED_MONTHS = {language: cldr_abbreviated_months(language) for language in LANGUAGES}


HE_DAY_UNITS = ["אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_DAY_ORDINALS = ["ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שביעי", "שמיני", "תשיעי", "עשירי"]


def he_day_word(c: Chooser, n: int) -> str:
    """A day of the month in Hebrew words as written after ב: a number (masculine, as "יום" is), or up to the
    tenth an ordinal without its article."""
    if n <= 10 and c.pick([False, True]):
        return HE_DAY_ORDINALS[n - 1]
    if n < 10:
        return HE_DAY_UNITS[n - 1]
    if n == 10:
        return "עשרה"
    if n < 20:
        return ("שנים" if n == 12 else HE_DAY_UNITS[n - 11]) + " עשר"
    tens = {2: "עשרים", 3: "שלושים"}[n // 10]
    return tens if n % 10 == 0 else f"{tens} ו{HE_DAY_UNITS[n % 10 - 1]}"


def day_month(c: Chooser, language: str) -> Case:
    """A day and a month without a year, told in the past within five months of publication: that day (the
    nearest such day to publication). The month by any of its names (English abbreviations with or without
    their full stop), the day before or after it, in digits or as an ordinal, or in words ("the third of
    March", "בשלושה במרץ", "בשלישי במרץ", "الرابع من أبريل"; widened 2026-12-06: Hebrew and Arabic read the
    month alone)."""
    published = a_published(c)
    day = published - dt.timedelta(days=c.integer(1, 150))
    month = c.pick(MONTH_NAMES[language][day.month])
    if language == "en":
        abbreviated = ABBREVIATED_MONTHS["en"][day.month]
        if abbreviated and c.pick([False, True]):
            month = c.pick(abbreviated) + c.pick(["", "."])
        form = c.pick(["{d} {m}", "{m} {d}", "the {d}{s} of {m}", "{m} {d}{s}", "the {w} of {m}"])
        expression = form.format(d=day.day, m=month, s=en_suffix(day.day), w=en_ordinal_word(day.day))
        text = f"The two ministers met in Baku on {expression} and signed the agreement."
    elif language == "he":
        form = c.pick(["ב-{d} ב{m}", "ב-{d} ל{m}", "ב־{d} ב{m}", "ב־{d} ל{m}", "ביום ה-{d} ב{m}", "ב{d} ב{m}",
                       "ב{w} ב{m}", "ב{w} ל{m}"])  # fmt: skip
        expression = form.format(d=day.day, m=month, w=he_day_word(c, day.day))
        text = f"השרים נפגשו בבאקו {expression} וחתמו על ההסכם."
    else:
        form = c.pick(["{d} {m}", "{d} من {m}", "{d} من شهر {m}", "{w} من {m}", "{w} من شهر {m}"])
        expression = arabic_as_sites_write(c, form.format(d=day.day, m=month, w=ar_ordinal_word(day.day)))
        text = f"التقى الوزيران في باكو {c.pick(['يوم', 'في'])} {expression} ووقعا الاتفاق."
    return Case(language, "day-month", text, expression, published.isoformat(), day.isoformat())


def numeric_day_month(c: Chooser, language: str) -> Case:
    """A day and a month in digits without a year, after a word that introduces a date, told in the past within
    five months of publication ("ב-7.10", "ביום 14/5", "يوم 14/5", "في 7/10", "on 14/5", and month first where the
    day-first reading is impossible, "on 5/14"): that day (added 2026-12-07: 0.000 before in every language)."""
    published = a_published(c)
    day = published - dt.timedelta(days=c.integer(1, 150))
    zero = c.pick([False, False, True])  # "07.10"
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if zero else (str(day.day), str(day.month))
    if language == "en":
        first, second = (m, d) if day.day > 12 and c.pick([False, True]) else (d, m)  # US pages: month first
        expression = f"{first}/{second}"
        text = f"The two ministers met in Baku on {expression} and signed the agreement."
    elif language == "he":
        expression = c.pick(["ב-{d}.{m}", "ב־{d}.{m}", "ב{d}.{m}", "ב-{d}/{m}", "ביום {d}.{m}"]).format(d=d, m=m)
        text = f"השרים נפגשו בבאקו {expression} וחתמו על ההסכם."
    else:
        expression = f"{c.pick(['يوم', 'في', 'يوم'])} {d}{c.pick(['/', '.'])}{m}"
        text = f"التقى الوزيران في باكو {expression} ووقعا الاتفاق."
    return Case(language, "numeric-day-month", text, expression, published.isoformat(), day.isoformat())


RELATIVE_YEAR = {  # (words, years from publication's)
    "en": [("last year", -1), ("of last year", -1), ("next year", 1), ("of next year", 1), ("this year", 0)],
    "he": [("בשנה שעברה", -1), ("שנה שעברה", -1), ("אשתקד", -1), ("בשנה הבאה", 1), ("השנה", 0)],
    "ar": [("من العام الماضي", -1), ("من العام المقبل", 1), ("من العام الجاري", 0), ("من هذا العام", 0)],
}


def day_month_relative_year(c: Chooser, language: str) -> Case:
    """A day and month, or two months, with a year said from publication ("on March 3 of last year", "ב-3 במרץ
    בשנה שעברה", "ב-3 במרץ אשתקד", "في 3 مارس من العام الماضي", "between March and May last year", "بين مارس
    ومايو من العام الماضي"): that day, or those months, of that year (the months widened the same day: en and
    ar 0.000 on them before) (added 2026-12-07: he 0.400 and en
    0.853 before — the preposition before "שנה שעברה", "אשתקד", and "of" after an English day split the date
    from its year; ar 1.000)."""
    published = a_published(c)
    words, offset = c.pick(RELATIVE_YEAR[language])
    year = published.year + offset
    month_number = c.integer(1, 12)
    day = dt.date(year, month_number, c.integer(1, calendar.monthrange(year, month_number)[1]))
    month = c.pick(MONTH_NAMES[language][day.month])
    form = c.pick(["{m} {d} {y}", "{d} {m} {y}"]) if language == "en" else "{d} {m} {y}"
    if language == "en" and form.startswith("{d}") and words.startswith("of"):
        form = "the {d}th of {m} {y}".replace("{d}th", "{d}" + en_suffix(day.day))
    words_in = {"he": "ב" + month if not month.startswith("ב") else month}.get(language, month)
    expression = form.format(d=day.day, m=words_in, y=words)
    if c.pick([False, False, True]) and month_number < 12:  # two months: "between March and May last year"
        last_number = c.integer(month_number + 1, 12)
        last = c.pick(MONTH_NAMES[language][last_number])
        expression = {
            "en": c.pick(["between {m} and {n} {y}", "from {m} to {n} {y}"]),
            "he": "בין {m} ל{n} {y}",
            "ar": c.pick(["بين {m} و{n} {y}", "من {m} إلى {n} {y}"]),
        }[language].format(m=month, n=last, y=words)
        text = {
            "en": f"The ministers met in Baku several times {expression}, the ministry said.",
            "he": f"השרים נפגשו בבאקו כמה פעמים {expression}, נמסר ממשרד החוץ.",
            "ar": f"التقى الوزيران في باكو عدة مرات {expression}، بحسب الوزارة.",
        }[language]
        return Case(language, "day-month-relative-year", text, expression, published.isoformat(),
                    f"{year:04d}-{month_number:02d}/{year:04d}-{last_number:02d}")  # fmt: skip
    text = {
        "en": f"The ministers met in Baku on {expression}, the ministry said.",
        "he": f"השרים נפגשו בבאקו ב-{expression}, נמסר ממשרד החוץ.",
        "ar": f"التقى الوزيران في باكو في {expression}، بحسب الوزارة.",
    }[language]
    return Case(language, "day-month-relative-year", text, expression, published.isoformat(), day.isoformat())


HOURS_LATER = {  # ({n}: a count of hours; None: a few)
    "en": [("{n} hours later", True), ("Hours later", False), ("Just hours later", False),
           ("{n} hours afterwards", True)],
    "he": [("כעבור {n} שעות", True), ("שעות ספורות לאחר מכן", False), ("{n} שעות לאחר מכן", True), ("כעבור שעתיים", 2)],
    "ar": [("وبعد {n} ساعات", True), ("وبعد ساعات", False), ("وبعد ذلك بساعات", False), ("وبعد ساعتين", 2)],
}  # fmt: skip


QUOTED = {"en": ['"{q}"', "“{q}”"], "he": ['"{q}"', '„{q}"', "״{q}״"], "ar": ["«{q}»", '"{q}"']}
SPOKEN_DAY_WORDS = {  # a day word said by the speaker, and the days it counts from the day of speaking
    "en": {"Today": 0, "Today,": 0, "This morning": 0, "Yesterday": -1, "Tomorrow": 1},
    "he": {"היום": 0, "היום,": 0, "הבוקר": 0, "אתמול": -1, "מחר": 1},
    "ar": {"اليوم": 0, "اليوم،": 0, "صباح اليوم": 0, "أمس": -1, "غدا": 1},
}


def speech_day(c: Chooser, language: str) -> Case:
    """ "Today" inside a quotation reported a few days later is the day the words were spoken, when the text gave
    that day before the quotation ("The embassy opened yesterday. 'Today we open a new page,' the minister said",
    "«اليوم نفتح صفحة جديدة»"), and "yesterday" or "tomorrow" there count from it; outside a quotation they count
    from publication (added 2026-12-07: inside a quotation 0.000 before in every language, publication read)."""
    published = a_published(c)
    back = c.integer(1, 6)
    spoken = published - dt.timedelta(days=back)
    word, offset = c.pick(sorted(SPOKEN_DAY_WORDS[language].items()))
    if back == 1 and offset != -1:  # (the quotation's own "yesterday" would be the same word twice)
        said = {"en": "yesterday", "he": "אתמול", "ar": "أمس"}[language]
    else:
        month = c.pick(MONTH_NAMES[language][spoken.month])
        said = {"en": f"on {spoken.day} {month}", "he": f"ב-{spoken.day} ב{month}", "ar": f"في {spoken.day} {month}"}[
            language
        ]
    inside = c.pick([True, True, False])
    first = {
        "en": f"Azerbaijan's foreign minister opened the embassy in Tel Aviv {said}.",
        "he": f"שר החוץ של אזרבייג'ן חנך את השגרירות בתל אביב {said}.",
        "ar": f"افتتح وزير خارجية أذربيجان السفارة في تل أبيب {said}.",
    }[language]
    if inside:
        words = {
            "en": f"{word} we open a new page",
            "he": f"{word} אנחנו פותחים דף חדש",
            "ar": f"{word} نفتح صفحة جديدة",
        }
        quoted = c.pick(QUOTED[language]).format(q=words[language])
        second = {
            "en": f"{quoted}, a diplomat said.",
            "he": f"{quoted}, אמר דיפלומט.",
            "ar": f"وقال دبلوماسي: {quoted}.",
        }
    else:
        word = word.rstrip(",،").lower()
        second = {
            "en": f"The ministry said {word} that ties would grow.",
            "he": f"המשרד אמר {word} כי הקשרים יתהדקו.",
            "ar": f"وقالت الوزارة {word} إن العلاقات ستتعزز.",
        }
    text = f"{first} {second[language]}"
    expression = word.rstrip(",،")
    expected = (spoken if inside else published) + dt.timedelta(days=offset)
    return Case(language, "speech-day", text, expression, published.isoformat(), expected.isoformat())


TWO_MONTHS = {  # the first month's words, the joint and the second month's preposition
    "en": [("in {m}", " and ", ""), ("in {m}", " and in ", ""), ("{m}", " or ", ""), ("during {m}", ", and ", "")],
    "he": [("ב{m}", " וב", ""), ("ב{m}", " ו", ""), ("ב{m}", " או ב", "")],
    "ar": [("في {m}", " و", ""), ("في {m}", " وفي ", ""), ("{m}", " أو ", ""), ("في شهر {m}", " و", "")],
}
LAST_YEAR = {"en": "last year", "he": "בשנה שעברה", "ar": "من العام الماضي"}


def month_and_month(c: Chooser, language: str) -> Case:
    """Two months that share one year ("in March and May 2020", "במרץ ובמאי 2020", "في مارس ومايو 2020", "in
    January or February last year"): the first month is of that year — two months, not a range (added
    2026-12-07: he 0.120, ar 0.060, en 0.067 before — Arabic read a range, Hebrew and English publication's year,
    right only when the two years were one)."""
    published = a_published(c)
    first, second = sorted(c.pick([(a, b) for a in range(1, 13) for b in range(1, 13) if a != b]))
    relative = c.pick([False, False, True])
    year = published.year - 1 if relative else c.integer(1995, published.year - 1)
    said = LAST_YEAR[language] if relative else str(year)
    words, joint, _ = c.pick(TWO_MONTHS[language])
    expression = words.format(m=c.pick(MONTH_NAMES[language][first]))
    both = f"{expression}{joint}{c.pick(MONTH_NAMES[language][second])} {said}"
    text, _ = placed(
        c,
        language,
        both,
        {
            "en": "Talks between the two ministries were held {x} in Baku.",
            "he": "שיחות בין שני המשרדים נערכו {x} בבאקו.",
            "ar": "عقدت محادثات بين الوزارتين {x} في باكو.",
        },
    )
    if language == "ar":
        # (as placed: with or without hamza, tatweel or Arabic-Indic digits)
        expression = re.split(r" ـ?و| [أا]ـ?و ", text[text.index("الوزارتين ") + len("الوزارتين ") :])[0]
    return Case(language, "month-and-month", text, expression, published.isoformat(), f"{year:04d}-{first:02d}")


THIS_TIME_BACK = {  # one year back, and a count of years back ({n})
    "en": (["this time last year", "This time last year,", "at this time last year", "around the same time last year",
            "the same time a year ago"], ["this time {n} years ago", "around the same time {n} years ago"]),
    "he": (["בתקופה זו בשנה שעברה", "בתקופה הזו אשתקד", "באותה תקופה בשנה שעברה", "בעונה זו אשתקד",
            "בזמן הזה לפני שנה"], ["בתקופה זו לפני {n} שנים", "בזמן הזה לפני {n} שנים"]),
    "ar": (["في مثل هذا الوقت من العام الماضي", "في مثل هذه الفترة من العام الماضي", "في هذا الوقت من السنة الماضية",
            "في مثل هذا الوقت من العام المنصرم"], ["في مثل هذا الوقت قبل {n} سنوات", "في هذه الفترة قبل {n} أعوام"]),
}  # fmt: skip


def this_time_back(c: Chooser, language: str) -> Case:
    """The time of year so many years back ("this time last year", "בתקופה זו אשתקד", "في مثل هذا الوقت من العام
    الماضي", "around the same time three years ago"): publication's month that many years back, about (added
    2026-12-07: he 0.000, ar 0.000, en 0.000 before — "last year" alone was read, a year)."""
    published = a_published(c)
    years = c.pick([1, 1, c.integer(2, 9)])
    one, many = THIS_TIME_BACK[language]
    words = c.pick(one) if years == 1 else c.pick(many).format(n=years)
    text, expression = placed(
        c,
        language,
        words,
        {
            "en": "{x} trade between Israel and Azerbaijan fell.",
            "he": "{x} ירד הסחר בין ישראל לאזרבייג'ן.",
            "ar": "{x} تراجعت التجارة بين إسرائيل وأذربيجان.",
        },
    )
    expression = expression.rstrip(",")
    expected = f"{published.year - years:04d}-{published.month:02d}~"
    return Case(language, "this-time-back", text, expression, published.isoformat(), expected)


EVENT_AFTER = {
    "en": ["{n} after", "just {n} after", "{n} before"],
    "he": ["{n} אחרי ש", "{n} לאחר ש", "{n} לפני ש"],
    "ar": ["بعد {n} من", "قبل {n} من"],
}
A_FEW = {
    "en": {"day": "a few days", "week": "a few weeks", "month": "a few months", "year": "a few years"},
    "he": {"day": "כמה ימים", "week": "כמה שבועות", "month": "כמה חודשים", "year": "כמה שנים"},
    "ar": {"day": "أيام", "week": "أسابيع", "month": "أشهر", "year": "سنوات"},
}


def event_after(c: Chooser, language: str) -> Case:
    """A count after (or before) an event the sentence names, following the sentence's own date ("The ministry
    recalled its envoy on 1 October 2020, a few weeks after Armenia opened its embassy", "… כמה שבועות אחרי
    שארמניה פתחה שגרירות", "… بعد أسابيع من افتتاح أرمينيا سفارتها"): that event's date, the count back from
    the date given (forward, with "before"), at the unit's precision; "a few" about (added 2026-12-07: 0.000
    before in every language — nothing, or in Arabic a count forward, was read)."""
    published = a_published(c)
    given = a_day(c, first=2000, last=published.year - 10)  # the count (nine years at most) ends before publication
    unit = c.pick(["day", "week", "month", "year"])
    few = c.pick([False, True, False])
    n = 3 if few else c.integer(1, 9)
    words = A_FEW[language][unit] if few else counted(language, unit, n)
    form = c.pick(EVENT_AFTER[language])
    before = "לפני" in form or "before" in form or "قبل" in form
    expression = form.format(n=words).removesuffix("ש")
    month = c.pick(MONTH_NAMES[language][given.month])
    clause = {
        "en": "Armenia opened its first embassy in Israel",
        "he": "ארמניה פתחה את שגרירותה הראשונה בישראל",
        "ar": "افتتاح أرمينيا أول سفارة لها في إسرائيل",
    }[language]
    joined = form.format(n=words) + ("" if language == "he" else " ") + clause
    text = {
        "en": f"The ministry recalled its envoy on {given.day} {month} {given.year}, {joined}.",
        "he": f"המשרד החזיר את שגריר ב-{given.day} ב{month} {given.year}, {joined}.",
        "ar": f"استدعت الوزارة سفيرها في {given.day} {month} {given.year}، {joined}.",
    }[language]
    expected = counted_from(given, unit, n if before else -n)
    return Case(language, "event-after", text, expression, published.isoformat(), expected + ("~" if few else ""))


def counted_from(given: dt.date, unit: str, n: int) -> str:
    """A day moved by n units, at the unit's precision (weeks give the month holding the day)."""
    if unit == "day":
        return (given + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return f"{given + dt.timedelta(days=7 * n):%Y-%m}"
    if unit == "month":
        index = given.year * 12 + given.month - 1 + n
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{given.year + n:04d}"


DAY_IT_ENDED = {  # (its end, its beginning): the time last given, named again by what happened at its edge
    "en": (["On the night it ended", "On the day it ended", "The day the fighting ended", "On the evening it was over"],
           ["On the day it began", "The day the war broke out", "On the morning it started"]),
    "he": (["בלילה שבו הסתיימה", "ביום שבו הסתיימה", "בליל סיומה", "ביום סיומה", "ביום שהסתיימה"],
           ["ביום שבו החלה", "ביום פריצתה", "ביום שפרצה"]),
    "ar": (["وفي ليلة انتهائها", "يوم انتهائها", "وفي يوم انتهت", "ليلة انتهت"],
           ["يوم اندلاعها", "وفي يوم بدايتها", "يوم اندلعت"]),
}  # fmt: skip
SPAN_TOLD = {  # {first}, {last}: the two days of a span of one year
    "en": "The war lasted from {first} to {last}. {edge}, crowds in Baku waved flags.",
    "he": "המלחמה נמשכה מ-{first} עד {last}. {edge} המונים בבאקו הניפו דגלים.",
    "ar": "استمرت الحرب من {first} إلى {last}. {edge} لوح الآلاف بالأعلام في باكو.",
}


def day_it_ended(c: Chooser, language: str) -> Case:
    """The night a span the text gave ended, the day it began ("The war lasted from 27 September to 10 November
    2020. On the night it ended, …", "בלילה שבו הסתיימה", "وفي ليلة انتهائها"): that span's last (first) day
    (added 2026-12-07: nothing was read in any language before)."""
    published = a_published(c)
    first = a_day(c, first=1995, last=published.year - 1)
    last = first + dt.timedelta(days=c.integer(3, 60))
    ends, begins = DAY_IT_ENDED[language]
    ended = c.pick([True, False])
    edge = c.pick(ends if ended else begins)

    text = SPAN_TOLD[language].format(
        first=a_day_in_words(c, language, first, year=first.year != last.year),
        last=a_day_in_words(c, language, last),
        edge=edge,
    )
    return Case(language, "day-it-ended", text, edge, published.isoformat(), (last if ended else first).isoformat())


DECADE_COUNTS = {  # three and four decades, as the three languages count them
    "en": {3: "three decades", 4: "four decades"},
    "he": {3: "שלושה עשורים", 4: "ארבעה עשורים"},
    "ar": {3: "ثلاثة عقود", 4: "أربعة عقود"},
}
UNITS_SINCE = {  # {n}: the count; {event}: the event "since" names; {date}: the sentence's own date, or nothing
    "en": ("{date}Azerbaijan opened an embassy in Tel Aviv, a step that came {n} since {event}.",
           "the two countries established relations", "On {day}, "),
    "he": ("{date}אזרבייג'ן פתחה שגרירות בתל אביב, צעד שהתעכב {n} מאז {event}.", "כינון היחסים בין המדינות",
           "ב-{day} "),
    "ar": ("{date}افتتحت أذربيجان سفارة في تل أبيب، في خطوة تأخرت {n} منذ {event}.", "إقامة العلاقات بين البلدين",
           "في {day} "),
}  # fmt: skip


def units_since_an_event(c: Chooser, language: str) -> Case:
    """A count "since" an event the words name, not a date ("a step that came three decades since the two
    countries established relations", "צעד שהתעכב שלושה עשורים מאז כינון היחסים", "في خطوة تأخرت ثلاثة عقود منذ
    إقامة العلاقات"): the event came that long before the date the sentence gave, else before publication, at the
    unit's precision; decades roughly, as "three decades ago" is (added 2026-12-07: nothing was read in any
    language before)."""
    published = a_published(c)
    template, event, dated = UNITS_SINCE[language]
    given = a_day(c, first=2000, last=published.year - 1) if c.pick([False, True]) else None
    unit = c.pick(["month", "year", "year", "decade"])
    if unit == "decade":
        n = c.pick([3, 4])
        words = DECADE_COUNTS[language][n]
    else:
        n = c.integer(1, 9) if unit == "month" else c.integer(1, 40)
        words = counted(language, unit, n)
    since = {"en": "since", "he": "מאז", "ar": "منذ"}[language]
    expression = f"{words} {since}"
    date = dated.format(day=a_day_in_words(c, language, given)) if given else ""
    text = template.format(date=date, n=words, event=event)
    anchor = given or published
    if unit == "decade":
        expected = f"{anchor.year - 10 * n:04d}~"
    else:
        expected = counted_from(anchor, unit, -n) if given else shifted_back(published, unit, n)
    return Case(language, "units-since-an-event", text, expression, published.isoformat(), expected)


AFTER_THE_EVENT = {  # {n}: the count in the unit; the event a common noun
    "en": ["{n} after the incident", "About {n} after the crash", "{n} before the visit", "Just {n} after the signing",
           "And {n} after the talks"],
    "he": ["{n} אחרי התקרית", "{n} לאחר החתימה", "{n} לפני הביקור", "כ{n} אחרי ההתרסקות"],
    "ar": ["وبعد الحادث ب{n}", "بعد توقيع الاتفاق ب{n}", "وقبل الزيارة ب{n}", "وبعد المحادثات ب{n}"],
}  # fmt: skip


def after_the_event(c: Chooser, language: str) -> Case:
    """A sentence that opens with a count after (or before) an event named by a common noun, the event the text
    last dated ("The helicopter crashed on 19 May 2024. Two months after the incident, Baku reopened its
    embassy", "כחודשיים אחרי התקרית", "وبعد الحادث بشهرين", "قبل الزيارة بيومين"): that date moved by the count,
    at the unit's precision, about with "about" or "a few" (added 2026-12-07: 0.000 before in every language)."""
    published = a_published(c)
    given = a_day(c, first=2000, last=published.year - 10)  # the count (nine years at most) ends before publication
    unit = c.pick(["day", "week", "month", "year"])
    few = c.pick([False, False, True])
    n = 3 if few else c.integer(1, 9)
    words = A_FEW[language][unit] if few else counted(language, unit, n)
    form = c.pick(AFTER_THE_EVENT[language])
    if language == "ar":
        words = words.removeprefix("ب")
    expression = form.format(n=words)
    before = any(word in form for word in ("before", "לפני", "قبل"))
    rough = few or form.startswith(("About", "כ"))
    month = c.pick(MONTH_NAMES[language][given.month])
    text = {
        "en": f"The helicopter crashed on {given.day} {month} {given.year}. {expression}, Baku reopened its embassy.",
        "he": f"המסוק התרסק ב-{given.day} ב{month} {given.year}. {expression} פתחה באקו מחדש את שגרירותה.",
        "ar": f"تحطمت المروحية في {given.day} {month} {given.year}. {expression} أعادت باكو فتح سفارتها.",
    }[language]
    expected = counted_from(given, unit, -n if before else n) + ("~" if rough else "")
    return Case(language, "after-the-event", text, expression, published.isoformat(), expected)


def hours_later(c: Chooser, language: str) -> Case:
    """Hours counted from the day the text gave ("On 3 May 2023 they met. 36 hours later …", "שעות ספורות לאחר
    מכן", "وبعد ذلك بساعات"): that day, or the day the whole days of the count reach; without a number, a few
    hours, that day (added 2026-12-07: en 0.000, he 0.000, ar 0.747 before — "بعد ساعات" was read since the
    same day's hours, "بعد ذلك بساعات" not)."""
    published = a_published(c)
    first = a_day(c, first=2005, last=published.year - 1)
    form, counted = c.pick(HOURS_LATER[language])
    hours = c.pick([3, 5, 8, 26, 30, 48]) if counted is True else (counted or 3)
    if language == "ar" and counted is True:
        hours = c.pick([3, 5, 8])  # three to ten: "ساعات"
    expression = form.format(n=hours)
    month = c.pick(MONTH_NAMES[language][first.month])
    text = {
        "en": f"On {first.day} {month} {first.year} the envoys arrived in Baku. {expression} the talks began.",
        "he": f"ב-{first.day} ב{month} {first.year} הגיעו השליחים לבאקו. {expression} החלו השיחות.",
        "ar": f"في {first.day} {month} {first.year} وصل المبعوثون إلى باكو. {expression} بدأت المحادثات.",
    }[language]
    expected = first + dt.timedelta(days=hours // 24)
    return Case(language, "hours-later", text, expression, published.isoformat(), expected.isoformat())


WEEKDAY_AFTER = {
    "en": ["the following {w}", "The following {w}", "on the following {w}", "the next {w}", "the {w} after that",
           "on the {w} after,"],
    "he": ["ביום {w} שלאחר מכן", "ביום {w} שאחרי כן", "ביום {w} העוקב"],
    "ar": ["يوم {w} التالي", "ويوم {w} التالي", "في {w} الذي تلاه", "يوم {w} الذي تلاه"],
}  # fmt: skip


def weekday_after(c: Chooser, language: str) -> Case:
    """A weekday counted from the day the text gave before it ("On 2 May 2023 the embassy opened. The following
    Monday …", "ביום שני שלאחר מכן", "يوم الاثنين التالي"): the first such day after it (added 2026-12-07: 0.000
    before in every language — the weekday was read from publication, in English as an open interval)."""
    published = a_published(c)
    first = a_day(c, first=2005, last=published.year - 1)
    weekday = c.integer(0, 6)
    expected = first + dt.timedelta(days=(weekday - first.weekday() - 1) % 7 + 1)
    month = c.pick(MONTH_NAMES[language][first.month])
    expression = c.pick(WEEKDAY_AFTER[language]).format(w=WEEKDAYS[language][weekday])
    text = {
        "en": f"On {first.day} {month} {first.year} the embassy opened. {expression} the two ministers met in Baku.",
        "he": f"ב-{first.day} ב{month} {first.year} נפתחה השגרירות. {expression} נפגשו השרים בבאקו.",
        "ar": f"في {first.day} {month} {first.year} افتتحت السفارة. {expression} التقى الوزيران في باكو.",
    }[language]
    if language == "en" and expression.startswith("on the") and expression.endswith(","):
        text = f"On {first.day} {month} {first.year} the embassy opened. And {expression} the ministers met."
        expression = expression.rstrip(",")
    return Case(language, "weekday-after", text, expression, published.isoformat(), expected.isoformat())


# Holidays of a day, by names sites write, with the date each falls on computed from its own rule or calendar
# (the standard library, dateutil's Easter, convertdate's Hebrew calendar, hijridate's Umm al-Qura calendar).
HOLIDAY_NAMES = {
    "christmas": {
        "en": ["Christmas", "Christmas Day"],
        "he": ["חג המולד", "כריסמס"],
        "ar": ["عيد الميلاد", "عيد الميلاد المجيد"],
    },
    "new-year": {"en": ["New Year's Day"], "he": ["ראש השנה האזרחית"], "ar": ["رأس السنة الميلادية"]},
    "new-years-eve": {"en": ["New Year's Eve"], "he": ["סילבסטר", "ליל הסילבסטר"], "ar": ["ليلة رأس السنة"]},
    "easter": {"en": ["Easter", "Easter Sunday"], "he": ["פסחא", "חג הפסחא"], "ar": ["عيد الفصح", "عيد الفصح المجيد"]},
    "thanksgiving": {"en": ["Thanksgiving", "Thanksgiving Day"], "he": ["חג ההודיה"], "ar": ["عيد الشكر"]},
    "yom-kippur": {"en": ["Yom Kippur"], "he": ["יום כיפור", "יום הכיפורים"], "ar": ["يوم الغفران", "يوم كيبور"]},
    "tisha-bav": {"en": ["Tisha B'Av"], "he": ["תשעה באב", "ט' באב"], "ar": []},
    "tu-bishvat": {"en": ["Tu BiShvat"], "he": ['ט"ו בשבט', "טו בשבט"], "ar": []},
    "eid-al-fitr": {"en": ["Eid al-Fitr"], "he": ["עיד אל-פיטר"], "ar": ["عيد الفطر"]},
    "eid-al-adha": {"en": ["Eid al-Adha"], "he": ["עיד אל-אדחא"], "ar": ["عيد الأضحى"]},
    "ashura": {"en": ["Ashura"], "he": ["עאשורא"], "ar": ["عاشوراء", "يوم عاشوراء"]},
    "mawlid": {
        "en": ["Mawlid", "the Prophet's Birthday"],
        "he": ["מולד הנביא"],
        "ar": ["المولد النبوي", "المولد النبوي الشريف"],
    },
}
JEWISH_DAYS = {"yom-kippur": (7, 10), "tisha-bav": (5, 9), "tu-bishvat": (11, 15)}  # convertdate's month numbers
ISLAMIC_DAYS = {"eid-al-fitr": (10, 1), "eid-al-adha": (12, 10), "ashura": (1, 10), "mawlid": (3, 12)}


def holiday_day(holiday: str, year: int) -> dt.date:
    """The holiday's day that falls in a Gregorian year."""
    from convertdate import hebrew
    from dateutil.easter import easter
    from hijridate import Gregorian

    fixed = {"christmas": (12, 25), "new-year": (1, 1), "new-years-eve": (12, 31)}
    if holiday in fixed:
        return dt.date(year, *fixed[holiday])
    if holiday == "easter":
        return easter(year)
    if holiday == "thanksgiving":
        thursdays = [week[calendar.THURSDAY] for week in calendar.monthcalendar(year, 11) if week[calendar.THURSDAY]]
        return dt.date(year, 11, thursdays[3])
    if holiday in JEWISH_DAYS:
        month, day = JEWISH_DAYS[holiday]
        days = [dt.date(*hebrew.to_gregorian(y, month, day)) for y in (year + 3760, year + 3761)]
        return next(d for d in days if d.year == year)
    month, day = ISLAMIC_DAYS[holiday]
    hijri_year = Gregorian(year, 1, 1).to_hijri().year
    days = [dt.date(*Hijri(y, month, day).to_gregorian().datetuple()) for y in (hijri_year, hijri_year + 1)]
    return next(d for d in days if d.year == year)


def holiday_year(c: Chooser, language: str) -> Case:
    """A holiday of a named Gregorian year: its day that year."""
    holiday = c.pick([h for h, names in HOLIDAY_NAMES.items() if names[language]])
    name = c.pick(HOLIDAY_NAMES[holiday][language])
    year = c.integer(1995, 2030)
    day = holiday_day(holiday, year)
    if language == "en":
        expression = c.pick(["{h} {y}", "{h} of {y}", "{h} in {y}"]).format(h=name, y=year)
        text = f"The two delegations met on {expression} in Baku."
    elif language == "he":
        expression = c.pick(["{h} {y}", "{h} של {y}"]).format(h=name, y=year)
        text = f"המשלחות נפגשו בבאקו ב{expression}."
    else:
        expression = arabic_as_sites_write(c, c.pick(["{h} {y}", "{h} عام {y}", "{h} لعام {y}"]).format(h=name, y=year))
        text = f"التقى الوفدان في باكو في {expression}."
    return Case(language, "holiday-year", text, expression, a_published(c).isoformat(), day.isoformat())


# 2000 widened 2026-12-07: "الألفينيات" was read as nothing (Arabic decade-part 0.867, decade-half 0.813 before)
DECADE_WORDS = {
    "en": {1950: "fifties", 1960: "sixties", 1970: "seventies", 1980: "eighties", 1990: "nineties", 2000: "noughties"},
    "he": {1950: "החמישים", 1960: "השישים", 1970: "השבעים", 1980: "השמונים", 1990: "התשעים", 2000: "האלפיים"},
    "ar": {1950: "الخمسينيات", 1960: "الستينيات", 1970: "السبعينيات", 1980: "الثمانينيات", 1990: "التسعينيات",
           2000: "الألفينيات"},
}  # fmt: skip


def decade_half(c: Chooser, language: str) -> Case:
    """The first or second half of a decade ("the second half of the 1990s", "המחצית הראשונה של שנות ה-80",
    "النصف الثاني من التسعينيات"): its first five years or its last five."""
    start = c.pick(sorted(DECADE_WORDS["en"]))
    half = c.pick([1, 2])
    edtf = f"{start}/{start + 4}" if half == 1 else f"{start + 5}/{start + 9}"
    if language == "en":
        decade = c.pick([f"the {start}s", f"the '{start % 100:02d}s", f"the {DECADE_WORDS['en'][start]}"])
        expression = f"the {c.pick(['first', 'earlier'] if half == 1 else ['second', 'latter'])} half of {decade}"
        text = f"The two countries drew closer in {expression}, historians say."
    elif language == "he":
        decade = c.pick([f"שנות ה-{start % 100:02d}", f"שנות {DECADE_WORDS['he'][start]}"])
        # מחצית is feminine, חצי masculine
        noun, ordinal = c.pick([("במחצית", ("הראשונה", "השנייה")), ("בחצי", ("הראשון", "השני"))])
        expression = f"{noun} {ordinal[half - 1]} של {decade}"
        text = f"שתי המדינות התקרבו {expression}, לדברי היסטוריונים."
    else:
        expression = arabic_as_sites_write(
            c, f"النصف {'الأول' if half == 1 else 'الثاني'} من {DECADE_WORDS['ar'][start]}"
        )
        text = f"تقارب البلدان في {expression}، بحسب مؤرخين."
    return Case(language, "decade-half", text, expression, a_published(c).isoformat(), edtf)


DECADE_PARTS = {  # early, mid, late: the decade's first four years, its middle three, its last three
    "en": {"early": ["early", "early-"], "mid": ["mid-", "mid ", "middle "], "late": ["late", "late-"]},
    "he": {"early": ["בתחילת", "בראשית"], "mid": ["באמצע"], "late": ["בסוף", "בשלהי"]},
    "ar": {"early": ["أوائل", "مطلع", "بداية"], "mid": ["منتصف"], "late": ["أواخر", "نهاية"]},
}


def decade_part(c: Chooser, language: str) -> Case:
    """Early, mid or late in a decade, with or without an article and a hyphen as pages write it ("the early
    1990s", "mid-2000s", "the late-'80s", "the middle eighties", "באמצע שנות ה-2000", "في أواخر التسعينيات")
    (added 2026-12-07: en 0.447 before — "mid-2000s" was mid-2000, "early-2000s" the year 2000, "the middle
    eighties" and "the late-'60s" nothing; he and ar 1.000)."""
    start = c.pick([1960, 1970, 1980, 1990, 2000])
    part = c.pick(["early", "mid", "late"])
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
    edtf = f"{start + first}/{start + last}"
    word = c.pick(DECADE_PARTS[language][part])
    if language == "en":
        decade = c.pick([f"{start}s", f"'{start % 100:02d}s", f"{start % 100:02d}s"])
        if start in DECADE_WORDS["en"] and c.pick([False, True]):
            decade = DECADE_WORDS["en"][start]
        article = c.pick(["the ", ""]) if decade[0].isdigit() and len(decade) == 5 else "the "
        expression = f"{article}{word}{'' if word.endswith(('-', ' ')) else ' '}{decade}"
        text = f"The pipeline was planned in {expression}, engineers recall."
    elif language == "he":
        decade = f"שנות ה-{start % 100:02d}" if start < 2000 else "שנות ה-2000"
        expression = f"{word} {decade}"
        text = f"הצינור תוכנן {expression}, נזכרים מהנדסים."
    else:
        expression = arabic_as_sites_write(c, f"{word} {DECADE_WORDS['ar'][start]}")
        text = f"خطط لخط الأنابيب في {expression}، بحسب مهندسين."
    return Case(language, "decade-part", text, expression, a_published(c).isoformat(), edtf)


DECADE_ORDINALS = {  # the first, second … and last decade of a century
    "en": {1: "first", 2: "second", 3: "third", 10: "last"},
    "he": {1: "הראשון", 2: "השני", 3: "השלישי", 10: "האחרון"},
    "ar": {1: "الأول", 2: "الثاني", 3: "الثالث", 10: "الأخير"},
}
CENTURY_SAID = {  # how a century is said: publication's (0) or the one before (-1), by number or by reference
    "en": {0: ["the century", "this century", "the 21st century", "the twenty-first century"],
           -1: ["the last century", "the previous century", "the 20th century", "the twentieth century"]},
    "he": {0: ["המאה", "המאה הנוכחית", "המאה ה-21"], -1: ["המאה הקודמת", "המאה שעברה", "המאה ה-20"]},
    "ar": {0: ["القرن", "القرن الحالي", "هذا القرن", "القرن الحادي والعشرين"],
           -1: ["القرن الماضي", "القرن المنصرم", "القرن العشرين"]},
}  # fmt: skip
DECADE_OF_CENTURY_PARTS = {
    "en": {"": None, "early in ": "early", "the middle of ": "mid", "the end of ": "late"},
    "he": {"": None, "תחילת ": "early", "אמצע ": "mid", "סוף ": "late"},
    "ar": {"": None, "مطلع ": "early", "منتصف ": "mid", "أواخر ": "late"},
}


def decade_of_century(c: Chooser, language: str) -> Case:
    """A decade counted in its century, whole or in part ("the first decade of the century", "in the middle of the
    first decade of the 21st century", "העשור האחרון של המאה הקודמת", "منتصف العقد الأول من القرن"): the
    decade (200X), or its early, middle or late years as for "the mid-2000s" (added 2026-12-07: he 0.073, ar
    0.127, en 0.207 before — "the century" alone, "the previous century" and a part were read in no language)."""
    published = dt.date(c.integer(2001, 2026), c.integer(1, 12), c.integer(1, 28))
    which = c.pick([0, -1])
    index = c.pick(sorted(DECADE_ORDINALS[language]))
    said = c.pick(CENTURY_SAID[language][which])
    part_words, part = c.pick(list(DECADE_OF_CENTURY_PARTS[language].items()))
    first_year = 2000 + 100 * which + 10 * (index - 1)
    ordinal = DECADE_ORDINALS[language][index]
    words = {
        "en": f"{part_words}the {ordinal} decade of {said}",
        "he": f"{part_words}העשור {ordinal} של {said}",
        "ar": f"{part_words}العقد {ordinal} من {said}",
    }[language]
    text, expression = placed(
        c,
        language,
        words,
        {
            "en": "Trade between the two states grew in {x}, figures show.",
            "he": "הסחר בין שתי המדינות גדל ב{x}, כך עולה מהנתונים.",
            "ar": "نمت التجارة بين البلدين في {x}، بحسب الأرقام.",
        },
    )
    if part is None:
        edtf = f"{first_year // 10:03d}X"
    else:
        low, high = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}[part]
        edtf = f"{first_year + low}/{first_year + high}"
    return Case(language, "decade-of-century", text, expression, published.isoformat(), edtf)


SEASON_WORDS = {
    "en": {"spring": ["in the spring", "during the spring"], "summer": ["in the summer", "during the summer",
           "over the summer"], "autumn": ["in the autumn", "in the fall", "during the autumn"],
           "winter": ["in the winter", "during the winter"]},
    "he": {"spring": ["באביב"], "summer": ["בקיץ"], "autumn": ["בסתיו"], "winter": ["בחורף"]},
    "ar": {"spring": ["في الربيع", "خلال الربيع"], "summer": ["في الصيف", "خلال الصيف"],
           "autumn": ["في الخريف", "خلال الخريف"], "winter": ["في الشتاء", "خلال الشتاء"]},
}  # fmt: skip
SEASON_SPANS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def season_span(year: int, name: str) -> str:
    first, last = SEASON_SPANS[name]
    end_year = year + 1 if name == "winter" else year
    return f"{year:04d}-{first:02d}/{end_year:04d}-{last:02d}"


def bare_season(c: Chooser, language: str) -> Case:
    """A season named alone ("in the spring", "באביב", "في الربيع"), told in the past: of the year the sentence
    gave, else the latest such season to have begun by publication."""
    published = a_published(c)
    name = c.pick(sorted(SEASON_SPANS))
    words = c.pick(SEASON_WORDS[language][name])
    if c.pick([True, False]):
        year = c.integer(1995, published.year - 1)
        stated = True
    else:
        first_month = SEASON_SPANS[name][0]
        begun = dt.date(published.year, first_month, 1) <= published
        year = published.year if begun else published.year - 1
        stated = False
    if language == "en":
        text = (f"In {year} the two ministers met in Baku {words}." if stated
                else f"The two ministers met in Baku {words}, officials said.")  # fmt: skip
    elif language == "he":
        text = f"ב-{year} נפגשו השרים בבאקו {words}." if stated else f"השרים נפגשו בבאקו {words}, כך נמסר."
    else:
        text = (f"في عام {year} التقى الوزيران في باكو {words}." if stated
                else f"التقى الوزيران في باكو {words}، بحسب مسؤولين.")  # fmt: skip
    return Case(language, "bare-season", text, words, published.isoformat(), season_span(year, name))


WEEK_WORDS = {
    "en": {-1: ["last week"], 0: ["this week"], 1: ["next week"]},
    "he": {-1: ["בשבוע שעבר", "של השבוע שעבר", "בשבוע הקודם"], 0: ["השבוע", "של השבוע הנוכחי"],
           1: ["בשבוע הבא", "של השבוע הבא", "בשבוע הבא"]},
    "ar": {-1: ["من الأسبوع الماضي", "من الأسبوع الفائت"], 0: ["من هذا الأسبوع", "من الأسبوع الجاري"],
           1: ["من الأسبوع المقبل", "من الأسبوع القادم"]},
}  # fmt: skip


def weekday_of_week(c: Chooser, language: str) -> Case:
    """A weekday of last, this or next week ("on Monday next week", "Wednesday of last week", "ביום שני בשבוע
    הבא", "يوم الاثنين من الأسبوع المقبل"): that day of that week, a week beginning on Monday in English and on
    Sunday in Hebrew and Arabic, as their calendars print it."""
    published = a_published(c)
    offset = c.pick([-1, 0, 1])
    weekday = c.integer(0, 6)  # Monday 0
    first = 0 if language == "en" else 6  # the week's first day
    week_start = published - dt.timedelta(days=(published.weekday() - first) % 7) + dt.timedelta(weeks=offset)
    day = week_start + dt.timedelta(days=(weekday - first) % 7)
    name = WEEKDAYS[language][weekday]
    week = c.pick(WEEK_WORDS[language][offset])
    if language == "en":
        expression = c.pick([f"on {name} {week}", f"{name} of {week}", f"{week} on {name}"])
        text = f"The two ministers {'will meet' if day > published else 'met'} in Baku {expression}."
    elif language == "he":
        expression = f"ביום {name} {week}"
        text = f"השרים {'ייפגשו' if day > published else 'נפגשו'} בבאקו {expression}."
    else:
        expression = arabic_as_sites_write(c, f"{c.pick(['يوم ', ''])}{name} {week}")
        text = f"{'سيلتقي' if day > published else 'التقى'} الوزيران في باكو {expression}."
    return Case(language, "weekday-of-week", text, expression, published.isoformat(), day.isoformat())


THE_MONTH_PARTS = {
    "en": {"early": ["at the start of the month", "at the beginning of the month", "early in the month"],
           "mid": ["in the middle of the month", "in mid-month"], "late": ["at the end of the month"]},
    "he": {"early": ["בתחילת החודש", "בראשית החודש"], "mid": ["באמצע החודש"], "late": ["בסוף החודש"]},
    "ar": {"early": ["في مطلع الشهر", "في بداية الشهر", "أوائل الشهر"], "mid": ["في منتصف الشهر"],
           "late": ["في نهاية الشهر", "أواخر الشهر", "في أواخر الشهر"]},
}  # fmt: skip


THE_MONTH_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}


def part_of_the_month(c: Chooser, language: str) -> Case:
    """Early, mid or late "the month", not saying which: the month the sentence just gave ("In May 2019 …, at
    the end of the month"), else publication's ("The minister will visit at the end of the month")."""
    published = a_published(c)
    part = c.pick(sorted(THE_MONTH_DAYS))
    words = c.pick(THE_MONTH_PARTS[language][part])
    stated = c.pick([True, False])
    if stated:
        year, month = c.integer(1995, 2023), c.integer(1, 12)
    else:
        year, month = published.year, published.month
    first, last = THE_MONTH_DAYS[part]
    last = last or calendar.monthrange(year, month)[1]
    edtf = f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-{month:02d}-{last:02d}"
    name = c.pick(MONTH_NAMES[language][month])
    if language == "en":
        lead = f"In {name} {year} the two ministers met in Baku, and " if stated else "The minister will visit Baku "
        text = lead + (f"they signed the deal {words}." if stated else f"{words}, officials said.")
    elif language == "he":
        lead = f"ב{name} {year} נפגשו השרים בבאקו, ו" if stated else "השר יבקר בבאקו "
        text = lead + (f"{words} נחתם ההסכם." if stated else f"{words}, כך נמסר.")
    else:
        lead = f"في {name} {year} التقى الوزيران في باكو، و" if stated else "سيزور الوزير باكو "
        text = lead + (f"وقعا الاتفاق {words}." if stated else f"{words}، بحسب مسؤولين.")
    return Case(language, "part-of-the-month", text, words, published.isoformat(), edtf)


NATIONAL_DAY_NAMES = {
    "yom-haatzmaut": {
        "en": ["Israel's Independence Day", "Israeli Independence Day", "Yom HaAtzmaut", "Yom Ha'atzmaut"],
        "he": ["יום העצמאות", "יום העצמאות של ישראל"],
        "ar": ["عيد الاستقلال الإسرائيلي", "يوم الاستقلال الإسرائيلي", "عيد استقلال إسرائيل"],
    },
    "yom-hazikaron": {"en": ["Yom HaZikaron", "Israel's Memorial Day"], "he": ["יום הזיכרון", "יום הזכרון"], "ar": []},
    "yom-hashoah": {"en": ["Yom HaShoah"], "he": ["יום השואה", "יום הזיכרון לשואה ולגבורה"], "ar": []},
    "azerbaijan-independence-day": {
        "en": ["Azerbaijan's Independence Day", "Azerbaijani Independence Day"],
        "he": ["יום העצמאות של אזרבייג'ן", "יום העצמאות האזרי"],
        "ar": ["يوم الاستقلال الأذربيجاني", "عيد الاستقلال الأذربيجاني", "يوم استقلال أذربيجان"],
    },
}


def national_day(holiday: str, year: int) -> dt.date:
    """The day a national day was kept in a Gregorian year, by the laws that set it (computed here by hand:
    the grammar takes Israel's days from python-holidays)."""
    from convertdate import hebrew

    if holiday == "azerbaijan-independence-day":
        return dt.date(year, 5, 28)
    if holiday == "yom-hashoah":  # 27 Nisan; a Friday's on Thursday, a Sunday's on Monday
        day = dt.date(*hebrew.to_gregorian(year + 3760, 1, 27))
        return day + dt.timedelta(days={calendar.FRIDAY: -1, calendar.SUNDAY: 1}.get(day.weekday(), 0))
    # 5 Iyar; on Thursday when it falls on Friday or Saturday, and (since 2004) on Tuesday when on Monday;
    # Memorial Day is the day before
    day = dt.date(*hebrew.to_gregorian(year + 3760, 2, 5))
    moves = {calendar.FRIDAY: -1, calendar.SATURDAY: -2} | ({calendar.MONDAY: 1} if year >= 2004 else {})
    independence = day + dt.timedelta(days=moves.get(day.weekday(), 0))
    return independence - dt.timedelta(days=1) if holiday == "yom-hazikaron" else independence


def national_day_year(c: Chooser, language: str) -> Case:
    """Israel's Independence Day, Memorial Day and Holocaust Remembrance Day (kept on the day the law moves them
    to) and Azerbaijan's Independence Day, each named with its state where the language needs it, in a named
    year: the day it was kept that year."""
    holiday = c.pick([h for h, names in NATIONAL_DAY_NAMES.items() if names[language]])
    name = c.pick(NATIONAL_DAY_NAMES[holiday][language])
    year = c.integer(1995, 2030)
    day = national_day(holiday, year)
    if language == "en":
        expression = c.pick(["{h} {y}", "{h} of {y}", "{h} in {y}"]).format(h=name, y=year)
        text = f"The embassy held a reception on {expression} in Baku."
    elif language == "he":
        expression = c.pick(["{h} {y}", "{h} של {y}", "{h} בשנת {y}"]).format(h=name, y=year)
        text = f"השגרירות ערכה קבלת פנים בבאקו ב{expression}."
    else:
        expression = arabic_as_sites_write(c, c.pick(["{h} {y}", "{h} عام {y}", "{h} لعام {y}"]).format(h=name, y=year))
        text = f"أقامت السفارة حفل استقبال في باكو في {expression}."
    return Case(language, "national-day", text, expression, a_published(c).isoformat(), day.isoformat())


def hebrew_numeral(number: int) -> str:
    """A Hebrew year's last three digits in letters, as calendars print them (784 → תשפ"ד)."""
    letters = ""
    hundreds, rest = divmod(number, 100)
    letters += "ת" * (hundreds // 4) + ["", "ק", "ר", "ש"][hundreds % 4]
    tens, ones = divmod(rest, 10)
    if rest in (15, 16):
        letters += "ט" + ("ו" if rest == 15 else "ז")
    else:
        letters += ["", "י", "כ", "ל", "מ", "נ", "ס", "ע", "פ", "צ"][tens] + [
            "",
            "א",
            "ב",
            "ג",
            "ד",
            "ה",
            "ו",
            "ז",
            "ח",
            "ט",
        ][ones]
    return f'{letters[:-1]}"{letters[-1]}'


def holiday_of_its_calendar(c: Chooser, language: str) -> Case:
    """A Jewish holiday of a Hebrew year (in letters in Hebrew, in digits in English) or an Islamic holiday of
    a Hijri year (with or without its era): its day that year."""
    from convertdate import hebrew

    jewish = language == "he" or (language == "en" and c.pick([True, False]))
    if jewish:
        holiday = c.pick(sorted(JEWISH_DAYS))
        year = c.integer(5760, 5795)
        month, day_of_month = JEWISH_DAYS[holiday]
        day = dt.date(*hebrew.to_gregorian(year, month, day_of_month))
        written = hebrew_numeral(year - 5000) if language == "he" else str(year)
    else:
        holiday = c.pick(sorted(ISLAMIC_DAYS))
        year = c.integer(1420, 1455)
        month, day_of_month = ISLAMIC_DAYS[holiday]
        day = dt.date(*Hijri(year, month, day_of_month).to_gregorian().datetuple())
        era = {"en": ["", " AH"], "ar": ["", " هـ", "هـ", " للهجرة"]}[language]
        written = f"{year}{c.pick(era)}"
    name = c.pick(HOLIDAY_NAMES[holiday][language])
    if language == "en":
        expression = f"{name} {written}"
        text = f"The two delegations met on {expression} in Baku."
    elif language == "he":
        expression = c.pick(["{h} {y}", "{h} שנת {y}"]).format(h=name, y=written)
        text = f"המשלחות נפגשו בבאקו ב{expression}."
    else:
        expression = arabic_as_sites_write(c, c.pick(["{h} {y}", "{h} عام {y}"]).format(h=name, y=written))
        text = f"التقى الوفدان في باكو في {expression}."
    return Case(language, "holiday-own-year", text, expression, a_published(c).isoformat(), day.isoformat())


SAME_YEAR_WORDS = {
    "en": ["that year", "that same year", "the same year", "that very year", "the very same year"],
    "he": ["באותה שנה", "אותה שנה", "של אותה שנה", "באותה השנה", "בשנה ההיא", "של אותה השנה"],
    "ar": ["العام نفسه", "العام ذاته", "السنة نفسها", "نفس العام", "ذات العام", "ذلك العام", "تلك السنة"],
}


def same_year(c: Chooser, language: str) -> Case:
    """A day, a range of days or a month "of the same year" / "באותה שנה" / "من العام نفسه", after a sentence
    that states the year: of that year, whatever the publication date."""
    return of_the_year_referred_to(c, language, "same-year", 0, SAME_YEAR_WORDS[language])


def of_the_year_referred_to(c: Chooser, language: str, kind: str, step: int, references: list[str]) -> Case:
    """A day, a range of days or a month of a year said by reference ("of the same year", "of the following
    year"), after a sentence that states a year: of that year moved by `step`, whatever the publication date."""
    year = c.integer(1992, 2024)
    published = a_published(c)
    month_number = c.integer(1, 12)
    meant = year + step
    last_day = calendar.monthrange(meant, month_number)[1]
    first = c.integer(1, last_day - 1)
    second = c.integer(first + 1, last_day)
    month = c.pick(MONTH_NAMES[language][month_number])
    shape = c.pick(["day", "range", "month"])
    edtf = {
        "day": f"{meant:04d}-{month_number:02d}-{first:02d}",
        "range": f"{meant:04d}-{month_number:02d}-{first:02d}/{meant:04d}-{month_number:02d}-{second:02d}",
        "month": f"{meant:04d}-{month_number:02d}",
    }[shape]
    reference = c.pick(references)
    if language == "en":
        of = c.pick(["", "of "])
        expression = {
            "day": f"{first} {month} {of}{reference}",
            "range": c.pick(
                [f"{month} {first}-{second} {of}{reference}", f"{first} and {second} {month} {of}{reference}"]
            ),
            "month": f"{month} of {reference}",
        }[shape]
        text = f"The embassy opened in {year}. The two ministers met in Baku on {expression}."
    elif language == "he":
        expression = {
            "day": f"ב-{first} ב{month} {reference}",
            "range": f"בין {first} ל-{second} ב{month} {reference}",
            "month": f"ב{month} {reference}",
        }[shape]
        text = f"השגרירות נפתחה ב-{year}. השרים נפגשו בבאקו {expression}."
    else:
        expression = arabic_as_sites_write(
            c,
            {
                "day": f"{first} {month} من {reference}",
                "range": f"بين {first} و{second} {month} من {reference}",
                "month": f"{month} من {reference}",
            }[shape],
        )
        text = f"افتتحت السفارة عام {year}. والتقى الوزيران في باكو في {expression}."
    return Case(language, kind, text, expression, published.isoformat(), edtf)


def two_days(c: Chooser, language: str) -> Case:
    """Two or more days of one month, joined by a dash, a slash or "and", in digits or ordinal words, with or
    without the year ("5/6 March 2023", "the fifth and sixth of March", "ב-5 וב-6 במרץ", "يومي الخامس والسادس
    من مارس"): the span from the first to the last. Without a year, told in the past within five months of
    publication, as day-month is: that span."""
    published = a_published(c)
    with_year = c.pick([True, True, False])
    if with_year:
        year, month, first = c.integer(1992, 2025), c.integer(1, 12), c.integer(1, 25)
    else:
        began = published - dt.timedelta(days=c.integer(4, 150))
        year, month, first = began.year, began.month, min(began.day, 25)
    last = first + c.integer(1, 3)
    name = c.pick(MONTH_NAMES[language][month])
    if language == "en":
        day_first = [f"{first}-{last} {name}", f"{first}/{last} {name}", f"{first} and {last} {name}",
                     f"the {first}{en_suffix(first)} and {last}{en_suffix(last)} of {name}",
                     f"the {en_ordinal_word(first)} and {en_ordinal_word(last)} of {name}"]  # fmt: skip
        month_first = [f"{name} {first}/{last}", f"{name} {first} and {last}",
                       f"{name} {first}{en_suffix(first)} and {last}{en_suffix(last)}"]  # fmt: skip
        expression = c.pick(day_first + month_first)
        if with_year:
            expression += f" {year}" if expression in day_first else f", {year}"
        text = f"The talks were held in Baku on {expression}, officials said."
    elif language == "he":
        expression = c.pick(
            [
                f"ב-{first} ו-{last} ב{name}",
                f"ב-{first} וב-{last} ב{name}",
                f"ב-{first}/{last} ב{name}",
                f"ב-{first}-{last} ב{name}",
                f"בין ה-{first} ל-{last} ב{name}",
            ]
        ) + (f" {year}" if with_year else "")
        text = f"השיחות נערכו בבאקו {expression}, כך נמסר."
    else:
        ordinals = first <= 10 and last <= 10
        forms = [f"يومي {first} و{last} {name}", f"في {first}/{last} {name}", f"{first}-{last} {name}",
                 f"بين {first} و{last} {name}"]  # fmt: skip
        if ordinals:
            forms.append(f"يومي {ar_ordinal_word(first)} و{ar_ordinal_word(last)} من {name}")
        expression = arabic_as_sites_write(c, c.pick(forms) + (f" {year}" if with_year else ""))
        text = f"وجرت المحادثات في باكو {expression}، بحسب مسؤولين."
    edtf = f"{dt.date(year, month, first)}/{dt.date(year, month, last)}"
    return Case(language, "two-days", text, expression, published.isoformat(), edtf)


def cross_month_range(c: Chooser, language: str) -> Case:
    """Two days of two months with one year ("from 30 May to 2 June 2023", "between May 30 and June 2, 2023",
    "בין 30 במאי ל-2 ביוני 2023", "من 30 مايو إلى 2 يونيو 2023"); over a new year, the first day is of the year
    before the one written ("30 December – 2 January 2024")."""
    year = c.integer(1992, 2025)
    month = c.integer(1, 12)
    month2 = c.pick([m for m in range(1, 13) if m != month])
    first = c.integer(1, calendar.monthrange(year, month)[1])
    last = c.integer(1, calendar.monthrange(year, month2)[1])
    start_year = year - 1 if month2 < month else year
    edtf = f"{start_year:04d}-{month:02d}-{first:02d}/{year:04d}-{month2:02d}-{last:02d}"
    name, name2 = c.pick(MONTH_NAMES[language][month]), c.pick(MONTH_NAMES[language][month2])
    if language == "en":
        expression = c.pick(
            [
                f"from {first} {name} to {last} {name2} {year}",
                f"between {first} {name} and {last} {name2} {year}",
                f"{first} {name} – {last} {name2} {year}",
                f"{first} {name}-{last} {name2} {year}",
                f"between {name} {first} and {name2} {last}, {year}",
                f"from {name} {first} to {name2} {last}, {year}",
                f"{name} {first} – {name2} {last}, {year}",
            ]
        )
        text = f"The two delegations met in Baku {expression}, officials said."
    elif language == "he":
        expression = c.pick(
            [
                f"בין {first} ב{name} ל-{last} ב{name2} {year}",
                f"מ-{first} ב{name} עד {last} ב{name2} {year}",
                f"{first} ב{name}–{last} ב{name2} {year}",
                f"מה-{first} ב{name} ועד ה-{last} ב{name2} {year}",
            ]
        )
        text = f"המשלחות נפגשו בבאקו {expression}, כך נמסר."
    else:
        expression = arabic_as_sites_write(
            c,
            c.pick(
                [
                    f"من {first} {name} إلى {last} {name2} {year}",
                    f"بين {first} {name} و{last} {name2} {year}",
                    f"{first} {name} - {last} {name2} {year}",
                    f"من {first} {name} حتى {last} {name2} {year}",
                ]
            ),
        )
        text = f"التقى الوفدان في باكو {expression}، بحسب مسؤولين."
    return Case(language, "cross-month-range", text, expression, a_published(c).isoformat(), edtf)


def date_to_date(c: Chooser, language: str) -> Case:
    """Two dates, each with its year and at its own precision (a day, a month or a year), that the words make
    one span: "from March 2020 to 5 May 2021", "between 7 October 2023 and May 2024", "2019 – March 2021",
    "ממרץ 2020 עד 5 במאי 2021", "בין 2019 למאי 2021", "من مارس 2020 إلى 5 مايو 2021": from the first's start to
    the second's end."""
    first_day = a_day(c, first=1992, last=2024)
    second_day = first_day + dt.timedelta(days=c.integer(40, 1500))
    shapes = (c.pick(["day", "month", "year"]), c.pick(["day", "month", "year"]))
    if shapes == ("year", "year"):
        shapes = ("month", "year")  # two years are the year range's kind
    edtf = "/".join(
        {"day": day.isoformat(), "month": f"{day:%Y-%m}", "year": f"{day:%Y}"}[shape]
        for day, shape in zip((first_day, second_day), shapes, strict=True)
    )

    def written(day: dt.date, shape: str, prefix: str = "") -> str:
        month = c.pick(MONTH_NAMES[language][day.month])
        if language == "he":
            return {"day": f"{prefix}{day.day} ב{month} {day.year}", "month": f"{prefix}{month} {day.year}",
                    "year": f"{prefix}{day.year}"}[shape]  # fmt: skip
        if language == "ar":
            return {"day": f"{day.day} {month} {day.year}", "month": f"{month} {day.year}", "year": f"عام {day.year}"}[
                shape
            ]
        return {"day": c.pick([f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}"]),
                "month": f"{month} {day.year}", "year": f"{day.year}"}[shape]  # fmt: skip

    one, other = (first_day, shapes[0]), (second_day, shapes[1])
    if language == "en":
        way = c.pick(["from-to", "from-until", "between", "dash", "since-until"])
        expression = {
            "from-to": f"from {written(*one)} to {written(*other)}",
            "from-until": f"from {written(*one)} until {written(*other)}",
            "since-until": f"since {written(*one)} until {written(*other)}",
            "between": f"between {written(*one)} and {written(*other)}",
            "dash": f"{written(*one)} – {written(*other)}",
        }[way]
        text = f"The agreement was in force {expression}, officials said."
    elif language == "he":
        way = c.pick(["from-to", "between", "dash", "since-until"])
        expression = {
            "since-until": f"מאז {written(*one)} ועד {written(*other)}",
            "from-to": f"{written(*one, prefix=c.pick(['מ-', 'מ']) if shapes[0] != 'month' else 'מ')} עד "
            f"{written(*other)}",
            "between": f"בין {written(*one)} {written(*other, prefix='ל-' if shapes[1] != 'month' else 'ל')}",
            "dash": f"{written(*one)} – {written(*other)}",
        }[way]
        text = f"ההסכם היה בתוקף {expression}, כך נמסר."
    else:
        way = c.pick(["from-to", "from-until", "between", "dash", "since-until"])
        expression = arabic_as_sites_write(
            c,
            {
                "since-until": f"منذ {written(*one)} {c.pick(['حتى', 'وحتى'])} {written(*other)}",
                "from-to": f"من {written(*one)} إلى {written(*other)}",
                "from-until": f"من {written(*one)} حتى {written(*other)}",
                "between": f"بين {written(*one)} و{written(*other)}",
                "dash": f"{written(*one)} - {written(*other)}",
            }[way],
        )
        text = f"كان الاتفاق ساريا {expression}، بحسب مسؤولين."
    return Case(language, "date-to-date", text, expression, a_published(c).isoformat(), edtf)


ADJACENT_YEAR_WORDS = {
    "en": {1: ["the following year", "the year after", "following year"], -1: ["the previous year", "the year before",
           "the preceding year"]},
    "he": {1: ["בשנה שלאחר מכן", "של השנה שלאחר מכן", "בשנה שאחרי כן", "בשנה שלאחריה", "של השנה שלאחריה"],
           -1: ["בשנה הקודמת", "של השנה הקודמת", "בשנה שקדמה לכך", "בשנה שלפני כן", "של השנה שלפניה"]},
    "ar": {1: ["العام التالي", "السنة التالية", "العام الذي تلاه", "العام اللاحق", "السنة اللاحقة", "العام الذي يليه"],
           -1: ["العام السابق", "السنة السابقة", "العام الذي سبقه", "السنة التي سبقتها", "العام الذي قبله"]},
}  # fmt: skip


def adjacent_year(c: Chooser, language: str) -> Case:
    """A day, a range of days or a month "of the following year" / "of the previous year" ("בשנה שלאחר מכן",
    "من العام التالي"), after a sentence that states a year: of the year after or before it, whatever the
    publication date (the same composition as "of the same year", one year on or back)."""
    step = c.pick([1, -1])
    return of_the_year_referred_to(c, language, "adjacent-year", step, ADJACENT_YEAR_WORDS[language][step])


def month_shifted(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# A span up to publication said by "last", "past" or "elapsed" in either gender and number, or by a dual.
PAST_SPANS = {
    "en": {
        "year": ["over the past year", "in the last year", "over the last 12 months", "in the past twelve months"],
        "months": ["in the last {n} months", "over the past {n} months", "during the past {n} mos"],
        "years": ["over the past {n} years", "in the last {n} years", "over the past {n} yrs"],
    },
    "he": {
        "year": ["בשנה האחרונה", "בשנה החולפת", "במהלך השנה החולפת", "ב-12 החודשים האחרונים"],
        "months": ["ב-{n} החודשים האחרונים", "ב-{n} החודשים החולפים", "בחודשיים האחרונים", "בחודשיים החולפים"],
        "years": ["ב-{n} השנים האחרונות", "ב-{n} השנים החולפות", "בשנתיים האחרונות", "בשנתיים החולפות"],
    },
    "ar": {
        # "خلال السنة الماضية" is last year (Y−1), as "العام الماضي" is: not among these.
        "year": ["خلال السنة الأخيرة", "خلال الاثني عشر شهرا الماضية", "على مدى السنة الأخيرة"],
        "months": [
            "خلال {n} أشهر الماضية",
            "خلال الـ{n} أشهر الأخيرة",
            "في آخر {n} أشهر",
            "خلال الشهرين الماضيين",
            "خلال الشهرين المنصرمين",
        ],
        "years": [
            "خلال {n} سنوات الماضية",
            "خلال الـ{n} سنوات الأخيرة",
            "خلال آخر {n} سنوات",
            "خلال العامين الماضيين",
            "خلال العامين المنصرمين",
        ],
    },
}
HE_NUMBER_WORDS = {3: "שלושה", 4: "ארבעה", 5: "חמישה", 6: "שישה"}


COUNTED_LATER = {  # {n} {unit} later, counted from the date last given
    "en": ["{x} later", "{x} afterwards", "Some {x} later", "About {x} later"],
    "he": ["{x} לאחר מכן", "כעבור {x}", "{x} אחר כך", "לאחר {x}"],
    "ar": ["وبعد {x}", "بعد ذلك ب{x}", "وبعد نحو {x}", "وبعد {x} من ذلك"],
}
NAMED_IN_APPOSITION = {  # the time named right after the count: a month, or a day and a month
    "en": {"month": "in {month}", "day": "on {day} {month}"},
    "he": {"month": "ב{month}", "day": "ב-{day} ב{month}"},
    "ar": {"month": "في {month}", "day": "في {day} {month}"},
}


def named_after_a_count(c: Chooser, language: str) -> Case:
    """A count from the date last given, then the time it reaches named in apposition: "two months later, in
    August", "כעבור שלושה חודשים, בינואר", "وبعد يومين، في 3 حزيران", "two years later, in May". The month or day
    named is of the year the count reaches (the count may be loose by one: "some three months later, in
    August"), not the latest such month before publication."""
    unit = c.pick(["day", "month", "year"])
    day = a_day(c, first=1992, last=2019)
    n = c.integer(2, 5)
    plural, dual = OFFSET_UNITS[language][unit]
    if dual and n == 2:
        count, words = "", dual
    else:
        count = c.pick([str(n), ["two", "three", "four", "five"][n - 2]]) if language == "en" else str(n)
        words = plural
    counted = c.pick(COUNTED_LATER[language]).format(x=f"{count} {words}".strip())
    loose = c.integer(-1, 1)
    if unit == "day":
        reached = day + dt.timedelta(days=n + loose)
        shape, edtf = "day", reached.isoformat()
        year, month_number = reached.year, reached.month
    elif unit == "month":
        year, month_number = month_shifted(day, n + loose)
        shape, edtf = "month", f"{year:04d}-{month_number:02d}"
    else:
        year, month_number = day.year + n, c.integer(1, 12)
        shape, edtf = "month", f"{year:04d}-{month_number:02d}"
    named_day = int(edtf[8:10]) if shape == "day" else 0
    expression = NAMED_IN_APPOSITION[language][shape].format(
        month=c.pick(MONTH_NAMES[language][month_number]), day=named_day
    )
    if language == "ar":
        expression = arabic_as_sites_write(c, expression)
    comma = "،" if language == "ar" else ","
    # published after the time the count reaches: a past told of a time after publication is no text
    published = max(day + dt.timedelta(days=c.integer(800, 3000)), dt.date(year, month_number, 28) + dt.timedelta(30))
    # The first date numeric in Hebrew, so that a month named after the count is not found inside it
    month = f"{day.month}" if language == "he" else c.pick(MONTH_NAMES[language][day.month])
    text = arrived_then_met(language, day, month, f"{counted}{comma} {expression}{comma}")
    if language == "he":
        text = text.replace(f"ב-{day.day} ב{day.month} {day.year}", f"ב-{day.day}.{day.month}.{day.year}")
    return Case(language, "named-after-a-count", text, expression, published.isoformat(), edtf)


LASTING_ROUGHLY = {  # a duration up to now with a word that makes it approximate: {x} the count and unit
    "en": ["for almost {x}", "for nearly {x}", "for about {x}", "for more than {x}", "for over {x}",
           "for around {x}"],
    "he": ["כבר כמעט {x}", "מזה כמעט {x}", "כבר כ{x}", "מזה כ{x}", "כבר יותר מ{x}", "מזה קרוב ל{x}"],
    "ar": ["منذ نحو {x}", "منذ قرابة {x}", "منذ حوالي {x}", "منذ أكثر من {x}", "منذ ما يقرب من {x}"],
}  # fmt: skip
LASTING_UNITS = {  # (one, two, three to ten with {n}) for years and months
    "en": {"year": ("a year", "two years", "{n} years"), "month": ("a month", "two months", "{n} months")},
    "he": {"year": ("שנה", "שנתיים", "{n} שנים"), "month": ("חודש", "חודשיים", "{n} חודשים")},
    "ar": {"year": ("عام", "عامين", "{n} سنوات"), "month": ("شهر", "شهرين", "{n} أشهر")},
}
PROMISING = {
    "en": "Officials have been promising the visit {x}.",
    "he": "גורמים רשמיים מבטיחים את הביקור {x}.",
    "ar": "يعد المسؤولون بالزيارة {x}.",
}


def lasting_roughly(c: Chooser, language: str) -> Case:
    """A duration up to now said roughly ("for almost a year", "כבר כשנתיים", "منذ نحو ثلاثة أشهر"): from about
    that long before publication to publication's month — a year as the twelve months before, years from the
    year that many back, months from the month — all approximately (`~` on the start)."""
    published = a_published(c)
    unit = c.pick(["year", "month"])
    n = c.integer(1, 6)
    one, two, more = LASTING_UNITS[language][unit]
    words = one if n == 1 else two if n == 2 else more.format(n=n)
    expression = c.pick(LASTING_ROUGHLY[language]).format(x=words)
    if unit == "year" and n > 1:
        start = f"{published.year - n:04d}"
    else:
        start = "{:04d}-{:02d}".format(*month_shifted(published, -(12 if unit == "year" else n)))
    edtf = f"{start}~/{published:%Y-%m}"
    text, expression = placed(c, language, expression, PROMISING)
    return Case(language, "lasting-roughly", text, expression, published.isoformat(), edtf)


def past_span(c: Chooser, language: str) -> Case:
    """A span that ends at publication: "the past year" is the twelve months before publication's month; the
    past N months start N months back; the past N years start about N years back (`~`). A dual counts two."""
    published = a_published(c)
    kind = c.pick(["year", "months", "years"])
    form = c.pick(PAST_SPANS[language][kind])
    dual = kind != "year" and "{n}" not in form
    n = 2 if dual else c.integer(3, 6)
    expression = form.format(n=n)
    month = f"{published:%Y-%m}"
    if kind == "year":
        expected = f"{published.year - 1:04d}-{published.month:02d}/{month}"
    elif kind == "months":
        year, back = month_shifted(published, -n)
        expected = f"{year:04d}-{back:02d}/{month}"
    else:
        expected = f"{published.year - n:04d}~/{month}"
    text, expression = placed(c, language, expression, {
        "en": "Trade between the two countries grew {x}, the ministry said.",
        "he": "הסחר בין המדינות גדל {x}, כך נמסר.",
        "ar": "ارتفع حجم التبادل التجاري بين البلدين {x} بحسب الوزارة.",
    })  # fmt: skip
    return Case(language, "past-span", text, expression, published.isoformat(), expected)


RELATIVE_MONTHS = {
    "en": {-1: ["last month", "the previous month"], 0: ["this month", "the current month"], 1: ["next month"]},
    "he": {-1: ["לחודש שעבר", "בחודש שעבר"], 0: ["לחודש הנוכחי", "בחודש הזה"], 1: ["לחודש הבא", "בחודש הבא"]},
    "ar": {-1: ["من الشهر الماضي", "من الشهر المنصرم"], 0: ["من الشهر الجاري", "من هذا الشهر"], 1: ["من الشهر المقبل"]},
}


def day_of_relative_month(c: Chooser, language: str) -> Case:
    """A day of last, this or next month ("the 15th of next month", "ה-15 לחודש הבא", "الخامس من الشهر
    المقبل"): that day of the month before, of or after publication's."""
    published = a_published(c)
    offset = c.pick([-1, 0, 1])
    year, month = month_shifted(published, offset)
    day = c.integer(1, 28)
    months = c.pick(RELATIVE_MONTHS[language][offset])
    if language == "en":
        number = c.pick([f"{day}{en_suffix(day)}", en_ordinal_word(day)])
        expression = f"the {number} of {months}"
        text = f"The agreement is signed on {expression}, the ministry said."
    elif language == "he":
        expression = f"{c.pick(['ב-', 'ה-', 'ב־'])}{day} {months}"
        text = f"ההסכם נחתם {expression}, כך נמסר."
    else:
        number = c.pick([str(day), AR_ORDINALS[day - 1]]) if day <= len(AR_ORDINALS) else str(day)
        expression = arabic_as_sites_write(c, f"{number} {months}")
        text = f"ووقع الاتفاق في {expression} بحسب الوزارة."
    return Case(
        language, "relative-month-day", text, expression, published.isoformat(), f"{year:04d}-{month:02d}-{day:02d}"
    )


END_OF = {  # what is due by the end of a period ahead: its last month, or its last day
    "en": {"year": ["until the end of the year", "by the end of the year", "before the end of this year"],
           "next month": ["until the end of next month", "by the end of next month"]},
    "he": {"year": ["עד סוף השנה", "עד סוף השנה הנוכחית", "לפני סוף השנה"], "next month": ["עד סוף החודש הבא"]},
    "ar": {"year": ["حتى نهاية العام", "بحلول نهاية العام الجاري", "قبل نهاية العام"],
           "next month": ["حتى نهاية الشهر المقبل", "بحلول نهاية الشهر المقبل"]},
}  # fmt: skip


def deadline(c: Chooser, language: str) -> Case:
    """What is due by a day ahead of publication runs from publication to that day ("until 15 April",
    "עד ה-15 לחודש הבא", "بحلول 15 من الشهر المقبل"); by the end of a period ahead, to its end ("by the end of
    the year", "עד סוף החודש הבא", "بحلول نهاية العام الجاري"; widened 2026-12-07: those were the period's last
    part alone, 0.000 in every language)."""
    published = a_published(c)
    period = c.pick(["day", "day", "year", "next month"])
    if period != "day" and not (period == "year" and published.month > 9):
        if period == "year":
            due_edtf = f"{published.year}-12"
        else:
            year, month = (published.year, published.month + 1) if published.month < 12 else (published.year + 1, 1)
            due_edtf = dt.date(year, month, calendar.monthrange(year, month)[1]).isoformat()
        expression = c.pick(END_OF[language][period])
        text = {
            "en": f"The agreement will be signed {expression}, the ministry said.",
            "he": f"ההסכם ייחתם {expression}, כך נמסר.",
            "ar": f"وسيتم توقيع الاتفاق {expression} بحسب الوزارة.",
        }[language]
        return Case(language, "deadline", text, expression, published.isoformat(), f"{published}/{due_edtf}")
    due = published + dt.timedelta(days=c.integer(2, 40))
    month = c.pick(MONTH_NAMES[language][due.month])
    if language == "en":
        word = c.pick(["until", "by", "no later than"])
        date = c.pick([f"{due.day} {month} {due.year}", f"{month} {due.day}, {due.year}"])
        expression = f"{word} {date}"
        text = f"Applications will be accepted {expression}, the embassy said."
    elif language == "he":
        expression = f"עד {c.pick(['ה-', ''])}{due.day} ב{month} {due.year}"
        text = f"הבקשות יתקבלו {expression}, כך נמסר."
    else:
        word = c.pick(["حتى", "بحلول", "لغاية"])
        expression = arabic_as_sites_write(c, f"{word} {due.day} {month} {due.year}")
        text = f"وستقبل الطلبات {expression} بحسب السفارة."
    return Case(language, "deadline", text, expression, published.isoformat(), f"{published}/{due}")


EXACTLY = {
    "en": ("in exactly {n} {u}", {"week": ["a week", "two weeks"], "day": ["{n} days"]}),
    "he": ("בעוד {n} {u} בדיוק", {"week": ["שבוע", "שבועיים"], "day": ["{n} ימים"]}),
    "ar": ("بعد {n} {u} تماما", {"week": ["أسبوع", "أسبوعين"], "day": ["{n} أيام"]}),
}


def exactly_ahead(c: Chooser, language: str) -> Case:
    """ "In exactly a week", "בעוד שבוע בדיוק", "بعد أسبوعين تماما": that day, not the month holding it."""
    published = a_published(c)
    unit = c.pick(["week", "day"])
    words = c.pick(EXACTLY[language][1][unit])
    n = c.integer(3, 9)
    weeks = 2 if words in ("two weeks", "שבועיים", "أسبوعين") else 1
    days = 7 * weeks if unit == "week" else n
    units = words.format(n=n)
    template = EXACTLY[language][0]
    expression = template.replace("{n} {u}", units)
    text = {
        "en": f"The official ceremony will be held {expression}, the ministry said.",
        "he": f"הטקס הרשמי ייערך {expression}, כך נמסר.",
        "ar": f"ومن المقرر أن يقام الحفل الرسمي {expression} في باكو.",
    }[language]
    expected = (published + dt.timedelta(days=days)).isoformat()
    return Case(language, "exactly-ahead", text, expression, published.isoformat(), expected)


NEIGHBOUR_UNITS = {
    "en": {
        ("year", -1): ["the previous year", "the year before"],
        ("year", 1): ["the following year", "the next year"],
        ("day", -1): [
            "the previous day",
            "the day before",
            "the previous evening",
            "the night before",
            "the evening before",
        ],
        ("day", 1): [
            "the following day",
            "the next day",
            "the next morning",
            "the following evening",
            "the morning after",
        ],
    },
    "he": {
        ("year", -1): ["בשנה הקודמת", "בשנה שקדמה", "בשנה שלפני כן"],
        ("year", 1): ["בשנה שלאחר מכן", "בשנה שלאחריה"],
        ("day", -1): ["ביום הקודם", "ביום שלפני כן", "בערב שלפני כן", "בלילה שלפני", "בערב הקודם"],
        ("day", 1): ["ביום שלאחר מכן", "למחרת", "בבוקר שלמחרת", "ביום שלמחרת", "בערב שלאחר מכן"],
    },
    "ar": {
        ("year", -1): ["في العام السابق", "في السنة السابقة", "في العام الذي سبقه"],
        ("year", 1): ["في العام التالي", "في السنة اللاحقة", "في العام الذي تلاه"],
        ("day", -1): ["في اليوم السابق", "في الليلة السابقة", "في المساء السابق"],
        ("day", 1): ["في اليوم التالي", "في الصباح التالي", "في المساء التالي", "في الليلة التالية"],
    },
}


def neighbour_unit(c: Chooser, language: str) -> Case:
    """ "The previous year", "בשנה הקודמת", "في العام الذي تلاه", "the next day" after a sentence that dates
    an event: one year or day before or after it, whatever the publication date."""
    published = a_published(c)
    day = a_day(c, first=1992, last=2024)
    unit, step = c.pick(sorted(NEIGHBOUR_UNITS[language]))
    expression = c.pick(NEIGHBOUR_UNITS[language][(unit, step)])
    month = c.pick(MONTH_NAMES[language][day.month])
    if unit == "year":
        expected = f"{day.year + step:04d}"
        stated = {"en": f"in {day.year}", "he": f"ב-{day.year}", "ar": f"عام {day.year}"}[language]
    else:
        expected = (day + dt.timedelta(days=step)).isoformat()
        stated = {"en": f"on {day.day} {month} {day.year}", "he": f"ב-{day.day} ב{month} {day.year}"}.get(
            language, f"يوم {day.day} {month} {day.year}"
        )
    opening = expression[0].upper() + expression[1:]
    text = {
        "en": f"The two ministers met in Baku {stated}. {opening} they had spoken by phone.",
        "he": f"השרים נפגשו בבאקו {stated}. {expression} שוחחו בטלפון.",
        "ar": f"التقى الوزيران في باكو {stated}. و{expression} تحدثا هاتفيا.",
    }[language]
    if language == "en":
        expression = opening
    return Case(language, "neighbour-unit", text, expression, published.isoformat(), expected)


SAME_OCCASION = {
    "en": ["On that occasion", "At the same ceremony", "During that visit", "At that same meeting"],
    "he": ["באותו מעמד", "באותו טקס", "באותה הזדמנות", "באותו ביקור"],
    "ar": ["وفي تلك المناسبة", "وخلال الزيارة نفسها", "وفي ذات المناسبة", "وخلال ذلك اللقاء"],
}


def same_occasion(c: Chooser, language: str) -> Case:
    """ "On that occasion", "באותו מעמד", "وفي تلك المناسبة" after a sentence that dates an event: its date."""
    published = a_published(c)
    day = a_day(c, first=1992, last=2024)
    month = c.pick(MONTH_NAMES[language][day.month])
    expression = c.pick(SAME_OCCASION[language])
    text = arrived_then_met(language, day, month, expression)
    return Case(language, "same-occasion", text, expression, published.isoformat(), day.isoformat())


def arrived_then_met(language: str, day: dt.date, month: str, then: str) -> str:
    """A sentence dating a visit to `day`, then one opening on `then` (words that refer back to it)."""
    return {
        "en": f"Herzog arrived in Baku on {day.day} {month} {day.year}. {then} he met the Jewish community.",
        "he": f"הרצוג הגיע לבאקו ב-{day.day} ב{month} {day.year}. {then} נפגש עם הקהילה היהודית.",
        "ar": f"وصل هرتسوغ إلى باكو يوم {day.day} {month} {day.year}. {then} التقى الجالية اليهودية.",
    }[language]


SAME_UNIT = {  # (words, the unit they mean)
    "en": [("that day", "day"), ("that very day", "day"), ("the same day", "day"), ("that night", "day"),
           ("that evening", "day"), ("the very same day", "day"), ("that month", "month"),
           ("the same month", "month"), ("that same month", "month"), ("that year", "year")],
    "he": [("באותו יום", "day"), ("באותו היום", "day"), ("ביום ההוא", "day"), ("בו ביום", "day"),
           ("באותו ערב", "day"), ("באותו לילה", "day"), ("באותו חודש", "month"), ("באותו החודש", "month"),
           ("בחודש ההוא", "month"), ("באותה שנה", "year"), ("בשנה ההיא", "year")],
    "ar": [("في ذلك اليوم", "day"), ("في نفس اليوم", "day"), ("في اليوم نفسه", "day"), ("في اليوم ذاته", "day"),
           ("في تلك الليلة", "day"), ("في ذلك المساء", "day"), ("في ذلك الشهر", "month"),
           ("في الشهر نفسه", "month"), ("في نفس الشهر", "month"), ("في ذلك العام", "year"),
           ("في تلك السنة", "year"), ("في نفس العام", "year")],
}  # fmt: skip


def same_unit(c: Chooser, language: str) -> Case:
    """ "That day", "ביום ההוא", "في ذلك اليوم" (that, the same, the very same: day, night, month, year) after
    a sentence that dates an event: the event's day, month or year. Arabic "ذلك اليوم" is not "today"."""
    published = a_published(c)
    day = a_day(c, first=1992, last=2024)
    month = c.pick(MONTH_NAMES[language][day.month])
    words, unit = c.pick(SAME_UNIT[language])
    edtf = {"day": day.isoformat(), "month": f"{day:%Y-%m}", "year": f"{day.year:04d}"}[unit]
    expression = words[0].upper() + words[1:] if language == "en" else words
    text = arrived_then_met(language, day, month, ("و" if language == "ar" else "") + expression)
    return Case(language, "same-unit", text, expression, published.isoformat(), edtf)


A_FEW_UNITS = {  # the plural of each unit, and how each language says "a few" of it, later and ago
    "en": (
        {"day": "days", "week": "weeks", "month": "months", "year": "years"},
        ["{u} later", "just {u} later", "some {u} later", "a few {u} later", "several {u} later", "{u} afterwards"],
        ["{u} ago", "a few {u} ago", "several {u} ago", "just {u} ago"],
    ),
    "he": (
        {"day": "ימים", "week": "שבועות", "month": "חודשים", "year": "שנים"},
        ["כעבור כמה {u}", "כעבור {u} {few}", "{u} {few} לאחר מכן", "כמה {u} אחר כך", "כעבור {u}", "מספר {u} לאחר מכן"],
        ["לפני כמה {u}", "לפני מספר {u}", "לפני {u} {few}"],
    ),
    "ar": (
        {"day": "أيام", "week": "أسابيع", "month": "أشهر", "year": "سنوات"},
        ["بعد {u} قليلة", "بعد بضعة {u}", "بعد ذلك ب{u}", "بعد {u}", "بعد عدة {u}", "بعد ذلك ب{u} قليلة"],
        ["قبل {u} قليلة", "قبل بضعة {u}", "قبل {u}", "قبل عدة {u}"],
    ),
}


def a_few_units(c: Chooser, language: str) -> Case:
    """A few units later than the last date or before publication, said by a plural without a number ("weeks
    later", "כעבור חודשים ספורים", "بعد أيام قليلة", "days ago") or by a vague one ("כמה", "several", "بضعة"):
    three of them, approximately — a day for days, the month holding the day for weeks (before publication: the
    month for days too, as "a few days ago")."""
    published = a_published(c)
    plurals, later, ago = A_FEW_UNITS[language]
    unit = c.pick(list(plurals))
    few = "ספורות" if unit == "year" else "ספורים"  # שנים is feminine
    if c.pick([True, False]):
        day = a_day(c, first=1992, last=published.year - 4)
        expression = c.pick(later).format(u=plurals[unit], few=few)
        edtf = {
            "day": f"{day + dt.timedelta(days=3)}~",
            "week": f"{day + dt.timedelta(days=21):%Y-%m}~",
            "month": "{:04d}-{:02d}~".format(*month_shifted(day, 3)),
            "year": f"{day.year + 3:04d}~",
        }[unit]
        month = c.pick(MONTH_NAMES[language][day.month])
        expression = expression[0].upper() + expression[1:] if language == "en" else expression
        text = arrived_then_met(language, day, month, expression)
    else:
        expression = c.pick(ago).format(u=plurals[unit], few=few)
        back = {"day": dt.timedelta(days=3), "week": dt.timedelta(days=21)}
        edtf = (
            f"{published - back[unit]:%Y-%m}~" if unit in back else
            "{:04d}-{:02d}~".format(*month_shifted(published, -3)) if unit == "month" else
            f"{published.year - 3:04d}~"
        )  # fmt: skip
        text = {
            "en": f"The ministers met in Baku {expression}, the agency said.",
            "he": f"השרים נפגשו בבאקו {expression}, כך נמסר.",
            "ar": f"التقى الوزيران في باكو {expression} بحسب الوكالة.",
        }[language]
    if language == "ar":
        written = arabic_as_sites_write(c, expression)
        text, expression = text.replace(expression, written), written
    return Case(language, "a-few-units", text, expression, published.isoformat(), edtf)


COMING = {  # each unit's plural in the phrases that run from publication on
    "en": (
        {"day": "days", "week": "weeks", "month": "months", "year": "years"},
        ["in the coming {u}", "over the coming {u}", "in the next few {u}", "in the {u} ahead", "in the {u} to come",
         "within {u}", "in the upcoming {u}"],
    ),
    "he": (
        {"day": "ימים", "week": "שבועות", "month": "חודשים", "year": "שנים"},
        ["ב{u} {next}", "במהלך ה{u} {next}", "ה{u} {next}"],
    ),
    "ar": (
        {"day": "الأيام", "week": "الأسابيع", "month": "الأشهر", "year": "السنوات"},
        ["خلال {u} المقبلة", "في {u} القادمة", "{u} المقبلة", "على مدى {u} المقبلة"],
    ),
}  # fmt: skip
RECENT_DAYS = {
    "en": ["in recent days", "over the past few days", "in the past few days", "over the last few days"],
    "he": ["בימים האחרונים", "במהלך הימים האחרונים", "בימים החולפים"],
    "ar": ["في الأيام الأخيرة", "خلال الأيام الماضية", "في الأيام الماضية", "خلال الأيام الأخيرة"],
}


def span_from_now(c: Chooser, language: str) -> Case:
    """The coming days, weeks, months or years ("בשנים הקרובות", "في الأسابيع المقبلة", "in the weeks ahead"),
    the mirror of the recent ones: from publication's month to two weeks, a few days, four months (about) or
    five years (about) on; and the recent days: the month a few days back to publication's."""
    published = a_published(c)
    plurals, phrases = COMING[language]
    unit = c.pick([*plurals, "recent-day"])

    def months(first: dt.date, last: dt.date) -> str:
        start, end = f"{first:%Y-%m}", f"{last:%Y-%m}"
        return start if start == end else f"{start}/{end}"

    if unit == "recent-day":
        expression = c.pick(RECENT_DAYS[language])
        edtf = months(published - dt.timedelta(days=3), published)
    else:
        nxt = "הקרובות" if unit == "year" else c.pick(["הקרובים", "הבאים"])
        expression = c.pick(phrases).format(u=plurals[unit], next=nxt)
        edtf = {
            "day": months(published, published + dt.timedelta(days=3)),
            "week": months(published, published + dt.timedelta(days=14)),
            "month": f"{published:%Y-%m}/" + "{:04d}-{:02d}~".format(*month_shifted(published, 4)),
            "year": f"{published:%Y-%m}/{published.year + 5:04d}~",
        }[unit]
    text, expression = placed(c, language, expression, {
        "en": "The two governments expect to sign the agreement {x}, officials said.",
        "he": "שתי הממשלות צפויות לחתום על ההסכם {x}, כך נמסר.",
        "ar": "تتوقع الحكومتان توقيع الاتفاق {x} بحسب مسؤولين.",
    })  # fmt: skip
    return Case(language, "span-from-now", text, expression, published.isoformat(), edtf)


MET_IN_BAKU = {  # a sentence in the past that a date expression ({x}) dates
    "en": "The two ministers met in Baku {x}, the ministry said.",
    "he": "שני השרים נפגשו בבאקו {x}, כך נמסר.",
    "ar": "التقى الوزيران في باكو {x} بحسب الوزارة.",
}
NTH_WEEK = {  # (how the language says "the Nth week of" before a month, by N; -1: the last)
    "en": ("{the} {nth} week of {month}{year}", {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}),
    "he": ("{the}שבוע {nth} {of}{month}{year}", {1: "הראשון", 2: "השני", 3: "השלישי", 4: "הרביעי", -1: "האחרון"}),
    "ar": ("{the}الأسبوع {nth} من {month}{year}", {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", -1: "الأخير"}),
}


def week_of_month(c: Chooser, language: str) -> Case:
    """'The first week of March 2023', 'בשבוע האחרון של מאי', 'الأسبوع الثاني من يناير': its seven days (the last
    week: the month's last seven); without a year, told in the past, the latest such month up to publication."""
    published = a_published(c)
    month_number = c.integer(1, 12)
    with_year = c.pick([True, False])
    if with_year:
        year = c.integer(1995, 2025)
    else:
        year = published.year if month_number <= published.month else published.year - 1
    nth = c.pick([1, 2, 3, 4, -1])
    template, words = NTH_WEEK[language]
    last = calendar.monthrange(year, month_number)[1]
    first, end = (last - 6, last) if nth == -1 else (7 * nth - 6, 7 * nth)
    expression = template.format(
        the={"en": c.pick(["the", "in the", "during the"]), "he": c.pick(["ב", "ה", "במהלך ה"]),
             "ar": c.pick(["", "في ", "خلال "])}[language],
        nth=words[nth],
        of=c.pick(["של ", "ב"]) if language == "he" else "",
        month=c.pick(MONTH_NAMES[language][month_number]),
        year={"en": c.pick([f" {year}", f", {year}"]), "he": f" {year}", "ar": c.pick([f" {year}", f" عام {year}"])}[
            language
        ] if with_year else "",
    )  # fmt: skip
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    edtf = f"{year:04d}-{month_number:02d}-{first:02d}/{year:04d}-{month_number:02d}-{end:02d}"
    return Case(language, "week-of-month", text, expression, published.isoformat(), edtf)


SHORT_WEEKDAYS = {  # Monday 0: how sites shorten a weekday, or say a part of it
    "en": (["on Mon", "on Tue", "on Tues.", "on Wed", "on Thu.", "on Thurs", "on Fri.", "on Sat", "on Sun."],
           [0, 1, 1, 2, 3, 3, 4, 5, 6]),
    "he": (["ביום ב׳", "ביום ג'", "ביום ד׳", "ביום ה'", "ביום ו׳", "במוצ\"ש", "ביום א'", "ביום ה׳ האחרון",
            "ביום ב' שעבר", "במוצאי שבת"],
           [0, 1, 2, 3, 4, 5, 6, 3, 0, 5]),
    "ar": (["فجر الاثنين", "مساء الثلاثاء", "ظهر الأربعاء", "ليل الخميس", "صباح الجمعة", "مساء السبت",
            "فجر الأحد", "ليلة الخميس"],
           [0, 1, 2, 3, 4, 5, 6, 3]),
}  # fmt: skip


def short_weekday(c: Chooser, language: str) -> Case:
    """A weekday shortened or lettered ("on Thu.", "ביום ה׳", "במוצ״ש") or a part of it ("فجر الاثنين"), told in
    the past: the latest such day before publication."""
    published = a_published(c)
    words, days = SHORT_WEEKDAYS[language]
    index = c.integer(0, len(words) - 1)
    expression, weekday = words[index], days[index]
    back = (published.weekday() - weekday - 1) % 7 + 1
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    day = published - dt.timedelta(days=back)
    return Case(language, "short-weekday", text, expression, published.isoformat(), day.isoformat())


def day_of_month_alone(c: Chooser, language: str) -> Case:
    """A day of the month without the month: "on the 5th", "ב-5 לחודש", "في 5 الجاري", "العاشر من الجاري", told
    in the past — publication's month, or the month before for a day not yet come (Arabic's "الجاري", the
    current month, names publication's month: its day is drawn up to publication's)."""
    published = a_published(c)
    if language == "ar":
        day = c.integer(1, published.day)
        expression = c.pick([f"في {day} الجاري", f"يوم {day} الجاري", f"في {ar_ordinal_word(day)} من الجاري",
                             f"في {day} من الشهر الجاري", f"يوم {day} الشهر الحالي"])  # fmt: skip
    else:
        day = c.integer(1, 28)
        expression = (
            f"on the {day}{en_suffix(day)}" if language == "en"
            else c.pick([f"ב-{day} לחודש", f"ב-{day} בחודש", f"ב־{day} לחודש"])
        )  # fmt: skip
    year, month = (published.year, published.month) if day <= published.day else month_shifted(published, -1)
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    return Case(language, "day-of-month", text, expression, published.isoformat(), f"{year:04d}-{month:02d}-{day:02d}")


DAY_AND_WEEKDAY = {  # a day word, then its weekday in apposition ({w}: the weekday's name)
    "en": {"today, {w},": 0, "yesterday ({w})": -1, "yesterday, {w},": -1, "tomorrow ({w})": 1},
    "he": {"היום ({w})": 0, "אתמול ({w})": -1, "אתמול, יום {w},": -1, "אמש ({w})": -1},
    "ar": {"اليوم {w}": 0, "أمس {w}": -1, "مساء أمس {w}": -1, "أمس ({w})": -1, "اليوم ({w})": 0},
}


def day_and_weekday(c: Chooser, language: str) -> Case:
    """ "اليوم الأربعاء", "yesterday (Tuesday)", "אתמול, יום שלישי,": the weekday restates the day counted
    from publication (it was read as the Wednesday before publication, a second date)."""
    published = a_published(c)
    words = c.pick(sorted(DAY_AND_WEEKDAY[language]))
    day = published + dt.timedelta(days=DAY_AND_WEEKDAY[language][words])
    weekday = WEEKDAYS[language][day.weekday()]
    expression = words.format(w=weekday).rstrip(",")
    text = {
        "en": "The minister said {x} that talks with Baku would go on.",
        "he": "השר אמר {x} כי השיחות עם באקו יימשכו.",
        "ar": "قال الوزير {x} إن المحادثات مع باكو ستستمر.",
    }[language].format(x=words.format(w=weekday))
    return Case(language, "day-and-weekday", text, expression, published.isoformat(), day.isoformat())


OFFSET_UNITS = {  # unit: (plural, the dual where the language has one)
    "en": {"day": ("days", None), "week": ("weeks", None), "month": ("months", None), "year": ("years", None)},
    "he": {"day": ("ימים", "יומיים"), "week": ("שבועות", "שבועיים"), "month": ("חודשים", "חודשיים"),
           "year": ("שנים", "שנתיים")},
    "ar": {"day": ("أيام", "يومين"), "week": ("أسابيع", "أسبوعين"), "month": ("أشهر", "شهرين"),
           "year": ("سنوات", "عامين")},
}  # fmt: skip
OFFSET_WORDS = {  # {n} {unit} after / before {x}
    "en": ("{n} {unit} after {x}", "{n} {unit} before {x}"),
    "he": ("{n} {unit} {after} {x}", "{n} {unit} לפני {x}"),
    "ar": ("بعد {n} {unit} من {x}", "قبل {n} {unit} من {x}"),
}
KARABAKH_WAR = {  # a named period (fixtures/periods.json): 2020-09-27/2020-11-10
    "en": ["the Second Karabakh War", "the 44-day war"],
    "he": ["מלחמת 44 הימים", "מלחמת קרבאך השנייה"],
    "ar": ["حرب الأيام الأربعة والأربعين", "حرب قره باغ الثانية"],
}


def offset_from_date(c: Chooser, language: str) -> Case:
    """So many days, weeks, months or years after a date or a named period's end, or before its start: "two
    years after the Second Karabakh War", "שלושה חודשים לפני מלחמת 44 הימים", "بعد أسبوعين من 7 أكتوبر 2023"
    (they were the period alone, "after" it as X/.., or a count from publication). Published a year or more
    after the date, as a text that looks back on it."""
    unit = c.pick(["day", "week", "month", "year"])
    later = c.pick([True, False])
    if c.pick([True, False]):
        start = end = a_day(c, first=1995, last=2022)
        month = c.pick(MONTH_NAMES[language][start.month])
        x = {"en": f"{start.day} {month} {start.year}", "he": f"{start.day} ב{month} {start.year}",
             "ar": f"{start.day} {month} {start.year}"}[language]  # fmt: skip
    else:
        start, end = dt.date(2020, 9, 27), dt.date(2020, 11, 10)
        x = c.pick(KARABAKH_WAR[language])
    published = end + dt.timedelta(days=c.integer(400, 2500))
    plural, dual = OFFSET_UNITS[language][unit]
    n = c.integer(2, 5)
    if dual and n == 2:
        count, words = "", dual
    else:
        count, words = (
            (c.pick([str(n), ["two", "three", "four", "five"][n - 2]]) if language == "en" else str(n)),
            plural,
        )
    template = OFFSET_WORDS[language][0 if later else 1]
    expression = " ".join(template.format(n=count, unit=words, x=x, after=c.pick(["אחרי", "לאחר"])).split())
    base, step = (end, n) if later else (start, -n)
    if unit == "day":
        edtf = (base + dt.timedelta(days=step)).isoformat()
    elif unit == "week":
        edtf = f"{base + dt.timedelta(days=7 * step):%Y-%m}"
    elif unit == "month":
        edtf = "{:04d}-{:02d}".format(*month_shifted(base, step))
    else:
        edtf = f"{base.year + step:04d}"
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    return Case(language, "offset-from-date", text, expression, published.isoformat(), edtf)


MONTH_RANGES = {  # widened 2026-12-06 with a dash or a slash: 0.673 / 0.685 / 0.625 on the wider kind before
    "en": ["from {a} to {b}", "from {a} until {b}", "from {a} through {b}", "in {a}-{b}", "during {a}/{b}"],
    "he": ["מ{a} עד {b}", "בין {a} ל{b}", "מחודש {a} ועד חודש {b}", "מ{a} ועד {b}", "ב{a}-{b}", "בחודשים {a}–{b}"],
    "ar": ["من {a} إلى {b}", "بين {a} و{b}", "من شهر {a} حتى {b}", "بين شهر {a} و{b}", "في {a}-{b}",
           "خلال شهري {a}/{b}"],
}  # fmt: skip


def month_range_alone(c: Chooser, language: str) -> Case:
    """Two months without a year ("from March to May", "ממרץ עד מאי", "من مارس إلى مايو"), told in the past: the
    first month's year as a bare month's (the latest such month up to publication), the second in that year or
    the next ("from November to February"). Each month was read alone, or only the first."""
    published = a_published(c)
    first = c.integer(1, 12)
    second = (first + c.integer(0, 10)) % 12 + 1  # another month
    year = published.year if first <= published.month else published.year - 1
    expression = c.pick(MONTH_RANGES[language]).format(
        a=c.pick(MONTH_NAMES[language][first]), b=c.pick(MONTH_NAMES[language][second])
    )
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    edtf = f"{year:04d}-{first:02d}/{year + (second < first):04d}-{second:02d}"
    return Case(language, "month-range", text, expression, published.isoformat(), edtf)


WEEKENDS = {  # (its first day, Monday 0; the words for the one just past; for the next one)
    "en": (5, ["over the weekend", "last weekend", "this past weekend", "during the weekend", "at the weekend"],
           ["next weekend", "this coming weekend"]),
    "he": (4, ["בסוף השבוע", "בסוף השבוע האחרון", "בסוף השבוע שעבר", "בסופ\"ש", "בסוף-השבוע"],
           ["בסוף השבוע הקרוב", "בסוף השבוע הבא", "בסופ\"ש הקרוב"]),
    "ar": (4, ["في عطلة نهاية الأسبوع", "خلال عطلة نهاية الأسبوع الماضي", "نهاية الأسبوع الماضي",
               "في نهاية الأسبوع الماضي"],
           ["في عطلة نهاية الأسبوع المقبلة", "نهاية الأسبوع المقبل", "خلال عطلة نهاية الأسبوع القادمة"]),
}  # fmt: skip
WILL_MEET_IN_BAKU = {
    "en": "The two ministers will meet in Baku {x}, the ministry said.",
    "he": "שני השרים ייפגשו בבאקו {x}, כך נמסר.",
    "ar": "سيلتقي الوزيران في باكو {x} بحسب الوزارة.",
}


def weekend(c: Chooser, language: str) -> Case:
    """The weekend just past ("over the weekend", "בסוף השבוע האחרון", "نهاية الأسبوع الماضي") or the next one:
    its two days (Saturday and Sunday in English; Friday and Saturday in Hebrew and Arabic)."""
    published = a_published(c)
    first_day, past, coming = WEEKENDS[language]
    ahead = c.pick([False, True])
    expression = c.pick(coming if ahead else past)
    if ahead:
        start = published + dt.timedelta(days=(first_day - published.weekday() - 1) % 7 + 1)
    else:
        start = published - dt.timedelta(days=(published.weekday() - first_day - 1) % 7 + 1)
    text, expression = placed(c, language, expression, WILL_MEET_IN_BAKU if ahead else MET_IN_BAKU)
    edtf = f"{start.isoformat()}/{(start + dt.timedelta(days=1)).isoformat()}"
    return Case(language, "weekend", text, expression, published.isoformat(), edtf)


SINCE_THEN = {
    "en": ["since then", "ever since then", "since that time", "since that day"],
    "he": ["ומאז", "מאז אותו יום", "מאז ואילך", "ומאז,", "מאז אותו מועד"],
    "ar": ["ومنذ ذلك الحين", "منذ ذلك الوقت", "ومنذ ذلك التاريخ", "منذ ذلك اليوم"],
}


def since_then(c: Chooser, language: str) -> Case:
    """ "Since then", "ומאז", "ومنذ ذلك الحين" after a sentence that dates an event: from that date (at its
    precision) to publication."""
    published = a_published(c)
    day = a_day(c, first=1992, last=published.year - 1)
    month = c.pick(MONTH_NAMES[language][day.month])
    with_day = c.pick([False, True])
    edtf = f"{(day.isoformat() if with_day else f'{day:%Y-%m}')}/{published.isoformat()}"
    words = c.pick(SINCE_THEN[language])
    expression = words.rstrip(",")
    stated = {
        "en": f"on {day.day} {month} {day.year}" if with_day else f"in {month} {day.year}",
        "he": f"ב-{day.day} ב{month} {day.year}" if with_day else f"ב{month} {day.year}",
        "ar": f"يوم {day.day} {month} {day.year}" if with_day else f"في {month} {day.year}",
    }[language]
    text = {
        "en": f"The embassy opened {stated}, and {words} it has issued thousands of visas.",
        "he": f"השגרירות נפתחה {stated}, {words} הנפיקה אלפי אשרות.",
        "ar": f"افتتحت السفارة {stated}، {words} أصدرت آلاف التأشيرات.",
    }[language]
    return Case(language, "since-then", text, expression, published.isoformat(), edtf)


def after_units_of(c: Chooser, language: str) -> Case:
    """ "After 30 years of relations", "אחרי 30 שנות יחסים", "بعد 30 عاما من العلاقات": what has gone on that
    long, up to publication: about N years back to publication's month."""
    published = a_published(c)
    n = c.integer(3, 40)
    if language == "en":
        expression = f"{c.pick(['after', 'after more than', 'after nearly'])} {n} {c.pick(['years', 'yrs'])} of"
        text = f"The embassy opened {expression} diplomatic relations, the ministry said."
    elif language == "he":
        expression = c.pick([f"אחרי {n} שנות", f"לאחר {n} שנות", f"לאחר {n} שנים"])
        rest = "של יחסים דיפלומטיים" if expression.endswith("שנים") else "יחסים דיפלומטיים"
        text = f"השגרירות נפתחה {expression} {rest}, כך נמסר."
    else:
        unit = c.pick(["عاما", "عاماً", "سنة"]) if n > 10 else c.pick(["سنوات", "أعوام"])
        expression = arabic_as_sites_write(c, f"{c.pick(['بعد', 'عقب'])} {n} {unit}")
        text = f"افتتحت السفارة {expression} من العلاقات الدبلوماسية بحسب الوزارة."
    edtf = f"{published.year - n:04d}~/{published:%Y-%m}"
    return Case(language, "after-units-of", text, expression, published.isoformat(), edtf)


EN_TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
EN_ONES_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
HE_TENS_WORDS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים", 8: "שמונים", 9: "תשעים"}
HE_ONES_FEMININE = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
AR_TENS_WORDS = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين", 8: "ثمانين", 9: "تسعين"}
AR_ONES_FOR_MASCULINE = ["واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]


def spelled_ago(c: Chooser, language: str) -> Case:
    """A count of years in words of several parts ("twenty-five years ago", "לפני עשרים וחמש שנים", "قبل خمسة
    وعشرين عاما"): so many years before publication."""
    published = a_published(c)
    tens, ones = c.integer(2, 9), c.integer(1, 9)
    n = tens * 10 + ones
    if language == "en":
        number = f"{EN_TENS_WORDS[tens]}{c.pick(['-', ' '])}{EN_ONES_WORDS[ones - 1]}"
        expression = f"{number} years ago"
        text = f"The two countries established relations {expression}, the minister recalled."
    elif language == "he":
        expression = f"לפני {HE_TENS_WORDS[tens]} ו{HE_ONES_FEMININE[ones - 1]} {c.pick(['שנים', 'שנה'])}"
        text = f"המדינות כוננו יחסים {expression}, הזכיר השר."
    else:
        expression = arabic_as_sites_write(c, f"قبل {AR_ONES_FOR_MASCULINE[ones - 1]} و{AR_TENS_WORDS[tens]} عاما")
        text = f"أقام البلدان العلاقات {expression} كما ذكر الوزير."
    return Case(language, "spelled-ago", text, expression, published.isoformat(), f"{published.year - n:04d}")


RUNNING = {
    "en": {"day": "day", "week": "week", "year": "year"},
    "he": {"day": "יום", "week": "שבוע", "year": "שנה"},
    "ar": {"day": "يوم", "week": "أسبوع", "year": "عام"},
}
HE_ORDINAL_WORDS = {
    "masculine": ["השני", "השלישי", "הרביעי", "החמישי", "השישי", "השביעי", "השמיני", "התשיעי", "העשירי"],
    "feminine": ["השנייה", "השלישית", "הרביעית", "החמישית", "השישית", "השביעית", "השמינית", "התשיעית", "העשירית"],
}


def running_count(c: Chooser, language: str) -> Case:
    """ "For a ninth day", "ליום השלישי ברציפות", "للعام الثاني على التوالي": a count that has reached
    publication: its day (its month for weeks, its year for years)."""
    published = a_published(c)
    unit = c.pick(sorted(RUNNING[language]))
    nth = c.integer(2, 10)
    word = RUNNING[language][unit]
    if language == "en":
        ordinal = en_ordinal_word(nth)
        expression = c.pick(
            [f"for a {ordinal} {word}", f"for the {ordinal} consecutive {word}", f"for the {ordinal} {word} in a row"]
        )
        text = f"Protests in the capital continued {expression}, witnesses said."
    elif language == "he":
        ordinal = HE_ORDINAL_WORDS["feminine" if unit == "year" else "masculine"][nth - 2]
        expression = f"{c.pick(['ל', ''])}{c.pick(['', 'ה'])}{word} {ordinal} ברציפות"
        text = f"ההפגנות בבירה נמשכו {expression}, לדברי עדים."
    else:
        ordinal = AR_ORDINALS[nth - 1]
        expression = arabic_as_sites_write(c, f"لل{word} {ordinal} {c.pick(['على التوالي', 'تواليا'])}")
        text = f"تواصلت الاحتجاجات في العاصمة {expression} بحسب شهود."
    edtf = {"day": published.isoformat(), "week": f"{published:%Y-%m}", "year": f"{published.year:04d}"}[unit]
    return Case(language, "running-count", text, expression, published.isoformat(), edtf)


def starting_from(c: Chooser, language: str) -> Case:
    """ "Starting 7 May", "As of 7 May 2024", "From 7 May, …" at a sentence's start, "מה-7 במאי", "اعتبارا من 7
    مايو": from that day on — to publication for a day already past, open for one ahead."""
    published = a_published(c)
    ahead = c.pick([False, True])
    day = published + dt.timedelta(days=c.integer(5, 40) * (1 if ahead else -1))
    month = c.pick(MONTH_NAMES[language][day.month])
    date = {"en": f"{day.day} {month} {day.year}", "he": f"{day.day} ב{month} {day.year}"}.get(
        language, f"{day.day} {month} {day.year}"
    )
    if language == "en":
        expression = f"{c.pick(['Starting', 'As of', 'Beginning', 'From', 'Effective'])} {date}"
        text = f"Flights resumed. {expression}, Israir operates a direct line to Baku."
    elif language == "he":
        expression = f"{c.pick(['מה-', 'מ-', 'מה־'])}{date}"
        text = f"הטיסות חודשו. {expression} מפעילה ישראייר קו ישיר לבאקו."
    else:
        expression = arabic_as_sites_write(c, f"{c.pick(['اعتبارا من', 'ابتداء من', 'بدءا من'])} {date}")
        text = f"استؤنفت الرحلات. {expression} تشغل يسرائير خطا مباشرا إلى باكو."
    edtf = f"{day.isoformat()}/.." if ahead else f"{day.isoformat()}/{published.isoformat()}"
    return Case(language, "starting-from", text, expression, published.isoformat(), edtf)


SINCE_START_OF_RAMADAN = {
    "en": [
        "since the start of Ramadan",
        "since the beginning of Ramadan",
        "ever since the start of Ramadan",
        "since the first day of Ramadan",
    ],
    "he": ["מאז תחילת הרמדאן", "מאז תחילת חודש הרמדאן", "מאז ראשית הרמדאן", "מאז ראשית חודש הרמדאן"],
    # "رمضان" alone is also a name: the month is read with "شهر".
    "ar": ["منذ بداية شهر رمضان", "منذ مطلع شهر رمضان", "منذ بدء شهر رمضان", "منذ أول أيام شهر رمضان"],
}


def since_start_of(c: Chooser, language: str) -> Case:
    """ "Since the start of Ramadan", "מאז תחילת הרמדאן", "منذ بداية شهر رمضان", told during the month: from its
    first day, exactly (Umm al-Qura, hijridate), to publication."""
    year = c.integer(1436, 1447)
    first = Hijri(year, 9, 1).to_gregorian()
    first_day = dt.date(first.year, first.month, first.day)
    published = first_day + dt.timedelta(days=c.integer(4, 25))
    expression = c.pick(SINCE_START_OF_RAMADAN[language])
    text = {
        "en": f"Two more tankers have docked {expression}, monitors said.",
        "he": f"שתי מכליות נוספות עגנו {expression}, לדברי המנטרים.",
        "ar": f"ورصدت ناقلتين أخريين {expression} بحسب المراقبين.",
    }[language]
    return Case(language, "since-start-of", text, expression, published.isoformat(), f"{first_day}/{published}")


SINCE_AN_EVENT = {  # "since" and an event before its date ({x}: the date as the language writes it after it)
    "en": ["since the attack on the embassy in Tehran on {x}", "since the signing of the agreement on {x}",
           "since Peres visited Baku on {x}", "since the ceasefire of {x}", "ever since the elections on {x}"],
    "he": ["מאז המתקפה על השגרירות בטהרן ב-{x}", "מאז חתימת ההסכם ב-{x}", "מאז ביקורו של פרס בבאקו ב-{x}",
           "מאז הפסקת האש ב-{x}", "מאז הבחירות ב-{x}"],
    "ar": ["منذ الهجوم على السفارة في طهران يوم {x}", "منذ توقيع الاتفاق في {x}", "منذ زيارة بيريز إلى باكو في {x}",
           "منذ وقف إطلاق النار في {x}", "منذ الانتخابات التي جرت في {x}"],
}  # fmt: skip
SINCE_AN_EVENT_SENTENCE = {
    "en": "Relations between Baku and Tehran have remained tense {x}, diplomats say.",
    "he": "היחסים בין באקו לטהרן נותרו מתוחים {x}, לדברי דיפלומטים.",
    "ar": "وظلت العلاقات بين باكو وطهران متوترة {x} بحسب دبلوماسيين.",
}


def since_an_event(c: Chooser, language: str) -> Case:
    """ "Since the attack on the embassy in Tehran on 27 January 2023", "מאז חתימת ההסכם ב-7 במאי 2010", "منذ زيارة
    بيريز إلى باكو في حزيران 2009": "since" reaches over the event's words to its date (it read the date alone in
    Hebrew, and in English and Arabic when the event's words ran over 40 characters): from the date to
    publication."""
    published = a_published(c)
    day = published - dt.timedelta(days=c.integer(60, 6000))
    month = c.pick(MONTH_NAMES[language][day.month])
    shape = c.pick(["day", "month"])
    if shape == "day":
        x, start = (
            {"he": f"{day.day} ב{month} {day.year}"}.get(language, f"{day.day} {month} {day.year}"),
            day.isoformat(),
        )
    else:
        x, start = f"{month} {day.year}", f"{day:%Y-%m}"
    template = c.pick(SINCE_AN_EVENT[language])
    if language == "he" and shape == "month":
        template = template.replace("ב-{x}", "ב{x}")
    if language == "en" and shape == "month":
        template = template.replace(" on {x}", " in {x}").replace(" of {x}", " of {x}")
    text, expression = placed(c, language, template.format(x=x), SINCE_AN_EVENT_SENTENCE)
    return Case(language, "since-an-event", text, expression, published.isoformat(), f"{start}/{published}")


MARKED_DAY = {
    "en": {"last": ["last {m} {d}", "this past {m} {d}"], "next": ["this coming {m} {d}", "next {m} {d}"]},
    "he": {"last": ["ב-{d} ב{m} האחרון", "ב-{d} ב{m} שעבר"], "next": ["ב-{d} ב{m} הקרוב", "ב-{d} ב{m} הבא"]},
    "ar": {"last": ["{d} {m} الماضي", "{d} من {m} المنصرم"], "next": ["{d} {m} المقبل", "{d} من {m} القادم"]},
}


def day_month_marked(c: Chooser, language: str) -> Case:
    """A day and month marked past or coming ("20 مارس الماضي", "ב-15 באפריל הקרוב", "last March 20"): the
    latest such day before publication, or the first after it — even in publication's own month."""
    published = a_published(c)
    way = c.pick(["last", "next"])
    day = published + dt.timedelta(days=c.integer(1, 300) * (-1 if way == "last" else 1))
    month = c.pick(MONTH_NAMES[language][day.month])
    expression = c.pick(MARKED_DAY[language][way]).format(d=day.day, m=month)
    if language == "ar":
        expression = arabic_as_sites_write(c, expression)
    text = {
        "en": f"The two ministers met in Baku on {expression}, officials said.",
        "he": f"השרים נפגשו בבאקו {expression}, כך נמסר.",
        "ar": f"التقى الوزيران في باكو في {expression} بحسب المسؤولين.",
    }[language]
    return Case(language, "day-month-marked", text, expression, published.isoformat(), day.isoformat())


AFTER_WORDS = {"en": ["after", "following"], "he": ["אחרי", "לאחר"], "ar": ["بعد", "عقب"]}


def after_date(c: Chooser, language: str) -> Case:
    """ "After" a day, a month or a year with no end given: from then on (`X/..`)."""
    published = a_published(c)
    day = a_day(c, first=1992, last=2024)
    word = c.pick(AFTER_WORDS[language])
    month = c.pick(MONTH_NAMES[language][day.month])
    shape = c.pick(["day", "month", "year"])
    edtf = {"day": day.isoformat(), "month": f"{day:%Y-%m}", "year": f"{day.year:04d}"}[shape]
    if language == "en":
        date = {"day": f"{day.day} {month} {day.year}", "month": f"{month} {day.year}", "year": str(day.year)}[shape]
        expression = f"{word} {date}"
        text = f"Trade between the two countries grew {expression}, officials said."
    elif language == "he":
        date = {"day": f"{day.day} ב{month} {day.year}", "month": f"{month} {day.year}", "year": str(day.year)}[shape]
        expression = f"{word} {date}"
        text = f"הסחר בין המדינות גדל {expression}, לדברי הפקידים."
    else:
        date = {"day": f"{day.day} {month} {day.year}", "month": f"{month} {day.year}", "year": f"عام {day.year}"}[
            shape
        ]
        expression = arabic_as_sites_write(c, f"{word} {date}")
        text = f"ارتفع حجم التبادل التجاري بين البلدين {expression} بحسب المسؤولين."
    return Case(language, "after", text, expression, published.isoformat(), f"{edtf}/..")


# Another calendar's months by its own numbers (convertdate's Hebrew: Nisan 1 … Adar 12, Adar II 13; Hijri 1-12)
HEBREW_CALENDAR_MONTHS = {
    "he": ["ניסן", "אייר", "סיון", "תמוז", "אב", "אלול", "תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר", "אדר ב'"],
    "en": ["Nisan", "Iyar", "Sivan", "Tammuz", "Av", "Elul", "Tishrei", "Cheshvan", "Kislev", "Tevet", "Shevat",
           "Adar", "Adar II"],
}  # fmt: skip
HIJRI_CALENDAR_MONTHS = {
    "ar": ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
           "شوال", "ذو القعدة", "ذو الحجة"],
    "en": ["Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Awwal", "Jumada al-Thani", "Rajab",
           "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah"],
}  # fmt: skip
SIGNED_ON = {
    "en": "The agreement was signed {x}, officials said.",
    "he": "ההסכם נחתם {x}, לדברי הפקידים.",
    "ar": "وقع الاتفاق {x} بحسب المسؤولين.",
}


def other_calendar_month(c: Chooser, language: str, day: dt.date) -> str:
    """The name of the Hebrew (Hebrew, English) or Hijri (Arabic, English) month `day` falls in."""
    from convertdate import hebrew

    if language == "ar" or (language == "en" and c.pick([False, True])):
        return HIJRI_CALENDAR_MONTHS[language][Gregorian(day.year, day.month, day.day).to_hijri().month - 1]
    return HEBREW_CALENDAR_MONTHS[language][hebrew.from_gregorian(day.year, day.month, day.day)[1] - 1]


def month_named_twice(c: Chooser, language: str) -> Case:
    """One month named twice before its year: another of its names after a slash or in brackets ("آب (أغسطس)
    2022", "أيار/مايو 2023", "5 May (Iyar) 2023", "ב-5 במאי (אייר) 2023"), a day before it or not; or another
    calendar's month glossed by it ("בחודש סיון (יוני) 2023", "Ramadan (April) 2023", "رمضان (أبريل) 2023"), the
    Gregorian month. The year after the brackets was lost before (the month alone, at a guessed year)."""
    day = a_day(c, first=2000, last=2026)
    name = c.pick(MONTH_NAMES[language][day.month])
    if language == "ar" and c.pick([False, True]):
        gloss = c.pick([other for other in MONTH_NAMES["ar"][day.month] if other != name] or [name])
    else:
        gloss = other_calendar_month(c, language, day)
    with_day = c.pick([False, True])
    if with_day:
        written = c.pick(["{m} ({g})", "{m}/{g}"] if language == "ar" else ["{m} ({g})"]).format(m=name, g=gloss)
        form = {"en": ["on {d} {m} {y}", "on {d} {m}, {y}"], "he": ["ב-{d} ב{m} {y}", "ב־{d} ב{m} {y}"],
                "ar": ["في {d} {m} {y}", "يوم {d} {m} {y}"]}[language]  # fmt: skip
        edtf = day.isoformat()
    elif gloss in MONTH_NAMES.get(language, {}).get(day.month, []) or c.pick([False, True]):
        written = c.pick(["{m} ({g})", "{m}/{g}"] if language == "ar" else ["{m} ({g})"]).format(m=name, g=gloss)
        form = {"en": ["in {m} {y}", "in {m} of {y}"], "he": ["ב{m} {y}", "בחודש {m} {y}"],
                "ar": ["في {m} {y}", "في شهر {m} {y}", "خلال {m} عام {y}"]}[language]  # fmt: skip
        edtf = f"{day:%Y-%m}"
    else:  # the other calendar's month first, the Gregorian one in brackets
        written = f"{gloss} ({name})"
        form = {"en": ["in {m} {y}"], "he": ["בחודש {m} {y}", "ב{m} {y}"],
                "ar": ["في {m} {y}", "في شهر {m} {y}"]}[language]  # fmt: skip
        edtf = f"{day:%Y-%m}"
    expression = c.pick(form).format(d=day.day, m=written, y=day.year)
    text, expression = placed(c, language, expression, SIGNED_ON)
    return Case(language, "month-named-twice", text, expression, a_published(c).isoformat(), edtf)


def month_pair(c: Chooser, language: str) -> Case:
    """Two months of one year joined by a dash or a slash ("May–June 2023", "מאי-יוני 2023", "مايو/يونيو
    2023"): the two months. The first month was read alone before, at a guessed year (or not at all)."""
    day = a_day(c, first=2000, last=2026)
    first = c.integer(1, 11)
    second = c.integer(first + 1, 12)
    joined = c.pick(["{a}-{b}", "{a}–{b}", "{a}/{b}", "{a} - {b}", "{a} / {b}"]).format(
        a=c.pick(MONTH_NAMES[language][first]), b=c.pick(MONTH_NAMES[language][second])
    )
    form = {"en": ["in {m} {y}", "during {m} {y}"], "he": ["ב{m} {y}", "בחודשים {m} {y}"],
            "ar": ["في {m} {y}", "خلال {m} {y}", "في شهري {m} {y}"]}[language]  # fmt: skip
    expression = c.pick(form).format(m=joined, y=day.year)
    text, expression = placed(c, language, expression, SIGNED_ON)
    edtf = f"{day.year:04d}-{first:02d}/{day.year:04d}-{second:02d}"
    return Case(language, "month-pair", text, expression, a_published(c).isoformat(), edtf)


LASTING = {  # unit: (plural, dual, singular) as counted; numbers 3-9 in words by the unit's gender
    "en": {"month": ("months", None, "a month"), "week": ("weeks", None, "a week"), "year": ("years", None, "a year")},
    "he": {"month": ("חודשים", "חודשיים", "חודש"), "week": ("שבועות", "שבועיים", "שבוע"),
           "year": ("שנים", "שנתיים", "שנה")},
    "ar": {"month": ("أشهر", "شهرين", "شهر"), "week": ("أسابيع", "أسبوعين", "أسبوع"),
           "year": ("سنوات", "عامين", "عام")},
}  # fmt: skip
LASTING_NUMBERS = {
    "en": {3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"},
    "he": {3: "שלושה", 4: "ארבעה", 5: "חמישה", 6: "שישה", 7: "שבעה", 8: "שמונה", 9: "תשעה"},
    "he-f": {3: "שלוש", 4: "ארבע", 5: "חמש", 6: "שש", 7: "שבע", 8: "שמונה", 9: "תשע"},
    "ar": {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة"},
    "ar-f": {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع"},
}
LASTING_FORMS = {
    "en": ["for {x} now", "for {x} already", "for about {x} now"],
    "he": ["מזה {x}", "כבר {x}", "זה {x}"],
    "ar": ["منذ {x}", "منذ أكثر من {x}", "منذ نحو {x}"],
}
DEPLOYED = {
    "en": "Russian peacekeepers have been deployed in the region {x}, the ministry said.",
    "he": "כוחות שלום רוסיים מוצבים באזור {x}, לפי משרד החוץ.",
    "ar": "وتنشر روسيا قوات حفظ سلام في الإقليم {x} بحسب الوزارة.",
}


def lasting_until_now(c: Chooser, language: str) -> Case:
    """A duration said to last until now, in months, weeks or years, counted in digits or words, a dual or one
    unit ("for five months now", "מזה חמישה חודשים", "כבר שבועיים", "منذ شهرين", "منذ عامين"): from that many
    units before publication to publication's month, the start approximate (the dev conventions' "for two years
    already", (Y−2)~/month(P)); one year the twelve months before; weeks from the month they began in. Only
    years, counted, were read before (Hebrew and Arabic duals of years too)."""
    published = a_published(c)
    unit = c.pick(["month", "week", "year"])
    plural, dual, singular = LASTING[language][unit]
    count = c.pick([1, 2, *range(3, 10)])
    if count == 1:
        said = singular
    elif count == 2 and dual:
        said = dual
    else:
        gendered = f"{language}-f" if (language, unit) in (("he", "year"), ("ar", "year")) else language
        number = str(count) if count == 2 or c.pick([False, True]) else LASTING_NUMBERS[gendered][count]
        said = f"{number} {plural}"
    form = c.pick(LASTING_FORMS[language])
    said_roughly = any(word in form for word in ("about", "أكثر", "نحو"))
    expression = form.format(x=said)
    if language == "he" and count == 1 and expression.startswith("זה"):
        expression = "מזה " + said  # "זה חודש" alone is "this month"
    text, expression = placed(c, language, expression, DEPLOYED)
    now = f"{published:%Y-%m}"
    if unit == "week":
        began = published - dt.timedelta(weeks=count)
        edtf = now if (began.year, began.month) == (published.year, published.month) else f"{began:%Y-%m}/{now}"
    elif unit == "year" and count > 1:
        edtf = f"{published.year - count:04d}~/{now}"
    else:  # one year is the twelve months before, exactly unless said roughly ("about", "نحو", "أكثر من")
        year, month = month_shifted(published, -(12 if unit == "year" else count))
        rough = unit != "year" or said_roughly
        edtf = f"{year:04d}-{month:02d}{'~' if rough else ''}/{now}"
    return Case(language, "lasting-until-now", text, expression, published.isoformat(), edtf)


COUNTED_AHEAD_UNITS = {  # unit: (plural, its adjective "coming" in the language's agreement, dual or None)
    "en": {"day": ("days", "", None), "week": ("weeks", "", None), "month": ("months", "", None),
           "year": ("years", "", None)},
    "he": {"day": ("ימים", "הקרובים", "יומיים"), "week": ("שבועות", "הקרובים", "שבועיים"),
           "month": ("חודשים", "הבאים", "חודשיים"), "year": ("שנים", "הקרובות", "שנתיים")},
    "ar": {"day": ("أيام", "المقبلة", "اليومين"), "week": ("أسابيع", "القادمة", "الأسبوعين"),
           "month": ("أشهر", "المقبلة", "الشهرين"), "year": ("سنوات", "المقبلة", "العامين")},
}  # fmt: skip
HE_CONSTRUCT = {3: "שלושת", 4: "ארבעת", 5: "חמשת", 6: "ששת", 7: "שבעת", 8: "שמונת", 9: "תשעת"}
WILL_MEET = {
    "en": "The two ministers will meet several times {x}, the ministry said.",
    "he": "השרים ייפגשו כמה פעמים {x}, כך נמסר.",
    "ar": "سيلتقي الوزيران عدة مرات {x} بحسب الوزارة.",
}


def counted_ahead(c: Chooser, language: str) -> Case:
    """So many units ahead, counted ("over the next two years", "in the next 18 months", "בשלושת החודשים
    הקרובים", "בשנתיים הקרובות", "خلال الأشهر الثلاثة المقبلة", "خلال العامين المقبلين"): from publication's
    month to that many units on — years to the year, approximately, as "the past N years" mirrored; months
    exactly; days and weeks to the month they end in. Only the uncounted "coming months" read before."""
    published = a_published(c)
    unit = c.pick(["day", "week", "month", "year"])
    plural, coming, dual = COUNTED_AHEAD_UNITS[language][unit]
    count = c.integer(2, 9)
    if language == "en":
        number = c.pick([str(count), LASTING_NUMBERS["en"].get(count, "two")]) if count > 2 else c.pick(["2", "two"])
        expression = c.pick(["over the next {x}", "in the next {x}", "during the next {x}", "within the next {x}",
                             "in the coming {x}"]).format(x=f"{number} {plural}")  # fmt: skip
    elif language == "he":
        before = c.pick(["ב", "במהלך "])
        before_is_in = before == "ב"  # "בשנתיים הקרובות", "במהלך השנתיים הקרובות"
        if count == 2:
            said = f"{dual} {coming}" if before_is_in else f"ה{dual} {coming}"
        elif unit == "year":
            said = f"{c.pick([str(count), LASTING_NUMBERS['he-f'][count]])} השנים {coming}"
        else:
            said = f"{c.pick([str(count), HE_CONSTRUCT[count]])} ה{plural} {coming}"
        expression = f"{'ב-' if before_is_in and said[0].isdigit() else before}{said}"
    else:
        gendered = "ar-f" if unit == "year" else "ar"
        if count == 2:
            said = f"{dual} {'المقبلين' if coming == 'المقبلة' else 'القادمين'}"
        elif c.pick([False, True]):
            said = f"ال{plural} ال{LASTING_NUMBERS[gendered][count]} {coming}"
        else:  # the number takes the article: "الثلاثة أشهر", "الـ9 أيام"
            said = f"{c.pick(['الـ' + str(count), 'ال' + LASTING_NUMBERS[gendered][count]])} {plural} {coming}"
        expression = c.pick(["خلال {x}", "في {x}", "على مدى {x}"]).format(x=said)
    text, expression = placed(c, language, expression, WILL_MEET)
    now = f"{published:%Y-%m}"
    if unit == "year":
        edtf = f"{now}/{published.year + count:04d}~"
    elif unit == "month":
        year, month = month_shifted(published, count)
        edtf = f"{now}/{year:04d}-{month:02d}"
    else:
        end = published + dt.timedelta(days=count * (7 if unit == "week" else 1))
        edtf = now if (end.year, end.month) == (published.year, published.month) else f"{now}/{end:%Y-%m}"
    return Case(language, "counted-ahead", text, expression, published.isoformat(), edtf)


PARTS_OF_THE_YEAR = {  # part: (first month, last month) as the dev conventions give them; the words
    "early": (1, 3, {"en": ["at the start of the year", "at the beginning of the year", "early in the year"],
                     "he": ["בתחילת השנה", "בראשית השנה"], "ar": ["في مطلع العام", "في بداية العام", "أوائل العام"]}),
    "mid": (4, 9, {"en": ["in the middle of the year", "by the middle of the year"],
                   "he": ["באמצע השנה"], "ar": ["في منتصف العام", "منتصف السنة"]}),
    "late": (10, 12, {"en": ["by the end of the year", "at the end of the year", "before the end of the year"],
                      "he": ["עד סוף השנה", "בסוף השנה", "בשלהי השנה"],
                      "ar": ["بحلول نهاية العام", "قبل نهاية العام", "في أواخر العام", "في نهاية السنة"]}),
    "first-half": (1, 6, {"en": ["in the first half of the year"], "he": ["במחצית הראשונה של השנה"],
                          "ar": ["في النصف الأول من العام"]}),
    "second-half": (7, 12, {"en": ["in the second half of the year"], "he": ["במחצית השנייה של השנה"],
                            "ar": ["خلال النصف الثاني من العام"]}),
    "first-quarter": (1, 3, {"en": ["in the first quarter of the year"], "he": ["ברבעון הראשון של השנה"],
                             "ar": ["في الربع الأول من العام"]}),
    "third-quarter": (7, 9, {"en": ["in the third quarter of the year"], "he": ["ברבעון השלישי של השנה"],
                             "ar": ["في الربع الثالث من السنة"]}),
}  # fmt: skip
YEAR_THEN_PART = {
    "en": "In {year} the two sides resumed talks, and {x} they signed an agreement.",
    "he": "ב-{year} חודשו השיחות בין הצדדים, ו{x} נחתם הסכם.",
    "ar": "في عام {year} استؤنفت المحادثات بين الجانبين، و{x} وقعا اتفاقا.",
}
PART_AHEAD = {
    "en": "The agreement is expected to be signed {x}, officials said.",
    "he": "ההסכם צפוי להיחתם {x}, לדברי הפקידים.",
    "ar": "من المتوقع أن يوقع الاتفاق {x} بحسب المسؤولين.",
}


def part_of_the_year(c: Chooser, language: str) -> Case:
    """A part, a half or a quarter of "the year" without saying which ("by the end of the year", "in the first
    half of the year", "עד סוף השנה", "ברבעון השלישי של השנה", "بحلول نهاية العام", "في الربع الأول من العام"):
    the year the sentence just gave, else publication's, at the part's months. English and Arabic read nothing
    before; Hebrew read "השנה" as publication's year after another year."""
    published = a_published(c)
    first, last, words = PARTS_OF_THE_YEAR[c.pick(sorted(PARTS_OF_THE_YEAR))]
    expression = c.pick(words[language])
    if c.pick([False, True]):
        year = c.integer(1995, published.year - 1)
        sentences = {lang: sentence.replace("{year}", str(year)) for lang, sentence in YEAR_THEN_PART.items()}
        if language == "he":  # "ו" joins the prefixed word: "ועד סוף השנה"
            sentences["he"] = sentences["he"].replace("ו{x}", "{x}")
            expression = "ו" + expression
    else:
        year, sentences = published.year, PART_AHEAD
    edtf = f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"
    # What is planned by a part of the year wholly ahead is due by its end: from publication to it, as any
    # deadline (the web set's conventions; changed 2026-12-07, when "by" read as "at" had given the part).
    deadline = expression.startswith(("by ", "before ", "עד ", "بحلول ", "قبل "))
    if sentences is PART_AHEAD and deadline and published < dt.date(year, first, 1):
        edtf = f"{published.isoformat()}/{year:04d}-{last:02d}"
    text, expression = placed(c, language, expression, sentences)
    return Case(language, "part-of-the-year", text, expression, published.isoformat(), edtf)


BEFORE_LAST = {  # unit: the words; Hebrew says "two units ago"
    "en": {"year": ["the year before last", "in the year before last"], "month": ["the month before last",
           "during the month before last"], "week": ["the week before last"]},
    "he": {"year": ["לפני שנתיים", "לפני שתי שנים"], "month": ["לפני חודשיים", "לפני שני חודשים"],
           "week": ["לפני שבועיים"]},
    "ar": {"year": ["العام قبل الماضي", "السنة قبل الماضية", "في العام ما قبل الماضي"],
           "month": ["الشهر قبل الماضي", "في الشهر قبل الماضي"], "week": ["الأسبوع قبل الماضي"]},
}  # fmt: skip


def before_last(c: Chooser, language: str) -> Case:
    """The year, month or week before last ("the year before last", "العام قبل الماضي", "לפני שנתיים"): two units
    before publication's, a week as the month of the day two weeks back. English and Arabic read nothing."""
    published = a_published(c)
    unit = c.pick(["year", "month", "week"])
    expression = c.pick(BEFORE_LAST[language][unit])
    if unit == "year":
        edtf = f"{published.year - 2:04d}"
    elif unit == "month":
        year, month = month_shifted(published, -2)
        edtf = f"{year:04d}-{month:02d}"
    else:
        edtf = f"{published - dt.timedelta(days=14):%Y-%m}"
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    return Case(language, "before-last", text, expression, published.isoformat(), edtf)


PAST_ONE_UNIT = {
    "week": {"en": ["over the past week", "in the last week", "during the past week"],
             "he": ["בשבוע האחרון", "בשבוע החולף", "במהלך השבוע האחרון"],
             "ar": ["خلال الأسبوع الأخير", "في الأسبوع الأخير"]},
    "month": {"en": ["in the past month", "over the last month", "during the past month"],
              "he": ["בחודש האחרון", "בחודש החולף", "במהלך החודש האחרון"],
              "ar": ["خلال الشهر الأخير", "في الشهر الأخير", "على مدى الشهر المنصرم"]},
    "hours": {"en": ["in the past {n} hours", "over the last {n} hours", "within the past {n} hours"],
              "he": ["ב-{n} השעות האחרונות", "במהלך {n} השעות האחרונות"],
              "ar": ["خلال الساعات الـ{n} الماضية", "في الـ{n} ساعة الأخيرة", "خلال الساعات {n} الماضية"]},
}  # fmt: skip


def past_one_unit(c: Chooser, language: str) -> Case:
    """The past week, the past month, the past N hours ("over the past week", "בחודש האחרון", "خلال الساعات
    الـ24 الماضية", "ביממה האחרונה"): a week from the month seven days back, a month from the month before, hours
    from the day they reach back to, each up to publication. "The last month" was last month, the calendar's;
    the rest read nothing, or Arabic "الـ24" as the year 2024."""
    published = a_published(c)
    unit = c.pick(["week", "month", "hours"])
    hours = c.pick([12, 24, 36, 48, 72])
    expression = c.pick(PAST_ONE_UNIT[unit][language]).format(n=hours)
    if unit == "hours" and language == "he" and hours == 24 and c.pick([False, True]):
        expression = "ביממה האחרונה"
    now = f"{published:%Y-%m}"
    if unit == "week":
        began = published - dt.timedelta(days=7)
        edtf = now if began.month == published.month else f"{began:%Y-%m}/{now}"
    elif unit == "month":
        year, month = month_shifted(published, -1)
        edtf = f"{year:04d}-{month:02d}/{now}"
    else:
        start = published - dt.timedelta(days=max(1, -(-hours // 24)))
        edtf = f"{start.isoformat()}/{published.isoformat()}"
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    return Case(language, "past-one-unit", text, expression, published.isoformat(), edtf)


EXACTLY_AGO = {  # (forms with {x} the count and unit), and the count and unit as each language says them
    "en": (["exactly {x} ago", "{x} ago to the day"],
           {"year": ["a year", "one year", "{n} years"], "month": ["a month", "{n} months"], "decade": ["a decade"]}),
    "he": (["לפני {x} בדיוק", "בדיוק לפני {x}"],
           {"year": ["שנה", "{n} שנים", "שנתיים"], "month": ["חודש", "{n} חודשים", "חודשיים"], "decade": ["עשור"]}),
    "ar": (["قبل {x} بالضبط", "قبل {x} تماما", "قبل {x} بالتمام والكمال"],
           {"year": ["عام", "{n} سنوات", "عامين"], "month": ["شهر", "{n} أشهر", "شهرين"], "decade": ["عقد"]}),
}  # fmt: skip


def exactly_ago(c: Chooser, language: str) -> Case:
    """So many years, months or a decade ago, exactly or "to the day" ("exactly ten years ago", "a year ago to
    the day", "לפני עשר שנים בדיוק", "قبل عام بالتمام والكمال"): that calendar day (the 28th for a 29 February),
    where the year or month alone was read."""
    published = a_published(c)
    forms, units = EXACTLY_AGO[language]
    unit = c.pick(sorted(units))
    said = c.pick(units[unit])
    n = c.integer(3, 9)
    count = n if "{n}" in said else 2 if said in ("שנתיים", "חודשיים", "عامين", "شهرين") else 1
    expression = c.pick(forms).format(x=said.format(n=n))
    months = count * {"decade": 120, "year": 12, "month": 1}[unit]
    year, month = month_shifted(published, -months)
    day = dt.date(year, month, min(published.day, calendar.monthrange(year, month)[1]))
    text, expression = placed(c, language, expression, MET_IN_BAKU)
    return Case(language, "exactly-ago", text, expression, published.isoformat(), day.isoformat())


COMPOSERS: dict[str, Callable[[Chooser, str], Case]] = {
    "after": after_date,
    "day-month-marked": day_month_marked,
    "since-start-of": since_start_of,
    "starting-from": starting_from,
    "running-count": running_count,
    "spelled-ago": spelled_ago,
    "after-units-of": after_units_of,
    "since-then": since_then,
    "same-occasion": same_occasion,
    "same-unit": same_unit,
    "a-few-units": a_few_units,
    "span-from-now": span_from_now,
    "week-of-month": week_of_month,
    "short-weekday": short_weekday,
    "weekend": weekend,
    "day-of-month": day_of_month_alone,
    "day-and-weekday": day_and_weekday,
    "offset-from-date": offset_from_date,
    "month-range": month_range_alone,
    "month-named-twice": month_named_twice,
    "month-pair": month_pair,
    "lasting-until-now": lasting_until_now,
    "counted-ahead": counted_ahead,
    "part-of-the-year": part_of_the_year,
    "restated-day": restated_day,
    "before-last": before_last,
    "past-one-unit": past_one_unit,
    "exactly-ago": exactly_ago,
    "neighbour-unit": neighbour_unit,
    "past-span": past_span,
    "relative-month-day": day_of_relative_month,
    "deadline": deadline,
    "exactly-ahead": exactly_ahead,
    "present": present,
    "same-year": same_year,
    "adjacent-year": adjacent_year,
    "cross-month-range": cross_month_range,
    "date-to-date": date_to_date,
    "national-day": national_day_year,
    "part-of-the-month": part_of_the_month,
    "weekday-of-week": weekday_of_week,
    "bare-season": bare_season,
    "decade-half": decade_half,
    "decade-part": decade_part,
    "numeric-day-month": numeric_day_month,
    "weekday-after": weekday_after,
    "hours-later": hours_later,
    "speech-day": speech_day,
    "month-and-month": month_and_month,
    "this-time-back": this_time_back,
    "decade-of-century": decade_of_century,
    "event-after": event_after,
    "units-since-an-event": units_since_an_event,
    "day-it-ended": day_it_ended,
    "timetable": timetable,
    "after-the-event": after_the_event,
    "day-month-relative-year": day_month_relative_year,
    "this-day-back": this_day_back,
    "this-day-of-year": this_day_of_year,
    "approximate": approximate_date,
    "holiday-year": holiday_year,
    "holiday-own-year": holiday_of_its_calendar,
    "day-month": day_month,
    "nth-weekday": nth_weekday,
    "anniversary": anniversary,
    "ordinal-day": ordinal_day,
    "ago": ago,
    "last-next": last_or_next,
    "year-range": year_range,
    "hijri": hijri_date,
    "full-date": full_date,
    "month-year": month_year,
    "numeric-date": numeric_date,
    "named-after-a-count": named_after_a_count,
    "since-an-event": since_an_event,
    "lasting-roughly": lasting_roughly,
    "relative-day": relative_day,
    "part-of-month": part_of_month,
    "ahead": ahead,
    "planned": planned,
    "said-before-a-plan": said_before_a_plan,
    "two-days": two_days,
    "two-units": two_units,
}


def read_as(case: Case) -> list[tuple[str, str]]:
    """What the grammar reads inside the case's expression: (words, EDTF) of each date overlapping it."""
    from facts.extraction.dates import find_dates

    start = case.text.index(case.expression)
    end = start + len(case.expression)
    return [
        (mention.text, mention.edtf)
        for mention in find_dates(case.text, language=case.language, published=case.published)
        if mention.start < end and start < mention.end
    ]


def read_exactly(case: Case) -> bool:
    found = read_as(case)
    return len(found) == 1 and found[0][1] == case.edtf
