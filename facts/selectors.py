"""Reads. `timeline` is the one query that the public page (and later REST, GraphQL and the embed) use."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from facts.models import Citation, Claim


def timeline(*, viewer=None) -> QuerySet[Claim]:
    """Claims the viewer may see, oldest first, with everything a timeline item shows prefetched."""
    citations = Citation.objects.filter(is_orphaned=False).select_related("article__source").order_by("id")
    return (
        Claim.objects.visible_to(viewer)
        .chronological()
        .prefetch_related("actors", "topics", Prefetch("citations", queryset=citations))
    )
