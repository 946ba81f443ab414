"""A text that gives no title in its metadata (pasted, a .txt, a PDF without a Title) is brought in with a
suggested one: its headline line (the page's masthead, menus, stamps and byline passed over) or its first
sentence, shortened at a word. Intake used to refuse it ("Give the article's title") after the job had run."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.models import Article
from intake.reading import HEADLINE_MAX_CHARACTERS, headline_of
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
