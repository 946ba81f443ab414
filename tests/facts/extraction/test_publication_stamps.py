"""The publication day read from a page's own stamps, on pages composed from parts in Hebrew, Arabic and English:
a crawler's store stamp, a site clock in the masthead, menus, a headline, the article's stamp in one of the
forms sites print it (labelled, in a byline, alone with its time, after a place, without its year), an update,
a photo credit, a dated caption and a "read also" line, each with a day of its own, then the body.

The expected day is the one the parts were composed with; Hypothesis draws the parts (derandomized), so the
test covers the layout as a class rather than pages somebody wrote."""

from __future__ import annotations

import datetime as dt

import pytest
from hijridate import Gregorian
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.ingestion.repair import strip_stamp
from facts.extraction.pipeline import extract_document, proposals_for
from facts.extraction.publication import published_from_text
from tests.facts.extraction.date_expressions import (
    ARABIC_INDIC,
    HEBREW_CALENDAR_MONTHS,
    HIJRI_CALENDAR_MONTHS,
    MONTH_NAMES,
    WEEKDAYS,
    HypothesisChooser,
    arabic_as_sites_write,
    hebrew_numeral,
)
from tests.facts.extraction.test_generated_pages import GAZETTEER

PUBLISHED_LABELS = {
    "en": ["Published", "Posted on", "First published:", "Published on"],
    "he": ["פורסם:", "פורסם", "תאריך פרסום:", "פורסם ב-"],
    "ar": ["نشر في", "نُشر بتاريخ", "تاريخ النشر:", "نشر"],
}
UPDATED_LABELS = {
    "en": ["Updated", "Last updated:", "Updated on"],
    "he": ["עודכן", "עדכון אחרון:", "עודכן לאחרונה"],
    "ar": ["آخر تحديث:", "اخر تحديث", "تحديث:"],
}
OTHER_LINES = {  # a line whose date is another article's or a photograph's
    "en": ["Read also: Baku hosts an energy forum | {d}", "Photo: Reuters/Archive, {d}", "Most read: talks ({d})"],
    "he": ["עוד בנושא: פורום אנרגיה בבאקו | {d}", "צילום: ארכיון, {d}", "קראו גם: השיחות התחדשו ({d})"],
    "ar": ["اقرأ أيضا: منتدى للطاقة في باكو | {d}", "تصوير: أرشيف، {d}", "الأكثر قراءة: استئناف المحادثات ({d})"],
}
CAPTIONS = {  # a sentence holding a day: who is pictured, where, when
    "en": "The two foreign ministers at the ceremony in Baku, {d}",
    "he": "שני שרי החוץ בטקס בבאקו, {d}",
    "ar": "وزيرا الخارجية خلال المراسم في باكو، {d}",
}
BYLINES = {
    "en": ["By Dana Whitfield | {d} | 4 min read", "Farid Huseynli, Senior Fellow  ·  {d}  ·  7 min read"],
    "he": ["מאת דנה לוי | {d}", "דנה לוי, כתבת מדינית · {d}"],
    "ar": ["كتب: محمود عبد الرازق | {d}", "بقلم ليلى حسن - {d}"],
}
MADE = {  # a document's header says when it was prepared, recorded or broadcast
    "en": [
        "Prepared by the Parliamentary Research Service, {d}",
        "Session 2023–24 | Prepared by the Research Unit, {d}",
        "Recorded {d}",
        "Broadcast on {d} at 20:30",
    ],
    "he": ["הוכן על ידי מחלקת המחקר, {d}", "שודר ב-{d}", "הוקלט ב-{d}"],
    "ar": ["إعداد وحدة الأبحاث، {d}", "نص المقابلة كما بثت مساء {d}", "أذيعت الحلقة في {d}"],
}
OPENING = {  # ... or the body's first short sentences do
    "en": "Transcript. Recorded and released {d}. ",
    "he": "תמליל. הוקלט ושודר ב-{d}. ",
    "ar": "نص الحلقة. سجلت وبثت في {d}. ",
}
TABLE = {  # a table of dated rows before the body: content, not stamps
    "en": ("Date | Visitor | Place", "{d} | Foreign minister | Baku"),
    "he": ("תאריך | אורח | מקום", "{d} | שר החוץ | באקו"),
    "ar": ("التاريخ | الزائر | المكان", "{d} | وزير الخارجية | باكو"),
}
MASTHEAD = {
    "en": ("CASPIAN MERIDIAN  ·  {d}  ·  Subscribe  ·  Sign in", "Home › World › Caucasus",
           "Azerbaijan and Israel sign an accord on water technology", "Ministers meet for a second round"),
    "he": ("חדשות הקווקז | {d}", "ראשי > חדשות > מדיני", "אזרבייג'ן וישראל חתמו על הסכם בתחום המים",
           "השרים נפגשו לסבב שני"),
    "ar": ("بوابة القوقاز | {d}", "الرئيسية › أخبار العالم › آسيا", "أذربيجان وإسرائيل توقعان اتفاقا في مجال المياه",
           "الوزراء يلتقون في جولة ثانية"),
}  # fmt: skip
BODY = {
    "en": "Azerbaijan and Israel signed an agreement on water technology in Baku, the two foreign ministries said "
    "in a joint statement issued after the meeting.",
    "he": "אזרבייג'ן וישראל חתמו בבאקו על הסכם לשיתוף פעולה בתחום טכנולוגיות המים, כך נמסר בהודעה משותפת של שני "
    "משרדי החוץ לאחר הפגישה.",
    "ar": "وقعت أذربيجان وإسرائيل في باكو اتفاقا للتعاون في مجال تقنيات المياه، بحسب بيان مشترك صدر عن وزارتي "
    "الخارجية في البلدين عقب الاجتماع.",
}


