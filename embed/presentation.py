"""What one embedded timeline item shows, in the reader's language: pure functions from claim records
(facts.selectors.claims_as_records: plain values, related rows built by the database) to plain data the
template renders."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from convertdate import hebrew, islamic
from hijridate import Gregorian

from core.display import whole_words
from core.edtf import DatePrecision, edtf_display
from core.models import text_direction
from facts.models import CONTEXT_CHARS, OPEN_START
from facts.representation import open_end, open_start, text_in

CALENDARS = ("", "hebrew", "hijri")

HEBREW_MONTHS = {
    "en": [
        "Nisan",
        "Iyar",
        "Sivan",
        "Tammuz",
        "Av",
        "Elul",
        "Tishrei",
        "Cheshvan",
        "Kislev",
        "Tevet",
        "Shevat",
        "Adar",
        "Adar II",
    ],
    "he": ["ניסן", "אייר", "סיוון", "תמוז", "אב", "אלול", "תשרי", "חשוון", "כסלו", "טבת", "שבט", "אדר", "אדר ב׳"],
}
HIJRI_MONTHS = {
    "en": [
        "Muharram",
        "Safar",
        "Rabi al-Awwal",
        "Rabi al-Thani",
        "Jumada al-Awwal",
        "Jumada al-Thani",
        "Rajab",
        "Shaban",
        "Ramadan",
        "Shawwal",
        "Dhu al-Qadah",
        "Dhu al-Hijjah",
    ],
    "ar": [
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
    ],
}
WORDS = {
    "en": {
        "disputed": "Disputed by",
        "not_found": "No such entry",
        "not_public": "This entry does not exist, or it is not public: waiting for review, rejected or withdrawn.",
        "example": "e.g.",  # before a placeholder, so that it is not read as a value
        "bad_date": (
            "We could not read this date. Give a year (2014), a month (2014-09), a day "
            "(2014-09-03) or a date in words (May 2023, last year)."
        ),
        "reversed": "This period ends before it starts: the end must not come before the start.",
        "bad_choice": "This value is not one of the choices.",
        "not_applied": "Not applied",
        "comma": ", ",  # between the items of a list
        "semicolon": "; ",
        "sources": "Sources",
        "actor": "Actor",
        "topic": "Topic",
        "from": "From",
        "to": "To",
        "all": "All",
        "apply": "Apply",
        "jump": "Jump to",
        "entries": "Entries",  # a label before the count: no plural to agree with the number
        "truncated": "the first 2,000; narrow the filters",
        "chart": "Entries per year, by topic",
        "none": "No entries match.",
        "fallback": "in English",
        "search": "Search",
        "source_language": "Sources in",
        "any": "Any language",
        "download": "Download",
        "permalink": "Link to this entry",
        "summary_in": "Summary",
        "back": "The whole timeline",
        "language_name": "English",
        "no_summary": "not written yet",
        "date": "Date",
        "actors": "Who",
        "topics": "Topics",
        "embed": "Embed it on your site",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "since_independence": "From 1991, the year Azerbaijan became independent.",
        "show_earlier": "Show the earlier history too",
    },
    "he": {
        "disputed": "במחלוקת עם",
        "not_found": "אין רשומה כזו",
        "not_public": "הרשומה אינה קיימת או שאינה פומבית: ממתינה לבדיקה, נדחתה או הוסרה.",
        "example": "למשל",  # before a placeholder, so that it is not read as a value
        "bad_date": (
            "לא הצלחנו לקרוא את התאריך. כתבו שנה (2014), חודש (2014-09), יום "
            "(2014-09-03) או תאריך במילים (מאי 2023, בשנה שעברה)."
        ),
        "reversed": "התקופה מסתיימת לפני שהיא מתחילה: הסוף אינו יכול לבוא לפני ההתחלה.",
        "bad_choice": "הערך אינו אחת האפשרויות.",
        "not_applied": "לא הוחל",
        "comma": ", ",  # between the items of a list
        "semicolon": "; ",
        "sources": "מקורות",
        "actor": "גורם",
        "topic": "נושא",
        "from": "משנת",
        "to": "עד שנת",
        "all": "הכול",
        "apply": "סינון",
        "jump": "מעבר לשנה",
        "entries": "רשומות",  # a label before the count
        "truncated": "2,000 הראשונות; יש לצמצם את הסינון",
        "chart": "רשומות בכל שנה, לפי נושא",
        "none": "אין רשומות מתאימות.",
        "fallback": "באנגלית",
        "search": "חיפוש",
        "source_language": "מקורות ב",
        "any": "כל שפה",
        "download": "הורדה",
        "permalink": "קישור לרשומה",
        "summary_in": "תקציר",
        "back": "כל ציר הזמן",
        "language_name": "עברית",
        "no_summary": "טרם נכתב",
        "date": "תאריך",
        "actors": "מי",
        "topics": "נושאים",
        "embed": "הטמעה באתר שלכם",
        "zoom_in": "הגדלה",
        "zoom_out": "הקטנה",
        "since_independence": "משנת 1991, שבה קיבלה אזרבייג'ן עצמאות.",
        "show_earlier": "הצג גם את ההיסטוריה שקדמה לה",
    },
    "ar": {
        "disputed": "متنازع عليه مع",
        "not_found": "لا يوجد مدخل كهذا",
        "not_public": "هذا المدخل غير موجود أو غير منشور: بانتظار المراجعة أو مرفوض أو مسحوب.",
        "example": "مثلاً",  # before a placeholder, so that it is not read as a value
        "bad_date": (
            "تعذّرت قراءة هذا التاريخ. اكتب سنة (2014) أو شهرًا (2014-09) أو يومًا "
            "(2014-09-03) أو تاريخًا بالكلمات (أيار 2023، العام الماضي)."
        ),
        "reversed": "تنتهي هذه الفترة قبل أن تبدأ: لا يمكن أن تسبق النهاية البداية.",
        "bad_choice": "هذه القيمة ليست من الخيارات.",
        "not_applied": "لم يُطبَّق",
        "comma": "، ",  # between the items of a list
        "semicolon": "؛ ",
        "sources": "المصادر",
        "actor": "الطرف",
        "topic": "الموضوع",
        "from": "من سنة",
        "to": "إلى سنة",
        "all": "الكل",
        "apply": "تصفية",
        "jump": "انتقل إلى سنة",
        "entries": "المدخلات",  # a label before the count: Arabic plurals agree with the number
        "truncated": "أول 2,000؛ ضيّق التصفية",
        "chart": "المدخلات في كل سنة حسب الموضوع",
        "none": "لا توجد مدخلات مطابقة.",
        "fallback": "بالإنجليزية",
        "search": "بحث",
        "source_language": "مصادر بـ",
        "any": "أي لغة",
        "download": "تنزيل",
        "permalink": "رابط هذا المدخل",
        "summary_in": "الملخص",
        "back": "الخط الزمني كاملاً",
        "language_name": "العربية",
        "no_summary": "لم يُكتب بعد",
        "date": "التاريخ",
        "actors": "الأطراف",
        "topics": "المواضيع",
        "embed": "ضمّنه في موقعك",
        "zoom_in": "تكبير",
        "zoom_out": "تصغير",
        "since_independence": "منذ عام 1991، حين نالت أذربيجان استقلالها.",
        "show_earlier": "اعرض التاريخ السابق أيضا",
    },
}


@dataclass(slots=True)  # not frozen: a frozen dataclass's __init__ costs a third of building a page's entries
class QuoteView:
    quote: str
    language: str
    title: str
    source: str
    url: str
    published: str
    prefix: str = ""  # the words around the quote in its article (the claim page shows them)
    suffix: str = ""


@dataclass(slots=True)
class TimelineItem:
    pk: int
    date_text: str
    datetime: str  # for <time datetime>: the first day, "" when open
    year: int | None
    start: str
    end: str
    precision: str
    uncertain: bool
    calendar_text: str
    summary: str
    summary_language: str
    actors: list[tuple[str, str]]
    topics: list[tuple[str, str]]
    quotes: list[QuoteView]
    disputes: list[tuple[int, str]] = field(default_factory=list)

    @property
    def summary_direction(self) -> str:
        return text_direction(self.summary_language)

    @property
    def actor_slugs(self) -> str:
        return " ".join(slug for slug, _ in self.actors)

    @property
    def topic_slugs(self) -> str:
        return " ".join(slug for slug, _ in self.topics)


def hebrew_date_text(day: dt.date, precision: int, language: str) -> str:
    names = HEBREW_MONTHS["he" if language == "he" else "en"]
    if precision == DatePrecision.DAY:
        year, month, date = hebrew.from_gregorian(day.year, day.month, day.day)
        leap_adar = month == 13 or (month == 12 and hebrew.leap(year))
        name = names[12] if month == 13 else names[month - 1] + (" I" if leap_adar and language != "he" else "")
        return f"{date} ב{name} {year}" if language == "he" else f"{date} {name} {year}"
    first, last = hebrew.from_gregorian(day.year, 1, 1)[0], hebrew.from_gregorian(day.year, 12, 31)[0]
    return f"{first}–{last}"


def hijri_from_gregorian(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) in the Umm al-Qura calendar, the official Hijri calendar of Saudi Arabia, which
    its tables cover from 1924-08-01 to 2077-11-16 (1343–1500 AH); outside them, the tabular Islamic
    calendar, which can be a day or two away from the observed one."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError:
        return islamic.from_gregorian(day.year, day.month, day.day)
    return hijri.year, hijri.month, hijri.day


def hijri_date_text(day: dt.date, precision: int, language: str) -> str:
    names = HIJRI_MONTHS["ar" if language == "ar" else "en"]
    suffix = " هـ" if language == "ar" else " AH"
    if precision == DatePrecision.DAY:
        year, month, date = hijri_from_gregorian(day)
        return f"{date} {names[month - 1]} {year}{suffix}"
    first, last = hijri_from_gregorian(dt.date(day.year, 1, 1))[0], hijri_from_gregorian(dt.date(day.year, 12, 31))[0]
    return f"{first}–{last}{suffix}"


def calendar_text(start: dt.date, precision: int, calendar: str, language: str) -> str:
    """The date in the Hebrew or the Hijri (Umm al-Qura) calendar, for dates known to the day, the month or
    the year."""
    if not calendar or start == OPEN_START:
        return ""
    if precision not in (DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR):
        return ""
    convert = hebrew_date_text if calendar == "hebrew" else hijri_date_text
    return convert(start, DatePrecision.DAY if precision == DatePrecision.DAY else DatePrecision.YEAR, language)


PRECISION_LABELS = {precision.value: precision.label for precision in DatePrecision}


# By id: an actor's or a topic's place in name order, its slug and its name in the reader's language.
Names = Mapping[int, tuple[int, str, str]]


def names_by_id(rows: Iterable[Mapping], language: str) -> dict[int, tuple[int, str, str]]:
    """Names for `timeline_item` from rows of facts.selectors.actor_names / topic_names (in name order)."""
    return {row["id"]: (place, row["slug"], text_in(row, "name", language)) for place, row in enumerate(rows)}


def named(values: list, names: Names | None, language: str) -> list[tuple[str, str]]:
    """(slug, name) of each of a record's actors or topics, in name order: from the record's own values, or,
    when the record carries their ids only (representation.TIMELINE_ENTRY), from `names` (one gone from them
    since the record was read is left out)."""
    if names is None:
        return [(value["slug"], text_in(value, "name", language)) for value in values]
    return [(slug, name) for _, slug, name in sorted(names[pk] for pk in values if pk in names)]


def timeline_item(
    record: Mapping,
    *,
    language: str,
    calendar: str = "",
    disputing: Mapping[int, Mapping] | None = None,
    actor_names: Names | None = None,
    topic_names: Names | None = None,
) -> TimelineItem:
    """One item from a claim record; `disputing` holds the summaries of the claims disputing it, by id;
    `actor_names` and `topic_names` name the actors and topics of a record that carries their ids only."""
    start, end, precision = record["date_start"], record["date_end"], record["date_precision"]
    summary = text_in(record, "summary", language)
    summary_language = language if summary != record["summary"] or language == "en" else "en"
    disputing = disputing or {}
    return TimelineItem(
        pk=record["id"],
        date_text=edtf_display(record["date"], language),
        datetime=html_datetime(open_start(start), precision),
        year=None if start == OPEN_START else start.year,
        start=iso_or_empty(open_start(start)),
        end=iso_or_empty(open_end(end)),
        precision=PRECISION_LABELS[precision],
        uncertain=record["date_approximate"] or record["date_uncertain"],
        calendar_text=calendar_text(start, precision, calendar, language),
        summary=summary,
        summary_language=summary_language,
        actors=named(record["actor_list"], actor_names, language),
        topics=named(record["topic_list"], topic_names, language),
        quotes=[quote_view(citation, language) for citation in record["citation_list"]],
        disputes=[(pk, text_in(disputing[pk], "summary", language)) for pk in record["dispute_ids"] if pk in disputing],
    )


def html_datetime(start: dt.date | None, precision: int) -> str:
    """`<time datetime>` at the date's own precision: HTML writes a year, a month or a day ("1992", "1992-04",
    "1992-04-07"); a season is its year, a range or an open interval its start as coarsely as it is known; a
    decade or a century HTML cannot write: "" (the page shows it in words, in a <span>)."""
    if start is None or precision in (DatePrecision.DECADE, DatePrecision.CENTURY):
        return ""
    if precision == DatePrecision.DAY:
        return start.isoformat()
    if precision == DatePrecision.MONTH:
        return f"{start.year:04d}-{start.month:02d}"
    if precision in (DatePrecision.YEAR, DatePrecision.SEASON) or (start.month, start.day) == (1, 1):
        return f"{start.year:04d}"
    return f"{start.year:04d}-{start.month:02d}" if start.day == 1 else start.isoformat()


def iso_or_empty(day: dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def quote_view(citation: Mapping, language: str) -> QuoteView:
    article = citation["article"]
    prefix, suffix = citation.get("prefix") or "", citation.get("suffix") or ""
    return QuoteView(
        quote=citation["quote"],
        language=citation["language"],
        title=article["title"],
        source=article["source"]["name"],
        url=article["url"] or article["source"]["homepage"],
        published=edtf_display(article["published"], language) if article["published"] else "",
        # The stored context is so many characters (for re-anchoring); shown, it is whole words.
        prefix=whole_words(prefix, "", cut_before=len(prefix) >= CONTEXT_CHARS, cut_after=False)[0],
        suffix=whole_words("", suffix, cut_before=False, cut_after=len(suffix) >= CONTEXT_CHARS)[1],
    )


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    height: float
    color: str
    title: str
    year: int = 0
    key: str = ""  # the topic's slug ("" for the rest), for the script that redraws the bars after a filter


@dataclass(frozen=True)
class DensityChart:
    bars: list[Bar]
    legend: list[tuple[str, str]]
    first_year: int
    last_year: int
    bar_width: float
    width: int = 600
    height: int = 80
    ticks: list[tuple[float, int]] = field(default_factory=list)  # (percent of the width from the left, year)


PALETTE = ["#0b5cad", "#c2410c", "#15803d", "#7c3aed", "#b91c1c", "#0e7490"]
OTHER = "#9aa5b1"


def density_chart(items: list[TimelineItem], *, width: int = 600, height: int = 80) -> DensityChart | None:
    """Claims per year, stacked by topic (the six commonest, the rest grey): server-rendered SVG data."""
    dated = [item for item in items if item.year is not None]
    if not dated:
        return None
    topic_counts = Counter(topic for item in dated for topic in item.topics[:1])
    colors = {topic: PALETTE[n] for n, (topic, _) in enumerate(topic_counts.most_common(len(PALETTE)))}
    per_year: dict[int, Counter] = defaultdict(Counter)
    for item in dated:
        topic = item.topics[0] if item.topics else ("", "")
        per_year[item.year or 0][topic if topic in colors else ("", "")] += 1  # dated: the year is set
    first, last = min(per_year), max(per_year)
    slot = width / (last - first + 1)
    tallest = max(sum(counts.values()) for counts in per_year.values())
    bars = []
    for year, counts in sorted(per_year.items()):
        y = float(height)
        for (slug, name), count in sorted(counts.items(), key=lambda pair: pair[0] == ("", "")):
            bar_height = height * count / tallest
            y -= bar_height
            bars.append(
                Bar(
                    x=round((year - first) * slot, 2),
                    y=round(y, 2),
                    height=round(bar_height, 2),
                    color=colors.get((slug, name), OTHER),
                    title=f"{year}: {count} — {name or '…'}",
                    year=year,
                    key=slug,
                )
            )
    return DensityChart(
        bars=bars,
        legend=[(name, color) for (_, name), color in colors.items()],
        first_year=first,
        last_year=last,
        bar_width=round(max(slot - 1, 1), 2),
        width=width,
        height=height,
        ticks=year_marks(first, last),
    )


def year_marks(first: int, last: int) -> list[tuple[float, int]]:
    """Years marked under the chart, each under the middle of its bar: round years at a step that leaves room
    for about eight labels (1, 2, 5, 10, 20, 50 years), the first and last years when none falls between."""
    span = last - first + 1
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100) if span / s <= 8), 100)
    years = [year for year in range(first, last + 1) if year % step == 0] or [first, last]
    return [(round((year - first + 0.5) * 100 / span, 2), year) for year in dict.fromkeys(years)]


@dataclass(frozen=True)
class TimeAxis:
    """The horizontal layout's time axis: year labels and one mark per entry, each at its place in time as a
    percentage of the axis (from the first day of the first year to the last day of the last)."""

    ticks: list[tuple[int, float]]  # (year, at)
    marks: list[tuple[int, float]]  # (claim id, at)


AXIS_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)


def time_axis(items: list[TimelineItem], *, most_labels: int = 12) -> TimeAxis | None:
    """Marks placed in proportion to time, as TimelineJS's navigator places its markers, so that a decade
    with many entries looks crowded and a quiet one empty; an entry sits at its first day (one open at its
    start has no place and no mark). Year labels every 1, 2, 5, 10… years, at most `most_labels`."""
    dated = [(item.pk, dt.date.fromisoformat(item.start)) for item in items if item.start]
    if not dated:
        return None
    first_year = min(day for _, day in dated).year
    last_year = max(day for _, day in dated).year
    origin = dt.date(first_year, 1, 1).toordinal()
    span = dt.date(last_year, 12, 31).toordinal() - origin

    def at(day: dt.date) -> float:
        return round(100 * (day.toordinal() - origin) / span, 3)

    step = next((step for step in AXIS_STEPS if (last_year - first_year) // step + 1 <= most_labels), AXIS_STEPS[-1])
    years = range(-(-first_year // step) * step, last_year + 1, step)
    return TimeAxis(
        ticks=[(year, at(dt.date(year, 1, 1))) for year in years],
        marks=[(pk, at(day)) for pk, day in dated],
    )
