"""One document through the whole pipeline: repair, language, publication date, sentences, dates, actors,
proposals. Pure: no ORM, no network."""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.ingestion.language import language_of
from corpus.ingestion.normalise import normalise_text
from corpus.ingestion.repair import repair_text
from facts.extraction.actors import Gazetteer
from facts.extraction.dates import Periods
from facts.extraction.proposals import Proposal, propose_claims
from facts.extraction.publication import published_from_text

NEWS_KINDS = {"news", "", None}


@dataclass
class ExtractedDocument:
    document: str
    language: str
    published: str | None
    text: str
    claims: list[Proposal]
    assumptions: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "document": self.document,
            "language": self.language,
            "published": self.published,
            "text": self.text,
            "claims": [
                {
                    "quote": c.quote,
                    "start": c.start,
                    "end": c.end,
                    "date": c.date,
                    "date_text": c.date_text,
                    "anchor": c.date_anchor,
                    "suggested_actors": c.suggested_actors,
                    "actors": c.actors,
                    "summary": c.summary,
                }
                for c in self.claims
            ],
        }


def detect_language(text: str) -> str:
    """The one language detector intake uses (corpus.ingestion.language); LanguageNotRead otherwise."""
    return language_of(text)


def reads_as_news(source_kind: str | None) -> bool:
    """Whether a text is read as a news item (its lead and headings are claims): news sources, and texts
    whose source is not known."""
    return source_kind in NEWS_KINDS


def proposals_for(
    text: str,
    *,
    language: str,
    published: str | None,
    source_kind: str | None,
    gazetteer: Gazetteer,
    periods: Periods | None,
) -> list[Proposal]:
    """The claims proposed from a stored (repaired) text: the one step the job, the command line and the
    benchmarks share, so that each measures what the others do."""
    return propose_claims(
        text, language=language, published=published, gazetteer=gazetteer, lead=reads_as_news(source_kind),
        periods=periods,
    )  # fmt: skip


def extract_document(
    *,
    name: str,
    raw_text: str,
    gazetteer: Gazetteer,
    language: str | None = None,
    published: str | None = None,
    source_kind: str | None = None,
    periods: Periods | None = None,
) -> ExtractedDocument:
    """A document through the pipeline as intake brings it in: normalised, its language detected (lingua) and
    its publication date read from it when not given, repaired, then `proposals_for`."""
    assumptions = []
    normalised = normalise_text(raw_text)
    if not language:
        language = detect_language(normalised)
        assumptions.append(f"language {language}: detected (lingua)")
    if not published:
        published = published_from_text(normalised, language)
        assumptions.append(f"published {published}: from the text" if published else "published: unknown")
    text, _ = repair_text(normalised, language=language)
    claims = proposals_for(
        text, language=language, published=published, source_kind=source_kind, gazetteer=gazetteer, periods=periods
    )
    return ExtractedDocument(name, language, published, text, claims, assumptions)
