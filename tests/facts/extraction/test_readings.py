"""Each article's reading (what its sentences are about) is stored with its postings (term → sentences) and the
corpus's words, so that same-fact matching asks the database: no process holds the corpus, and one that starts
loads nothing."""

from collections import Counter

import pytest

from facts.extraction.actors import Gazetteer
from facts.extraction.matching import tokens
from facts.models import TERM_MAX_LENGTH, ArticleReading, CorpusWord, TermPosting
from facts.services.sentences import SentenceIndex, reading_key, readings_up_to_date, sentence_index

pytestmark = pytest.mark.django_db

ARUTZ_SHEVA, MAKOR_RISHON = "000_18c52e3422456bef", "002_86a26ef189c8724d"


@pytest.fixture
def hebrew(seeded_with_gazetteer):
    return seeded_with_gazetteer


def test_reading_an_article_stores_its_reading_its_postings_and_its_words(hebrew):
    gazetteer = Gazetteer.from_fixture()
    index = sentence_index(language="he", gazetteer=gazetteer)

    hebrew_articles = [article for article in hebrew.values() if article.language == "he"]
    assert hebrew_articles
    for article in hebrew_articles:
        stored = ArticleReading.objects.get(article=article)
        assert stored.reading == reading_key(
            text_hash=article.text_hash, published=article.published, gazetteer=gazetteer
        )
        sentences = index.by_document[article.pk]
        assert stored.sentences == [sentence.stored() for sentence in sentences]
        assert stored.sentence_count == len(sentences)
        postings = Counter(TermPosting.objects.filter(article=article).values_list("term", "start"))
        assert postings == Counter((term[:TERM_MAX_LENGTH], s.start) for s in sentences for term in s.terms)
        words = set(CorpusWord.objects.filter(language="he").values_list("word", flat=True))
        assert {w for w in tokens(article.text) if len(w) <= TERM_MAX_LENGTH} <= words
    assert index.statistics.sentences == sum(len(index.by_document[a.pk]) for a in hebrew_articles)


def test_an_index_reads_the_stored_readings_and_reads_no_article_again(hebrew):
    gazetteer = Gazetteer.from_fixture()
    sentence_index(language="he", gazetteer=gazetteer)
    article = hebrew[MAKOR_RISHON]
    stored = ArticleReading.objects.get(article=article)
    stored.sentences[0][3] = [*stored.sentences[0][3], "a-term-only-the-stored-reading-has"]
    stored.save()

    assert readings_up_to_date(language="he", gazetteer=gazetteer) == 0  # nothing changed: nothing read
    index = sentence_index(language="he", gazetteer=gazetteer)

    assert "a-term-only-the-stored-reading-has" in index.by_document[article.pk][0].terms


def test_a_job_s_index_loads_only_the_readings_it_compares(hebrew):
    """What a process holds is what one job looks at: the candidates of the sentences it asks about, not the
    corpus."""
    gazetteer = Gazetteer.from_fixture()
    sentence_index(language="he", gazetteer=gazetteer)
    article = hebrew[ARUTZ_SHEVA]
    index = SentenceIndex("he")
    start = article.text.index("SOCAR רכשה עשרה אחוזים")

    here = index.sentences_in(article.pk, start, start + 10)
    candidates = index.candidates(here)

    assert {c.document for c in candidates} - {article.pk} == {hebrew[MAKOR_RISHON].pk}  # and its own sentence
    assert set(index.by_document.loaded) == {article.pk, hebrew[MAKOR_RISHON].pk}
    assert len(index.by_document) == len([a for a in hebrew.values() if a.language == "he"])


def test_a_changed_text_is_read_again_and_its_old_postings_go(hebrew):
    gazetteer = Gazetteer.from_fixture()
    sentence_index(language="he", gazetteer=gazetteer)
    article = hebrew[MAKOR_RISHON]
    article.text = article.text + "\n\nחברת סוקאר חתמה על הסכם חדש עם משרד האנרגיה בשנת 2031."
    article.save()

    index = sentence_index(language="he", gazetteer=gazetteer)

    stored = ArticleReading.objects.get(article=article)
    assert stored.reading == reading_key(text_hash=article.text_hash, published=article.published, gazetteer=gazetteer)
    last = index.by_document[article.pk][-1]
    assert last.dated and "הסכם" in last.terms
    postings = list(TermPosting.objects.filter(article=article).values_list("term", "start"))
    assert len(postings) == len(set(postings)) == sum(len(s.terms) for s in index.by_document[article.pk])


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
    assert not TermPosting.objects.filter(article=article, term="@SOCAR").exists()


