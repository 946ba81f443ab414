"""Extraction's writes: an article's proposals stored for review, joined to the claims of its translations
and of other sources stating the same fact, never touching a curator's decision."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from core.edtf import edtf_parse
from corpus.models import Article
from facts.extraction.actors import Gazetteer
from facts.extraction.pipeline import proposals_for
from facts.models import OPEN_END, OPEN_START, Actor, Citation, Claim
from facts.selectors import extraction_gazetteer, extraction_periods
from facts.services.citations import CitationInput, citation_create
from facts.services.claims import claim_create, claims_dispute
from facts.services.sentences import IndexedSentence, SentenceIndex, sentence_index


@dataclass
class ExtractionReport:
    proposed: int = 0
    joined: int = 0  # citations added to a claim proposed from the article's original or translation
    kept: int = 0  # already cited at that place: nothing changed
    corroborated: int = 0  # citations added to a claim proposed from another source that states the same fact
    disputed: int = 0  # new claims linked as disputing another source's claim (same fact, another date)


def article_extract(
    *, article: Article, gazetteer: Gazetteer | None = None, index: SentenceIndex | None = None
) -> ExtractionReport:
    """Propose claims from an article and store them for review. Idempotent: a place already cited (by a
    proposal or by a curator) is left alone, and no existing claim is changed except to gain a citation
    from a translation of the article it was proposed from, or from another source stating the same fact
    (facts.extraction.matching); a source giving the same fact another date gets its own claim, linked
    as a dispute. Only proposed claims gain citations: a curator's approved claim is never changed.
    `index`: the language's SentenceIndex, when the caller extracts many articles (built here otherwise)."""
    gazetteer = gazetteer or extraction_gazetteer()
    index = index or sentence_index(language=article.language, gazetteer=gazetteer)
    proposals = proposals_for(
        article.text,
        language=article.language,
        published=article.published or None,
        source_kind=article.source.kind,
        gazetteer=gazetteer,
        periods=extraction_periods(),
    )
    report = ExtractionReport()
    related = [a.pk for a in (article.translation_of, *article.translations.all()) if a is not None]
    others = OtherSources(article=article, related=related, index=index)
    actors_by_name = {actor.extraction_name: actor for actor in Actor.objects.all()}
    for proposal in proposals:
        with transaction.atomic():
            # The same date, cited at this place or overlapping it (a curator's quote of the same words):
            # already proposed or already curated.
            cited = Citation.objects.filter(
                article=article, start__lt=proposal.end, end__gt=proposal.start, claim__date=proposal.date
            )
            if cited.exists() or merged_away_from(
                article=article, start=proposal.start, end=proposal.end, date=proposal.date
            ):
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
                if told_elsewhere.citations.filter(
                    article=article, start__lt=proposal.end, end__gt=proposal.start
                ) or not has_room_for_sources(told_elsewhere):
                    report.kept += 1
                else:
                    citation_create(claim=told_elsewhere, citation=citation)
                    report.corroborated += 1
                continue
            # Other sources' undated sentences of the same fact are cited from the claim's first version: one
            # history row, not one more for each source
            undated = others.undated_statements_of(
                start=proposal.start, end=proposal.end, room=MAX_SOURCES_PER_PROPOSAL - 1
            )
            claim = claim_create(
                summary=proposal.summary,
                date=proposal.date,
                citations=[citation, *undated],
                actors=actors,
                status=Claim.Status.PROPOSED,
                origin=f"extraction:{article.key}",
                confidence=0.6,
                suggested_actors=proposal.suggested_actors,
                date_anchor=proposal.date_anchor,
            )
            report.proposed += 1
            if told_elsewhere is not None:
                claims_dispute(claim=claim, disputed=told_elsewhere)
                report.disputed += 1
            report.corroborated += len(undated)
    report.corroborated += others.cite_this_articles_undated_statements()
    return report


