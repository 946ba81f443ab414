"""Date expressions in Hebrew, Arabic and English: each with its exact span, an EDTF value at its real
precision, and its kind. A fast pass of ordered regular expressions and a small lexicon per language
(measured faster and more exact than dateparser's search on these texts: bench/extraction_bench.py);
relative expressions resolve against the publication date, at the precision that date has.

Conventions (those of the gold annotations): "since 1992" runs to the publication date (1992/2025-02);
"in recent years" is the last five years, approximately (2020~/2025-10); "over three decades" is 1995~/2025-10.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from core.edtf import DatePrecision, edtf_parse

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
HE = "\u0590-\u05ff"
AR = "\u0600-\u06ff"
YEAR = r"((?:1[89]|20)\d\d)"
# Not a year: a quantity, a percentage or part of a longer number follows.
NOT_QUANTITY = (
    r"(?![\d.,]\d)(?!\s*(?:%|٪|אחוז|מיליון|מיליארד|אלף|דולר|טון|million|billion|thousand|percent|per cent|"
    r"dollars?|tons?|مليون|مليار|ألف|دولار|طن|بالمئة|في المئة))"
)


@dataclass(frozen=True)
class Anchor:
    """The publication date: the day it starts on and the precision it is known to."""

    day: dt.date
    precision: DatePrecision

    @classmethod
    def from_edtf(cls, value: str | None) -> Anchor | None:
        if not value:
            return None
        parsed = edtf_parse(value.replace("?", "").replace("~", ""))
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
            return f"{self.day.year:04d}-{self.day.month:02d}"
        return f"{self.day.year:04d}"

    @property
    def month(self) -> str:
        return f"{self.day.year:04d}-{self.day.month:02d}" if self.precision != DatePrecision.YEAR else self.edtf


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    edtf: str
    kind: str  # absolute, range, since, decade, relative, vague


def month_edtf(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# --- Lexicons ----------------------------------------------------------------------------------------------

HE_MONTHS = {
    "ינואר": 1,
    "פברואר": 2,
    "מרץ": 3,
    "מרס": 3,
    "מארס": 3,
    "אפריל": 4,
    "מאי": 5,
    "יוני": 6,
    "יולי": 7,
    "אוגוסט": 8,
    "ספטמבר": 9,
    "אוקטובר": 10,
    "נובמבר": 11,
    "דצמבר": 12,
}
AR_MONTHS = {
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "اذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
EN_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
EN_MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
EN_MONTHS["sept"] = 9
HE_NUMBERS = {
    "אחד": 1,
    "אחת": 1,
    "שניים": 2,
    "שתיים": 2,
    "שני": 2,
    "שתי": 2,
    "שלוש": 3,
    "שלושה": 3,
    "שלושת": 3,
    "ארבע": 4,
    "ארבעה": 4,
    "ארבעת": 4,
    "חמש": 5,
    "חמישה": 5,
    "חמשת": 5,
    "שש": 6,
    "שישה": 6,
    "ששת": 6,
    "שבע": 7,
    "שבעה": 7,
    "שבעת": 7,
    "שמונה": 8,
    "שמונת": 8,
    "תשע": 9,
    "תשעה": 9,
    "תשעת": 9,
    "עשר": 10,
    "עשרה": 10,
    "עשרת": 10,
}
AR_NUMBERS = {
    "واحد": 1,
    "اثنين": 2,
    "اثنان": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "الثلاثة": 3,
    "أربعة": 4,
    "أربع": 4,
    "الأربعة": 4,
    "خمسة": 5,
    "خمس": 5,
    "الخمسة": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
}
EN_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
    "several": 3,
    "a few": 3,
}
HE_DECADE_WORDS = {"עשרים": 2, "שלושים": 3, "ארבעים": 4, "חמישים": 5, "שישים": 6, "שבעים": 7, "שמונים": 8, "תשעים": 9}
AR_DECADE_WORDS = {
    "العشرينيات": 2,
    "الثلاثينيات": 3,
    "الأربعينيات": 4,
    "الخمسينيات": 5,
    "الستينيات": 6,
    "السبعينيات": 7,
    "الثمانينيات": 8,
    "التسعينيات": 9,
    "التسعينات": 9,
    "الثمانينات": 8,
    "السبعينات": 7,
}
HE_UNITS = {
    "יום": "day",
    "ימים": "day",
    "שבוע": "week",
    "שבועות": "week",
    "חודש": "month",
    "חודשים": "month",
    "שנה": "year",
    "שנים": "year",
}
HE_DUALS = {"יומיים": ("day", 2), "שבועיים": ("week", 2), "חודשיים": ("month", 2), "שנתיים": ("year", 2)}
AR_UNITS = {
    "يوم": "day",
    "أيام": "day",
    "أسبوع": "week",
    "أسابيع": "week",
    "شهر": "month",
    "أشهر": "month",
    "شهور": "month",
    "عام": "year",
    "أعوام": "year",
    "سنة": "year",
    "سنوات": "year",
    "سنين": "year",
}
AR_DUALS = {
    "يومين": ("day", 2),
    "أسبوعين": ("week", 2),
    "شهرين": ("month", 2),
    "عامين": ("year", 2),
    "سنتين": ("year", 2),
}
EN_UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}


def alternatives(words) -> str:
    return "|".join(sorted((re.escape(word) for word in words), key=len, reverse=True))


HE_PREFIX = rf"(?<![{HE}\w])(?:[ובלמהשכ]{{0,3}}[־\-]?)"
AR_PREFIX = rf"(?<![{AR}\w])(?:[وف]?(?:ب|ل|ك)?)"
HE_MONTH = alternatives(HE_MONTHS)
AR_MONTH = alternatives(AR_MONTHS)
EN_MONTH = alternatives(EN_MONTHS)


# --- Resolution helpers ------------------------------------------------------------------------------------


def ago(anchor: Anchor, unit: str, count: int, approximate: bool) -> str:
    mark = "~" if approximate else ""
    if unit == "year":
        return f"{anchor.day.year - count:04d}{mark}"
    if unit == "month":
        year, month = shift_months(anchor.day, -count)
        return month_edtf(year, month) + mark
    days = count * (7 if unit == "week" else 1)
    if anchor.precision != DatePrecision.DAY:
        year, month = shift_months(anchor.day, -1 if days > 20 else 0)
        return month_edtf(year, month) + "~"
    return (anchor.day - dt.timedelta(days=days)).isoformat() + mark


def recent(anchor: Anchor, unit: str, count: int = 1) -> str:
    """'In recent years / months / weeks': from about that long before publication to the publication month."""
    if unit == "year":
        return f"{anchor.day.year - 5 * count:04d}~/{anchor.month}"
    if unit == "decade":
        return f"{anchor.day.year - 10 * count:04d}~/{anchor.month}"
    months = {"month": 3, "week": 1}[unit]
    year, month = shift_months(anchor.day, -months)
    return f"{month_edtf(year, month)}~/{anchor.month}"


def last(anchor: Anchor, unit: str) -> str:
    if unit == "year":
        return f"{anchor.day.year - 1:04d}"
    if unit == "month":
        return month_edtf(*shift_months(anchor.day, -1))
    if anchor.precision != DatePrecision.DAY:
        return anchor.month
    sunday = anchor.day - dt.timedelta(days=(anchor.day.weekday() + 1) % 7 + 7)
    return f"{sunday.isoformat()}/{(sunday + dt.timedelta(days=6)).isoformat()}"


def yesterday(anchor: Anchor, days: int = 1) -> str:
    if anchor.precision != DatePrecision.DAY:
        return anchor.edtf
    return (anchor.day - dt.timedelta(days=days)).isoformat()


def bare_month(anchor: Anchor, month: int) -> str:
    """A month named without a year: the latest such month up to the publication month."""
    year = anchor.day.year if month <= anchor.day.month else anchor.day.year - 1
    return month_edtf(year, month)


def year_range(first: str, second: str) -> str:
    a, b = sorted((int(first), int(second)))  # bidi-reversed ranges ("1921-1920") read as first-last
    return f"{a}/{b}"


def number(word: str, table: dict[str, int]) -> int | None:
    return int(word) if word.isdigit() else table.get(word)


# --- Rules: (pattern, resolver(match, anchor) -> (edtf, kind) or None) --------------------------------------
# Earlier rules win where spans overlap, so the specific come before the general.


def he_rules() -> list[tuple[str, object]]:
    num = alternatives(HE_NUMBERS)
    unit = alternatives(HE_UNITS)
    dual = alternatives(HE_DUALS)
    return [
        (
            rf"(\d{{1,2}})\s+ב?({HE_MONTH}),?\s+{YEAR}",
            lambda m, a: (f"{m[3]}-{HE_MONTHS[m[2]]:02d}-{int(m[1]):02d}", "absolute"),
        ),
        (
            rf"{HE_PREFIX}(?:שנים\s+|השנים\s+)?{YEAR}\s*[-–־]\s*{YEAR}{NOT_QUANTITY}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"{HE_PREFIX}בין\s+(?:השנים\s+)?{YEAR}\s+(?:ל|ו)[־\-]?{YEAR}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"(?<![{HE}\w])מ[־\-]?{YEAR}\s+עד\s+(?:\S+\s+){{0,4}}?{YEAR}{NOT_QUANTITY}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"(?<![{HE}\w])ו?(?:מאז|החל\s+מ)[־\-\s]?(?:שנת\s+)?{YEAR}{NOT_QUANTITY}",
            lambda m, a: (f"{m[1]}/{a.edtf}" if a else f"{m[1]}/..", "since"),
        ),
        (
            rf"{HE_PREFIX}({HE_MONTH})\s+{YEAR}{NOT_QUANTITY}",
            lambda m, a: (month_edtf(int(m[2]), HE_MONTHS[m[1]]), "absolute"),
        ),
        (
            # Two decades joined: "בשנות החמישים והשישים" is the fifties and the sixties, 1950 to 1969.
            rf"{HE_PREFIX}שנות\s+ה[־\-]?({alternatives(HE_DECADE_WORDS)})\s+וה[־\-]?({alternatives(HE_DECADE_WORDS)})",
            lambda m, a: (f"19{HE_DECADE_WORDS[m[1]]}X/19{HE_DECADE_WORDS[m[2]]}X", "range"),
        ),
        (
            rf"{HE_PREFIX}(?:תחילת\s+|אמצע\s+|סוף\s+)?שנות\s+ה[־\-]?(\d)0(?![\d])",
            lambda m, a: (f"19{m[1]}X" if m[1] != "0" else "200X", "decade"),
        ),
        (
            rf"{HE_PREFIX}(?:תחילת\s+|אמצע\s+|סוף\s+)?שנות\s+ה[־\-]?({alternatives(HE_DECADE_WORDS)})",
            lambda m, a: (f"19{HE_DECADE_WORDS[m[1]]}X", "decade"),
        ),
        (rf"{HE_PREFIX}(?:תחילת\s+|אמצע\s+|סוף\s+)?שנות\s+האלפיים", lambda m, a: ("200X", "decade")),
        (rf"{HE_PREFIX}(?:שנת\s+){YEAR}{NOT_QUANTITY}", lambda m, a: (m[1], "absolute")),
        (rf"{HE_PREFIX}{YEAR}{NOT_QUANTITY}(?![{HE}])", lambda m, a: (m[1], "absolute")),
        # Relative to the publication date.
        (
            rf"(?<![{HE}\w])(?:במהלך\s+|ב)?({num})\s+העשורים\s+האחרונים",
            lambda m, a: a and (recent(a, "decade", HE_NUMBERS[m[1]]), "relative"),
        ),
        (
            rf"(?<![{HE}\w])(?:מזה|כבר|במשך|זה)\s+({num})\s+עשורים",
            lambda m, a: a and (recent(a, "decade", HE_NUMBERS[m[1]]), "relative"),
        ),
        (rf"(?<![{HE}\w])(?:מזה|כבר|במשך|זה)\s+עשור", lambda m, a: a and (recent(a, "decade"), "relative")),
        (rf"{HE_PREFIX}(?:ב)?(?:שנים|השנים)\s+האחרונות", lambda m, a: a and (recent(a, "year"), "relative")),
        (rf"{HE_PREFIX}(?:ב)?(?:חודשים|החודשים)\s+האחרונים", lambda m, a: a and (recent(a, "month"), "relative")),
        (rf"{HE_PREFIX}(?:ב)?(?:שבועות|השבועות)\s+האחרונים", lambda m, a: a and (recent(a, "week"), "relative")),
        (
            rf"(?<![{HE}\w])לפני\s+(כ[־\-]?)?({dual})",
            lambda m, a: a and (ago(a, *HE_DUALS[m[2]], bool(m[1])), "relative"),
        ),
        (
            rf"(?<![{HE}\w])לפני\s+(כ[־\-]?)?({num}|\d+)\s+({unit})",
            lambda m, a: a and (ago(a, HE_UNITS[m[3]], number(m[2], HE_NUMBERS) or 1, bool(m[1])), "relative"),
        ),
        (
            rf"(?<![{HE}\w])לפני\s+(כ[־\-]?)?(שנה|חודש|שבוע)(?![{HE}])",
            lambda m, a: a and (ago(a, HE_UNITS[m[2]], 1, bool(m[1])), "relative"),
        ),
        (
            rf"{HE_PREFIX}(?:ב)?שבוע\s+(?:שעבר|שחלף)|{HE_PREFIX}השבוע\s+שעבר",
            lambda m, a: a and (last(a, "week"), "relative"),
        ),
        (
            rf"{HE_PREFIX}(?:ב)?חודש\s+(?:שעבר|שחלף)|{HE_PREFIX}החודש\s+שעבר",
            lambda m, a: a and (last(a, "month"), "relative"),
        ),
        (
            rf"{HE_PREFIX}(?:ב)?שנה\s+(?:שעברה|שחלפה)|{HE_PREFIX}השנה\s+שעברה|(?<![{HE}\w])ו?אשתקד",
            lambda m, a: a and (last(a, "year"), "relative"),
        ),
        (rf"(?<![{HE}\w])ו?(?:הבוקר|היום|הערב|הלילה)(?![{HE}])", lambda m, a: a and (a.edtf, "relative")),
        (rf"(?<![{HE}\w])ו?אתמול(?![{HE}])", lambda m, a: a and (yesterday(a), "relative")),
        (rf"(?<![{HE}\w])ו?שלשום(?![{HE}])", lambda m, a: a and (yesterday(a, 2), "relative")),
        # A month without a year; "במאי" (director) and "במרץ" (vigorously) are words too, so not those alone.
        (
            rf"{HE_PREFIX}(ינואר|פברואר|מארס|אפריל|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)(?![{HE}\d])",
            lambda m, a: a and (bare_month(a, HE_MONTHS[m[1]]), "relative"),
        ),
    ]


def ar_rules() -> list[tuple[str, object]]:
    num = alternatives(AR_NUMBERS)
    unit = alternatives(AR_UNITS)
    dual = alternatives(AR_DUALS)
    month = rf"({AR_MONTH})(?:\s*/\s*(?:{AR_MONTH}))?"
    return [
        (
            rf"(\d{{1,2}})\s+(?:من\s+)?{month}\s*(?:من\s+)?(?:عام\s+)?{YEAR}",
            lambda m, a: (f"{m[3]}-{AR_MONTHS[m[2]]:02d}-{int(m[1]):02d}", "absolute"),
        ),
        (
            rf"(?<![{AR}\w])بين\s+(?:عامي|العامين|سنتي)?\s*{YEAR}\s+و\s*{YEAR}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"(?<![{AR}\w])(?:من|منذ)\s+(?:عام\s+)?{YEAR}\s+(?:إلى|الى|حتى)\s+(?:عام\s+)?{YEAR}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"{AR_PREFIX}(?:عامي\s+)?{YEAR}\s*[-–]\s*{YEAR}{NOT_QUANTITY}",
            lambda m, a: (year_range(m[1], m[2]), "range"),
        ),
        (
            rf"(?<![{AR}\w])و?منذ\s+(?:عام\s+|العام\s+|سنة\s+)?{YEAR}{NOT_QUANTITY}",
            lambda m, a: (f"{m[1]}/{a.edtf}" if a else f"{m[1]}/..", "since"),
        ),
        (
            rf"{AR_PREFIX}(?:شهر\s+)?{month}\s+(?:من\s+)?(?:عام\s+)?{YEAR}{NOT_QUANTITY}",
            lambda m, a: (month_edtf(int(m[2]), AR_MONTHS[m[1]]), "absolute"),
        ),
        (
            rf"{AR_PREFIX}(?:في\s+|خلال\s+)?({alternatives(AR_DECADE_WORDS)})\s+و({alternatives(AR_DECADE_WORDS)})",
            lambda m, a: (f"19{AR_DECADE_WORDS[m[1]]}X/19{AR_DECADE_WORDS[m[2]]}X", "range"),
        ),
        (
            rf"{AR_PREFIX}(?:في\s+|خلال\s+)?({alternatives(AR_DECADE_WORDS)})",
            lambda m, a: (f"19{AR_DECADE_WORDS[m[1]]}X", "decade"),
        ),
        (
            rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?(?:[وف]?(?:ل|ب)?(?:ال)?)(?:عام|سنة)\s+{YEAR}{NOT_QUANTITY}",
            lambda m, a: (m[1], "absolute"),
        ),
        (rf"(?<![{AR}\w])(?:في|خلال)\s+{YEAR}{NOT_QUANTITY}", lambda m, a: (m[1], "absolute")),
        (rf"(?<![\d\w]){YEAR}{NOT_QUANTITY}(?![{AR}\d])", lambda m, a: (m[1], "absolute")),
        (
            rf"(?<![{AR}\w])(?:خلال\s+|في\s+|على\s+مدى\s+)?العقود\s+({num})\s+(?:الماضية|الأخيرة)",
            lambda m, a: a and (recent(a, "decade", AR_NUMBERS[m[1]]), "relative"),
        ),
        (
            rf"(?<![{AR}\w])(?:خلال\s+|في\s+)?العقدين\s+(?:الماضيين|الأخيرين)",
            lambda m, a: a and (recent(a, "decade", 2), "relative"),
        ),
        (
            rf"(?<![{AR}\w])(?:منذ|على\s+مدى)\s+({num})\s+عقود",
            lambda m, a: a and (recent(a, "decade", AR_NUMBERS[m[1]]), "relative"),
        ),
        (
            rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?(?:السنوات|الأعوام)\s+(?:الأخيرة|الماضية)",
            lambda m, a: a and (recent(a, "year"), "relative"),
        ),
        (
            rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?(?:الأشهر|الشهور)\s+(?:الأخيرة|الماضية)",
            lambda m, a: a and (recent(a, "month"), "relative"),
        ),
        (
            rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?الأسابيع\s+(?:الأخيرة|الماضية)",
            lambda m, a: a and (recent(a, "week"), "relative"),
        ),
        (
            rf"(?<![{AR}\w])قبل\s+(نحو\s+|حوالي\s+)?({dual})",
            lambda m, a: a and (ago(a, *AR_DUALS[m[2]], bool(m[1])), "relative"),
        ),
        (
            rf"(?<![{AR}\w])قبل\s+(نحو\s+|حوالي\s+)?({num}|\d+)\s+({unit})",
            lambda m, a: a and (ago(a, AR_UNITS[m[3]], number(m[2], AR_NUMBERS) or 1, bool(m[1])), "relative"),
        ),
        (rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?الأسبوع\s+الماضي", lambda m, a: a and (last(a, "week"), "relative")),
        (rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?الشهر\s+الماضي", lambda m, a: a and (last(a, "month"), "relative")),
        (
            rf"(?<![{AR}\w])(?:في\s+|خلال\s+)?(?:العام\s+الماضي|السنة\s+الماضية)",
            lambda m, a: a and (last(a, "year"), "relative"),
        ),
        (rf"(?<![{AR}\w])(?:صباح\s+|مساء\s+)?اليوم(?![{AR}])", lambda m, a: a and (a.edtf, "relative")),
        (rf"(?<![{AR}\w])(?:يوم\s+)?(?:أمس|الأمس)(?![{AR}])", lambda m, a: a and (yesterday(a), "relative")),
        (
            rf"(?<![{AR}\w])(?:في\s+)?(?:شهر\s+)?{month}(?![{AR}\d])(?!\s+\d)",
            lambda m, a: a and (bare_month(a, AR_MONTHS[m[1]]), "relative"),
        ),
    ]


def en_rules() -> list[tuple[str, object]]:
    num = alternatives(EN_NUMBERS)
    unit = alternatives(EN_UNITS)
    return [
        (
            rf"(?i)\b(\d{{1,2}})\s+({EN_MONTH})\.?,?\s+{YEAR}",
            lambda m, a: (f"{m[3]}-{EN_MONTHS[m[2].lower()]:02d}-{int(m[1]):02d}", "absolute"),
        ),
        (
            rf"(?i)\b({EN_MONTH})\.?\s+(\d{{1,2}}),?\s+{YEAR}",
            lambda m, a: (f"{m[3]}-{EN_MONTHS[m[1].lower()]:02d}-{int(m[2]):02d}", "absolute"),
        ),
        (rf"(?i)\bbetween\s+{YEAR}\s+and\s+{YEAR}", lambda m, a: (year_range(m[1], m[2]), "range")),
        (rf"(?i)\bfrom\s+{YEAR}\s+(?:to|until|till)\s+{YEAR}", lambda m, a: (year_range(m[1], m[2]), "range")),
        (rf"\b{YEAR}\s*[-–]\s*{YEAR}{NOT_QUANTITY}", lambda m, a: (year_range(m[1], m[2]), "range")),
        (rf"(?i)\bsince\s+{YEAR}{NOT_QUANTITY}", lambda m, a: (f"{m[1]}/{a.edtf}" if a else f"{m[1]}/..", "since")),
        (
            rf"(?i)\b({EN_MONTH})\.?\s+(?:of\s+)?{YEAR}{NOT_QUANTITY}",
            lambda m, a: (month_edtf(int(m[2]), EN_MONTHS[m[1].lower()]), "absolute"),
        ),
        (
            r"(?i)\bthe\s+(1[89]|20)(\d)0s\s+and\s+(?:the\s+)?(1[89]|20)(\d)0s\b",
            lambda m, a: (f"{m[1]}{m[2]}X/{m[3]}{m[4]}X", "range"),
        ),
        (r"(?i)\bthe\s+(?:early\s+|mid-|late\s+)?(1[89]|20)(\d)0s\b", lambda m, a: (f"{m[1]}{m[2]}X", "decade")),
        (r"(?i)\bthe\s+(?:early\s+|mid-|late\s+)?'?(\d)0s\b", lambda m, a: (f"19{m[1]}X", "decade")),
        (rf"\b{YEAR}{NOT_QUANTITY}\b", lambda m, a: (m[1], "absolute")),
        (
            rf"(?i)\b(?:over|in|during)\s+the\s+(?:past|last)\s+({num})\s+decades",
            lambda m, a: a and (recent(a, "decade", EN_NUMBERS[m[1].lower()]), "relative"),
        ),
        (
            rf"(?i)\bfor\s+({num})\s+decades",
            lambda m, a: a and (recent(a, "decade", EN_NUMBERS[m[1].lower()]), "relative"),
        ),
        (
            r"(?i)\b(?:in\s+)?recent\s+years|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+)?years",
            lambda m, a: a and (recent(a, "year"), "relative"),
        ),
        (
            r"(?i)\b(?:in\s+)?recent\s+months|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+)?months",
            lambda m, a: a and (recent(a, "month"), "relative"),
        ),
        (
            r"(?i)\b(?:in\s+)?recent\s+weeks|\b(?:over|in)\s+the\s+(?:past|last)\s+(?:few\s+)?weeks",
            lambda m, a: a and (recent(a, "week"), "relative"),
        ),
        (
            rf"(?i)\b(about\s+|some\s+|nearly\s+)?({num}|\d+)\s+({unit})\s+ago",
            lambda m, a: (
                a and (ago(a, EN_UNITS[m[3].lower()], number(m[2].lower(), EN_NUMBERS) or 1, bool(m[1])), "relative")
            ),
        ),
        (r"(?i)\blast\s+week\b", lambda m, a: a and (last(a, "week"), "relative")),
        (r"(?i)\blast\s+month\b", lambda m, a: a and (last(a, "month"), "relative")),
        (r"(?i)\blast\s+year\b", lambda m, a: a and (last(a, "year"), "relative")),
        (r"(?i)\b(?:this\s+morning|today|tonight|this\s+evening)\b", lambda m, a: a and (a.edtf, "relative")),
        (r"(?i)\byesterday\b", lambda m, a: a and (yesterday(a), "relative")),
        (
            r"(?i)\bin\s+(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)",
            lambda m, a: a and (bare_month(a, EN_MONTHS[m[1].lower()]), "relative"),
        ),
    ]


Resolve = Callable[..., Any]  # (match, anchor) -> (edtf, kind), or something false when it is no date
RULES: dict[str, list[tuple[re.Pattern[str], Resolve]]] = {
    language: [(re.compile(pattern), cast(Resolve, resolve)) for pattern, resolve in rules()]
    for language, rules in (("he", he_rules), ("ar", ar_rules), ("en", en_rules))
}


def find_dates(text: str, *, language: str, published: str | None = None) -> list[DateMention]:
    """Every date expression in `text`, left to right, without overlaps; spans index into `text`."""
    anchor = Anchor.from_edtf(published)
    searchable = text.translate(ARABIC_DIGITS)  # same length: spans stay valid in `text`
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    for pattern, resolve in RULES.get(language, RULES["en"]):
        for match in pattern.finditer(searchable):
            start, end = match.span()
            start += len(match.group(0)) - len(match.group(0).lstrip())
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                continue
            resolved = resolve(match, anchor)
            if not resolved:
                continue
            edtf, kind = resolved
            try:
                edtf_parse(edtf)
            except ValueError:
                continue  # "31 February" and the like: not a date
            taken.append((start, end))
            mentions.append(DateMention(start=start, end=end, text=text[start:end], edtf=edtf, kind=kind))
    return sorted(mentions, key=lambda mention: mention.start)