def gazetteer_entries():
    import json
    from pathlib import Path

    return json.loads((Path(__file__).resolve().parents[3] / "fixtures" / "actors.json").read_text())["actors"]


def test_a_sentence_s_candidates_are_those_sharing_the_most_and_no_more_than_the_bound(hebrew, monkeypatch):
    """A fact told in more stored articles than CANDIDATES_PER_SENTENCE: a job reads only the bound's worth of
    them, those sharing the most specific terms (a looser telling is left out first), so its work and memory
    do not grow with the corpus. (The bound is lowered to 2 here: a term told in more than five sentences of a
    corpus this small is not specific, so five tellings are all it can hold.)"""
    from corpus.models import Article, Source
    from facts.services import sentences

    monkeypatch.setattr(sentences, "CANDIDATES_PER_SENTENCE", 2)
    gazetteer = Gazetteer.from_fixture()
    source = Source.objects.create(name="Many outlets", kind=Source.Kind.NEWS)
    same = "המשלחת ביקרה במצפה הכוכבים בשמחי וחתמה על מזכר הבנות בנושא טלסקופים אופטיים ומצלמות אינפרא."
    looser = "המשלחת ראתה במצפה בשמחי טלסקופים."
    for number, text in enumerate([same, looser, same, same, same]):
        Article.objects.create(
            key=f"copy-{number}", source=source, title="Shamakhi", language="he", published="2025-11-01",
            raw_text=text, text=text, content_hash=f"{number:064d}",
        )  # fmt: skip
    sentence_index(language="he", gazetteer=gazetteer)
    asking = Article.objects.get(key="copy-0")
    index = SentenceIndex("he")

    candidates = index.candidates(index.sentences_in(asking.pk, 0, len(asking.text)))

    assert len(candidates) == 2
    assert {Article.objects.get(pk=c.document).text for c in candidates} == {same}
    assert len(index.by_document.loaded) <= 3  # the asking article and the two candidates' readings


def counted_postings() -> dict[tuple[str, str], int]:
    from django.db.models import Count

    rows = TermPosting.objects.values_list("language", "term").annotate(n=Count("pk")).order_by()
    return {(language, term): n for language, term, n in rows}


def kept_counts() -> dict[tuple[str, str], int]:
    from facts.models import TermCount

    rows = TermCount.objects.exclude(sentences=0).values_list("language", "term", "sentences")
    return {(language, term): n for language, term, n in rows}


def test_the_kept_term_counts_are_the_postings_counts_through_reading_again_and_deleting(hebrew):
    """A job asks a term's rarity of TermCount (its key) rather than counting its postings: the counts must be
    what counting would give after every change — readings stored, a text changed and read again, another
    gazetteer, an article deleted (its postings cascade)."""
    gazetteer = Gazetteer.from_fixture()
    sentence_index(language="he", gazetteer=gazetteer)
    assert kept_counts() == counted_postings() and counted_postings()

    article = hebrew[MAKOR_RISHON]
    article.text = article.text + "\n\nחברת סוקאר חתמה על הסכם חדש עם משרד האנרגיה בשנת 2031."
    article.save()
    sentence_index(language="he", gazetteer=gazetteer)
    assert kept_counts() == counted_postings()

    sentence_index(language="he", gazetteer=Gazetteer([e for e in gazetteer_entries() if e["name"] != "SOCAR"]))
    assert kept_counts() == counted_postings()

    hebrew[ARUTZ_SHEVA].delete()
    assert kept_counts() == counted_postings()
    index = sentence_index(language="he", gazetteer=gazetteer)
    some = next(iter(index.by_document[article.pk]))
    index.frequencies_of([some])
    counted = counted_postings()
    assert all(index.statistics.frequency[t] == counted.get(("he", t[:TERM_MAX_LENGTH]), 0) for t in some.terms)
