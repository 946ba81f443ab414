"""The corpus's sentence index for same-fact matching (facts.extraction.matching), kept in the database and
shared by every worker and web process: each article's reading (what its sentences are about) with its
postings (term → sentences) and the corpus's words. A process holds only what one job looks at — the terms of
the sentences it compares and the readings of their candidates — so its memory does not grow with the corpus
and a worker that starts has nothing to load.

Reading an article (finding its dates and actors) is the costly part; a reading is stored with the key of what
it was read from and with, and read again only when that changes."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping

from django.db import connection, transaction
from django.db.models import Count, Sum

from core.locks import lock_until_commit
from corpus.models import Article
from facts.extraction.actors import Gazetteer
from facts.extraction.matching import (
    SAME_FACT_SPECIFIC_TERMS,
    IndexedSentence,
    TermStatistics,
    read_sentences,
    same_fact,
    stem_candidates,
    tokens,
)
from facts.models import TERM_MAX_LENGTH, ArticleReading, CorpusWord, TermCount, TermPosting

# Raised when how an article is read changes (its terms, dates or sentences): every stored reading is then
# read again once, where it is next needed. 2: postings and the corpus's words in the database.
READING_METHOD = 2
# A sentence's candidates: those sharing the most specific terms with it. A fact told in more stored articles
# than this is still found (any of them is the same fact); the work and the memory of a job stay bounded as the
# corpus grows (bench/worker_memory_bench.py: 3.2× the memory and 2.4× the time per job at 10,000 articles
# without it, on a corpus whose sentences recur in hundreds of articles).
CANDIDATES_PER_SENTENCE = 32
IN_CLAUSE = 500  # values per IN (…): SQLite's limit on a statement's parameters is far above it


def reading_key(*, text_hash: str, published: str, gazetteer: Gazetteer) -> str:
    """What a reading depends on: the text, the publication date (relative dates), the gazetteer, the method."""
    return hashlib.sha256(f"{READING_METHOD}|{gazetteer.fingerprint}|{text_hash}|{published}".encode()).hexdigest()


def chunks(values: list, size: int = IN_CLAUSE) -> Iterator[list]:
    for index in range(0, len(values), size):
        yield values[index : index + size]


class StoredFrequencies(Mapping[str, int]):
    """How many of the corpus's sentences hold each term, asked of the postings and remembered for the job."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.known: dict[str, int] = {}

    def load(self, terms: Iterable[str]) -> None:
        missing = sorted({t for t in terms if t not in self.known})
        for part in chunks(missing):
            counts = dict(
                TermCount.objects.filter(
                    language=self.language, term__in=[t[:TERM_MAX_LENGTH] for t in part]
                ).values_list("term", "sentences")
            )
            self.known.update({t: counts.get(t[:TERM_MAX_LENGTH], 0) for t in part})

    def __getitem__(self, term: str) -> int:
        if term not in self.known:
            self.load([term])
        return self.known[term]

    def __iter__(self) -> Iterator[str]:
        return iter(self.known)

    def __len__(self) -> int:
        return len(self.known)


