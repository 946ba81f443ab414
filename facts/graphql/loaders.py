"""The records GraphQL hands out for facts, and the request's loaders that fetch them by id.

Each loader reads through the selectors, so the viewer sees through GraphQL exactly what REST shows them.
When claims are handed out (`claims_handed_out`), the ids their nested fields may ask for are hinted to the
loaders: however many claims a page holds, each kind of nested value is one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from core.graphql.records import Loader, Record
from corpus.models import Article
from facts.models import Actor, ActorAlias, Claim, Topic
from facts.permissions import is_curator
from facts.selectors import (
    actors_as_records,
    article_json,
    articles_as_records,
    articles_visible_to,
    citations_as_records,
    citations_visible_to,
    claims_as_records,
    topics_as_records,
)


class ClaimRecord(Record):
    pass


class ActorRecord(Record):
    pass


class TopicRecord(Record):
    pass


class CitationRecord(Record):
    pass


class ArticleRecord(Record):
    pass


def claims_handed_out(context, records: Iterable[dict]) -> list[ClaimRecord]:
    """Claim records about to be completed, with what their nested fields may load hinted to the loaders."""
    claims = [ClaimRecord(record) for record in records]
    ClaimsByIdLoader.of(context).hint(pk for claim in claims for pk in claim["dispute_ids"])
    for actor_loader in (AliasesByActorIdLoader, ActorsByIdLoader):
        actor_loader.of(context).hint(actor["id"] for claim in claims for actor in claim["actor_list"])
    for article_loader in (ArticleDetailsByIdLoader, CitationsByArticleIdLoader):
        article_loader.of(context).hint(
            citation["article"]["id"] for claim in claims for citation in claim["citation_list"]
        )
    return claims


class ClaimsByIdLoader(Loader[int, ClaimRecord | None]):
    """Visible claims; None for a claim the viewer may not see."""

    def fetch(self, keys: set[int]) -> dict[int, ClaimRecord]:
        claims = Claim.objects.visible_to(self.viewer).filter(pk__in=keys)
        records = claims_handed_out(self.context, claims_as_records(claims, viewer=self.viewer))
        return {record["id"]: record for record in records}


class ActorsByIdLoader(Loader[int, ActorRecord | None]):
    """Actors with every field (a claim's record carries an actor's summary only)."""

    def fetch(self, keys: set[int]) -> dict[int, ActorRecord]:
        return {row["id"]: ActorRecord(row) for row in actors_as_records(Actor.objects.filter(pk__in=keys))}


class AliasesByActorIdLoader(Loader[int, list[tuple[str, str]]]):
    """(language, alias) pairs of each actor."""

    missing: list = []

    def fetch(self, keys: set[int]) -> dict[int, list[tuple[str, str]]]:
        aliases: dict[int, list[tuple[str, str]]] = defaultdict(list)
        rows = ActorAlias.objects.filter(actor_id__in=keys).order_by("language", "alias")
        for actor_id, language, alias in rows.values_list("actor_id", "language", "alias"):
            aliases[actor_id].append((language, alias))
        return aliases


class TopicsByIdLoader(Loader[int, TopicRecord | None]):
    def fetch(self, keys: set[int]) -> dict[int, TopicRecord]:
        return {row["id"]: TopicRecord(row) for row in topics_as_records(Topic.objects.filter(pk__in=keys))}


class CitationsByIdLoader(Loader[int, CitationRecord | None]):
    """Citations of visible claims that the viewer may see."""

    def fetch(self, keys: set[int]) -> dict[int, CitationRecord]:
        visible = citations_visible_to(self.viewer).filter(pk__in=keys, claim__in=Claim.objects.visible_to(self.viewer))
        return {record["id"]: CitationRecord(record) for record in citations_as_records(visible)}


class CitationsByArticleIdLoader(Loader[int, list[CitationRecord]]):
    """The citations of visible claims the viewer may see, by the article they quote, in id order."""

    missing: list = []

    def fetch(self, keys: set[int]) -> dict[int, list[CitationRecord]]:
        visible = citations_visible_to(self.viewer).filter(
            article_id__in=keys, claim__in=Claim.objects.visible_to(self.viewer)
        )
        by_article: dict[int, list[CitationRecord]] = defaultdict(list)
        for record in citations_as_records(visible.order_by("id")):
            by_article[record["article"]["id"]].append(CitationRecord(record))
        return by_article


class ArticlesByIdLoader(Loader[int, ArticleRecord | None]):
    def fetch(self, keys: set[int]) -> dict[int, ArticleRecord]:
        return {
            record["id"]: ArticleRecord(record)
            for record in articles_as_records(articles_visible_to(self.viewer).filter(pk__in=keys))
        }


class ArticleDetailsByIdLoader(Loader[int, dict]):
    """What an article record does not carry: the article it translates (a record, or None) and, for
    curators only, its full text."""

    missing: dict = {}

    def fetch(self, keys: set[int]) -> dict[int, dict]:
        columns = ["id", "translation_of_id", "original", *(["text"] if is_curator(self.viewer) else [])]
        rows = Article.objects.filter(pk__in=keys).annotate(original=article_json("translation_of__")).values(*columns)
        return {
            row["id"]: {
                "translation_of": ArticleRecord(row["original"]) if row["translation_of_id"] else None,
                "text": row.get("text"),
            }
            for row in rows
        }
