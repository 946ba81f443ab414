"""A text that gives no title in its metadata (pasted, a .txt, a PDF without a Title) is brought in with a
suggested one: its headline line (the page's masthead, menus, stamps and byline passed over) or its first
sentence, shortened at a word. Intake used to refuse it ("Give the article's title") after the job had run."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.models import Article
from intake.reading import HEADLINE_MAX_CHARACTERS, byline_of, headline_of
from tests.intake.test_rest_intake import PASTED_PAGE, finished_job, post

# Words of each language as news pages write them (none ends a sentence).
SENTENCES = {
    "he": "ישראל אזרבייג'ן שר החוץ ביקר בבאקו הסכם חדש על מים וביטחון בין המדינות נחתם השבוע",
    "ar": "أذربيجان إسرائيل وزير الخارجية يزور باكو اتفاق جديد للمياه والأمن بين البلدين يوقع هذا",
    "en": "Azerbaijan Israel foreign minister visits Baku new water and security accord between the two",
}
WORDS = {language: sentence.split() for language, sentence in SENTENCES.items()}
FURNITURE = [
    "Home › World › Caucasus",
    "CASPIAN MERIDIAN · Friday · Subscribe",
    "By Dana Whitfield",
    "מאת דנה כהן",
    "بقلم: سارة أحمد",
    "Updated 12:04",
    "آخر تحديث",
]


@st.composite
def pages(draw):
    language = draw(st.sampled_from(sorted(WORDS)))
    words = st.sampled_from(WORDS[language])
    headline = " ".join(draw(st.lists(words, min_size=3, max_size=14)))
    body = " ".join(draw(st.lists(words, min_size=8, max_size=40))) + "."
    masthead = draw(st.lists(st.sampled_from(FURNITURE), max_size=3))
    return "\n".join([*masthead, headline, "", body]), headline


@settings(max_examples=150, deadline=None)
@given(pages())
def test_the_headline_line_is_the_title_whatever_furniture_stands_before_it(page):
    text, headline = page
    assert headline_of(text) == (headline, "first line")


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(WORDS)), st.data())
def test_a_text_without_a_headline_is_titled_by_its_first_sentence_shortened_at_a_word(language, data):
    words = st.sampled_from(WORDS[language])
    sentences = [" ".join(data.draw(st.lists(words, min_size=4, max_size=60))) + "." for _ in range(2)]
    text = " ".join(sentences)

    title, found_as = headline_of(text)

    assert found_as == "first sentence"
    if len(sentences[0]) <= HEADLINE_MAX_CHARACTERS // 2:
        assert title == sentences[0]
    else:
        assert title.endswith("…") and len(title) <= HEADLINE_MAX_CHARACTERS // 2 + 1
        assert sentences[0].startswith(title[:-1]) and sentences[0][len(title) - 1] == " "  # cut between words


def test_an_empty_text_has_no_title():
    assert headline_of(" \n\n ") == ("", "")


pytestmark_db = pytest.mark.django_db


@pytestmark_db
def test_a_pasted_page_without_a_title_is_titled_by_its_headline(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    response = post(curator_client, django_capture_on_commit_callbacks, text=PASTED_PAGE, source="Meridian")

    finished_job(curator_client, response)
    article = Article.objects.get(pk=response.json()["article"])
    assert article.title == "Azerbaijan and Israel sign a water accord"
    assert "Title from the text's first line." in article.notes


@pytestmark_db
def test_the_preview_fills_in_the_title_it_would_store(curator_client, seeded_with_gazetteer):
    response = curator_client.post(
        "/admin/corpus/article/add/", {"text": PASTED_PAGE, "new_source": "Meridian", "_preview": "1"}
    )

    assert response.status_code == 200
    assert response.context["form"].initial["title"] == "Azerbaijan and Israel sign a water accord"


# Bylines as pages write them: the names, then maybe a date or an outlet after a dash, a pipe or a comma.
NAMES = {
    "en": ["Dana Levin", "Yossi Cohen", "Sarah O'Neill", "Ahmad Khalil", "Mary-Jane Smith"],
    "he": ["דנה לוין", "יוסי כהן", "שרה אלון", "אחמד ח'ליל"],
    "ar": ["أحمد خليل", "سارة علي", "وليد حسن", "منى إبراهيم"],
}
BYLINE_OPENINGS = {
    "en": ["By ", "Written by ", "BY "],
    "he": ["מאת ", "כתב: ", "כתבה: "],
    "ar": ["بقلم: ", "كتب: ", "بقلم "],
}
BETWEEN_NAMES = {"en": [", ", " and ", " & "], "he": [", "], "ar": ["، ", ", "]}
TAILS = ["", " — 12 March 2024", " | 5 June 2019 | 4 min read", ", 14.03.2024", " - The Daily Test"]


@st.composite
def bylines(draw):
    language = draw(st.sampled_from(sorted(NAMES)))
    names = draw(st.lists(st.sampled_from(NAMES[language]), min_size=1, max_size=3, unique=True))
    joined = names[0] + "".join(draw(st.sampled_from(BETWEEN_NAMES[language])) + name for name in names[1:])
    line = draw(st.sampled_from(BYLINE_OPENINGS[language])) + joined + draw(st.sampled_from(TAILS))
    headline = " ".join(WORDS[language][:6])
    before = draw(st.lists(st.sampled_from(FURNITURE[:2]), max_size=2))
    return "\n".join([*before, headline, line, SENTENCES[language] + "."]), tuple(names)


@settings(max_examples=150, deadline=None)
@given(bylines())
def test_the_byline_s_names_are_the_authors_whatever_follows_them(page):
    text, names = page
    assert byline_of(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan and Israel sign a water accord\nBy the way, 3 things changed.\nText.",
        "A headline of the day\n" + SENTENCES["en"] + ".",
        "כותרת של היום\nמאת 2024 ועד היום הוקמו שלושה מפעלים\nטקסט.",
    ],
)
def test_a_line_that_names_no_one_is_no_byline(text):
    assert byline_of(text) == ()


@pytestmark_db
def test_a_pasted_page_s_byline_gives_its_authors_and_the_notes_say_so(
    curator_client, seeded_with_gazetteer, django_capture_on_commit_callbacks
):
    response = post(curator_client, django_capture_on_commit_callbacks, text=PASTED_PAGE, source="Meridian")

    finished_job(curator_client, response)
    article = Article.objects.get(pk=response.json()["article"])
    assert list(article.authors) == ["Dana Whitfield"] and "Authors from the text's byline." in article.notes
