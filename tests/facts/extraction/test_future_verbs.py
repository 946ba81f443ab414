"""A verb in the future plans what its sentence dates: a day without its year, a weekday, a holiday is the next one
after publication, not the last. The future is read from the verb's form, not from a list of verbs: Hebrew's
prefix י/ת before a stem whose infinitive is a word of its own, and clearly commoner than the form ("יופיעו" ←
"להופיע"); Arabic's سـ before an imperfect ("ستشارك" ← "تشارك"); English's auxiliaries. Verbs of every
conjugation and person, composed into sentences with a day drawn by Hypothesis (added 2026-12-07)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.dates import find_dates, grammar
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser

# Future forms the grammar's word lists do not hold: pa'al, pi'el, hif'il, nif'al, hitpa'el; he, she, they
FUTURES = {
    "he": ["יופיע", "יופיעו", "תשתתף", "ישתתפו", "יצטרפו", "תצטרף", "ינחתו", "יסיירו", "תציג", "יעבירו", "ידונו",
           "יאשרו", "ישלחו", "תמשיך", "יבחנו", "יכהן", "יודיעו", "ייערכו", "יחתמו", "ינסו", "יעמדו", "יוביל"],
    "ar": ["ستشارك", "سيشارك", "سيفتتح", "ستستضيف", "سيناقش", "سيوقع", "ستعقد", "سيحضر", "ستطلق", "سيلقي"],
    "en": ["will attend", "will open", "is to visit", "are due to sign", "will hold", "shall meet", "is set to open"],
}  # fmt: skip
TEMPLATES = {  # {verb} then the day it plans, the day without its year
    "he": "לדברי גורם מדיני, המשלחת {verb} בכנס בבאקו ב-{day} ב{month}.",
    "ar": "وقال مسؤول إن الوفد {verb} في المؤتمر في باكو يوم {day} {month}.",
    "en": "An official said the delegation {verb} the conference in Baku on {day} {month}.",
}
# The same letters as a future, read as adjectives or nouns in a past sentence: nothing planned
NOT_FUTURES = {
    "he": ["ישיר", "יעיל", "יציב", "ירוק", "תמים", "יפה"],
    "ar": ["سياسي", "سياحي", "سيارة", "سنوي"],
    "en": ["willing", "shallow"],
}
PAST_TEMPLATES = {
    "he": "הקו ה{word} לבאקו נפתח ב-{day} ב{month}.",
    "ar": "وافتتح الخط ال{word} إلى باكو يوم {day} {month}.",
    "en": "The {word} line to Baku was opened on {day} {month}.",
}


def day_and_published(c: HypothesisChooser) -> tuple[dt.date, dt.date, dt.date]:
    """Publication in mid-year and a day some months before it in the calendar: the last such day was this year,
    the next one is next year."""
    published = dt.date(c.integer(2010, 2024), c.integer(6, 9), c.integer(1, 28))
    month = c.integer(1, published.month - 3)
    day = c.integer(1, 28)
    return published, dt.date(published.year, month, day), dt.date(published.year + 1, month, day)


def month_name(c: HypothesisChooser, language: str, month: int) -> str:
    names = [n for n in MONTH_NAMES[language][month] if not (language == "he" and n == "מאי")]
    return c.pick(names or MONTH_NAMES[language][month])


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@pytest.mark.parametrize(
    ("words", "templates", "planned"),
    [(FUTURES, TEMPLATES, True), (NOT_FUTURES, PAST_TEMPLATES, False)],
    ids=["a future verb plans the next day of that name", "the future's letters in a past sentence plan nothing"],
)
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_day_a_sentence_names_is_ahead_only_when_its_verb_is_future(language, words, templates, planned, data):
    c = HypothesisChooser(data)
    published, last, following = day_and_published(c)
    word = c.pick(words[language])
    day = following if planned else last
    text = templates[language].format(verb=word, word=word, day=day.day, month=month_name(c, language, day.month))

    assert grammar(language).speaks_of_the_future(text) == planned, word
    assert [m.edtf for m in find_dates(text, language=language, published=published.isoformat())] == [
        day.isoformat()
    ], word


@pytest.mark.parametrize("name", ["חג'ייב", "חג׳ייב", "ג'יימס", "ג׳יימס"])
def test_a_name_written_with_a_geresh_is_no_future_verb(name):
    """ "חג'ייב": the letters after the geresh are not a word ("ייב"), whatever they begin with."""
    text = f"ב-18 בפברואר נפגש {name} עם נתניהו."
    assert not grammar("he").speaks_of_the_future(text)
    assert [m.edtf for m in find_dates(text, language="he", published="2025-03-01")] == ["2025-02-18"]
