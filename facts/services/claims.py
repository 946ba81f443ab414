"""Claims: create, edit, review (approve, reject, merge) and dispute. Whether a claim may become public is
decided by one rule, `claim_publication_check`, whatever path asks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core.errors import StaleWrite
from facts.models import Actor, Claim, Topic
from facts.quotes import clip
from facts.services.citations import CitationInput, citation_create
from facts.services.versions import lock_for_change

REVIEW_PERMISSION = "facts.review_claim"


def claim_publication_check(*, claim: Claim, by) -> None:
    """The one rule for a claim becoming public (the admin's actions and form, REST, the fixture loader):
    the person deciding holds the review permission, and the claim has a citation anchored in its article's
    text. `by` is None for the system itself (fixtures, commands). Raises PermissionDenied or
    ValidationError with the reason."""
    if by is not None and not by.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied("Making a claim public needs the review_claim permission (the curator group has it).")
    if not claim.citations.filter(is_orphaned=False).exists():
        raise ValidationError(
            {"status": f"Claim {claim.pk} has no anchored citation: it cannot be approved."}, code="unanchored"
        )


@transaction.atomic
def claim_create(
    *,
    summary: str,
    date: str,
    citations: Sequence[CitationInput],
    actors: Iterable[Actor] = (),
    topics: Iterable[Topic] = (),
    status: str = Claim.Status.PROPOSED,
    origin: str = "curator",
    by=None,
    key: str | None = None,
    summary_he: str = "",
    summary_ar: str = "",
    confidence: float = 1.0,
    suggested_actors: Sequence[str] = (),
    date_anchor: str = "",
) -> Claim:
    """Create a claim with its citations. Every claim needs at least one citation: nothing half-written stays."""
    if not citations:
        raise ValidationError({"citations": "A claim needs at least one citation."})
    claim = Claim(
        key=key,
        summary=summary,
        summary_he=summary_he,
        summary_ar=summary_ar,
        date=date,
        status=status,
        origin=origin,
        confidence=confidence,
        created_by=by,
        suggested_actors=list(suggested_actors),
        date_anchor=date_anchor,
    )
    if status != Claim.Status.PROPOSED:
        claim.reviewed_by, claim.reviewed_at = by, timezone.now()
    claim.full_clean()
    claim._history_user = by  # token-authenticated API calls are invisible to the history middleware
    claim.save()
    claim.actors.set(actors)
    claim.topics.set(topics)
    for citation in citations:
        citation_create(claim=claim, citation=citation)
    if status == Claim.Status.APPROVED:
        claim_publication_check(claim=claim, by=by)
    return claim


def claim_lock_for_change(*, claim_id: int, expected_version: int | None) -> Claim:
    """The claim as stored now, locked until the transaction ends (facts.services.versions)."""
    return lock_for_change(Claim, pk=claim_id, expected_version=expected_version, what="claim")


CLAIM_EDITABLE_FIELDS = ("summary", "summary_he", "summary_ar", "date", "status", "confidence")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    by,
    actors: Iterable[Actor] | None = None,
    topics: Iterable[Topic] | None = None,
    disputes: Iterable[Claim] | None = None,
    expected_version: int | None = None,
    **changes,
) -> Claim:
    """Edit a claim; every change lands in its history, with who made it, and raises its version.

    The claim is read again under a row lock, so that two curators changing different fields both keep
    their change (each applies only its own fields to what is stored now). `expected_version` (If-Match, the
    admin form) refuses a change made on a version that is no longer current (StaleWrite): the same field
    changed twice is never silently overwritten."""
    unknown = set(changes) - set(CLAIM_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "This field cannot be changed here."))
    claim = claim_lock_for_change(claim_id=claim.pk, expected_version=expected_version)
    claim.version += 1
    status_before = claim.status
    for field, value in changes.items():
        setattr(claim, field, value)
    if claim.status != status_before:
        if claim.status == Claim.Status.APPROVED:
            claim_publication_check(claim=claim, by=by)
        claim.reviewed_by, claim.reviewed_at = by, timezone.now()
    claim.full_clean()
    claim._history_user = by
    claim.save()
    if actors is not None:
        claim.actors.set(actors)
    if topics is not None:
        claim.topics.set(topics)
    if disputes is not None:
        disputes = list(disputes)
        if any(other.pk == claim.pk for other in disputes):
            raise ValidationError({"disputes": "A claim cannot dispute itself."})
        claim.disputes.set(disputes)
    return claim


def claims_review(*, claims: Iterable[Claim], status: str, by) -> int:
    """Set the review status of several claims at once (all or none); returns how many changed."""
    changed = 0
    with transaction.atomic():
        for claim in claims:
            if claim.status == status:
                continue
            if status == Claim.Status.APPROVED:
                claim_publication_check(claim=claim, by=by)
            claim.status, claim.reviewed_by, claim.reviewed_at = status, by, timezone.now()
            claim.version += 1
            claim._change_reason = f"{status} by {by}" if by else status
            claim.save()
            changed += 1
    return changed


def claims_approve(*, claims: Iterable[Claim], by) -> int:
    return claims_review(claims=claims, status=Claim.Status.APPROVED, by=by)


def claims_reject(*, claims: Iterable[Claim], by) -> int:
    return claims_review(claims=claims, status=Claim.Status.REJECTED, by=by)


@transaction.atomic
def claims_merge(*, target: Claim, others: Iterable[Claim], by) -> Claim:
    """Fold duplicate claims into `target`: their citations, actors, topics and disputes move over;
    each merged claim is rejected and remembers where it went (history keeps what it was)."""
    merged = []
    for other in others:
        if other.pk == target.pk:
            continue
        for citation in other.citations.all():
            # The same words, or words overlapping them in the same article (the sentence a proposal cited
            # and the clause a curator cited): the kept claim already cites them.
            repeated = target.citations.filter(article=citation.article, start__lt=citation.end, end__gt=citation.start)
            if repeated.exists():
                citation._change_reason = (
                    f"dropped: claim {target.pk}, which claim {other.pk} was merged into, cites these words"
                )
                citation.delete()
                continue
            citation.claim = target
            citation.version += 1
            citation._change_reason = f"moved from claim {other.pk}, merged into claim {target.pk}"
            citation.save()
        target.actors.add(*other.actors.all())
        target.topics.add(*other.topics.all())
        target.disputes.add(*other.disputes.exclude(pk=target.pk))
        other.disputes.clear()
        other.status, other.merged_into = Claim.Status.REJECTED, target
        other.reviewed_by, other.reviewed_at = by, timezone.now()
        other._change_reason = f"merged into claim {target.pk}"
        other.save()
        merged.append(other)
    target._change_reason = "merged in: " + "; ".join(f"claim {o.pk} ({clip(o.summary, 60)})" for o in merged)
    target.save()
    return target


def claims_dispute(*, claim: Claim, disputed: Claim) -> None:
    if claim.pk == disputed.pk:
        raise ValidationError("A claim cannot dispute itself.")
    claim.disputes.add(disputed)


@transaction.atomic
def claim_suggestions_accept(*, claim: Claim, by, language: str) -> list[Actor]:
    """Add the people a claim's quote names whom the gazetteer lacked: each becomes an actor (a person, its name
    as an alias in the quote's language, an English name to be corrected by the curator), linked to the claim."""
    added = []
    for name in claim.suggested_actors:
        actor = Actor.objects.filter(aliases__alias=name).first() or Actor.objects.filter(name=name).first()
        if actor is None:
            slug = unique_slug(slugify(name, allow_unicode=False) or "actor")
            actor = Actor.objects.create(
                slug=slug, name=name if language == "en" else f"{name} ({slug})", kind="person"
            )
            actor.aliases.create(language=language, alias=name)
            if language == "he":
                actor.name_he = name
            elif language == "ar":
                actor.name_ar = name
            actor.save()
        claim.actors.add(actor)
        added.append(actor)
    claim.suggested_actors = []
    claim._history_user = by
    claim._change_reason = f"suggested actors accepted: {', '.join(a.name for a in added)}"
    claim.save()
    return added


def unique_slug(base: str) -> str:
    slug, number = base[:90], 2
    while Actor.objects.filter(slug=slug).exists():
        slug, number = f"{base[:90]}-{number}", number + 1
    return slug


def claim_remove(*, claim: Claim, by, expected_version: int | None = None) -> str:
    """What deleting a claim means: a public claim is withdrawn (hidden from the public, kept with its
    history, listed as withdrawn in the change feed), as Wikidata deprecates rather than deletes; only a
    superuser deletes a claim outright. Returns "withdrawn" or "deleted"."""
    if expected_version is not None and claim.version != expected_version:
        raise StaleWrite(current_version=claim.version)
    if claim.status == Claim.Status.APPROVED:
        if by is not None and not by.has_perm(REVIEW_PERMISSION):
            raise PermissionDenied("Withdrawing a public claim needs the review_claim permission.")
        claims_review(claims=[claim], status=Claim.Status.WITHDRAWN, by=by)
        return "withdrawn"
    if by is not None and not by.is_superuser:
        raise PermissionDenied("Only an administrator deletes a claim outright; reject it instead.")
    claim._history_user = by
    claim.delete()
    return "deleted"
