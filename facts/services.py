"""Writes to facts. Admin actions, management commands and (later) REST and GraphQL call these, so
the same validation (EDTF, quote integrity) holds on every path."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.edtf import edtf_parse
from corpus.models import Article
from facts.models import OPEN_END, OPEN_START, Actor, Citation, Claim, Topic


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
    return claim


def _claims_review(*, claims: Iterable[Claim], status: str, by) -> int:
    changed = 0
    with transaction.atomic():
        for claim in claims:
            if claim.status == status:
                continue
            if status == Claim.Status.APPROVED and not claim.citations.filter(is_orphaned=False).exists():
                raise ValidationError(f"Claim {claim.pk} has no anchored citation: it cannot be approved.")
            claim.status, claim.reviewed_by, claim.reviewed_at = status, by, timezone.now()
            claim._change_reason = f"{status} by {by}" if by else status
            claim.save()
            changed += 1
    return changed


def claims_approve(*, claims: Iterable[Claim], by) -> int:
    return _claims_review(claims=claims, status=Claim.Status.APPROVED, by=by)


def claims_reject(*, claims: Iterable[Claim], by) -> int:
    return _claims_review(claims=claims, status=Claim.Status.REJECTED, by=by)


def claim_approve(*, claim: Claim, by) -> Claim:
    claims_approve(claims=[claim], by=by)
    return claim


@transaction.atomic
def claims_merge(*, target: Claim, others: Iterable[Claim], by) -> Claim:
    """Fold duplicate claims into `target`: their citations, actors, topics and disputes move over;
    each merged claim is rejected and remembers where it went (history keeps what it was)."""
    for other in others:
        if other.pk == target.pk:
            continue
        for citation in other.citations.all():
            duplicate = target.citations.filter(article=citation.article, start=citation.start, end=citation.end)
            if duplicate.exists():
                citation.delete()
                continue
            citation.claim = target
            citation.save()
        target.actors.add(*other.actors.all())
        target.topics.add(*other.topics.all())
        target.disputes.add(*other.disputes.exclude(pk=target.pk))
        other.disputes.clear()
        other.status, other.merged_into = Claim.Status.REJECTED, target
        other.reviewed_by, other.reviewed_at = by, timezone.now()
        other._change_reason = f"merged into claim {target.pk}"
        other.save()
    target._change_reason = "merged duplicates"
    target.save()
    return target


def claims_dispute(*, claim: Claim, disputed: Claim) -> None:
    if claim.pk == disputed.pk:
        raise ValidationError("A claim cannot dispute itself.")
    claim.disputes.add(disputed)


def citations_reanchor(*, article: Article) -> int:
    """After an article's text changed, find each citation's words again, as W3C/Hypothesis quote anchoring
    does: the exact quote where it was; else the exact quote once elsewhere; else the same words with other
    white space, choosing among several places by the stored prefix and suffix. A citation that cannot be
    found is flagged orphaned for a curator, never dropped or left pointing at other words.
    Returns how many were orphaned."""
    from facts.quotes import quote_spans

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


# --- Extraction ----------------------------------------------------------------------------------------


@dataclass
class ExtractionReport:
    proposed: int = 0
    joined: int = 0  # citations added to a claim proposed from the article's original or translation
    kept: int = 0  # already cited at that place: nothing changed
    corroborated: int = 0  # citations added to a claim proposed from another source that states the same fact
    disputed: int = 0  # new claims linked as disputing another source's claim (same fact, another date)


def article_extract(*, article: Article, gazetteer=None, index=None) -> ExtractionReport:
    """Propose claims from an article and store them for review. Idempotent: a place already cited (by a
    proposal or by a curator) is left alone, and no existing claim is changed except to gain a citation
    from a translation of the article it was proposed from, or from another source stating the same fact
    (facts.extraction.matching); a source giving the same fact another date gets its own claim, linked
    as a dispute. Only proposed claims gain citations: a curator's approved claim is never changed.
    `index`: the language's SentenceIndex, when the caller extracts many articles (built here otherwise)."""
    from facts.extraction.actors import Gazetteer
    from facts.extraction.proposals import propose_claims

    gazetteer = gazetteer or Gazetteer.from_fixture()
    index = index or sentence_index(language=article.language, gazetteer=gazetteer)
    proposals = propose_claims(
        article.text,
        language=article.language,
        published=article.published or None,
        gazetteer=gazetteer,
        lead=article.source.kind == "news",
    )
    report = ExtractionReport()
    related = [a.pk for a in (article.translation_of, *article.translations.all()) if a is not None]
    others = OtherSources(article=article, related=related, index=index)
    actors_by_name = {actor.name: actor for actor in Actor.objects.all()}
    for proposal in proposals:
        with transaction.atomic():
            # The same date, cited at this place or overlapping it (a curator's quote of the same words):
            # already proposed or already curated.
            cited = Citation.objects.filter(
                article=article, start__lt=proposal.end, end__gt=proposal.start, claim__date=proposal.date
            )
            if cited.exists():
                report.kept += 1
                continue
            actors = [actors_by_name[name] for name in proposal.actors if name in actors_by_name]
            citation = CitationInput(
                article=article,
                quote=proposal.quote,
                start=proposal.start,
                end=proposal.end,
                date_span_start=proposal.date_span[0] if proposal.date_span else None,
                date_span_end=proposal.date_span[1] if proposal.date_span else None,
            )
            same_fact = (
                (
                    Claim.objects.filter(
                        date=proposal.date,
                        citations__article_id__in=related,
                        actors__in=actors,
                        origin__startswith="extraction",
                    )
                    .exclude(citations__article=article)
                    .distinct()
                    .first()
                )
                if related and actors
                else None
            )
            if same_fact is not None:
                citation_create(claim=same_fact, citation=citation)
                report.joined += 1
                continue
            told_elsewhere = others.claim_stating(start=proposal.start, end=proposal.end)
            if told_elsewhere is not None and dates_overlap(told_elsewhere, proposal.date):
                if told_elsewhere.citations.filter(article=article, start__lt=proposal.end, end__gt=proposal.start):
                    report.kept += 1
                else:
                    citation_create(claim=told_elsewhere, citation=citation)
                    report.corroborated += 1
                continue
            claim = claim_create(
                summary=proposal.summary,
                date=proposal.date,
                citations=[citation],
                actors=actors,
                status=Claim.Status.PROPOSED,
                origin=f"extraction:{article.key}",
                confidence=0.6,
            )
            report.proposed += 1
            if told_elsewhere is not None:
                claims_dispute(claim=claim, disputed=told_elsewhere)
                report.disputed += 1
            report.corroborated += others.cite_undated_statements_of(
                claim=claim, start=proposal.start, end=proposal.end
            )
    report.corroborated += others.cite_this_articles_undated_statements()
    return report


