"""Dates of the Hebrew calendar (convertdate) and the Hijri calendar (hijridate's Umm al-Qura tables, the
tabular calendar outside them) as Gregorian EDTF; Hebrew numerals (gematria) for days and years."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from convertdate import hebrew, islamic
from dateutil.easter import easter
from hijridate import Hijri

GEMATRIA = {
    "א": 1,
    "ב": 2,
    "ג": 3,
    "ד": 4,
    "ה": 5,
    "ו": 6,
    "ז": 7,
    "ח": 8,
    "ט": 9,
    "י": 10,
    "כ": 20,
    "ך": 20,
    "ל": 30,
    "מ": 40,
    "ם": 40,
    "נ": 50,
    "ן": 50,
    "ס": 60,
    "ע": 70,
    "פ": 80,
    "ף": 80,
    "צ": 90,
    "ץ": 90,
    "ק": 100,
    "ר": 200,
    "ש": 300,
    "ת": 400,
}

# convertdate numbers Hebrew months from Nisan (1) to Adar (12) and Adar II (13).
HEBREW_MONTHS = {
    "ניסן": 1,
    "אייר": 2,
    "איר": 2,
    "סיון": 3,
    "סיוון": 3,
    "תמוז": 4,
    "אב": 5,
    "מנחם אב": 5,
    "אלול": 6,
    "תשרי": 7,
    "חשון": 8,
    "חשוון": 8,
    "מרחשוון": 8,
    "מרחשון": 8,
    "כסלו": 9,
    "כסליו": 9,
    "טבת": 10,
    "שבט": 11,
    "אדר": 12,
    "אדר א": 12,
    "אדר א'": 12,
    "אדר ב": 13,
    "אדר ב'": 13,
}
HEBREW_MONTHS_EN = {
    "nisan": 1,
    "iyar": 2,
    "iyyar": 2,
    "sivan": 3,
    "tammuz": 4,
    "tamuz": 4,
    "av": 5,
    "elul": 6,
    "tishrei": 7,
    "tishri": 7,
    "cheshvan": 8,
    "heshvan": 8,
    "marcheshvan": 8,
    "kislev": 9,
    "tevet": 10,
    "tevet ": 10,
    "shevat": 11,
    "shvat": 11,
    "adar": 12,
    "adar i": 12,
    "adar ii": 13,
}
HIJRI_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع الاول": 3,
    "ربيع الآخر": 4,
    "ربيع الثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الاولى": 5,
    "جمادى الآخرة": 6,
    "جمادى الثانية": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}
HIJRI_MONTHS_EN = {
    "muharram": 1,
    "safar": 2,
    "rabi al-awwal": 3,
    "rabi' al-awwal": 3,
    "rabi al-thani": 4,
    "rabi' al-thani": 4,
    "jumada al-awwal": 5,
    "jumada al-ula": 5,
    "jumada al-thani": 6,
    "jumada al-akhirah": 6,
    "rajab": 7,
    "shaban": 8,
    "sha'ban": 8,
    "ramadan": 9,
    "shawwal": 10,
    "dhu al-qadah": 11,
    "dhu al-qa'dah": 11,
    "dhu al-hijjah": 12,
}


def gematria(letters: str) -> int:
    """A Hebrew numeral: ט"ז is 16, תשפ"ו is 786 (the thousands, 5, are implied in years)."""
    return sum(GEMATRIA.get(letter, 0) for letter in letters)


def hebrew_year(value: int) -> int:
    return value + 5000 if value < 1000 else value


def hebrew_day(year: int, month: int, day: int) -> str:
    return dt.date(*hebrew.to_gregorian(year, month, day)).isoformat()


def hebrew_year_span(year: int) -> str:
    first = dt.date(*hebrew.to_gregorian(year, 7, 1))
    last = dt.date(*hebrew.to_gregorian(year + 1, 7, 1)) - dt.timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


def hijri_day(year: int, month: int, day: int) -> str:
    try:
        return dt.date(*Hijri(year, month, day).to_gregorian().datetuple()).isoformat()
    except (OverflowError, ValueError):
        return dt.date(*islamic.to_gregorian(year, month, day)).isoformat()


def hijri_year_span(year: int) -> str:
    first: dt.date
    try:
        first = dt.date(*Hijri(year, 1, 1).to_gregorian().datetuple())
        last = dt.date(*Hijri(year + 1, 1, 1).to_gregorian().datetuple()) - dt.timedelta(days=1)
    except (OverflowError, ValueError):
        first = dt.date(*islamic.to_gregorian(year, 1, 1))
        last = dt.date(*islamic.to_gregorian(year + 1, 1, 1)) - dt.timedelta(days=1)
    return f"{first.isoformat()}/{last.isoformat()}"


# --- Holidays -----------------------------------------------------------------------------------------------
# Each holiday's date in its own calendar and how many days it lasts (in Israel for the Jewish ones; the day
# of the feast itself for the two Eids). Its date in a Gregorian year is computed, never tabulated.
JEWISH_HOLIDAYS = {  # convertdate's months: Nisan 1 … Elul 6, Tishrei 7 … Adar 12, Adar II 13
    "rosh-hashanah": (7, 1, 2),
    "yom-kippur": (7, 10, 1),
    "sukkot": (7, 15, 7),
    "simchat-torah": (7, 22, 1),  # in Israel, with Shemini Atzeret
    "hanukkah": (9, 25, 8),
    "tu-bishvat": (11, 15, 1),
    "purim": (12, 14, 1),
    "passover": (1, 15, 7),
    "lag-baomer": (2, 18, 1),
    "shavuot": (3, 6, 1),
    "tisha-bav": (5, 9, 1),
}
ISLAMIC_HOLIDAYS: dict[str, tuple[int, int, int | None]] = {  # None: the whole month
    "islamic-new-year": (1, 1, 1),
    "ashura": (1, 10, 1),
    "mawlid": (3, 12, 1),
    "isra-miraj": (7, 27, 1),
    "ramadan": (9, 1, None),
    "eid-al-fitr": (10, 1, 1),
    "eid-al-adha": (12, 10, 1),
}
# Civil and Christian days of the Gregorian year: a fixed day, or a rule. Azerbaijan's Independence Day (28
# May, the republic of 1918) and Independence Restoration Day (18 October 1991) are fixed.
FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "orthodox-christmas": (1, 7),
    "new-year": (1, 1),
    "new-years-eve": (12, 31),
    "azerbaijan-independence-day": (5, 28),
    "independence-restoration-day": (10, 18),
}
# Israel's national days fall on a Hebrew date that the law moves off the Sabbath (and, since 2004,
# Independence Day off Monday): the day observed, from python-holidays' calendar of Israel, by its English name.
ISRAELI_DAYS = {
    "yom-haatzmaut": "Independence Day",
    "yom-hazikaron": "Remembrance Day",
    "yom-yerushalayim": "Jerusalem Day",
}
HOLIDAYS = frozenset(
    {
        *JEWISH_HOLIDAYS,
        *ISLAMIC_HOLIDAYS,
        *FIXED_HOLIDAYS,
        *ISRAELI_DAYS,
        "yom-hashoah",
        "nowruz",
        "easter",
        "thanksgiving",
    }
)


def yom_hashoah(year: int) -> dt.date:
    """Holocaust Remembrance Day, which python-holidays does not hold: 27 Nisan, a Friday's moved to the
    Thursday before and a Sunday's to the Monday after (the law of 1959 as amended, 1997)."""
    day = dt.date(*hebrew.to_gregorian(year + 3760, 1, 27))
    return day + dt.timedelta(days={4: -1, 6: 1}.get(day.weekday(), 0))


