"""Citations: the exact words of an article that support a claim, and finding them again when the
article's text changes."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from corpus.models import Article
from facts.models import Citation, Claim
from facts.quotes import quote_spans
from facts.services.versions import lock_for_change


@dataclass(frozen=True)
class CitationInput:
    article: Article
    quote: str
    start: int | None = None
    end: int | None = None
    date_span_start: int | None = None
    date_span_end: int | None = None


def citation_create(*, claim: Claim, citation: CitationInput) -> Citation:
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
    created.save()
    return created


def citation_lock_for_change(*, citation_id: int, expected_version: int | None) -> Citation:
    """The citation as stored now, locked until the transaction ends (facts.services.versions)."""
    return lock_for_change(Citation, pk=citation_id, expected_version=expected_version, what="citation")


@transaction.atomic
def citation_update(*, citation: Citation, by, expected_version: int | None = None, **changes) -> Citation:
    """Correct a citation: only the fields given change, on the citation as stored now (read again under a
    lock), and its version rises; on a stale `expected_version` nothing changes (StaleWrite)."""
    citation = citation_lock_for_change(citation_id=citation.pk, expected_version=expected_version)
    for field, value in changes.items():
        setattr(citation, field, value)
    if "quote" in changes and not {"start", "end"} & set(changes):
        citation.start = citation.end = None  # locate the new quote
    citation.is_orphaned = False
    citation.version += 1
    citation.full_clean()
    citation._history_user = by
    citation.save()
    return citation


@transaction.atomic
def citation_delete(*, citation: Citation, by, expected_version: int | None = None) -> None:
    citation = citation_lock_for_change(citation_id=citation.pk, expected_version=expected_version)
    claim = citation.claim
    if claim.status == Claim.Status.APPROVED and claim.citations.exclude(pk=citation.pk).count() == 0:
        raise ValidationError("An approved claim needs at least one citation: add another first, or reject it.")
    citation._history_user = by
    citation.delete()


def citations_reanchor(*, article: Article) -> int:
    """After an article's text changed, find each citation's words again, as W3C/Hypothesis quote anchoring
    does: the exact quote where it was; else the exact quote once elsewhere; else the same words with other
    white space, choosing among several places by the stored prefix and suffix. A citation that cannot be
    found is flagged orphaned for a curator, never dropped or left pointing at other words.
    Returns how many were orphaned."""
    orphaned = 0
    text = article.text
    for citation in article.citations.all():
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
