"""Two days counted from publication in one sentence tell two events ("met yesterday and will meet today",
"اليوم.. وغداً", "נפגש אמש ... וייפגש היום"): each gets a claim of its own, quoting its own clause and dated
by its own word, whether a comma, "then", ".." or only "and" joins the clauses. Sentences composed in three
languages; Hypothesis draws the days, the words and the joints (derandomized)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import extract_document
from tests.facts.extraction.date_expressions import HypothesisChooser
from tests.facts.extraction.test_generated_pages import GAZETTEER

DAYS = {  # days from publication, and the words that say them
    "en": {-2: ["the day before yesterday"], -1: ["yesterday"], 0: ["today"], 1: ["tomorrow"]},
    "he": {-2: ["שלשום"], -1: ["אתמול", "אמש"], 0: ["היום"], 1: ["מחר"], 2: ["מחרתיים"]},
    "ar": {-2: ["أول أمس"], -1: ["أمس", "امس"], 0: ["اليوم"], 1: ["غداً", "غدا"], 2: ["بعد غد"]},
}
# The first clause, the joint, the second clause: "{first}" and "{second}" are the two days' words.
SENTENCES = {
    "en": (
        "President Herzog met President Aliyev in Baku {first}",
        [" and ", ", and ", " and then ", ", then "],
        "will meet the Jewish community of Quba {second}.",
    ),
    "he": (
        "הנשיא הרצוג נפגש {first} עם הנשיא אלייב בבאקו",
        [" ו", ", ו"],
        "ייפגש {second} עם בני הקהילה היהודית בקובה.",
    ),
    "ar": (
        "التقى الرئيس هرتسوغ {first} الرئيس إلهام علييف في باكو",
        [" و", "، و", "، ثم ", ".. و"],
        "يلتقي {second} أبناء الجالية اليهودية في قوبا.",
    ),
}


def compose(c: HypothesisChooser, language: str) -> tuple[str, str, str, str, str, str]:
    published = dt.date(c.integer(2015, 2025), c.integer(1, 12), c.integer(3, 25))
    offsets = sorted(DAYS[language])
    first_offset = c.pick([o for o in offsets if o <= 0])
    second_offset = c.pick([o for o in offsets if o > first_offset])
    first, joint, second = SENTENCES[language]
    first = first.format(first=c.pick(DAYS[language][first_offset]))
    second = second.format(second=c.pick(DAYS[language][second_offset]))
    text = f"{first}{c.pick(joint)}{second}\n"
    on = [(published + dt.timedelta(days=o)).isoformat() for o in (first_offset, second_offset)]
    return text, published.isoformat(), first, second.rstrip("."), on[0], on[1]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_two_days_from_publication_in_one_sentence_are_two_claims(language, data):
    text, published, first, second, first_day, second_day = compose(HypothesisChooser(data), language)

    document = extract_document(
        name="page.txt", raw_text=text, gazetteer=GAZETTEER, language=language, published=published, source_kind="web"
    )

    dated = {(c.date, c.quote) for c in document.claims}
    assert any(d == first_day and first in q and second not in q for d, q in dated), (text, dated)
    assert any(d == second_day and second in q and first not in q for d, q in dated), (text, dated)