class StoredReadings(Mapping[int, list[IndexedSentence]]):
    """The language's stored readings by article, each loaded when asked for and remembered for the job."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.loaded: dict[int, list[IndexedSentence]] = {}

    def load(self, articles: Iterable[int]) -> None:
        missing = sorted({pk for pk in articles if pk not in self.loaded})
        for part in chunks(missing):
            stored = dict(ArticleReading.objects.filter(article_id__in=part).values_list("article_id", "sentences"))
            for pk in part:
                self.loaded[pk] = [IndexedSentence.from_stored(pk, s) for s in stored.get(pk, [])]

    def __getitem__(self, article: int) -> list[IndexedSentence]:
        if article not in self.loaded:
            self.load([article])
        if not self.loaded[article]:
            raise KeyError(article)
        return self.loaded[article]

    def ids(self) -> list[int]:
        return list(
            ArticleReading.objects.filter(article__language=self.language).order_by("pk").values_list("pk", flat=True)
        )

    def __iter__(self) -> Iterator[int]:
        return iter(self.ids())

    def __len__(self) -> int:
        return ArticleReading.objects.filter(article__language=self.language).count()


class SentenceIndex:
    """The sentences of the corpus in one language, as the database holds them: candidates for a sentence
    come from the postings of its specific terms (one grouped query), the terms' rarity from their postings'
    counts, the candidates' terms from their articles' readings. Made for a job (or a batch): what it has
    asked the database is remembered for as long as it lives, so make a new one to see a changed corpus."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.by_document = StoredReadings(language)
        sentences = ArticleReading.objects.filter(article__language=language).aggregate(n=Sum("sentence_count"))["n"]
        self.statistics = TermStatistics(language=language, sentences=sentences or 0)
        self.statistics.frequency = StoredFrequencies(language)  # type: ignore[assignment]

    def frequencies_of(self, sentences: Iterable[IndexedSentence]) -> None:
        self.statistics.frequency.load(t for s in sentences for t in s.terms)  # type: ignore[attr-defined]

    def candidates(self, sentences: Iterable[IndexedSentence]) -> list[IndexedSentence]:
        """The stored sentences sharing at least SAME_FACT_SPECIFIC_TERMS specific terms with one of
        `sentences` (the only ones same_fact can accept), at most CANDIDATES_PER_SENTENCE for each: those
        sharing the most. In corpus order."""
        sentences = list(sentences)
        self.frequencies_of(sentences)
        places: set[tuple[int, int]] = set()
        for sentence in sentences:
            specific = sorted({t[:TERM_MAX_LENGTH] for t in sentence.terms if self.statistics.is_specific(t)})
            if len(specific) < SAME_FACT_SPECIFIC_TERMS:
                continue
            if len(specific) <= IN_CLAUSE:  # the database ranks and cuts
                places.update(
                    TermPosting.objects.filter(language=self.language, term__in=specific)
                    .values("article_id", "start")
                    .annotate(n=Count("pk"))
                    .filter(n__gte=SAME_FACT_SPECIFIC_TERMS)
                    .order_by("-n", "article_id", "start")
                    .values_list("article_id", "start")[:CANDIDATES_PER_SENTENCE]
                )
                continue
            shared: Counter = Counter()
            for part in chunks(specific):
                for article, start, n in (
                    TermPosting.objects.filter(language=self.language, term__in=part)
                    .values("article_id", "start")
                    .annotate(n=Count("pk"))
                    .values_list("article_id", "start", "n")
                ):
                    shared[(article, start)] += n
            ranked = sorted((place for place, n in shared.items() if n >= SAME_FACT_SPECIFIC_TERMS),
                            key=lambda place: (-shared[place], place))  # fmt: skip
            places.update(ranked[:CANDIDATES_PER_SENTENCE])
        self.by_document.load(article for article, _ in places)
        found = [
            s
            for article in sorted({article for article, _ in places})
            for s in self.by_document.get(article, [])
            if (article, s.start) in places
        ]
        self.frequencies_of(found)
        return found

    def sentences_in(self, document: int, start: int, end: int) -> list[IndexedSentence]:
        """The document's sentences that overlap [start, end)."""
        return [s for s in self.by_document.get(document, []) if s.start < end and start < s.end]

    def same_fact(self, a: Iterable[IndexedSentence], b: Iterable[IndexedSentence]) -> bool:
        """Whether any sentence of `a` states the same fact as any sentence of `b`."""
        a, b = list(a), list(b)
        self.frequencies_of(a + b)
        return any(same_fact(x.terms, y.terms, self.statistics) for x in a for y in b)


def sentence_index(*, language: str, gazetteer: Gazetteer) -> SentenceIndex:
    """The corpus's sentences in `language`, every stored article's reading up to date: an article with no
    stored reading, or one made from another text, date or gazetteer, is read and stored first (with the
    caller's transaction, if any); the others cost one query of ids and keys."""
    readings_up_to_date(language=language, gazetteer=gazetteer)
    return SentenceIndex(language)


