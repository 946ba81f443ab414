"""A relative clause after a comma — "…, which ended in a 1994 ceasefire", "…, שהסתיימה ב-1994", "…، التي انتهت
أواخر 2020" — tells an event of its own about the noun before it: a date in it dates that clause, and the clause
it hangs from keeps its own date (a named period, a day), even when the relative's date falls inside it. Sentences
composed in three languages; Hypothesis draws the periods, the days and the years (added 2026-12-07)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.edtf import edtf_parse
from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser
from tests.facts.extraction.test_generated_pages import GAZETTEER

ROOT = Path(__file__).resolve().parents[3]
WARS = [
    period
    for period in json.loads((ROOT / "fixtures" / "periods.json").read_text(encoding="utf-8"))["periods"]
    if period["kind"] == "war" and not period["edtf"].endswith("..")
]

PERIOD_TEMPLATES = {  # {period}: a war's name; {relative}: when it ended
    "en": "The dispute between Azerbaijan and Armenia goes back to the {period}, which ended {relative}.",
    "he": "שורשי הסכסוך בין אזרבייג'ן לארמניה ב{period}, שהסתיימה {relative}.",
    "ar": "ويعود النزاع بين أذربيجان وأرمينيا إلى {period}، التي انتهت {relative}.",
}
DAY_TEMPLATES = {  # {day}: the day it was signed; {relative}: when it came into force
    "en": "Israel and Azerbaijan signed the agreement on {day}, which came into force {relative}.",
    "he": "ישראל ואזרבייג'ן חתמו על ההסכם ב-{day}, שנכנס לתוקף {relative}.",
    "ar": "ووقعت إسرائيل وأذربيجان الاتفاق في {day}، الذي دخل حيز التنفيذ {relative}.",
}
YEAR_WORDS = {"en": ["in {y}", "in a {y} ceasefire"], "he": ["ב-{y}", "בהפסקת אש ב-{y}"], "ar": ["عام {y}", "في {y}"]}
MONTH_WORDS = {"en": "in {m} {y}", "he": "ב{m} {y}", "ar": "في {m} {y}"}
DAY_WORDS = {"en": "{d} {m} {y}", "he": "{d} ב{m} {y}", "ar": "{d} {m} {y}"}


def relative_date(c: HypothesisChooser, language: str, year: int) -> tuple[str, str]:
    """The relative clause's date in words and its EDTF: a year, or a month of it."""
    if c.integer(0, 1):
        return c.pick(YEAR_WORDS[language]).format(y=year), str(year)
    month = c.integer(1, 12)
    return MONTH_WORDS[language].format(m=c.pick(MONTH_NAMES[language][month]), y=year), f"{year}-{month:02d}"


def proposals(text: str, language: str, published: str) -> list[tuple[str, str]]:
    found = proposals_for(
        text, language=language, published=published, source_kind=None, gazetteer=GAZETTEER, periods=None
    )
    return [(p.quote.rstrip("."), p.date) for p in found]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_war_keeps_its_period_and_the_relative_clause_dates_its_end(language, data):
    c = HypothesisChooser(data)
    war = c.pick(WARS)
    bounds = edtf_parse(war["edtf"])
    end_year = c.integer(bounds.start.year, bounds.end.year)  # inside the war's own span, as its end is
    words, edtf = relative_date(c, language, end_year)
    name = c.pick(war["names"][language])
    text = PERIOD_TEMPLATES[language].format(period=name, relative=words)
    published = f"{bounds.end.year + 3}-05-10"

    found = proposals(text, language, published)

    main, relative = text.split("," if language != "ar" else "،", 1)
    assert (main, war["edtf"]) in found, found
    assert (relative.strip().rstrip("."), edtf) in found, found


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_day_keeps_its_clause_and_the_relative_clause_dates_its_own_event(language, data):
    c = HypothesisChooser(data)
    signed = dt.date(c.integer(1995, 2022), c.integer(1, 12), c.integer(1, 28))
    words, edtf = relative_date(c, language, signed.year + c.integer(1, 3))
    day = DAY_WORDS[language].format(d=signed.day, m=c.pick(MONTH_NAMES[language][signed.month]), y=signed.year)
    text = DAY_TEMPLATES[language].format(day=day, relative=words)

    found = proposals(text, language, "2025-05-10")

    main, relative = text.split("," if language != "ar" else "،", 1)
    assert (main, signed.isoformat()) in found, found
    assert (relative.strip().rstrip("."), edtf) in found, found


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "In 2009 Peres visited Baku, which he called a friend of Israel.", "2009"),
        ("he", "ב-2009 ביקר פרס בבאקו, שאותה כינה ידידת ישראל.", "2009"),
        ("ar", "زار بيريز باكو عام 2009، التي وصفها بأنها صديقة لإسرائيل.", "2009"),
        # an apposition after the comma, not a relative: "שר החוץ" leaves no word without its first letter
        ("he", "ב-2012 ביקר בבאקו אביגדור ליברמן, שר החוץ, ונפגש עם הנשיא עלייב.", "2012"),
    ],
)
def test_a_relative_clause_without_a_date_of_its_own_stays_in_its_sentence(language, text, date):
    assert proposals(text, language, "2013-01-01") == [(text.rstrip("."), date)]


EMBEDDED_TEMPLATES = {  # a relative clause inside its sentence, after the subject it tells of
    "en": "The embassy of Azerbaijan in Tel Aviv, which opened {when}, welcomed the decision with Israel today.",
    "he": "שגרירות אזרבייג'ן בתל אביב, שנפתחה {when}, בירכה היום על ההחלטה עם ישראל.",
    "ar": "سفارة أذربيجان في تل أبيب، التي افتتحت {when}، رحبت اليوم بالقرار مع إسرائيل.",
}
# when it opened: a month of the year of publication, or a day written with a comma before its year
OPENED_IN_MONTH = {"en": "in {m}", "he": "ב{m}", "ar": "في {m}"}
OPENED_ON_DAY = {"en": "on {m} {d}, {y}", "he": "ב-{d} ב{m}, {y}", "ar": "في {d} {m}، {y}"}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_relative_clause_inside_its_sentence_dates_itself_with_its_subject(language, data):
    """ "The embassy …, which opened in March, welcomed the decision today": the embassy's opening is dated by
    its month (quoted with the subject it tells of), the welcome by the day of publication (the whole sentence)."""
    c = HypothesisChooser(data)
    published = dt.date(c.integer(2012, 2024), c.integer(3, 12), c.integer(1, 28))
    month = c.pick([m for m in range(1, published.month) if not (language == "he" and m == 5)])
    # (Hebrew "במאי" alone is "the director" before it is "in May": a month without its year is not read)
    month_name = c.pick(MONTH_NAMES[language][month])
    if c.integer(0, 1):
        when, edtf = OPENED_IN_MONTH[language].format(m=month_name), f"{published.year}-{month:02d}"
    else:
        day = dt.date(published.year - 1, month, c.integer(1, 28))
        when, edtf = OPENED_ON_DAY[language].format(m=month_name, d=day.day, y=day.year), day.isoformat()
    text = EMBEDDED_TEMPLATES[language].format(when=when)

    found = proposals(text, language, published.isoformat())

    subject_and_relative = text[: text.index(when) + len(when)]
    assert (subject_and_relative, edtf) in found, found
    assert (text.rstrip("."), published.isoformat()) in found, found
