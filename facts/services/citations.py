"""Citations: the exact words of an article that support a claim, and finding them again when the
article's text changes. Every change here is a change of what the claim shows: its version rises
(facts.services.versions) and a public claim keeps an anchored citation (facts.services.publication)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from corpus.models import Article
from facts.models import Citation, Claim
from facts.quotes import clip, quote_spans
from facts.services.publication import claim_citations_removal_check
from facts.services.versions import claim_version_raise, lock_for_change


@dataclass(frozen=True)
class CitationInput:
    article: Article
    quote: str
    start: int | None = None
    end: int | None = None
    date_span_start: int | None = None
    date_span_end: int | None = None


def citation_words(citation: Citation) -> str:
    """A citation in words for a claim's history: its quote (clipped) and the article's title."""
    return f"“{clip(citation.quote, 40)}” ({citation.article.title})"


def citation_store(*, claim: Claim, citation: CitationInput, by=None) -> Citation:
    """Write a citation of a claim being created (claim_create): the claim's first version includes it."""
    created = Citation(
        claim=claim,
        article=citation.article,
        quote=citation.quote,
        start=citation.start,
        end=citation.end,
        date_span_start=citation.date_span_start,
        date_span_end=citation.date_span_end,
    )
    created.full_clean()
    created._history_user = by
    created.save()
    return created


@transaction.atomic
def citation_create(*, claim: Claim, citation: CitationInput, by=None) -> Citation:
    """Cite more words for an existing claim; the claim's version rises."""
    created = citation_store(claim=claim, citation=citation, by=by)
    claim_version_raise(claim=claim, by=by, reason=f"citation added: {citation_words(created)}")
    return created


def citation_lock_for_change(*, citation_id: int, expected_version: int | None) -> Citation:
    """The citation as stored now, locked until the transaction ends (facts.services.versions)."""
    return lock_for_change(Citation, pk=citation_id, expected_version=expected_version, what="citation")


CITATION_EDITABLE_FIELDS = ("claim", "article", "quote", "start", "end", "date_span_start", "date_span_end")


@transaction.atomic
def citation_update(*, citation: Citation, by, expected_version: int | None = None, **changes) -> Citation:
    """Correct a citation, or move it to another claim: only the fields given change, on the citation as stored
    now (read again under a lock), and its version rises, as does each claim it belongs or belonged to. On a
    stale `expected_version` nothing changes (StaleWrite); a public claim is never left without an anchored
    citation by a move."""
    unknown = set(changes) - set(CITATION_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "This field cannot be changed here."))
    citation = citation_lock_for_change(citation_id=citation.pk, expected_version=expected_version)
    claim_before = citation.claim
    moved = "claim" in changes and changes["claim"].pk != claim_before.pk
    if moved:
        claim_citations_removal_check(claim=claim_before, removed=[citation])
    for field, value in changes.items():
        setattr(citation, field, value)
    if "quote" in changes and not {"start", "end"} & set(changes):
        citation.start = citation.end = None  # locate the new quote
    citation.is_orphaned = False
    citation.version += 1
    citation.full_clean()
    citation._history_user = by
    citation.save()
    if moved:
        claim_version_raise(
            claim=claim_before, by=by, reason=f"citation moved to claim {citation.claim_id}: {citation_words(citation)}"
        )
        claim_version_raise(
            claim=citation.claim,
            by=by,
            reason=f"citation moved from claim {claim_before.pk}: {citation_words(citation)}",
        )
    else:
        fields = ", ".join(sorted(changes)) or "nothing"
        claim_version_raise(
            claim=citation.claim, by=by, reason=f"citation changed ({fields}): {citation_words(citation)}"
        )
    return citation


@transaction.atomic
def citation_delete(*, citation: Citation, by, expected_version: int | None = None) -> None:
    """Remove a citation; refused (nothing written) when it is the last anchored citation of a public claim."""
    citation = citation_lock_for_change(citation_id=citation.pk, expected_version=expected_version)
    citations_delete(citations=[citation], by=by)


@transaction.atomic
def citations_delete(*, citations: Iterable[Citation], by) -> int:
    """Remove several citations, all or none: refused, naming the claim, when a public claim would be left
    without an anchored citation. Each claim's version rises once. How many were removed."""
    citations = list(citations)
    by_claim: dict[int, list[Citation]] = {}
    for citation in citations:
        by_claim.setdefault(citation.claim_id, []).append(citation)
    claims = Claim.objects.select_for_update().in_bulk(list(by_claim))
    for claim_id, removed in by_claim.items():
        claim_citations_removal_check(claim=claims[claim_id], removed=removed)
    for claim_id, removed in by_claim.items():
        for citation in removed:
            citation._history_user = by
            citation.delete()
        words = "; ".join(citation_words(citation) for citation in removed)
        claim_version_raise(claim=claims[claim_id], by=by, reason=f"citation removed: {words}")
    return len(citations)


@transaction.atomic
def citations_reanchor(*, article: Article) -> int:
    """After an article's text changed, find each citation's words again, as W3C/Hypothesis quote anchoring
    does: the exact quote where it was; else the exact quote once elsewhere; else the same words with other
    white space, choosing among several places by the stored prefix and suffix. A citation that cannot be
    found is flagged orphaned for a curator, never dropped or left pointing at other words. Each claim whose
    citations moved or were orphaned gets a new version. Returns how many were orphaned."""
    orphaned = 0
    text = article.text
    changed_claims: dict[int, Claim] = {}
    for citation in article.citations.select_related("claim"):
        if text[citation.start : citation.end] == citation.quote:
            continue
        spans = quote_spans(text, citation.quote) or quote_spans(text, citation.quote, flexible_whitespace=True)
        if len(spans) > 1:
            spans = sorted(spans, key=lambda span: -context_agreement(text, span, citation))[:1]
        if spans:
            start, end = spans[0]
            citation.start, citation.end, citation.quote = start, end, text[start:end]
            citation.is_orphaned = False
        else:
            citation.is_orphaned = True
            orphaned += 1
        citation._change_reason = "re-anchored after the article's text changed"
        citation.version += 1
        citation.save()
        changed_claims[citation.claim_id] = citation.claim
    for claim in changed_claims.values():
        claim_version_raise(
            claim=claim, by=None, reason=f"citations re-anchored: the text of “{article.title}” changed"
        )
    return orphaned


def context_agreement(text: str, span: tuple[int, int], citation: Citation) -> int:
    """How many characters of the stored prefix and suffix stand next to this place (nearest first)."""
    before, after = text[: span[0]], text[span[1] :]
    score = 0
    for mine, theirs in zip(reversed(citation.prefix), reversed(before), strict=False):
        if mine != theirs:
            break
        score += 1
    for mine, theirs in zip(citation.suffix, after, strict=False):
        if mine != theirs:
            break
        score += 1
    return score
