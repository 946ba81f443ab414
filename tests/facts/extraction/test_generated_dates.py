"""Date expressions composed from parts in three languages (date_expressions.py), each read exactly as EDTF
computed apart from the grammar: a class of expressions is tested, not the sentences someone wrote. A seeded
sample runs here (Hypothesis, derandomized so that CI is repeatable); `bench/generated_dates.py` runs
thousands."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.dates import find_dates
from tests.facts.extraction.date_expressions import COMPOSERS, LANGUAGES, HypothesisChooser, en_suffix, read_as


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(COMPOSERS))
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_composed_date_expression_is_read_exactly(kind, language, data):
    case = COMPOSERS[kind](HypothesisChooser(data), language)

    found = read_as(case)

    assert found == [(found[0][0], case.edtf)] if found else False, (case.text, case.published, case.edtf, found)


def test_the_composers_vary_what_they_compose():
    """A composer that always wrote the same phrase would test one sentence: a hundred draws differ (the words,
    and the words with the date they are read against)."""
    from tests.facts.extraction.date_expressions import RandomChooser

    chooser = RandomChooser(3)
    for kind, compose in COMPOSERS.items():
        for language in LANGUAGES:
            cases = [compose(chooser, language) for _ in range(100)]
            assert len({case.expression for case in cases}) >= 4, (kind, language)
            assert len({(case.expression, case.published) for case in cases}) >= 50, (kind, language)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2025, 12, 31)), form=st.sampled_from(["%d-%b-%Y", "%B the {n}, %Y"]))
def test_dateparser_reads_the_forms_the_grammar_leaves_at_its_own_period(day, form):
    """ "28-Jun-2009", "June the 28th, 2009": no rule of the grammar composes them; dateparser, the fallback,
    reads them to the day, and its mention says it was dateparser's."""
    words = day.strftime(form).replace("{n}", f"{day.day}{en_suffix(day.day)}")
    text = f"The two ministers met on {words} in Vienna."

    found = find_dates(text, language="en", published="2026-01-01")

    assert [(m.text, m.edtf, m.kind) for m in found] == [(words, day.isoformat(), "dateparser")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The market opened at 14:05 and 10 percent of 2000 shares traded; 5 min later it closed."),
        ("he", "הבורסה נפתחה ב-14:05, ו-10% מ-2000 המניות נסחרו; 5 דקות אחר כך נסגרה."),
        ("ar", "افتتحت البورصة عند الساعة 14:05 وتم تداول 10% من 2000 سهم، ثم أغلقت بعد 5 دقائق."),
    ],
)
def test_dateparser_is_not_asked_to_make_dates_of_times_and_quantities(language, text):
    assert [m for m in find_dates(text, language=language, published="2024-05-01") if m.kind == "dateparser"] == []