def sentence_index(*, language: str, gazetteer):
    """Every sentence of the corpus in `language`, with what it is about (facts.extraction.matching)."""
    from facts.extraction.matching import SentenceIndex

    articles = Article.objects.filter(language=language).values_list("pk", "text", "published")
    return SentenceIndex.build(articles, language=language, gazetteer=gazetteer)


def dates_overlap(claim: Claim, edtf: str) -> bool:
    parsed = edtf_parse(edtf)
    start, end = parsed.start or OPEN_START, parsed.end or OPEN_END
    return claim.date_start <= end and start <= claim.date_end


class OtherSources:
    """The same fact in other articles of the same language (translations are handled apart): the
    proposed claims cited from them, and their undated sentences."""

    def __init__(self, *, article: Article, related: list[int], index) -> None:
        self.article, self.index = article, index
        self.excluded = {article.pk, *related}
        # Citations of proposed claims from other sources, with the sentences they cite.
        self.cited = [
            (citation.claim, index.sentences_in(citation.article_id, citation.start, citation.end))
            for citation in Citation.objects.filter(
                article__language=article.language, claim__status=Claim.Status.PROPOSED, is_orphaned=False
            )
            .exclude(article_id__in=self.excluded)
            .select_related("claim")
            .only("article_id", "start", "end", "claim")
        ]

    def claim_stating(self, *, start: int, end: int) -> Claim | None:
        """A proposed claim of another source that states what this article says at [start, end)."""
        here = self.index.sentences_in(self.article.pk, start, end)
        for claim, sentences in self.cited:
            if self.index.same_fact(here, sentences):
                return claim
        return None

    def cite_undated_statements_of(self, *, claim: Claim, start: int, end: int) -> int:
        """Other sources' undated sentences that state this new claim's fact become its citations (when an
        article telling the fact without a date was extracted before the one that dates it)."""
        here = self.index.sentences_in(self.article.pk, start, end)
        added = 0
        for document, sentences in self.index.by_document.items():
            if document in self.excluded:
                continue
            for sentence in sentences:
                if not sentence.dated and self.index.same_fact(here, [sentence]):
                    added += cite_sentence(claim=claim, article=Article.objects.get(pk=document), sentence=sentence)
        return added

    def cite_this_articles_undated_statements(self) -> int:
        """This article's undated sentences that state the fact of another source's proposed claim."""
        added = 0
        for sentence in self.index.by_document.get(self.article.pk, []):
            if sentence.dated:
                continue
            for claim, sentences in self.cited:
                if self.index.same_fact([sentence], sentences):
                    added += cite_sentence(claim=claim, article=self.article, sentence=sentence)
                    break
        return added


