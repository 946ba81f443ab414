"""One document through the whole pipeline: repair, language, publication date, sentences, dates, actors,
proposals. Pure: no ORM, no network."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.ingestion.normalise import normalise_text
from corpus.ingestion.repair import repair_text, strip_stamp
from facts.extraction.actors import Gazetteer
from facts.extraction.dates import find_dates
from facts.extraction.proposals import Proposal, propose_claims

NEWS_KINDS = {"news", None}


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
    hebrew = len(re.findall(r"[\u05d0-\u05ea]", text))
    arabic = len(re.findall(r"[\u0621-\u064a]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return max((hebrew, "he"), (arabic, "ar"), (latin, "en"))[1]


def published_from_text(text: str, language: str) -> str | None:
    """A store's stamp at the start, or a full date in the last lines ("פורסם ... בתאריך 27 במאי, 2025")."""
    _, stamp = strip_stamp(text)
    if stamp:
        return stamp
    tail = text[-400:]
    days = [m for m in find_dates(tail, language=language) if len(m.edtf) == 10 and m.absolute]
    return days[-1].edtf if days else None


def extract_document(
    *,
    name: str,
    raw_text: str,
    gazetteer: Gazetteer,
    language: str | None = None,
    published: str | None = None,
    source_kind: str | None = None,
) -> ExtractedDocument:
    assumptions = []
    normalised = normalise_text(raw_text)
    if not language:
        language = detect_language(normalised)
        assumptions.append(f"language {language}: detected from the script")
    if not published:
        published = published_from_text(normalised, language)
        assumptions.append(f"published {published}: from the text" if published else "published: unknown")
    text, _ = repair_text(normalised, language=language)
    claims = propose_claims(
        text, language=language, published=published, gazetteer=gazetteer, lead=source_kind in NEWS_KINDS
    )
    return ExtractedDocument(name, language, published, text, claims, assumptions)
