"""What a sentence's dates date when one of them is how the news came: the day words were said, or a vaguer
estimate that a likelier one refines. Pages composed in three languages; Hypothesis draws publication, the
words and the estimates (derandomized)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import extract_document
from tests.facts.extraction.date_expressions import HypothesisChooser, month_shifted
from tests.facts.extraction.test_generated_pages import GAZETTEER

SAID = {  # (days back, words) for the day the words were said
    "en": [(0, "today"), (1, "yesterday"), (0, "this morning")],
    "he": [(0, "היום"), (1, "אתמול"), (1, "אמש")],
    "ar": [(0, "اليوم"), (1, "أمس"), (1, "امس")],
}
VAGUE = {
    "en": ["within months", "in the coming months"],
    "he": ["בתוך חודשים ספורים", "בחודשים הקרובים"],
    "ar": ["في غضون أشهر", "خلال الأشهر المقبلة"],
}
LIKELIER = {  # "next month" and "early next year", and how each language offers them as the likelier estimate
    "en": ({"month": "next month", "early": "early next year"}, ["or perhaps {x}", "perhaps even {x}", "or even {x}"]),
    "he": ({"month": "בחודש הבא", "early": "בתחילת השנה הבאה"}, ["ואולי כבר {x}", "ואולי אף {x}", "או אף {x}"]),
    "ar": ({"month": "الشهر المقبل", "early": "مطلع العام المقبل"}, ["وربما {x}", "أو ربما {x}", "وربما في {x}"]),
}
SENTENCES = {
    "en": (
        "Azerbaijan's foreign minister said {said} that the embassy of Azerbaijan in Israel would open {content}.",
        "The embassy of Azerbaijan in Israel is expected to open {vague}, {likelier}, officials of Israel said.",
    ),
    "he": (
        "שר החוץ של אזרבייג'ן אמר {said} כי שגרירות אזרבייג'ן בישראל תיפתח {content}.",
        'שגרירות אזרבייג\'ן בישראל צפויה להיפתח "{vague}", {likelier}, כך נמסר בישראל.',
    ),
    "ar": (
        "قال وزير خارجية أذربيجان {said} إن سفارة أذربيجان في إسرائيل ستفتتح {content}.",
        "من المتوقع افتتاح سفارة أذربيجان في إسرائيل {vague}، {likelier}، بحسب مسؤولين في إسرائيل.",
    ),
}


def estimate(c: HypothesisChooser, language: str, published: dt.date) -> tuple[str, str]:
    """Words for "next month" or "early next year", and their value."""
    shape = c.pick(["month", "early"])
    value = (
        "{:04d}-{:02d}".format(*month_shifted(published, 1))
        if shape == "month"
        else f"{published.year + 1:04d}-01/{published.year + 1:04d}-03"
    )
    return LIKELIER[language][0][shape], value


def claims_of(text: str, language: str, published: dt.date) -> list:
    document = extract_document(
        name="page.txt", raw_text=text, gazetteer=GAZETTEER, language=language, published=published.isoformat()
    )
    return document.claims


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_day_words_were_said_gives_way_to_the_date_they_give(language, data):
    """ "The minister said today that the embassy would open next month": one claim, dated next month (the dev
    conventions: a plan takes its planned date); the day of saying is how the news came."""
    c = HypothesisChooser(data)
    published = dt.date(c.integer(2015, 2025), c.integer(1, 12), c.integer(3, 28))
    _, said = c.pick(SAID[language])
    content, value = estimate(c, language, published)
    text = SENTENCES[language][0].format(said=said, content=content)

    dates = sorted({claim.date for claim in claims_of(text, language, published)})

    assert dates == [value], text


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_likelier_estimate_refines_a_vaguer_one_for_the_same_event(language, data):
    """ "Expected within months, or perhaps next month": one event, one claim, dated by the narrower estimate.
    Published in the autumn, so that early next year falls within the coming months it refines."""
    c = HypothesisChooser(data)
    published = dt.date(c.integer(2015, 2025), c.integer(9, 12), c.integer(3, 28))
    words, value = estimate(c, language, published)
    likelier = c.pick(LIKELIER[language][1]).format(x=words)
    text = SENTENCES[language][1].format(vague=c.pick(VAGUE[language]), likelier=likelier)

    claims = claims_of(text, language, published)

    assert [claim.date for claim in claims] == [value], (text, claims)
    assert claims[0].quote.startswith(text[:12])  # the whole sentence, not the last clause alone


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_event_counted_back_from_the_sentences_date_is_a_claim_of_its_own(language, data):
    """ "The ministry recalled its envoy on 1 October 2020, a few weeks after Armenia opened its embassy": two
    events, two claims — the recall on its day, the opening counted back from it (the web set's conventions: a
    date goes to the clause it governs)."""
    from tests.facts.extraction.date_expressions import event_after

    c = HypothesisChooser(data)
    case = event_after(c, language)
    published = dt.date.fromisoformat(case.published)

    claims = sorted(claims_of(case.text, language, published), key=lambda claim: claim.start)

    assert len(claims) == 2, (case.text, claims)
    given_day = claims[0].date
    assert len(given_day) == 10 and claims[0].quote in case.text[: case.text.index(case.expression)]
    assert claims[1].date == case.edtf
    assert claims[1].quote.startswith(case.expression)
