""" "The first visit since 1997", "לראשונה מאז מרץ 2014", "أول زيارة لوزير إسرائيلي منذ ثماني سنوات", "the first
visit in eight years": after "first", the since-date is not a state that has held up to now but the time
before, a point — the date given, or the count back from publication ("eight years" is eight years ago, exactly
when the count is exact). Without "first", a change since then keeps its span up to publication. Composed in
three languages; Hypothesis draws the dates, the counts and the wording."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import MONTH_NAMES, HypothesisChooser, a_published, arabic_as_sites_write
from tests.facts.extraction.test_generated_pages import GAZETTEER

FIRST = {  # {since}: the since-words and their date
    "en": ["It was the first visit by an Israeli defence minister to Azerbaijan {since}.",
           "For the first time {since}, ministers of Israel and Azerbaijan met in Baku.",
           "The talks in Baku were the first between Israel and Azerbaijan {since}."],
    "he": ["זה הביקור הראשון של שר ביטחון ישראלי באזרבייג'ן {since}.",
           "לראשונה {since} נפגשו שרי ישראל ואזרבייג'ן בבאקו.",
           "השיחות בבאקו היו הראשונות בין ישראל לאזרבייג'ן {since}."],
    "ar": ["وهي أول زيارة لوزير دفاع إسرائيلي إلى أذربيجان {since}.",
           "ولأول مرة {since} التقى وزيرا إسرائيل وأذربيجان في باكو.",
           "وكانت المحادثات في باكو الأولى بين إسرائيل وأذربيجان {since}."],
}  # fmt: skip
GROWN = {  # a change since then, no "first": the span up to publication stands
    "en": "Trade between Israel and Azerbaijan has grown {since}.",
    "he": "הסחר בין ישראל לאזרבייג'ן התרחב {since}.",
    "ar": "وتوسعت التجارة بين إسرائيل وأذربيجان {since}.",
}
SINCE = {"en": "since {x}", "he": "מאז {x}", "ar": "منذ {x}"}
COUNTED = {  # {n} years back from publication, said as each language says it after "first"
    "en": ["in {n} years", "in more than {n} years"],
    "he": ["מזה {n} שנים", "זה {n} שנים", "מזה יותר מ-{n} שנים"],
    "ar": ["منذ {n} سنوات", "منذ {n} أعوام", "منذ أكثر من {n} سنوات"],
}


def since_words(c: HypothesisChooser, language: str, published: dt.date) -> tuple[str, str, str]:
    """(the words, the point they name, the span up to publication they name read as 'since')."""
    if c.pick(["date", "count"]) == "count":
        n = c.integer(3, 10)
        words = c.pick(COUNTED[language]).format(n=n)
        rough = "more than" in words or "יותר" in words or "أكثر" in words
        point = f"{published.year - n:04d}" + ("~" if rough else "")
        return words, point, ""
    day = published - dt.timedelta(days=c.integer(400, 9000))
    month = c.pick(MONTH_NAMES[language][day.month])
    shape = c.pick(["year", "month", "day"])
    x, point = {
        "year": (f"{day.year}", f"{day.year:04d}"),
        "month": (f"{month} {day.year}", f"{day:%Y-%m}"),
        "day": ({"en": f"{day.day} {month} {day.year}", "he": f"{day.day} ב{month} {day.year}",
                 "ar": f"{day.day} {month} {day.year}"}[language], day.isoformat()),
    }[shape]  # fmt: skip
    if language == "ar" and shape == "year":
        x = f"عام {x}"
    words = SINCE[language].format(x=x)
    return words, point, f"{point}/{published.isoformat()}"


def proposals(text: str, language: str, published: dt.date):
    return proposals_for(
        text, language=language, published=published.isoformat(), source_kind="news", gazetteer=GAZETTEER, periods=None
    )


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_first_since_a_date_is_dated_by_the_time_before_and_a_change_since_it_by_the_span(language, data):
    c = HypothesisChooser(data)
    published = a_published(c)
    words, point, span = since_words(c, language, published)
    if language == "ar":
        words = arabic_as_sites_write(c, words)
    first = c.pick(FIRST[language]).format(since=words)
    found = proposals(first, language, published)

    assert [p.date for p in found] == [point], (first, published, [(p.quote, p.date) for p in found])
    if span:  # a count ("eight years") after a change would say how long, not "since"
        grown = GROWN[language].format(since=words)
        found = proposals(grown, language, published)
        assert [p.date for p in found] == [span], (grown, [(p.quote, p.date) for p in found])


TOLD = {  # a state since an event, the event told in a clause of its own ({day}: its date): (text, since, end)
    "en": [("Relations between Azerbaijan and Iran have been strained since the attack on the embassy in Tehran on "
            "{day}, which killed a guard.", "since", "which killed a guard"),
           ("Relations between Azerbaijan and Iran have been strained since {day}, when a gunman attacked the "
            "embassy in Tehran.", "since", "attacked the embassy in Tehran")],
    "he": [("היחסים בין אזרבייג'ן לאיראן מתוחים מאז המתקפה על השגרירות בטהרן ב-{day}, שבה נהרג מאבטח.", "מאז",
            "שבה נהרג מאבטח"),
           ("היחסים בין אזרבייג'ן לאיראן מתוחים מאז {day}, כאשר חמוש תקף את השגרירות בטהרן.", "מאז",
            "את השגרירות בטהרן"),
           ("היחסים בין אזרבייג'ן לאיראן מתוחים מאז {day}, כשחמוש תקף את השגרירות בטהרן.", "מאז",
            "את השגרירות בטהרן")],
    "ar": [("وتوترت العلاقات بين أذربيجان وإيران منذ الهجوم على السفارة في طهران يوم {day}، والذي أسفر عن مقتل حارس.",
            "منذ", "والذي أسفر عن مقتل حارس"),
           ("وتوترت العلاقات بين أذربيجان وإيران منذ {day}، عندما هاجم مسلح السفارة في طهران.", "منذ",
            "السفارة في طهران"),
           ("وتوترت العلاقات بين أذربيجان وإيران منذ {day}، حين هاجم مسلح السفارة في طهران.", "منذ",
            "السفارة في طهران")],
}  # fmt: skip


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_event_told_after_since_is_a_claim_of_its_own_with_the_clause_that_tells_it(language, data):
    """ "Since the attack on the embassy on 27 January 2023, which killed a guard", "since 27 January 2023, when a
    gunman attacked the embassy": what has held since is a span to publication, and the event a claim of its own
    at the date, quoted with the clause that tells it."""
    c = HypothesisChooser(data)
    published = a_published(c)
    day = published - dt.timedelta(days=c.integer(30, 3000))
    month = c.pick(MONTH_NAMES[language][day.month])
    template, since, told = c.pick(TOLD[language])
    written = {"he": f"{day.day} ב{month} {day.year}"}.get(language, f"{day.day} {month} {day.year}")
    text = template.format(day=written)
    found = proposals(text, language, published)

    event = text[text.index(since) : text.index(told) + len(told)]
    assert [p.date for p in found if p.quote == event] == [day.isoformat()], [(p.quote, p.date) for p in found]
    assert [p.date for p in found if p.quote != event] == [f"{day.isoformat()}/{published.isoformat()}"]
