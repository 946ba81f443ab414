"""How a reference a person writes finds an actor, a topic or an article: one accepted form for the
filters, REST and GraphQL writes and lookups.

- an actor: its id, slug, or any of its names or aliases in English, Hebrew or Arabic;
- a topic: its id or slug;
- an article: its id or key.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db.models import Q

from corpus.models import Article
from facts.models import Actor, Topic


def is_id(value: str) -> bool:
    """A database id as people write it: ASCII digits ("²" is a digit to str.isdigit, not to int
    nor to the database), short enough for a bigint."""
    return value.isascii() and value.isdigit() and len(value) <= 18


def actors_matching(values: Sequence[str]) -> tuple[list[int], list[str]]:
    """Actor ids for the values, and the values that name no actor."""
    ids: set[int] = set()
    unknown = []
    for value in values:
        value = str(value).strip()
        if not value:  # nothing named ("israel,,iran"); as a name it would match every actor lacking one
            continue
        match = Q(slug__iexact=value) | Q(name__iexact=value) | Q(name_he=value) | Q(name_ar=value)
        match |= Q(aliases__alias__iexact=value)
        if is_id(value):
            match |= Q(pk=int(value))
        found = set(Actor.objects.filter(match).values_list("pk", flat=True))
        if not found:
            unknown.append(value)
        ids |= found
    return sorted(ids), unknown


def topics_matching(values: Sequence[str]) -> tuple[list[int], list[str]]:
    """Topic ids for the values, and the values that name no topic."""
    values = [str(value) for value in values]
    found = dict(
        Topic.objects.filter(Q(slug__in=values) | Q(pk__in=[int(v) for v in values if is_id(v)])).values_list(
            "slug", "pk"
        )
    )
    ids = set(found.values())
    unknown = [v for v in values if v not in found and not (is_id(v) and int(v) in ids)]
    return sorted(ids), unknown


def article_matching(value: str) -> int | None:
    """The id of the article with this id or key, or None."""
    value = str(value)
    match = Q(key=value) | (Q(pk=int(value)) if is_id(value) else Q(pk__in=[]))
    return Article.objects.filter(match).values_list("pk", flat=True).first()


def actors_resolve(*, references: Sequence[str], field: str = "actors") -> list[Actor]:
    ids, unknown = actors_matching(references)
    if unknown:
        raise ValidationError({field: f"Unknown actor: {', '.join(unknown)}."})
    return list(Actor.objects.filter(pk__in=ids))


def topics_resolve(*, references: Sequence[str], field: str = "topics") -> list[Topic]:
    ids, unknown = topics_matching(references)
    if unknown:
        raise ValidationError({field: f"Unknown topic: {', '.join(unknown)}."})
    return list(Topic.objects.filter(pk__in=ids))


def article_resolve(*, reference: str, field: str = "article") -> Article:
    pk = article_matching(reference)
    if pk is None:
        raise ValidationError({field: f"Unknown article: {reference}."})
    return Article.objects.get(pk=pk)
