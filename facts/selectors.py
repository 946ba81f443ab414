"""Reads. `timeline` is the one query behind the public page, REST, GraphQL, the exports and the embed:
visibility, filters, order and prefetching are decided here once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from django.db.models import Count, Max, Prefetch, QuerySet
from django.db.models.functions import ExtractYear

from corpus.models import Article
from facts.filters import ClaimFilterSet, FilterError
from facts.models import OPEN_START, Actor, Citation, Claim, Topic

ARTICLE_BODY = ("article__text", "article__raw_text")


def viewer_is_curator(viewer) -> bool:
    return bool(viewer is not None and viewer.is_authenticated and viewer.has_perm("facts.view_claim"))


def citations_visible_to(viewer) -> QuerySet[Citation]:
    """Orphaned citations point at words the article no longer has: only curators see them."""
    # An article's text and raw text are tens of kilobytes: a citation carries its own quote and context.
    citations = Citation.objects.select_related("article__source").defer(*ARTICLE_BODY).order_by("id")
    return citations if viewer_is_curator(viewer) else citations.filter(is_orphaned=False)


def claims_with_relations(claims: QuerySet[Claim], *, viewer) -> QuerySet[Claim]:
    """Everything a timeline item shows, in a fixed number of queries whatever the page size."""
    return claims.prefetch_related(
        "actors",
        "topics",
        Prefetch("citations", queryset=citations_visible_to(viewer)),
        Prefetch("disputes", queryset=Claim.objects.visible_to(viewer).order_by("id")),
    )


def claims_filtered(*, viewer=None, filters: Mapping[str, str] | None = None) -> QuerySet[Claim]:
    """Visible claims narrowed by the shared FilterSet; invalid values raise FilterError (a 400)."""
    claims = Claim.objects.visible_to(viewer)
    if filters:
        filterset = ClaimFilterSet(data=filters, queryset=claims)
        if not filterset.is_valid():
            raise FilterError(filterset.errors)
        claims = filterset.qs
    return claims


def timeline(*, viewer=None, filters: Mapping[str, str] | None = None) -> QuerySet[Claim]:
    """Visible claims, filtered, oldest first (date_start, then precision coarse to fine, then id)."""
    return claims_with_relations(claims_filtered(viewer=viewer, filters=filters).chronological(), viewer=viewer)


def claims_withdrawn_since(*, since: dt.datetime) -> list[int]:
    """Ids of claims that were public at some point and, since `since`, stopped being public (rejected,
    sent back to review, merged or deleted). Mirrors remove these."""
    history = Claim.history.model.objects
    changed_ids = set(history.filter(history_date__gte=since).values_list("id", flat=True))
    if not changed_ids:
        return []
    still_public = set(
        Claim.objects.filter(pk__in=changed_ids, status=Claim.Status.APPROVED).values_list("pk", flat=True)
    )
    ever_public = set(
        history.filter(id__in=changed_ids, status=Claim.Status.APPROVED).values_list("id", flat=True).distinct()
    )
    return sorted(ever_public - still_public)


def data_last_changed() -> dt.datetime | None:
    """When anything the public can see last changed (claims, citations, actors, topics, articles),
    deletions included (history records them). The basis of ETag and Last-Modified."""
    moments = [
        Claim.history.model.objects.aggregate(at=Max("history_date"))["at"],
        Citation.history.model.objects.aggregate(at=Max("history_date"))["at"],
        Actor.objects.aggregate(at=Max("updated_at"))["at"],
        Topic.objects.aggregate(at=Max("updated_at"))["at"],
        Article.objects.aggregate(at=Max("updated_at"))["at"],
    ]
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def articles_with_visible_quotes(*, viewer) -> QuerySet[Article]:
    """Articles with, as `visible_citations`, the quotes the viewer may see: cited by a visible claim and
    not orphaned. A draft claim's quote never shows through its article."""
    quotes = citations_visible_to(viewer).filter(claim__in=Claim.objects.visible_to(viewer))
    return (
        Article.objects.select_related("source", "translation_of")
        .prefetch_related(Prefetch("citations", queryset=quotes, to_attr="visible_citations"))
        .order_by("id")
    )


def claims_changed_since(*, viewer, since: dt.datetime, limit: int) -> list[Claim]:
    """Visible claims updated at or after `since`, oldest change first (a mirror replays them in order)."""
    changed = Claim.objects.visible_to(viewer).filter(updated_at__gte=since).order_by("updated_at", "id")
    return list(claims_with_relations(changed, viewer=viewer)[:limit])


def actors_with_public_claims() -> QuerySet[Actor]:
    """The actors worth offering as a filter: those at least one approved claim is about."""
    return Actor.objects.filter(claims__status=Claim.Status.APPROVED).distinct().order_by("name")


def topics_with_public_claims() -> QuerySet[Topic]:
    return Topic.objects.filter(claims__status=Claim.Status.APPROVED).distinct().order_by("name")


def claims_per_year(claims: QuerySet[Claim]) -> dict[str, int]:
    """Claims per year of their first day, over a filtered set (for a density chart)."""
    # The filters use EXISTS, never joins, so each claim is one row: no DISTINCT needed.
    years = (
        claims.exclude(date_start=OPEN_START)
        .annotate(year=ExtractYear("date_start"))
        .order_by()
        .values("year")
        .annotate(count=Count("id"))
        .values_list("year", "count")
    )
    return {str(year): count for year, count in sorted(years)}
