"""Claims: create, edit, review (approve, reject, merge) and dispute. Whether a claim may become public is
decided by one rule, `claim_publication_check`, whatever path asks."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from facts.models import Actor, Claim, Topic
from facts.permissions import review_permission_check
from facts.quotes import clip
from facts.services.citations import CitationInput, citation_store
from facts.services.publication import claim_publication_check
from facts.services.versions import claim_lock_for_change, claim_save_changed, claim_version_raise

__all__ = [  # the publication rule and the lock are used through this module by the screens
    "claim_lock_for_change",
    "claim_publication_check",
]


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
        citation_store(claim=claim, citation=citation, by=by)
    if status == Claim.Status.APPROVED:
        claim_publication_check(claim=claim, by=by)
    return claim


CLAIM_EDITABLE_FIELDS = ("summary", "summary_he", "summary_ar", "date", "status", "confidence", "key")


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
    status_before = claim.status
    for field, value in changes.items():
        setattr(claim, field, value)
    if claim.status != status_before:
        review_decision_check(claim=claim, status_before=status_before, by=by)
        claim.reviewed_by, claim.reviewed_at = by, timezone.now()
    claim.full_clean()
    claim_save_changed(claim, by=by)
    if actors is not None:
        claim.actors.set(actors)
    if topics is not None:
        claim.topics.set(topics)
    if disputes is not None:
        disputes = list(disputes)
        if any(other.pk == claim.pk for other in disputes):
            raise ValidationError({"disputes": "A claim cannot dispute itself."})
        before = set(claim.disputes.values_list("pk", flat=True))
        claim.disputes.set(disputes)
        partners_version_raise(claim=claim, partner_ids=before ^ {other.pk for other in disputes}, by=by)
    return claim


def partners_version_raise(*, claim: Claim, partner_ids: Iterable[int], by) -> None:
    """Disputes are symmetrical: a claim that gained or lost `claim` as a dispute shows it too."""
    for partner in Claim.objects.filter(pk__in=set(partner_ids)).order_by("pk"):
        claim_version_raise(claim=partner, by=by, reason=f"disputes changed on claim {claim.pk}")


def review_decision_check(*, claim: Claim, status_before: str, by) -> None:
    """A change of review status is a reviewer's decision: approving goes through the publication rule; every
    other decision (reject, withdraw, send back) needs the review permission too."""
    if claim.status == Claim.Status.APPROVED:
        claim_publication_check(claim=claim, by=by)
    else:
        review_permission_check(by, doing=f"Changing a claim from {status_before} to {claim.status}")


def claims_review(*, claims: Iterable[Claim], status: str, by) -> int:
    """Set the review status of several claims at once (all or none); returns how many changed."""
    changed = 0
    with transaction.atomic():
        for given in claims:
            claim = claim_lock_for_change(claim_id=given.pk)
            if claim.status == status:
                continue
            status_before, claim.status = claim.status, status
            review_decision_check(claim=claim, status_before=status_before, by=by)
            claim.reviewed_by, claim.reviewed_at = by, timezone.now()
            claim_save_changed(claim, by=by, reason=f"{status} by {by}" if by else status)
            given.status, given.version = claim.status, claim.version
            changed += 1
    return changed


def claims_approve(*, claims: Iterable[Claim], by) -> int:
    return claims_review(claims=claims, status=Claim.Status.APPROVED, by=by)


def claims_reject(*, claims: Iterable[Claim], by) -> int:
    return claims_review(claims=claims, status=Claim.Status.REJECTED, by=by)


@transaction.atomic
def claims_merge(*, target: Claim, others: Iterable[Claim], by) -> Claim:
    """Fold duplicate claims into `target`: their citations, actors, topics and disputes move over;
    each merged claim is rejected and remembers where it went (history keeps what it was). Needs the review
    permission; every claim involved gets a new version."""
    review_permission_check(by, doing="Merging claims")
    merged = []
    for given in others:
        if given.pk == target.pk:
            continue
        other = claim_lock_for_change(claim_id=given.pk)
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
            citation._history_user = by
            citation._change_reason = f"moved from claim {other.pk}, merged into claim {target.pk}"
            citation.save()
        target.actors.add(*other.actors.all())
        target.topics.add(*other.topics.all())
        partners = set(other.disputes.exclude(pk=target.pk).values_list("pk", flat=True))
        target.disputes.add(*partners)
        other.disputes.clear()
        partners_version_raise(claim=other, partner_ids=partners, by=by)
        other.status, other.merged_into = Claim.Status.REJECTED, target
        other.reviewed_by, other.reviewed_at = by, timezone.now()
        claim_save_changed(other, by=by, reason=f"merged into claim {target.pk}")
        given.status, given.version, given.merged_into = other.status, other.version, target
        merged.append(other)
    claim_version_raise(
        claim=target, by=by, reason="merged in: " + "; ".join(f"claim {o.pk} ({clip(o.summary, 60)})" for o in merged)
    )
    return target


@transaction.atomic
def claims_dispute(*, claim: Claim, disputed: Claim, by=None) -> None:
    """Record that two claims contradict each other; both show it, so both get a new version."""
    if claim.pk == disputed.pk:
        raise ValidationError("A claim cannot dispute itself.")
    if claim.disputes.filter(pk=disputed.pk).exists():
        return
    claim.disputes.add(disputed)
    claim_version_raise(claim=claim, by=by, reason=f"disputed by claim {disputed.pk}")
    claim_version_raise(claim=disputed, by=by, reason=f"disputed by claim {claim.pk}")


@transaction.atomic
def claim_suggestions_accept(*, claim: Claim, by, language: str) -> list[Actor]:
    """Add the people a claim's quote names whom the gazetteer lacked: each becomes an actor (a person, its name
    as written its name and alias in the quote's language; the English name left for the curator to write when
    the quote is Hebrew or Arabic), linked to the claim."""
    review_permission_check(by, doing="Adding suggested actors to the gazetteer")
    claim = claim_lock_for_change(claim_id=claim.pk)
    added = []
    for name in claim.suggested_actors:
        actor = Actor.objects.filter(aliases__alias=name).first() or Actor.objects.filter(name=name).first()
        if actor is None:
            slug = unique_slug(slugify(name, allow_unicode=False) or "actor")
            names = {"en": "name", "he": "name_he", "ar": "name_ar"}
            actor = Actor.objects.create(slug=slug, kind="person", **{names.get(language, "name"): name})
            actor.aliases.create(language=language, alias=name)
        claim.actors.add(actor)
        added.append(actor)
    claim.suggested_actors = []
    claim_save_changed(claim, by=by, reason=f"suggested actors accepted: {', '.join(str(a) for a in added)}")
    return added


def unique_slug(base: str) -> str:
    slug, number = base[:90], 2
    while Actor.objects.filter(slug=slug).exists():
        slug, number = f"{base[:90]}-{number}", number + 1
    return slug


@transaction.atomic
def claim_remove(*, claim: Claim, by, expected_version: int | None = None) -> str:
    """What deleting a claim means: a public claim is withdrawn (hidden from the public, kept with its
    history, listed as withdrawn in the change feed), as Wikidata deprecates rather than deletes; only a
    superuser deletes a claim outright. Returns "withdrawn" or "deleted"."""
    claim = claim_lock_for_change(claim_id=claim.pk, expected_version=expected_version)
    if claim.is_public:
        review_permission_check(by, doing="Withdrawing a public claim")
        claims_review(claims=[claim], status=Claim.Status.WITHDRAWN, by=by)
        return "withdrawn"
    claim_delete(claim=claim, by=by)
    return "deleted"


@transaction.atomic
def claim_delete(*, claim: Claim, by) -> None:
    """Delete a claim outright, with its citations (history keeps both): an administrator's act only."""
    if by is not None and not by.is_superuser:
        raise PermissionDenied("Only an administrator deletes a claim outright; reject it instead.")
    for citation in claim.citations.all():
        citation._history_user = by
        citation.delete()
    claim._history_user = by
    claim.delete()