@lru_cache(maxsize=256)
def israeli_day(holiday: str, year: int) -> dt.date:
    import holidays  # imported when first asked: building its calendars costs time no other date needs

    observed = holidays.country_holidays("IL", years=year, categories=("public", "optional"), language="en_US")
    name = ISRAELI_DAYS[holiday]
    day = next((day for day, names in sorted(observed.items()) if names.startswith(name)), None)
    if day is None:  # before the state, or a year the calendar does not hold
        raise ValueError(f"{holiday} in {year}")
    return day


def holiday_in(holiday: str, year: int) -> str:
    """The EDTF of a holiday's first occurrence that begins in a Gregorian year: a day, or the interval of
    days it lasts."""
    if holiday in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[holiday]
        return f"{year:04d}-{month:02d}-{day:02d}"
    if holiday == "easter":  # Western (Gregorian) Easter Sunday
        return easter(year).isoformat()
    if holiday == "thanksgiving":  # the United States': the fourth Thursday of November
        first = dt.date(year, 11, 1)
        return (first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)).isoformat()
    if holiday in ISRAELI_DAYS:
        return israeli_day(holiday, year).isoformat()
    if holiday == "yom-hashoah":
        return yom_hashoah(year).isoformat()
    if holiday == "nowruz":
        # 21 March, as the evaluation conventions date it (../shared/eval/web/README.md) and as the festival is
        # told; the Solar Hijri year's first day, at the equinox, is the 20th or 21st
        return dt.date(year, 3, 21).isoformat()
    if holiday in JEWISH_HOLIDAYS:
        month, day, length = JEWISH_HOLIDAYS[holiday]
        starts = []
        for hebrew_year_number in (year + 3760, year + 3761):
            in_month = 13 if month == 12 and hebrew.leap(hebrew_year_number) else month  # Purim: in Adar II
            starts.append(dt.date(*hebrew.to_gregorian(hebrew_year_number, in_month, day)))
        first = next(start for start in starts if start.year == year)
        return days_from(first, length)
    month, day, days = ISLAMIC_HOLIDAYS[holiday]
    approximate_hijri_year = round((year - 622) * 33 / 32)
    for hijri_year in range(approximate_hijri_year - 1, approximate_hijri_year + 3):
        first = dt.date.fromisoformat(hijri_day(hijri_year, month, day))
        if first.year == year:
            if days is None:  # the whole month
                last = dt.date.fromisoformat(hijri_day(hijri_year + (month == 12), month % 12 + 1, 1))
                return f"{first.isoformat()}/{(last - dt.timedelta(days=1)).isoformat()}"
            return days_from(first, days)
    raise ValueError(f"{holiday} does not begin in {year}")


def holiday_in_its_calendar(holiday: str, year: int) -> str | None:
    """A Jewish holiday of a Hebrew year (Yom Kippur 5784) or an Islamic one of a Hijri year (Eid al-Fitr
    1445): its Gregorian day or days. None for a holiday of another calendar."""
    if holiday in JEWISH_HOLIDAYS:
        month, day, length = JEWISH_HOLIDAYS[holiday]
        if month == 12 and hebrew.leap(year):
            month = 13  # Purim: in Adar II
        return days_from(dt.date(*hebrew.to_gregorian(year, month, day)), length)
    if holiday in ISLAMIC_HOLIDAYS:
        month, day, days = ISLAMIC_HOLIDAYS[holiday]
        first = dt.date.fromisoformat(hijri_day(year, month, day))
        if days is None:
            last = dt.date.fromisoformat(hijri_day(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)
            return f"{first.isoformat()}/{last.isoformat()}"
        return days_from(first, days)
    return None


def days_from(first: dt.date, length: int) -> str:
    if length == 1:
        return first.isoformat()
    return f"{first.isoformat()}/{(first + dt.timedelta(days=length - 1)).isoformat()}"