def in_its_other_calendar(language: str, day: dt.date) -> str:
    """The day in the calendar a site prints beside the Gregorian one: the Hebrew in Hebrew, the Hijri (Umm
    al-Qura) with its era in Arabic and English ("١٤ رمضان ١٤٤٥ هـ", "14 Ramadan 1445 AH", "י"ד בחשוון תשפ"ד")."""
    from convertdate import hebrew

    if language == "he":
        year, month, day_of_month = hebrew.from_gregorian(day.year, day.month, day.day)
        number = hebrew_numeral(day_of_month) if day_of_month > 9 else hebrew_numeral(day_of_month).replace('"', "'")
        return f"{number} ב{HEBREW_CALENDAR_MONTHS['he'][month - 1]} {hebrew_numeral(year - 5000)}"
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    era = {"ar": "هـ", "en": "AH"}[language]
    return f"{hijri.day} {HIJRI_CALENDAR_MONTHS[language][hijri.month - 1]} {hijri.year} {era}"


def written(c: HypothesisChooser, language: str, day: dt.date, *, weekday: bool = True, calendars: bool = False) -> str:
    """A day as a site prints it: words in any of the language's month systems, or day-first numerals; on a
    stamp line (`calendars`), perhaps after the same day in the site's other calendar and a dash (added
    2026-12-06: the two were read as one span, and the page had no stamp)."""
    if calendars and c.pick([False, False, True]):
        words = written(c, language, day, weekday=False)
        both = f"{in_its_other_calendar(language, day)} - {words}"
        return arabic_as_sites_write(c, both) if language == "ar" else both
    if c.pick(["words", "numeric"]) == "numeric":
        separator = c.pick([".", "/", "-"])
        year = str(day.year) if c.pick([True, False]) else f"{day.year % 100:02d}"
        text = f"{day.day:02d}{separator}{day.month:02d}{separator}{year}"
        return text.translate(ARABIC_INDIC) if language == "ar" and c.pick([False, True]) else text
    month = c.pick(MONTH_NAMES[language][day.month])
    name = WEEKDAYS[language][day.weekday()] if weekday and c.pick([False, True]) else ""
    if language == "en":
        text = c.pick(["{d} {m} {y}", "{m} {d}, {y}"]).format(d=day.day, m=month, y=day.year)
        return f"{name}, {text}" if name else text
    if language == "he":
        text = c.pick(["{d} ב{m} {y}", "{d} ב{m}, {y}"]).format(d=day.day, m=month, y=day.year)
        return f"יום {name}, {text}" if name else text
    text = c.pick(["{d} {m} {y}", "{d} {m}، {y}"]).format(d=day.day, m=month, y=day.year)
    return arabic_as_sites_write(c, f"{name}، {text}" if name else text)


def yearless(c: HypothesisChooser, language: str, day: dt.date) -> str:
    month = c.pick(MONTH_NAMES[language][day.month])
    return {"en": f"{day.day} {month}. 9:30", "he": f"{day.day} ב{month}, 09:30", "ar": f"{day.day} {month} - 09:30"}[
        language
    ]


def compose(c: HypothesisChooser, language: str) -> tuple[str, str]:
    text, published, _ = compose_with_stamp(c, language)
    return text, published


