"""GraphQL queries for facts (and the articles they cite). Lists come from the same selectors and FilterSet
as REST, as records the database builds, so the query count does not grow with the page or the nesting."""

from __future__ import annotations

import graphene

from core.graphql.ids import NodeField, database_id
from core.graphql.limits import list_bounds_from
from facts.filters import DATES_READ_AS, ActorFilterSet, ArticleFilterSet, ClaimFilterSet, dates_read_as_header
from facts.graphql.loaders import (
    ActorRecord,
    ActorsByIdLoader,
    ArticleRecord,
    ArticlesByIdLoader,
    ClaimRecord,
    ClaimsByIdLoader,
    TopicRecord,
)
from facts.graphql.types import (
    ActorType,
    ArticleType,
    ClaimType,
    RecordConnectionField,
    TimelineConnectionField,
    TopicType,
)
from facts.lookups import actors_matching, article_matching
from facts.models import Actor, Topic
from facts.selectors import (
    actors_as_records,
    articles_as_records,
    articles_visible_to,
    claims_filtered,
    longest_lists,
    topics_as_records,
)


def say_how_dates_were_read(info, arguments: dict) -> None:
    """`from`/`to` in words: the response's X-Dates-Read-As header says how they were read, as REST's does."""
    read = dates_read_as_header(arguments)
    if read:
        info.context.response_headers = {**getattr(info.context, "response_headers", {}), DATES_READ_AS: read}


# A query's cost counts each plain list at the longest stored (core.graphql.limits).
list_bounds_from(longest_lists)


class FactsQueries(graphene.ObjectType):
    articles = RecordConnectionField(ArticleType, filterset_class=ArticleFilterSet, as_records=articles_as_records)
    article = graphene.Field(ArticleType, id=graphene.ID(required=True), description="Global id, id or key.")
    timeline = TimelineConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="Visible claims in chronological order, filtered."
    )
    claims = TimelineConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="The same as timeline (kept for symmetry with REST)."
    )
    claim = graphene.Field(ClaimType, id=graphene.ID(required=True, description="Global id or database id."))
    actors = RecordConnectionField(ActorType, filterset_class=ActorFilterSet, as_records=actors_as_records)
    actor = graphene.Field(ActorType, id=graphene.ID(required=True), description="By global id, id or slug.")
    topics = graphene.List(graphene.NonNull(TopicType), required=True)
    node = NodeField()

    def resolve_timeline(root, info, **kwargs):
        say_how_dates_were_read(info, kwargs)
        return claims_filtered(viewer=info.context.user)

    def resolve_claims(root, info, **kwargs):
        say_how_dates_were_read(info, kwargs)
        return claims_filtered(viewer=info.context.user)

    def resolve_claim(root, info, id: str) -> ClaimRecord | None:
        pk = database_id(id, ClaimType.__name__)
        return ClaimsByIdLoader.of(info.context).load(pk) if pk else None

    def resolve_actors(root, info, **kwargs):
        return Actor.objects.order_by("name")

    def resolve_actor(root, info, id: str) -> ActorRecord | None:
        pk = database_id(id, ActorType.__name__)
        if pk is None:
            ids, _ = actors_matching([id])
            pk = ids[0] if len(ids) == 1 else None
        return ActorsByIdLoader.of(info.context).load(pk) if pk else None

    def resolve_topics(root, info) -> list[TopicRecord]:
        return [TopicRecord(row) for row in topics_as_records(Topic.objects.all())]

    def resolve_articles(root, info, **kwargs):
        return articles_visible_to(info.context.user).order_by("id")

    def resolve_article(root, info, id: str) -> ArticleRecord | None:
        pk = database_id(id, ArticleType.__name__) or article_matching(id)
        return ArticlesByIdLoader.of(info.context).load(pk) if pk else None
