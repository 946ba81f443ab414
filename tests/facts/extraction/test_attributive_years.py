"""A year that qualifies a noun — "the 2009 visit", "Azerbaijan's 2020 offensive", "ביקור 2009", "מלחמת 2020",
"زيارة 2009", "حرب 2020" — names another event than the one its sentence dated before it: it neither dates a
claim of that sentence nor becomes the time "two days later" counts from. Sentences composed in three
languages; Hypothesis draws the nouns, the dates and the years (added 2026-12-07)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.dates import find_dates
from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser
from tests.facts.extraction.test_generated_pages import GAZETTEER

TEMPLATES = {
    "en": "On {day} {month} {year}, the embassy of Israel opened an exhibition on {qualified}. Two days later, "
    "Azerbaijan sent a delegation.",
    "he": "ב-{day} ב{month} {year} פתחה שגרירות ישראל תערוכה על {qualified}. יומיים לאחר מכן שלחה אזרבייג'ן משלחת.",
    "ar": "في {day} {month} {year} افتتحت سفارة إسرائيل معرضا عن {qualified}. وبعد يومين أرسلت أذربيجان وفدا.",
}
QUALIFIED = {  # {y}: the year that qualifies the noun (no war or election: a year may make those a named period)
    "en": ["the {y} visit", "its {y} report", "Azerbaijan's {y} summit", "the {y} accords", "their {y} agreement"],
    "he": ["ביקור {y}", "דוח {y}", "פסגת {y}", "הסכם {y}", "הסכם הגז של {y}"],
    "ar": ["زيارة {y}", "تقرير {y}", "قمة {y}", "اتفاق {y}", "اتفاقية الغاز {y}"],
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_year_that_qualifies_a_noun_neither_dates_the_sentence_nor_is_counted_from(language, data):
    c = HypothesisChooser(data)
    day = dt.date(c.integer(2010, 2024), c.integer(1, 12), c.integer(1, 26))
    qualifying = c.integer(1992, day.year - 1)
    text = TEMPLATES[language].format(
        day=day.day,
        month=c.pick(MONTH_NAMES[language][day.month]),
        year=day.year,
        qualified=c.pick(QUALIFIED[language]).format(y=qualifying),
    )
    published = (day + dt.timedelta(days=30)).isoformat()

    mentions = find_dates(text, language=language, published=published)
    proposals = proposals_for(
        text, language=language, published=published, source_kind=None, gazetteer=GAZETTEER, periods=None
    )

    assert [m.edtf for m in mentions] == [day.isoformat(), str(qualifying), (day + dt.timedelta(days=2)).isoformat()]
    first_sentence = text.split(". ")[0]
    assert [p.date for p in proposals if p.quote.rstrip(".") in first_sentence] == [day.isoformat()], [
        (p.quote, p.date) for p in proposals
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In 2009, Peres came to Baku. Two days later, he left."),
        ("he", "ב-2009 הגיע פרס לבאקו. לעומת 2008 זה היה שינוי."),
        ("ar", "وصل بيريز إلى باكو في 2009. وقبل 2010 غادر."),
    ],
)
def test_a_year_after_a_particle_or_first_in_its_sentence_is_no_qualifier(language, text):
    """ "In 2009", "לעומת 2008", "قبل 2010": a particle, not a noun, stands before the year; and a year first in
    its sentence is its time whatever stands before it."""
    assert not any(m.attributive for m in find_dates(text, language=language, published="2011-01-01"))
