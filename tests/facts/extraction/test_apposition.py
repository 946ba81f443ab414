"""A count from the date last given, then the time it reaches named in apposition ("two months later, in August",
"כעבור שלושה חודשים, בינואר", "وبعد يومين، في 3 حزيران"): the two name one time, and the claim is dated by the
time named — in the year the count reaches — not by the count (an estimate when it is loose: "some three months
later") nor by the latest such month before publication. Composed in three languages; Hypothesis draws them."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import HypothesisChooser, named_after_a_count
from tests.facts.extraction.test_generated_pages import GAZETTEER


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_claim_after_a_count_is_dated_by_the_time_named_beside_the_count(language, data):
    case = named_after_a_count(HypothesisChooser(data), language)
    found = proposals_for(
        case.text, language=language, published=case.published, source_kind="news", gazetteer=GAZETTEER, periods=None
    )
    second = [p for p in found if case.expression in p.quote]

    assert [p.date for p in second] == [case.edtf], (case.text, [(p.quote, p.date) for p in found])
