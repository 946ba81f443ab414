"""Fixtures: the actor gazetteer, the topics and the curated timeline, loaded idempotently."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from corpus.models import Article
from facts.models import Actor, ActorAlias, Claim, Period, Topic
from facts.quotes import quote_spans
from facts.services.citations import CitationInput, citation_create, citations_delete
from facts.services.claims import claim_create, claim_update, claims_dispute
from facts.services.versions import claim_lock_for_change, claim_save_changed


class FixtureError(Exception):
    pass


@dataclass
class FixtureLoadReport:
    actors: int = 0
    topics: int = 0
    claims_created: int = 0
    claims_updated: int = 0
    claims_kept: int = 0
    translations_added: int = 0  # summaries a kept claim lacked, filled from the fixture


@transaction.atomic
def actors_load(*, entries: list[dict]) -> int:
    """Create or update actors and their aliases by slug (the gazetteer is the source of truth)."""
    for entry in entries:
        actor, _ = Actor.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "name_he": entry.get("name_he", ""),
                "name_ar": entry.get("name_ar", ""),
                "kind": entry["kind"],
                "wikidata_id": entry.get("wikidata_id", ""),
                "description": entry.get("description", ""),
            },
        )
        actor.full_clean()
        wanted = {
            (language, alias)
            for language, aliases in entry.get("aliases", {}).items()
            for alias in aliases
            if alias.strip()
        }
        existing = set(actor.aliases.values_list("language", "alias"))
        for language, alias in wanted - existing:
            ActorAlias.objects.create(actor=actor, language=language, alias=alias)
        for language, alias in existing - wanted:
            actor.aliases.filter(language=language, alias=alias).delete()
    return len(entries)


@transaction.atomic
def topics_load(*, entries: list[dict]) -> int:
    for entry in entries:
        topic, _ = Topic.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "name_he": entry.get("name_he", ""),
                "name_ar": entry.get("name_ar", ""),
                "description": entry.get("description", ""),
            },
        )
        topic.full_clean()
    return len(entries)


def _fixture_citation(entry: dict, claim_key: str) -> CitationInput:
    article = Article.objects.filter(key=entry["article"]).first()
    if article is None:
        raise FixtureError(f"claim {claim_key}: article {entry['article']!r} is not ingested (run ingest first)")
    spans = quote_spans(article.text, entry["quote"], flexible_whitespace=True)
    occurrence = entry.get("occurrence", 0)
    if not spans:
        raise FixtureError(f"claim {claim_key}: quote not found in {article.key}: {entry['quote']!r}")
    if len(spans) > 1 and "occurrence" not in entry:
        raise FixtureError(f"claim {claim_key}: quote occurs {len(spans)} times in {article.key}; say which")
    start, end = spans[occurrence]
    quote = article.text[start:end]
    date_span: tuple[int | None, int | None] = (None, None)
    if entry.get("date_words"):
        words = quote_spans(quote, entry["date_words"], flexible_whitespace=True)
        if not words:
            raise FixtureError(f"claim {claim_key}: date words {entry['date_words']!r} are not in the quote")
        date_span = words[0]
    return CitationInput(
        article=article, quote=quote, start=start, end=end, date_span_start=date_span[0], date_span_end=date_span[1]
    )


def _by_slugs(model, slugs: list[str], claim_key: str) -> list:
    found = {item.slug: item for item in model.objects.filter(slug__in=slugs)}
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise FixtureError(f"claim {claim_key}: unknown {model._meta.verbose_name} {', '.join(missing)}")
    return [found[slug] for slug in slugs]


@transaction.atomic
def curated_claims_load(*, entries: list[dict], update: bool = False) -> FixtureLoadReport:
    """Load curated, approved claims keyed by `key`. Existing claims are kept as they are (a curator may
    have edited them) unless `update` is set. All or nothing: one bad entry loads no claim."""
    report = FixtureLoadReport()
    keys = [entry["key"] for entry in entries]
    if len(set(keys)) != len(keys):
        raise FixtureError("claim keys must be unique in the timeline fixture")
    for entry in entries:
        key = entry["key"]
        existing = Claim.objects.filter(key=key).first()
        if existing is not None and not update:
            report.claims_kept += 1
            report.translations_added += translations_fill(claim=existing, entry=entry)
            continue
        actors = _by_slugs(Actor, entry.get("actors", []), key)
        topics = _by_slugs(Topic, entry.get("topics", []), key)
        citations = [_fixture_citation(c, key) for c in entry["citations"]]
        try:
            if existing is not None:
                curated_claim_replace(claim=existing, entry=entry, actors=actors, topics=topics, citations=citations)
                report.claims_updated += 1
                continue
            report.claims_created += 1
            claim_create(
                key=key,
                summary=entry["summary"],
                summary_he=entry.get("summary_he", ""),
                summary_ar=entry.get("summary_ar", ""),
                date=entry["date"],
                actors=actors,
                topics=topics,
                citations=citations,
                status=Claim.Status.APPROVED,
                origin="fixture",
            )
        except ValidationError as error:
            raise FixtureError(f"claim {key}: {'; '.join(error.messages)}") from None
    for entry in entries:
        for other in entry.get("disputes", []):
            claim, disputed = Claim.objects.get(key=entry["key"]), Claim.objects.filter(key=other).first()
            if disputed is None:
                raise FixtureError(f"claim {entry['key']}: disputes unknown claim {other!r}")
            claims_dispute(claim=claim, disputed=disputed)
    return report


def curated_claim_replace(*, claim: Claim, entry: dict, actors: list, topics: list, citations: list) -> None:
    """`--update`: the fixture's version of a curated claim replaces the stored one in place, through the claim
    services (same id and URL, history kept, version raised; a public claim is never without a citation: the
    new citations are added before the old ones go)."""
    claim = claim_update(
        claim=claim,
        by=None,
        actors=actors,
        topics=topics,
        summary=entry["summary"],
        summary_he=entry.get("summary_he", ""),
        summary_ar=entry.get("summary_ar", ""),
        date=entry["date"],
    )
    stale = list(claim.citations.all())
    wanted = {(citation.article.pk, citation.quote) for citation in citations}
    for citation in citations:
        if not claim.citations.filter(article=citation.article, quote=citation.quote).exists():
            citation_create(claim=claim, citation=citation)
    gone = [citation for citation in stale if (citation.article_id, citation.quote) not in wanted]
    if gone:
        citations_delete(citations=gone, by=None)
    if claim.status != Claim.Status.APPROVED:
        claim_update(claim=claim, by=None, status=Claim.Status.APPROVED)


def translations_fill(*, claim: Claim, entry: dict) -> int:
    """A kept claim gains the fixture's summaries in the languages it has none in (a translation the curators
    added to the fixture); a summary a curator wrote is never replaced. How many were added."""
    missing = [field for field in ("summary_he", "summary_ar") if entry.get(field) and not getattr(claim, field)]
    if not missing:
        return 0
    claim = claim_lock_for_change(claim_id=claim.pk)
    for field in missing:
        setattr(claim, field, entry[field])
    claim_save_changed(claim, by=None, reason="translation from the curated fixture: " + ", ".join(missing))
    return len(missing)


@transaction.atomic
def periods_load(*, entries: list[dict]) -> int:
    """Create or update named periods by slug (a curator's later edits are replaced by the fixture's)."""
    for entry in entries:
        period, _ = Period.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "kind": entry["kind"],
                "edtf": entry["edtf"],
                "names": entry.get("names", {}),
                "places": entry.get("places", []),
            },
        )
        try:
            period.full_clean()
        except ValidationError as error:
            raise FixtureError(f"period {entry['slug']}: {'; '.join(error.messages)}") from None
    return len(entries)