def cite_sentence(*, claim: Claim, article: Article, sentence) -> int:
    """Cite a whole sentence for a claim, unless the claim already cites that article there."""
    if claim.citations.filter(article=article, start__lt=sentence.end, end__gt=sentence.start).exists():
        return 0
    with transaction.atomic():
        citation_create(
            claim=claim,
            citation=CitationInput(
                article=article,
                quote=article.text[sentence.start : sentence.end],
                start=sentence.start,
                end=sentence.end,
            ),
        )
    return 1


# --- Fixtures: the actor gazetteer, topics and the curated timeline ----------------------------------


class FixtureError(Exception):
    pass


@dataclass
class FixtureLoadReport:
    actors: int = 0
    topics: int = 0
    claims_created: int = 0
    claims_updated: int = 0
    claims_kept: int = 0


@transaction.atomic
def actors_load(*, entries: list[dict]) -> int:
    """Create or update actors and their aliases by slug (the gazetteer is the source of truth)."""
    from facts.models import ActorAlias

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
    from facts.quotes import quote_spans

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
    date_span = (None, None)
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
            continue
        actors = _by_slugs(Actor, entry.get("actors", []), key)
        topics = _by_slugs(Topic, entry.get("topics", []), key)
        citations = [_fixture_citation(c, key) for c in entry["citations"]]
        try:
            if existing is not None:
                existing.delete()
                report.claims_updated += 1
            else:
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


# --- Writes from the APIs ------------------------------------------------------------------------------


def _resolve(model, references: list[str], field: str) -> list:
    ids = [int(r) for r in references if str(r).isdigit()]
    found = list(model.objects.filter(Q(slug__in=references) | Q(pk__in=ids)))
    known = {item.slug for item in found} | {str(item.pk) for item in found}
    unknown = [str(r) for r in references if str(r) not in known]
    if unknown:
        raise ValidationError({field: f"Unknown {model._meta.verbose_name}: {', '.join(unknown)}."})
    return found


def actors_resolve(*, references: list[str]) -> list[Actor]:
    return _resolve(Actor, references, "actors")


def topics_resolve(*, references: list[str]) -> list[Topic]:
    return _resolve(Topic, references, "topics")


def article_resolve(*, reference: str, field: str = "article") -> Article:
    match = Q(key=reference) | (Q(pk=int(reference)) if str(reference).isdigit() else Q(pk__in=[]))
    article = Article.objects.filter(match).first()
    if article is None:
        raise ValidationError({field: f"Unknown article: {reference}."})
    return article


CLAIM_EDITABLE_FIELDS = ("summary", "summary_he", "summary_ar", "date", "status", "confidence")


@transaction.atomic
def claim_update(
    *,
    claim: Claim,
    by,
    actors: Iterable[Actor] | None = None,
    topics: Iterable[Topic] | None = None,
    disputes: Iterable[Claim] | None = None,
    **changes,
) -> Claim:
    """Edit a claim; every change lands in its history, with who made it."""
    unknown = set(changes) - set(CLAIM_EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "This field cannot be changed here."))
    status_before = claim.status
    for field, value in changes.items():
        setattr(claim, field, value)
    if claim.status != status_before:
        if claim.status == Claim.Status.APPROVED and not claim.citations.filter(is_orphaned=False).exists():
            raise ValidationError({"status": "A claim without an anchored citation cannot be approved."})
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


@transaction.atomic
def citation_update(*, citation: Citation, by, **changes) -> Citation:
    for field, value in changes.items():
        setattr(citation, field, value)
    if "quote" in changes and not {"start", "end"} & set(changes):
        citation.start = citation.end = None  # locate the new quote
    citation.is_orphaned = False
    citation.full_clean()
    citation._history_user = by
    citation.save()
    return citation


@transaction.atomic
def citation_delete(*, citation: Citation, by) -> None:
    claim = citation.claim
    if claim.status == Claim.Status.APPROVED and claim.citations.exclude(pk=citation.pk).count() == 0:
        raise ValidationError("An approved claim needs at least one citation: add another first, or reject it.")
    citation._history_user = by
    citation.delete()
