"""A dated sentence goes on in the next ones: an undated sentence of the same paragraph that names an actor
(or a state's people or things by its adjective: "the Azerbaijani flag", "הדגל האזרבייג'ני", "العلم
الأذربيجاني") tells more of the same event, and takes its date; it is not a second claim as of publication.
A sentence in the present ("currently", "כיום", "حاليا", an Arabic imperfect "ويتهم") tells what holds now,
a claim of its own as of publication. Sentences composed in three languages; Hypothesis draws the words."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facts.extraction.actors import Gazetteer
from facts.extraction.pipeline import proposals_for
from tests.facts.extraction.date_expressions import HypothesisChooser
from tests.facts.extraction.test_generated_pages import GAZETTEER

LEAD = {  # a news item's dateline and its dated first sentence, "{day}" a full date in words
    "en": "BAKU (Wire) - Foreign Minister Jeyhun Bayramov opened the embassy of Azerbaijan in Tel Aviv on {day}, "
    "with Israel's foreign minister Eli Cohen beside him.",
    "he": "באקו (סוכנויות) - שר החוץ של אזרבייג'ן פתח את שגרירות ארצו בתל אביב ב-{day}, בנוכחות שר החוץ של ישראל.",
    "ar": "باكو (وكالات) - افتتح وزير خارجية أذربيجان مقر سفارة بلاده في تل أبيب يوم {day}، بحضور نظيره من إسرائيل.",
}
GOES_ON = {  # past narration of the same event, naming a state by its adjective or its name
    "en": ["The Azerbaijani flag was raised over a tower in the city centre.",
           "Israeli and Azerbaijani officials then toured the building.",
           # the occasion named again, no one named (widened 2026-12-06)
           "At the ceremony, the minister stressed that the partnership is strategic.",
           "During the visit the two ministers also discussed water and agriculture."],
    "he": ["הדגל האזרבייג'ני הונף מעל מגדל במרכז העיר.", "פקידים ישראלים ואזרים סיירו לאחר מכן בבניין.",
           "הדגל האזרבייג'ני הונף מעל הבניין, והשגריר הישראלי בירך את האורחים.",
           "בטקס הדגיש השר כי השותפות אסטרטגית.", "במהלך הביקור דנו השרים גם במים ובחקלאות."],
    "ar": ["ورُفع العلم الأذربيجاني فوق برج تجاري وسط المدينة.", "ورفع العلم الاذربيجاني فوق المبنى.",
           "وتجول مسؤولون إسرائيليون وأذربيجانيون في المبنى.",
           "وفي الحفل، أكد الوزير أن الشراكة استراتيجية.", "وخلال الزيارة بحث الوزيران أيضا ملفي المياه والزراعة."],
}  # fmt: skip
HOLDS_NOW = {  # what holds at publication, naming two actors
    "en": ["Azerbaijan currently supplies about 40 percent of Israel's oil.",
           "Azerbaijan still supplies about 40 percent of Israel's oil."],
    "he": ["אזרבייג'ן מספקת כיום כ-40 אחוז מהנפט של ישראל.", "אזרבייג'ן עדיין מספקת כ-40 אחוז מהנפט של ישראל."],
    "ar": ["وتزود أذربيجان إسرائيل حاليا بنحو 40% من حاجتها من النفط.",
           "ويتهم الإعلام الإيراني أذربيجان بالسماح لإسرائيل بالعمل على أراضيها."],
}  # fmt: skip
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
}  # fmt: skip


def compose(c: HypothesisChooser, language: str, then: dict[str, list[str]]) -> tuple[str, str, str, str]:
    """(page, published, the day of the event, the sentence after it)."""
    day = dt.date(c.integer(2012, 2024), c.integer(1, 12), c.integer(1, 28))
    published = day + dt.timedelta(days=c.integer(1, 3))
    month = MONTHS[language][day.month - 1]
    words = f"{day.day} {month} {day.year}"
    sentence = c.pick(then[language])
    page = f"{LEAD[language].format(day=words)} {sentence}\n"
    return page, published.isoformat(), day.isoformat(), sentence


def proposals(page: str, language: str, published: str):
    return proposals_for(
        page, language=language, published=published, source_kind="news", gazetteer=GAZETTEER, periods=None
    )


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_undated_sentence_going_on_about_a_dated_event_takes_its_date(language, data):
    page, published, day, sentence = compose(HypothesisChooser(data), language, GOES_ON)
    covering = [p for p in proposals(page, language, published) if sentence in p.quote]

    assert covering and {p.date for p in covering} == {day}, (page, [(p.quote, p.date) for p in covering])


# The two parties named again by what they are, without their names: a subject, a verb and what they spoke of,
# in the orders the languages put them (Arabic and Hebrew also open on the verb). Added 2026-12-07.
BOTH = {
    "en": ["The two", "Both", "The two sides", "Both leaders", "The two presidents", "The two governments"],
    "he": ["השניים", "שני הצדדים", "שני המנהיגים", "שתי המדינות", "שני השרים", "שני הנשיאים"],
    "ar": ["الجانبان", "الطرفان", "الزعيمان", "البلدان", "الوزيران", "الرئيسان"],
}
DID = {
    "en": ["discussed", "also reviewed", "agreed on"],
    "he": ["שוחחו על", "דנו גם ב", "סיכמו על"],
    "ar": ["بحث", "ناقش", "استعرض"],
}
WHAT = {
    "en": "energy cooperation and regional security.",
    "he": "שיתוף הפעולה בתחום האנרגיה.",
    "ar": "التعاون في مجال الطاقة والأمن الإقليمي.",
}


def both_again(c: HypothesisChooser, language: str) -> str:
    subject, did = c.pick(BOTH[language]), c.pick(DID[language])
    if language == "en":
        return f"{subject} {did} {WHAT['en']}"
    if language == "he":
        verb_first = c.pick([True, False])
        opening = c.pick(["", "עוד ", "בנוסף "]) if verb_first else ""
        joined = did if did.endswith("ב") else did + " "  # "דנו גם ב" takes its object as a prefix
        spoken = f"{joined}{WHAT['he']}"
        return (
            f"{opening}{spoken.split(' ', 1)[0]} {subject} {spoken.split(' ', 1)[1]}"
            if verb_first
            else (f"{subject} {spoken}")
        )
    opening = c.pick(["و", "كما ", "فيما "])
    return f"{opening}{did} {subject} {WHAT['ar']}"


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_two_parties_named_again_go_on_about_the_dated_event(language, data):
    c = HypothesisChooser(data)
    sentence = both_again(c, language)
    page, published, day, sentence = compose(c, language, {language: [sentence]})
    covering = [p for p in proposals(page, language, published) if sentence in p.quote]

    assert covering and {p.date for p in covering} == {day}, (page, [(p.quote, p.date) for p in covering])


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_what_holds_now_is_not_folded_into_the_dated_event_before_it(language, data):
    page, published, day, sentence = compose(HypothesisChooser(data), language, HOLDS_NOW)
    found = proposals(page, language, published)

    assert not [p for p in found if sentence in p.quote and p.date == day], [(p.quote, p.date) for p in found]
    assert [p.date for p in found if p.quote.strip() == sentence] == [published], [(p.quote, p.date) for p in found]


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("ar", "ورُفع العلم الاذربيجاني فوق المبنى", "Azerbaijan"),
        ("ar", "قالت الحكومة الأذربيجانية", "Azerbaijan"),
        ("ar", "التقى مسؤولين أتراكاً وسوريين", "Syria"),
        ("ar", "وقال المسؤول التركي", "Turkey"),
        ("ar", "بحسب الإعلام الروسي", "Russia"),
        ("ar", "أكدت الخارجية المغربية", "Morocco"),
        ("he", "הדגל האזרבייג'ני הונף", "Azerbaijan"),
        ("he", "לדברי הפקיד הסורי", "Syria"),
        ("he", "התקשורת הרוסית דיווחה", "Russia"),
        ("he", "הנציג הגיאורגי אמר", "Georgia"),
    ],
)
def test_a_state_is_found_by_the_adjective_of_its_name(language, text, actor):
    """Hebrew and Arabic form the adjective of a state's name regularly (-י/-ית/-ים, the nisba -ي/-ية/-يون);
    the gazetteer derives it from the name, with the article and the clitics a name takes."""
    assert actor in [m.actor for m in GAZETTEER.find(text, language=language)]


def test_an_adjective_is_derived_for_states_only_and_one_word_names():
    entries = [
        {"name": "Quba", "name_he": "קובה", "name_ar": "قوبا", "kind": "place"},
        {"name": "United States", "name_he": "ארצות הברית", "name_ar": "الولايات المتحدة", "kind": "state"},
    ]
    gazetteer = Gazetteer(entries)

    assert gazetteer.find("האיש הקובי", language="he") == []
    assert gazetteer.find("الرجل القوبي", language="ar") == []
    assert [m.actor for m in gazetteer.find("ممثل الولايات المتحدة", language="ar")] == ["United States"]


# An essay's paragraphs: no dateline, no lead reporting a recent event (added 2026-12-07). What holds now is a
# claim there too, as of publication: the evaluation conventions date any checkable present-tense report so.
ESSAY_OPENING = {
    "en": "Relations between Israel and Azerbaijan were established in {year} and grew quietly through the decade "
    "that followed, as trade and security ties deepened year after year.",
    "he": "היחסים בין ישראל לאזרבייג'ן כוננו ב-{year} והתפתחו בשקט לאורך העשור שאחריו, כשקשרי הסחר והביטחון "
    "העמיקו משנה לשנה.",
    "ar": "أقيمت العلاقات بين إسرائيل وأذربيجان عام {year} وتطورت بهدوء خلال العقد الذي تلاه، مع تعمق العلاقات "
    "التجارية والأمنية عاما بعد عام.",
}
HOLDS_NOW_WORDS = {  # a word of the present in each: currently, still, nowadays
    "en": ["Azerbaijan currently supplies about 40 percent of Israel's oil.",
           "Azerbaijan is still one of the main suppliers of oil to Israel.",
           "Nowadays Israel buys much of its crude oil from Azerbaijan."],
    "he": ["אזרבייג'ן מספקת כיום כ-40 אחוז מהנפט של ישראל.", "אזרבייג'ן היא עדיין הספקית הגדולה של נפט לישראל.",
           "ישראל קונה עדיין את רוב הנפט שלה מאזרבייג'ן."],
    "ar": ["وتزود أذربيجان إسرائيل حاليا بنحو 40% من حاجتها من النفط.",
           "ولا تزال أذربيجان أكبر مورد للنفط إلى إسرائيل.", "وما زالت إسرائيل تشتري معظم نفطها من أذربيجان."],
}  # fmt: skip
NOT_A_REPORT = {  # the same words in a question, a negation, or naming one party only
    "en": ["Is Azerbaijan still one of the main suppliers of oil to Israel?",
           "Azerbaijan is still one of the main suppliers of oil in the region."],
    "he": ["האם אזרבייג'ן היא עדיין הספקית הגדולה של נפט לישראל?", "לא ברור אם אזרבייג'ן עדיין מספקת נפט לישראל.",
           "אזרבייג'ן היא עדיין ספקית נפט גדולה באזור."],
    "ar": ["هل لا تزال أذربيجان أكبر مورد للنفط إلى إسرائيل؟", "ولا تزال أذربيجان من أكبر موردي النفط في المنطقة."],
}  # fmt: skip


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_what_holds_now_is_a_claim_as_of_publication_on_any_page(language, data):
    c = HypothesisChooser(data)
    published = dt.date(c.integer(2012, 2024), c.integer(1, 12), c.integer(1, 28)).isoformat()
    holds, other = c.pick(HOLDS_NOW_WORDS[language]), c.pick(NOT_A_REPORT[language])
    page = f"{ESSAY_OPENING[language].format(year=c.integer(1992, 2000))}\n\n{holds}\n\n{other}\n"

    found = [
        (p.quote.strip(), p.date)
        for p in proposals_for(
            page, language=language, published=published, source_kind="analysis", gazetteer=GAZETTEER, periods=None
        )
    ]

    assert (holds, published) in found, found
    assert not [quote for quote, _ in found if other in quote], found


# A dated sentence whose last clause says what holds now, or what someone said (added 2026-12-07): that clause is
# a claim of its own as of publication, beside the dated one.
TRAILING_NOW = {
    "en": [", and production there is still halted.", ", while Israel's energy ministry said the field remains shut.",
           ", and exports to Israel are currently suspended."],
    "he": [", וההפקה שם עדיין מושבתת.", ", ואילו משרד האנרגיה של ישראל מסר כי המאגר סגור.",
           ", והיצוא לישראל מושבת כיום."],
    "ar": ["، ولا يزال الإنتاج متوقفا هناك.", "، فيما قالت وزارة الطاقة الإسرائيلية إن الحقل مغلق.",
           "، والصادرات إلى إسرائيل متوقفة حاليا."],
}  # fmt: skip
DATED_SHUTDOWN = {
    "en": "On {day} Azerbaijan's energy ministry ordered the field shut",
    "he": "ב-{day} הורה משרד האנרגיה של אזרבייג'ן להשבית את המאגר",
    "ar": "في {day} أمرت وزارة الطاقة الأذربيجانية بإغلاق الحقل",
}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_dated_sentences_last_clause_that_says_what_holds_now_is_a_claim_as_of_publication(language, data):
    c = HypothesisChooser(data)
    day = dt.date(c.integer(2012, 2024), c.integer(1, 12), c.integer(1, 28))
    published = (day + dt.timedelta(days=c.integer(3, 20))).isoformat()
    trailing = c.pick(TRAILING_NOW[language])
    sentence = DATED_SHUTDOWN[language].format(day=f"{day.day} {MONTHS[language][day.month - 1]} {day.year}")
    page = f"{sentence}{trailing}\n"

    found = [(p.quote, p.date) for p in proposals(page, language, published)]

    clause = trailing.lstrip(",، ")
    assert (clause, published) in found, found
    assert [date for quote, date in found if quote.startswith(sentence[:20])] == [day.isoformat()], found
