"""A status begun by one event and held since ("has served as ambassador since May 2020", "מכהן בתפקידו מאז מאי
2020", "يشغل منصبه منذ أيار 2020", "relations since '92") is a claim about that event, dated by it; a change since
then ("ties have deepened since 1992", "היחסים התהדקו מאז") keeps its span up to publication. The verbs come in
every gender and number (Hebrew's last letters in their final forms: מכהן, מקיים). Composed in three languages;
Hypothesis draws the date and the wording."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser, a_published, arabic_as_sites_write
from tests.facts.extraction.test_generated_pages import GAZETTEER

HELD = {  # {since}: the since-words and their date
    "en": ["Israel's ambassador in Baku has served {since}.",
           "Israel and Azerbaijan have maintained relations {since}.",
           "Azerbaijan's foreign minister has held the post {since}.",
           "Israel has had an embassy in Baku {since}."],
    "he": ["שגריר ישראל בבאקו מכהן בתפקידו {since}.", "שגרירת ישראל בבאקו מכהנת בתפקידה {since}.",
           "שגרירי ישראל ואזרבייג'ן מכהנים בתפקידם {since}.", "ישראל מקיימת יחסים עם אזרבייג'ן {since}.",
           "ישראל ואזרבייג'ן מקיימות יחסים דיפלומטיים {since}.", "הקו בין ישראל לאזרבייג'ן פועל {since}.",
           "יחסים דיפלומטיים בין ישראל לאזרבייג'ן קיימים {since}."],
    "ar": ["يشغل سفير إسرائيل في باكو منصبه {since}.", "تشغل سفيرة إسرائيل في باكو منصبها {since}.",
           "يتولى وزير خارجية أذربيجان منصبه {since}.", "العلاقات بين إسرائيل وأذربيجان قائمة {since}.",
           "وتقيم إسرائيل وأذربيجان علاقات دبلوماسية {since}."],
}  # fmt: skip
CHANGED = {
    "en": ["Ties between Israel and Azerbaijan have deepened {since}.",
           "Relations between Azerbaijan and Iran have been strained {since}."],
    "he": ["היחסים בין ישראל לאזרבייג'ן התהדקו {since}.", "היחסים בין אזרבייג'ן לאיראן מתוחים {since}."],
    "ar": ["تعززت العلاقات بين إسرائيل وأذربيجان {since}.", "والعلاقات بين أذربيجان وإيران متوترة {since}."],
}  # fmt: skip
SINCE = {"en": "since {x}", "he": "מאז {x}", "ar": "منذ {x}"}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_status_held_since_a_date_is_dated_by_its_start_and_a_change_by_the_span(language, data):
    c = HypothesisChooser(data)
    published = a_published(c)
    day = published - dt.timedelta(days=c.integer(200, 9000))
    month = c.pick(MONTH_NAMES[language][day.month])
    x, start = c.pick(
        [
            ({"ar": f"عام {day.year}"}.get(language, str(day.year)), f"{day.year:04d}"),
            (f"{month} {day.year}", f"{day:%Y-%m}"),
        ]
    )
    since = SINCE[language].format(x=x)
    if language == "ar":
        since = arabic_as_sites_write(c, since)
    held, changed = c.pick(HELD[language]).format(since=since), c.pick(CHANGED[language]).format(since=since)

    def dates(text: str) -> list[str]:
        found = proposals_for(
            text,
            language=language,
            published=published.isoformat(),
            source_kind="news",
            gazetteer=GAZETTEER,
            periods=None,
        )
        return [p.date for p in found]

    assert dates(held) == [start], held
    assert dates(changed) == [f"{start}/{published.isoformat()}"], changed
