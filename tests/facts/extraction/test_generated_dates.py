"""Date expressions composed from parts in three languages (date_expressions.py), each read exactly as EDTF
computed apart from the grammar: a class of expressions is tested, not the sentences someone wrote. A seeded
sample runs here (Hypothesis, derandomized so that CI is repeatable); `bench/generated_dates.py` runs
thousands."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.facts.extraction.date_expressions import COMPOSERS, LANGUAGES, HypothesisChooser, read_as


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
