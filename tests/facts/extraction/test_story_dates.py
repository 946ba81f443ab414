"""A news item's headline is dated by the sentence that tells its event (the words they share), not by the
first sentence that holds a date: pages composed in three languages where the lead tells an earlier arrival
by one relative day and a later sentence tells the headline's event by another. Hypothesis draws the days and
the words (derandomized)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.pipeline import extract_document
from facts.extraction.stories import words_of
from tests.facts.extraction.date_expressions import HypothesisChooser
from tests.facts.extraction.test_generated_pages import GAZETTEER

DAYS = {  # relative days before publication, by how many days back
    "en": {2: ["the day before yesterday"], 1: ["yesterday"], 0: ["today", "this morning"]},
    "he": {2: ["שלשום"], 1: ["אתמול", "אמש"], 0: ["היום", "הבוקר"]},
    "ar": {2: ["أول أمس"], 1: ["أمس", "امس"], 0: ["اليوم"]},
}
PAGES = {
    "en": (
        "Home › World › Caucasus\n{headline}\nBAKU (Wire) - Azerbaijan's foreign minister arrived in Israel {arrived} "
        "for a visit of three days, the ministry in Baku said in a statement.\nThe minister {verb} the embassy of "
        "Azerbaijan in Tel Aviv {opened} at a ceremony attended by officials of Israel.\n",
        "Azerbaijan {verb_now} embassy in Israel",
        ["opens", "inaugurates"],
        {"opens": "opened", "inaugurates": "inaugurated"},
    ),
    "he": (
        "ראשי > חדשות > מדיני\n{headline}\nשר החוץ של אזרבייג'ן נחת בישראל {arrived} לביקור של שלושה ימים, כך נמסר "
        "בהודעה רשמית של משרד החוץ בבאקו.\nהשר {verb} את שגרירות אזרבייג'ן בתל אביב {opened} בטקס שבו השתתפו "
        "נציגי ישראל.\n",
        "אזרבייג'ן {verb_now} שגרירות בתל אביב",
        ["פותחת", "חונכת"],
        {"פותחת": "פתח", "חונכת": "חנך"},
    ),
    "ar": (
        "الرئيسية › أخبار العالم › آسيا\n{headline}\nباكو (وكالات) - وصل وزير خارجية أذربيجان إلى إسرائيل {arrived} "
        "في زيارة تستمر ثلاثة أيام، بحسب بيان رسمي صادر عن وزارة الخارجية في باكو.\nوافتتح الوزير {opened} مقر "
        "سفارة أذربيجان في تل أبيب خلال مراسم حضرها مسؤولون من إسرائيل.\n",
        "أذربيجان {verb_now} سفارتها في تل أبيب",
        ["تفتتح"],
        {"تفتتح": "افتتح"},
    ),
}


def compose(c: HypothesisChooser, language: str) -> tuple[str, str, str, str]:
    published = dt.date(c.integer(2015, 2025), c.integer(1, 12), c.integer(3, 28))
    back_opened = c.integer(0, 1)
    back_arrived = c.integer(back_opened + 1, 2)
    template, headline, verbs, past = PAGES[language]
    verb_now = c.pick(verbs)
    headline = headline.format(verb_now=verb_now)
    text = template.format(
        headline=headline,
        arrived=c.pick(DAYS[language][back_arrived]),
        opened=c.pick(DAYS[language][back_opened]),
        verb=past[verb_now],
    )
    return text, headline, published.isoformat(), (published - dt.timedelta(days=back_opened)).isoformat()


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_headline_is_dated_by_the_sentence_that_tells_its_event(language, data):
    text, headline, published, opened = compose(HypothesisChooser(data), language)

    document = extract_document(
        name="page.txt", raw_text=text, gazetteer=GAZETTEER, language=language, published=published
    )

    assert [c.date for c in document.claims if c.quote == headline] == [opened], (text, document.claims)


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("en", "Armenia recalls its envoy", "The ministry announced the recall of the envoy"),
        ("en", "embassies opened", "the embassy opens"),
        ("ar", "والسفارة افتتحت", "السفارة"),
        ("he", "השגרירות נפתחה", "שגרירות"),
    ],
)
def test_words_are_compared_across_inflection_and_prefixes(language, a, b):
    theirs = frozenset().union(*words_of(b, language))
    assert any(forms & theirs for forms in words_of(a, language))


# A lead whose only date is a running count in a trailing background clause; the next sentence tells the lead's
# event with its weekday.
BACKGROUND_PAGES = {
    "en": (
        "YEREVAN (Wire) - Armenia has recalled its ambassador to Israel over arms sales to Azerbaijan, as fighting "
        "continued for a {nth} day.\nThe Foreign Ministry of Armenia announced the recall on {weekday}, officials "
        "said.\n",
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ),
    "he": (
        "ירוואן (סוכנויות) - ארמניה החזירה את שגרירה מישראל בשל מכירת נשק לאזרבייג'ן, בעוד הלחימה נמשכת ליום "
        "{nth} ברציפות.\nמשרד החוץ של ארמניה הודיע ביום {weekday} כי ארמניה החזירה את שגרירה, כך נמסר.\n",
        ["השני", "השלישי", "הרביעי", "החמישי", "השישי", "השביעי", "השמיני", "התשיעי"],
        ["שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"],
    ),
    "ar": (
        "يريفان (وكالات) - استدعت أرمينيا سفيرها لدى إسرائيل بسبب صفقات السلاح مع أذربيجان، بينما تواصل القتال "
        "لليوم {nth} على التوالي.\nوأعلنت وزارة الخارجية في أرمينيا استدعاء السفير يوم {weekday}، بحسب مسؤولين.\n",
        ["الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"],
        ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    ),
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_running_count_in_a_background_clause_dates_that_clause_not_the_lead(language, data):
    """ "…has recalled its ambassador, as fighting continued for a ninth day": the count reaches publication
    and dates its own clause; the recall is dated by the sentence that tells it ("on Thursday")."""
    c = HypothesisChooser(data)
    template, ordinals, weekdays = BACKGROUND_PAGES[language]
    published = dt.date(c.integer(2015, 2025), c.integer(1, 12), c.integer(10, 28))
    back = c.integer(1, 6)
    told = published - dt.timedelta(days=back)
    text = template.format(nth=c.pick(ordinals), weekday=weekdays[told.weekday()])

    document = extract_document(
        name="page.txt", raw_text=text, gazetteer=GAZETTEER, language=language, published=published.isoformat()
    )

    lead = text.split("\n")[0]
    by_date = {claim.date: claim.quote for claim in document.claims if claim.quote in lead}
    assert told.isoformat() in by_date, (text, document.claims)
    assert published.isoformat() in by_date and len(by_date[published.isoformat()]) < len(by_date[told.isoformat()])


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Starting 7 May 2024, Israel and Azerbaijan run a direct flight between Tel Aviv and Baku."),
        ("he", "מה-7 במאי 2024 מפעילות ישראל ואזרבייג'ן טיסה ישירה בין תל אביב לבאקו."),
        ("ar", "اعتبارا من 7 مايو 2024 تشغل إسرائيل وأذربيجان رحلة مباشرة بين تل أبيب وباكو."),
    ],
)
def test_what_holds_starting_a_day_is_claimed_as_its_start(language, sentence):
    """ "Starting 7 May, … run a flight": the expression runs from then to publication; the claim is the start."""
    document = extract_document(
        name="page.txt", raw_text=sentence + "\n", gazetteer=GAZETTEER, language=language, published="2024-07-09"
    )

    assert [claim.date for claim in document.claims] == ["2024-05-07"], document.claims
