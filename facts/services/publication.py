"""The publication rule: a claim becomes public only by someone allowed to review, and only with a citation
anchored in its article's text; a public claim keeps at least one such citation on every path (a citation
deleted, moved to another claim, in the admin, its inline, REST or a bulk delete)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError

from facts.extraction.proposals import DRAFT_MARK
from facts.models import Citation, Claim
from facts.permissions import review_permission_check
from facts.quotes import clip
from facts.representation import LANGUAGES, field_in


def claim_publication_check(*, claim: Claim, by) -> None:
    """The one rule for a claim becoming public (the admin's actions and form, the review screen, REST, the
    fixture loader): the person deciding holds the review permission; the claim has a citation anchored in its
    article's text; and no summary is still extraction's draft (a draft is never shown in public). `by` is None
    for the system itself (fixtures, commands). Raises PermissionDenied or ValidationError with the reason,
    naming the field."""
    review_permission_check(by, doing="Making a claim public")
    first = claim.citations.filter(is_orphaned=False).select_related("article").order_by("pk").first()
    if first is None:
        raise ValidationError(
            {"status": f"Claim {claim.pk} has no anchored citation: it cannot be approved."}, code="unanchored"
        )
    drafts = [
        field for field in (field_in("summary", code) for code in LANGUAGES) if DRAFT_MARK in getattr(claim, field)
    ]
    if drafts:
        raise ValidationError(
            dict.fromkeys(drafts, "Still extraction's draft: write the summary before approving."), code="draft"
        )


def claim_citations_removal_check(*, claim: Claim, removed: Iterable[Citation]) -> None:
    """Refuse taking these citations away from `claim` (deleting or moving them) when it is public and would be
    left without an anchored citation. Nothing is written."""
    if not claim.is_public:
        return
    removed_ids = [citation.pk for citation in removed]
    if not claim.citations.filter(is_orphaned=False).exclude(pk__in=removed_ids).exists():
        raise ValidationError(
            f"Claim {claim.pk} (“{clip(claim.summary, 60)}”) is public and would be left without an anchored "
            "citation: add another citation first, or withdraw the claim.",
            code="last_citation",
        )