def merged_away_from(*, article: Article, start: int, end: int, date: str) -> bool:
    """Whether a claim with this date that cited this place of the article was merged into another by a
    curator. Its citations moved to the kept claim, whose date may differ, so the check for a place already
    cited with this date misses it: without this, re-ingesting proposed the merged-away claim again. History
    keeps where each claim's citations were. (A rejected or withdrawn claim keeps its citations: that check
    finds it.)"""
    merged = Claim.objects.filter(merged_into__isnull=False, date=date).values("pk")
    return Citation.history.filter(article_id=article.pk, start__lt=end, end__gt=start, claim_id__in=merged).exists()


def dates_overlap(claim: Claim, edtf: str) -> bool:
    parsed = edtf_parse(edtf)
    start, end = parsed.start or OPEN_START, parsed.end or OPEN_END
    return claim.date_start <= end and start <= claim.date_end


class OtherSources:
    """The same fact in other articles of the same language (translations are handled apart): the
    proposed claims cited from them, and their undated sentences."""

    def __init__(self, *, article: Article, related: list[int], index: SentenceIndex) -> None:
        self.article, self.index = article, index
        self.excluded = {article.pk, *related}

    def cited_stating(self, sentences: list) -> list[tuple[Claim, list]]:
        """The proposed claims of other sources that cite a sentence which may state what `sentences` say
        (a candidate of the index), each with the sentences it cites there; each is then checked with
        same_fact. Only the candidates' articles are read: the cost does not grow with the corpus."""
        candidates = [c for c in self.index.candidates(sentences) if c.document not in self.excluded]
        if not candidates:
            return []
        spans: dict[int, list[tuple[int, int]]] = {}
        for candidate in candidates:
            spans.setdefault(candidate.document, []).append((candidate.start, candidate.end))
        # One indexed query by article; which citations overlap a candidate is decided here.
        citations = (
            Citation.objects.filter(article_id__in=spans, claim__status=Claim.Status.PROPOSED, is_orphaned=False)
            .select_related("claim")
            .only("article_id", "start", "end", "claim")
        )
        return [
            (citation.claim, self.index.sentences_in(citation.article_id, citation.start or 0, citation.end or 0))
            for citation in citations  # anchored: start and end are set
            if any(
                start < (citation.end or 0) and (citation.start or 0) < end for start, end in spans[citation.article_id]
            )
        ]

    def claim_stating(self, *, start: int, end: int) -> Claim | None:
        """A proposed claim of another source that states what this article says at [start, end)."""
        here = self.index.sentences_in(self.article.pk, start, end)
        for claim, sentences in self.cited_stating(here):
            if self.index.same_fact(here, sentences):
                return claim
        return None

    def undated_statements_of(self, *, start: int, end: int, room: int) -> list[CitationInput]:
        """Other sources' undated sentences that state the fact this article tells at [start, end), at most
        `room`, as citations of the claim about to be proposed (when an article telling the fact without a date
        was extracted before the one that dates it)."""
        here = self.index.sentences_in(self.article.pk, start, end)
        found: list[IndexedSentence] = []
        for sentence in self.index.candidates(here):
            if len(found) >= room:
                break
            if sentence.document in self.excluded or sentence.dated:
                continue
            if self.index.same_fact(here, [sentence]):
                found.append(sentence)
        articles = Article.objects.in_bulk({sentence.document for sentence in found})
        return [
            CitationInput(
                article=articles[sentence.document],
                quote=articles[sentence.document].text[sentence.start : sentence.end],
                start=sentence.start,
                end=sentence.end,
            )
            for sentence in found
        ]

    def cite_this_articles_undated_statements(self) -> int:
        """This article's undated sentences that state the fact of another source's proposed claim."""
        added = 0
        for sentence in self.index.by_document.get(self.article.pk, []):
            if sentence.dated:
                continue
            for claim, sentences in self.cited_stating([sentence]):
                if self.index.same_fact([sentence], sentences) and has_room_for_sources(claim):
                    added += cite_sentence(claim=claim, article=self.article, sentence=sentence)
                    break
        return added


# A proposal shows a curator the other sources of its fact; past a dozen (syndicated copies, a story every
# outlet ran) more citations add nothing to review, and writing them would make each new article's cost
# grow with the corpus.
MAX_SOURCES_PER_PROPOSAL = 12


def has_room_for_sources(claim: Claim) -> bool:
    return claim.citations.values("article_id").distinct().count() < MAX_SOURCES_PER_PROPOSAL


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
