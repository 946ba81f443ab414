"""Each article's reading (what its sentences are about) is stored, so a process that starts loads the
corpus's sentence index instead of finding every date and actor of every article again."""

import pytest

from facts.extraction.actors import Gazetteer
from facts.models import ArticleReading
from facts.services.sentences import kept_indexes_forget, reading_key, sentence_index

pytestmark = pytest.mark.django_db

ARUTZ_SHEVA, MAKOR_RISHON = "000_18c52e3422456bef", "002_86a26ef189c8724d"


@pytest.fixture
def hebrew(seeded_with_gazetteer):
    kept_indexes_forget()
    yield seeded_with_gazetteer
    kept_indexes_forget()


def test_reading_an_article_stores_its_reading(hebrew):
    gazetteer = Gazetteer.from_fixture()
    index = sentence_index(language="he", gazetteer=gazetteer)

    hebrew_articles = [article for article in hebrew.values() if article.language == "he"]
    assert hebrew_articles
    for article in hebrew_articles:
        stored = ArticleReading.objects.get(article=article)
        assert stored.reading == reading_key(
            text_hash=article.text_hash, published=article.published, gazetteer=gazetteer
        )
        assert stored.sentences == [sentence.stored() for sentence in index.by_document[article.pk]]


def test_a_process_that_starts_loads_the_stored_readings_instead_of_reading_again(hebrew):
    gazetteer = Gazetteer.from_fixture()
    read = sentence_index(language="he", gazetteer=gazetteer)
    as_read = {pk: list(sentences) for pk, sentences in read.by_document.items()}
    kept_indexes_forget()

    loaded = sentence_index(language="he", gazetteer=gazetteer)

    assert loaded is not read
    assert loaded.by_document == as_read
    # What was loaded is what is stored, not a new reading: a stored term no reading would give shows up.
    article = hebrew[MAKOR_RISHON]
    stored = ArticleReading.objects.get(article=article)
    stored.sentences[0][3] = [*stored.sentences[0][3], "a-term-only-the-stored-reading-has"]
    stored.save()
    kept_indexes_forget()
    assert (
        "a-term-only-the-stored-reading-has"
        in sentence_index(language="he", gazetteer=gazetteer).by_document[article.pk][0].terms
    )


def test_a_changed_text_is_read_again(hebrew):
    gazetteer = Gazetteer.from_fixture()
    sentence_index(language="he", gazetteer=gazetteer)
    article = hebrew[MAKOR_RISHON]
    article.text = article.text + "\n\nחברת סוקאר חתמה על הסכם חדש עם משרד האנרגיה בשנת 2031."
    article.save()
    kept_indexes_forget()

    index = sentence_index(language="he", gazetteer=gazetteer)

    stored = ArticleReading.objects.get(article=article)
    assert stored.reading == reading_key(text_hash=article.text_hash, published=article.published, gazetteer=gazetteer)
    last = index.by_document[article.pk][-1]
    assert last.dated and "הסכם" in last.terms


def test_another_gazetteer_reads_again(hebrew):
    gazetteer = Gazetteer.from_fixture()
    article = hebrew[ARUTZ_SHEVA]
    assert any(
        "@SOCAR" in sentence.terms
        for sentence in sentence_index(language="he", gazetteer=gazetteer).by_document[article.pk]
    )
    fewer = Gazetteer([entry for entry in gazetteer_entries() if entry["name"] != "SOCAR"])
    assert fewer.fingerprint != gazetteer.fingerprint

    index = sentence_index(language="he", gazetteer=fewer)

    assert ArticleReading.objects.get(article=article).reading == reading_key(
        text_hash=article.text_hash, published=article.published, gazetteer=fewer
    )
    assert not any("@SOCAR" in sentence.terms for sentence in index.by_document[article.pk])


def gazetteer_entries():
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[3] / "fixtures" / "actors.json").read_text())["actors"]
