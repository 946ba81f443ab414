"""A count from the date last given, then the time it reaches named in apposition ("two months later, in August",
"כעבור שלושה חודשים, בינואר", "وبعد يومين، في 3 حزيران"): the two name one time, and the claim is dated by the
time named — in the year the count reaches — not by the count (an estimate when it is loose: "some three months
later") nor by the latest such month before publication. Composed in three languages; Hypothesis draws them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser, named_after_a_count
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


TWO_TIMES = {  # two events of one subject, each with its own time, a comma between them ({a}, {b}: the times)
    "en": ["The partnership between Israel and Azerbaijan was forged in {a}, renewed in {b}.",
           "Israel and Azerbaijan signed the first accord in {a}, the second in {b}."],
    "he": ["השותפות בין ישראל לאזרבייג'ן נוצרה ב{a}, חודשה ב{b}.",
           "ישראל ואזרבייג'ן חתמו על ההסכם הראשון ב{a}, על השני ב{b}."],
    "ar": ["تأسست الشراكة بين إسرائيل وأذربيجان في {a}، جددت في {b}.",
           "وقعت إسرائيل وأذربيجان الاتفاق الأول في {a}، الثاني في {b}."],
}  # fmt: skip


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_two_times_the_words_give_a_comma_apart_are_two_claims_not_one_restated(language, data):
    """ "Forged in '92, renewed in '97": dates close together in a clause may restate one time ("three decades
    ago, in late 1991"), but two the words give on their own that do not meet tell two events, each quoted with
    its own words."""
    c = HypothesisChooser(data)
    first = dt.date(c.integer(1992, 2015), c.integer(1, 12), 1)
    second = dt.date(c.integer(first.year + 1, 2024), c.integer(1, 12), 1)
    shape = c.pick(["year", "month"])

    def written(day: dt.date) -> tuple[str, str]:
        if shape == "year":
            return ("-" if language == "he" else "") + str(day.year), f"{day.year:04d}"
        return f"{c.pick(MONTH_NAMES[language][day.month])} {day.year}", f"{day:%Y-%m}"

    (a, a_edtf), (b, b_edtf) = written(first), written(second)
    text = c.pick(TWO_TIMES[language]).format(a=a, b=b)
    found = proposals_for(
        text, language=language, published="2025-01-15", source_kind="news", gazetteer=GAZETTEER, periods=None
    )

    by_date = {p.date: p.quote for p in found}
    assert sorted(by_date) == sorted([a_edtf, b_edtf]), (text, [(p.quote, p.date) for p in found])
    assert a in by_date[a_edtf] and b not in by_date[a_edtf] and b in by_date[b_edtf] and a not in by_date[b_edtf]


SHARED = {  # two times, one predicate after both ({a}, {b}: the times; the predicate ends with {end})
    "en": ("In {a} and again in {b} Iran held large exercises near the border with Azerbaijan.", "Azerbaijan"),
    "he": ("ב{a} ושוב ב{b} ערכה איראן תרגילים גדולים סמוך לגבול עם אזרבייג'ן.", "אזרבייג'ן"),
    "ar": ("في {a} ومجددا في {b} أجرت إيران مناورات كبيرة قرب الحدود مع أذربيجان.", "أذربيجان"),
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_two_times_sharing_one_predicate_are_two_claims_each_with_the_predicate(language, data):
    """ "In autumn 2021 and again in autumn 2022 Iran held exercises": two events, the first quoted up to the
    predicate they share, the second from its own words."""
    c = HypothesisChooser(data)
    first = dt.date(c.integer(1992, 2015), c.integer(1, 12), 1)
    second = dt.date(c.integer(first.year + 1, 2024), c.integer(1, 12), 1)
    a, b = (f"{c.pick(MONTH_NAMES[language][day.month])} {day.year}" for day in (first, second))
    template, end = SHARED[language]
    text = template.format(a=a, b=b)
    found = proposals_for(
        text, language=language, published="2025-01-15", source_kind="news", gazetteer=GAZETTEER, periods=None
    )

    by_date = {p.date: p.quote for p in found}
    assert sorted(by_date) == sorted([f"{first:%Y-%m}", f"{second:%Y-%m}"]), (text, by_date)
    assert by_date[f"{first:%Y-%m}"].rstrip(".").endswith(end) and a not in by_date[f"{second:%Y-%m}"], by_date
