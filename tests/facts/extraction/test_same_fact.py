"""One fact in several sources: proposed once with a citation per article; another date is a dispute."""

import pytest

from corpus.models import Article, Source
from facts.extraction.actors import Gazetteer
from facts.extraction.matching import content_terms, same_fact
from facts.models import Claim
from facts.services.extraction import article_extract
from facts.services.sentences import SentenceIndex, sentence_index

pytestmark = pytest.mark.django_db

ARUTZ_SHEVA, MAKOR_RISHON = "000_18c52e3422456bef", "002_86a26ef189c8724d"
INSS, KIKAR = "003_00395dea0d53ce7f", "004_7678fdd83c2c5ead"
SOCAR_000 = "כשחברת האנרגיה הלאומית SOCAR רכשה עשרה אחוזים ממאגר תמר"
SOCAR_002 = "החברה גם רכשה 10 אחוזים ממאגר תמר, בעסקה ששוויה מוערך כמעט במיליארד דולר."


@pytest.fixture
def hebrew_index(seeded_with_gazetteer):
    return sentence_index(language="he", gazetteer=Gazetteer.from_fixture())


def sentence_with(index: SentenceIndex, article: Article, words: str):
    start = article.text.index(words)
    [sentence] = index.sentences_in(article.pk, start, start + len(words))
    return sentence


def test_the_socar_purchase_in_two_hebrew_sources_is_one_fact(seeded_with_gazetteer, hebrew_index):
    corpus = seeded_with_gazetteer
    in_000 = sentence_with(hebrew_index, corpus[ARUTZ_SHEVA], SOCAR_000)
    in_002 = sentence_with(hebrew_index, corpus[MAKOR_RISHON], SOCAR_002)

    assert hebrew_index.same_fact([in_000], [in_002])


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The seeds' most similar pairs that are not one fact: the same topic, other statements.
        (
            (MAKOR_RISHON, "לפני חודשיים אישרה ישראל לחברת הגז והנפט הלאומית של אזרבייג'ן לחפש מצבורי גז"),
            (INSS, "לאור תגליות הגז לחופי מזרח הים התיכון"),
        ),
        (
            (ARUTZ_SHEVA, "לפי פרסומים זרים, באקו נשקלת לשילוב לצד מדינות מוסלמיות נוספות."),
            (KIKAR, "שילוב אזרבייג'ן במהלך יוכל להעמיק את המעורבות של מדינות מוסלמיות נוספות"),
        ),
        ((INSS, "ישראל-אזרבייג'ן:"), (KIKAR, "ישראל, אזרבייג'ן וטראמפ")),
    ],
)
def test_statements_on_one_topic_are_not_one_fact(seeded_with_gazetteer, hebrew_index, first, second):
    corpus = seeded_with_gazetteer
    a = sentence_with(hebrew_index, corpus[first[0]], first[1])
    b = sentence_with(hebrew_index, corpus[second[0]], second[1])

    assert not hebrew_index.same_fact([a], [b])


def test_of_all_cross_source_hebrew_sentence_pairs_in_the_seeds_only_the_socar_one_matches(hebrew_index):
    documents = list(hebrew_index.by_document.items())
    matches = [
        (a.document, b.document)
        for i, (_, sentences) in enumerate(documents)
        for _, others in documents[i + 1 :]
        for a in sentences
        for b in others
        if hebrew_index.same_fact([a], [b])
    ]
    assert len(matches) == 1


def test_different_quantities_are_different_facts(hebrew_index):
    vocabulary = {"רכשה", "אחוזים", "מאגר", "תמר"}
    ten = content_terms("החברה רכשה 10 אחוזים ממאגר תמר", "he", vocabulary=vocabulary)
    twelve = content_terms("החברה רכשה 12 אחוזים ממאגר תמר", "he", vocabulary=vocabulary)
    in_words = content_terms("החברה רכשה עשרה אחוזים ממאגר תמר", "he", vocabulary=vocabulary)

    assert ten == in_words  # "עשרה" is 10, "ממאגר" is "מאגר"
    assert not same_fact(ten, twelve, hebrew_index.statistics)
    assert same_fact(ten, in_words, hebrew_index.statistics)


def socar_claim() -> Claim:
    return Claim.objects.get(citations__quote__contains="SOCAR רכשה עשרה אחוזים")