def readings_up_to_date(*, language: str, gazetteer: Gazetteer) -> int:
    """Read and store what is missing or stale; how many articles were read."""
    articles = list(Article.objects.filter(language=language).values_list("pk", "published", "text_hash"))
    stored = dict(ArticleReading.objects.filter(article__language=language).values_list("article_id", "reading"))
    keys = {
        pk: reading_key(text_hash=text_hash, published=published, gazetteer=gazetteer)
        for pk, published, text_hash in articles
    }
    stale = sorted(pk for pk, key in keys.items() if stored.get(pk) != key)
    texts: dict[int, tuple[str, str]] = {}
    for part in chunks(stale):
        texts.update(
            {
                pk: (text, published)
                for pk, text, published in Article.objects.filter(pk__in=part).values_list("pk", "text", "published")
            }
        )
    # A batch's words first: they tell a clitic from a word's first letter in each other's sentences.
    words = {word for text, _ in texts.values() for word in tokens(text) if len(word) <= TERM_MAX_LENGTH}
    CorpusWord.objects.bulk_create(
        [CorpusWord(language=language, word=word) for word in sorted(words)], ignore_conflicts=True, batch_size=1000
    )
    for pk in stale:
        text, published = texts[pk]
        store_reading(pk, text, published, language=language, gazetteer=gazetteer, key=keys[pk])
    return len(stale)


def vocabulary_for(text: str, language: str) -> set[str]:
    """The corpus's words among those `canonical` may ask about for this text."""
    asked = sorted(w for w in stem_candidates(set(tokens(text)), language) if len(w) <= TERM_MAX_LENGTH)
    known: set[str] = set()
    for part in chunks(asked):
        known.update(CorpusWord.objects.filter(language=language, word__in=part).values_list("word", flat=True))
    return known


def store_reading(pk: int, text: str, published: str, *, language: str, gazetteer: Gazetteer, key: str) -> None:
    sentences = read_sentences(
        pk, text, published, language=language, gazetteer=gazetteer, vocabulary=vocabulary_for(text, language)
    )
    postings = [
        TermPosting(article_id=pk, language=language, term=term[:TERM_MAX_LENGTH], start=sentence.start)
        for sentence in sentences
        for term in sorted(sentence.terms)
    ]
    with transaction.atomic():
        lock_until_commit(f"article-reading:{pk}")  # two processes reading one article take turns
        ArticleReading.objects.update_or_create(
            article_id=pk,
            defaults={"reading": key, "sentences": [s.stored() for s in sentences], "sentence_count": len(sentences)},
        )
        change = Counter(posting.term for posting in postings)
        change.subtract(postings_by_term(pk))
        TermPosting.objects.filter(article_id=pk).delete()
        TermPosting.objects.bulk_create(postings, batch_size=1000)
        counts_changed(language, change)


def postings_by_term(article: int) -> Counter:
    """How many sentences of the article's stored reading hold each term."""
    rows = TermPosting.objects.filter(article_id=article).values_list("term").annotate(n=Count("pk")).order_by()
    return Counter(dict(rows.values_list("term", "n")))


def counts_changed(language: str, change: Counter) -> None:
    """Add `change` to the terms' counts, in one statement per batch: an upsert that adds (PostgreSQL and
    SQLite both write it `ON CONFLICT … DO UPDATE`), so two workers storing readings at once add both their
    changes; in the terms' order, so that two such statements lock rows in the same order."""
    rows = [(language, term, n) for term, n in sorted(change.items()) if n]
    if not rows:
        return
    table = connection.ops.quote_name(TermCount._meta.db_table)
    with connection.cursor() as cursor:
        for part in chunks(rows):
            cursor.execute(
                f"INSERT INTO {table} (language, term, sentences) VALUES "  # noqa: S608 (our table, parameters)
                + ", ".join(["(%s, %s, %s)"] * len(part))
                + f" ON CONFLICT (language, term) DO UPDATE SET sentences = {table}.sentences + excluded.sentences",
                [value for row in part for value in row],
            )


def article_readings_forgotten(article: Article) -> None:
    """Before an article is deleted (its postings go with it): its sentences no longer count."""
    counts_changed(article.language, Counter({term: -n for term, n in postings_by_term(article.pk).items()}))
