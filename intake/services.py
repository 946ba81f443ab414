"""Bringing articles in: store them (corpus), find the words of the claims citing them again when their
text changed, and propose claims from them (facts). This app sits above both, so neither imports the other
upward."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.models import Article
from corpus.services import IngestResult, IngestStatus, corpus_ingest
from facts.extraction.actors import Gazetteer
from facts.extraction.matching import SentenceIndex
from facts.selectors import sentence_index
from facts.services.citations import citations_reanchor
from facts.services.extraction import ExtractionReport, article_extract


@dataclass(frozen=True)
class IntakeResult:
    """One file's ingestion, with what it meant for the claims citing its article."""

    ingested: IngestResult
    orphaned_citations: int = 0  # citations whose words the new text no longer has (flagged, never dropped)

    @property
    def path(self) -> str:
        return self.ingested.path

    @property
    def status(self) -> IngestStatus:
        return self.ingested.status

    @property
    def article(self) -> Article | None:
        return self.ingested.article

    @property
    def reason(self) -> str:
        return self.ingested.reason


def articles_ingest(
    *, paths: list[Path], on_result: Callable[[IntakeResult], None] | None = None
) -> list[IntakeResult]:
    """Ingest files or folders with a manifest (corpus.services.corpus_ingest); when an article's text
    changed, its citations are re-anchored in the same transaction."""
    orphaned: dict[int, int] = {}
    results: list[IntakeResult] = []

    def reanchor(article: Article) -> None:
        orphaned[article.pk] = citations_reanchor(article=article)

    def collect(ingested: IngestResult) -> None:
        result = IntakeResult(ingested, orphaned.get(ingested.article.pk, 0) if ingested.article else 0)
        results.append(result)
        if on_result is not None:
            on_result(result)

    corpus_ingest(paths=paths, on_result=collect, on_text_changed=reanchor)
    return results


def articles_extract(
    *,
    articles: Sequence[Article],
    on_report: Callable[[int, Article, ExtractionReport], None] | None = None,
) -> list[ExtractionReport]:
    """Propose claims from each article, with one gazetteer and one sentence index per language for the
    batch (built once the whole batch is stored, so articles of the batch corroborate each other)."""
    gazetteer = Gazetteer.from_fixture()
    indexes: dict[str, SentenceIndex] = {}
    reports = []
    for number, article in enumerate(articles, start=1):
        if article.language not in indexes:
            indexes[article.language] = sentence_index(language=article.language, gazetteer=gazetteer)
        report = article_extract(article=article, gazetteer=gazetteer, index=indexes[article.language])
        reports.append(report)
        if on_report is not None:
            on_report(number, article, report)
    return reports