@pytest.mark.parametrize("order", [(ARUTZ_SHEVA, MAKOR_RISHON), (MAKOR_RISHON, ARUTZ_SHEVA)])
def test_the_fact_is_proposed_once_with_a_citation_from_each_source_in_either_order(seeded_with_gazetteer, order):
    corpus = seeded_with_gazetteer
    for key in (*order, "001_c6cc54978b65a8be"):
        article_extract(article=corpus[key])

    claim = socar_claim()
    cited = {c.article.key: c.quote for c in claim.citations.all()}
    assert claim.date == "2025" and claim.status == "proposed"
    assert set(cited) == {ARUTZ_SHEVA, MAKOR_RISHON, "001_c6cc54978b65a8be"}
    assert cited[MAKOR_RISHON] == SOCAR_002
    assert not Claim.objects.filter(citations__quote=SOCAR_002).exclude(pk=claim.pk).exists()
    again = article_extract(article=corpus[MAKOR_RISHON])
    assert (again.proposed, again.corroborated) == (0, 0)


def test_another_date_for_the_same_fact_is_a_dispute_not_a_merge(seeded_with_gazetteer):
    corpus = seeded_with_gazetteer
    article_extract(article=corpus[ARUTZ_SHEVA])
    # The seeds contradict each other nowhere: a third source gives the purchase another year, in the
    # words of seed 000's own sentence.
    other_year = Article.objects.create(
        key="other-year",
        source=Source.objects.create(name="Another outlet", kind=Source.Kind.NEWS),
        title="SOCAR",
        language="he",
        published="2025-11-01",
        raw_text="בשנת 2023 רכשה SOCAR, חברת האנרגיה הלאומית של אזרבייג'ן, עשרה אחוזים ממאגר תמר.",
        text="בשנת 2023 רכשה SOCAR, חברת האנרגיה הלאומית של אזרבייג'ן, עשרה אחוזים ממאגר תמר.",
        content_hash="0" * 64,
    )

    report = article_extract(article=other_year)

    original = socar_claim()
    disputing = Claim.objects.get(citations__article=other_year, date="2023")
    assert report.disputed == 1
    assert list(original.disputes.all()) == [disputing]
    assert set(original.citations.values_list("article__key", flat=True)) == {ARUTZ_SHEVA, MAKOR_RISHON}


@pytest.mark.parametrize("language", ["he", "ar"])
def test_the_index_finds_every_sentence_same_fact_accepts(seeded_with_gazetteer, language):
    """The postings must never hide a match: for every pair of the seeds' sentences that same_fact accepts,
    each is among the other's candidates; and the candidates are far fewer than all sentences."""
    index = sentence_index(language=language, gazetteer=Gazetteer.from_fixture())
    every = [sentence for sentences in index.by_document.values() for sentence in sentences]
    candidates_total = 0
    for sentence in every:
        candidates = set(index.candidates([sentence]))
        candidates_total += len(candidates)
        accepted = {other for other in every if same_fact(sentence.terms, other.terms, index.statistics)}
        assert accepted <= candidates
    assert candidates_total < len(every) ** 2 / 10


def test_a_proposal_gains_at_most_a_dozen_sources_of_its_fact(tmp_path, seeded_with_gazetteer):
    """Syndicated copies of one statement would each become a citation (and each new article's cost would
    grow with the corpus): a proposal stops at MAX_SOURCES_PER_PROPOSAL articles."""
    import json

    from corpus.services import corpus_ingest
    from facts.services.extraction import MAX_SOURCES_PER_PROPOSAL

    statement = "Azerbaijan's SOCAR bought a ten percent stake in the Tamar gas field from Isramco."
    entries = []
    copies = 16  # more than the limit
    for number in range(copies):
        # Enough other sentences that the statement's words stay rare in the corpus (specific: in at most 1%).
        filler = " ".join(f"Line {number}-{line} of the wire's other news." for line in range(120))
        text = f"{filler} {statement}" if number else f"{filler} On 12 March 2024, {statement}"
        (tmp_path / f"copy{number}.txt").write_text(text, encoding="utf-8")
        entries.append({"file": f"copy{number}.txt", "title": f"Copy {number}", "language": "en",
                        "published": "2024-03-13", "source": {"name": f"Outlet {number}"}})  # fmt: skip
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")
    articles = {result.article.key: result.article for result in corpus_ingest(paths=[tmp_path])}
    for number in [*range(1, copies), 0]:  # the undated copies first
        article_extract(article=articles[f"copy{number}"])

    claim = Claim.objects.get(date="2024-03-12")
    sources = claim.citations.values("article_id").distinct().count()
    assert sources == MAX_SOURCES_PER_PROPOSAL
    # the undated copies are cited from the claim's first version, not added one history row at a time
    assert not claim.history.filter(history_change_reason__startswith="citation added").exists()