def compose_with_stamp(c: HypothesisChooser, language: str) -> tuple[str, str, str]:
    """A page, its publication day and the words that stamp it (a line, or the body's opening sentence)."""
    published = dt.date(c.integer(2012, 2025), c.integer(1, 12), c.integer(1, 28))
    rendered = published + dt.timedelta(days=c.integer(0, 200))
    clock, crumbs, headline, subheadline = MASTHEAD[language]
    lines = []
    store = c.pick([True, False])
    if store:
        lines.append(f" date {rendered.isoformat()} ")
    site_clock = c.pick([True, False])
    if site_clock:
        lines.append(clock.format(d=written(c, language, rendered)))
    lines += [crumbs, headline]
    if c.pick([True, False]):
        lines.append(subheadline)
    form = c.pick(
        ["labelled", "made", "opening", "byline", "alone", "place", "yearless"]
        if store or site_clock
        else ["labelled", "made", "opening"]
    )
    opening = ""
    if form == "labelled":
        stamp = f"{c.pick(PUBLISHED_LABELS[language])} {written(c, language, published, calendars=True)}"
        if c.pick([False, True]):
            updated = published + dt.timedelta(days=c.integer(1, 30))
            stamp += f" | {c.pick(UPDATED_LABELS[language])} {written(c, language, updated)}"
    elif form == "byline":
        stamp = c.pick(BYLINES[language]).format(d=written(c, language, published))
    elif form == "alone":
        stamp = f"{written(c, language, published, calendars=True)} | 11:40"
    elif form == "place":
        stamp = f"{ {'en': 'Baku', 'he': 'באקו', 'ar': 'باكو'}[language] }, {written(c, language, published)}"
    elif form == "made":
        stamp = c.pick(MADE[language]).format(d=written(c, language, published))
    elif form == "opening":
        stamp, opening = "", OPENING[language].format(d=written(c, language, published))
    else:
        stamp = yearless(c, language, published)
    if stamp:
        lines.append(stamp)
    other = published - dt.timedelta(days=c.integer(1, 900))
    for extra in (c.pick(OTHER_LINES[language]), CAPTIONS[language]):
        if c.pick([True, False]):
            lines.append(extra.format(d=written(c, language, other, weekday=False)))
    if c.pick([False, True]):
        header, row = TABLE[language]
        rows = [row.format(d=written(c, language, other - dt.timedelta(days=c.integer(0, 3000)), weekday=False))]
        lines += [header, *rows, row.format(d=written(c, language, other, weekday=False))]
    lines.append(opening + BODY[language])
    return "\n".join(lines) + "\n", published.isoformat(), stamp or opening.strip()


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_page_says_when_it_was_published(language, data):
    text, published = compose(HypothesisChooser(data), language)
    assert published_from_text(text, language) == published, text


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=10, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_pipeline_takes_the_page_s_day_when_none_is_given(language, data):
    text, published = compose(HypothesisChooser(data), language)
    document = extract_document(name="page.txt", raw_text=text, gazetteer=GAZETTEER)
    assert (document.language, document.published) == (language, published)
    assert f"published {published}: from the text" in document.assumptions


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_page_s_stamps_are_never_claims(language, data):
    text, published, stamp = compose_with_stamp(HypothesisChooser(data), language)
    stored = strip_stamp(text)[0].replace("\n", "\n\n")  # the paragraphs of a stored page
    proposals = proposals_for(
        stored, language=language, published=published, source_kind="web", gazetteer=GAZETTEER, periods=None
    )
    quotes = [proposal.quote for proposal in proposals]
    assert not [q for q in quotes if q in stamp or stamp in q], (stored, quotes)


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_caption_or_another_article_s_date_never_dates_the_page(language):
    day = "30.05.2023"
    lines = [MASTHEAD[language][1], MASTHEAD[language][2], CAPTIONS[language].format(d=day)]
    lines += [line.format(d="12.01.2021") for line in OTHER_LINES[language]]
    assert published_from_text("\n".join([*lines, BODY[language]]), language) is None


def test_a_stamp_without_its_year_takes_it_from_the_store_or_else_follows_what_the_text_states():
    page = "Home › World\nAzerbaijan opens embassy in Israel\n{stamp}\n" + BODY["en"] + "\n"
    assert published_from_text(" date 2023-02-10 " + page.format(stamp="16 Dec. 9:30"), "en") == "2022-12-16"
    stated = page.format(stamp="BAKU, Mar. 30 (Wire)") + "The parliament voted on 18 November 2022.\n"
    assert published_from_text(stated, "en") == "2023-03-30"
    assert published_from_text(page.format(stamp="Posted on Mar. 30"), "en") is None


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "(c) 2017 Israel Economic Mission to the South Caucasus."),
        ("en", "© 2023 Caspian Meridian. All rights reserved."),
        ("he", "כל הזכויות שמורות לחדשות הקווקז, 2021."),
        ("ar", "جميع الحقوق محفوظة لبوابة القوقاز 2020."),
    ],
)
def test_a_copyright_line_is_no_claim(language, line):
    page = f"{BODY[language]}\n\n{line}\n"
    proposals = proposals_for(
        page, language=language, published="2024-01-10", source_kind="web", gazetteer=GAZETTEER, periods=None
    )
    assert [p.quote for p in proposals if p.start >= len(BODY[language])] == []


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Home › News › Today › Israel and Azerbaijan"),
        ("en", "Home > Archive > Yesterday"),
        ("he", "ראשי > חדשות > היום בעולם"),
        ("he", "דף הבית » כלכלה » אתמול"),
        ("ar", "الرئيسية » أخبار اليوم » إسرائيل وأذربيجان"),
        ("ar", "الرئيسية › تقارير › أمس"),
    ],
)
def test_a_breadcrumb_is_no_claim_whatever_day_its_sections_name(language, line):
    """A section called "Today" or "أخبار اليوم" in the site's path is furniture, not an event of publication."""
    page = f"{line}\n\n{BODY[language]}\n"
    proposals = proposals_for(
        page, language=language, published="2024-01-10", source_kind="news", gazetteer=GAZETTEER, periods=None
    )
    assert [p.quote for p in proposals if p.start < len(line)] == []
