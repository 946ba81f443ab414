"""The corpus's sentence index for same-fact matching (facts.extraction.matching), kept in each process and
brought up to date with what changed; each article's reading is stored (ArticleReading), so that a process
that starts — a new worker, a restarted web server — loads readings instead of reading the whole corpus."""

from __future__ import annotations

import hashlib
import threading

from corpus.models import Article
from facts.extraction.actors import Gazetteer
from facts.extraction.matching import IndexedSentence, SentenceIndex
from facts.models import ArticleReading

# Raised when how an article is read changes (its terms, dates or sentences): every stored reading is then
# read again once, where it is next needed.
READING_METHOD = 1

# One kept index per language and gazetteer in each process: brought up to date with what changed in the
# corpus since, instead of being built again from every article for each batch.
_kept_indexes: dict[tuple[str, str], tuple[SentenceIndex, dict[int, object]]] = {}
_kept_indexes_lock = threading.Lock()


def reading_key(*, text_hash: str, published: str, gazetteer: Gazetteer) -> str:
    """What a reading depends on: the text, the publication date (relative dates), the gazetteer, the method."""
    return hashlib.sha256(f"{READING_METHOD}|{gazetteer.fingerprint}|{text_hash}|{published}".encode()).hexdigest()


def sentence_index(*, language: str, gazetteer: Gazetteer) -> SentenceIndex:
    """Every sentence of the corpus in `language`, with what it is about. Kept between calls: articles added,
    changed (by updated_at) or gone since the last call are loaded, loaded again or removed; the rest costs
    one query of ids and timestamps. An article with no stored reading, or one made from another text or
    gazetteer, is read and its reading stored (with the caller's transaction, if any)."""
    with _kept_indexes_lock:
        key = (language, gazetteer.fingerprint)
        index, seen = _kept_indexes.get(key) or (SentenceIndex(language), {})
        current = dict(Article.objects.filter(language=language).values_list("pk", "updated_at"))
        for gone in [pk for pk in seen if seen[pk] != current.get(pk)]:
            index.remove(gone)
            del seen[gone]
        new = sorted(pk for pk in current if pk not in seen)
        articles = list(
            Article.objects.filter(pk__in=new).order_by("pk").values_list("pk", "text", "published", "text_hash")
        )
        stored = dict(ArticleReading.objects.filter(article_id__in=new).values_list("article_id", "reading"))
        for _, text, _, _ in articles:  # a batch's words first: they tell a clitic from a word's first letter
            index.learn_words(text)
        keys = {
            pk: reading_key(text_hash=text_hash, published=published, gazetteer=gazetteer)
            for pk, _, published, text_hash in articles
        }
        usable = {pk for pk, reading in stored.items() if keys.get(pk) == reading}
        for pk, sentences in ArticleReading.objects.filter(article_id__in=usable).values_list(
            "article_id", "sentences"
        ):
            index.insert(pk, [IndexedSentence.from_stored(pk, stored_sentence) for stored_sentence in sentences])
        readings = []
        for pk, text, published, _ in articles:
            if pk in usable:
                continue
            sentences = index.read(pk, text, published, gazetteer=gazetteer)
            index.insert(pk, sentences)
            readings.append(ArticleReading(article_id=pk, reading=keys[pk], sentences=[s.stored() for s in sentences]))
        # Two processes may read the same article at once: the last one's reading stays (they are the same).
        ArticleReading.objects.bulk_create(
            readings, update_conflicts=True, unique_fields=["article"], update_fields=["reading", "sentences"]
        )
        seen.update({pk: current[pk] for pk in new})
        _kept_indexes[key] = (index, seen)
        return index


def kept_indexes_forget() -> None:
    """Drop this process's kept indexes (their memory); the next call loads the stored readings, as a process
    that has just started does."""
    with _kept_indexes_lock:
        _kept_indexes.clear()
