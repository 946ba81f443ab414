"""A claim's sources (or a filtered timeline's) in the formats reference managers read: CSL-JSON (Zotero,
Pandoc, citeproc), BibTeX (through bibtexparser) and RIS (through rispy). Pure functions of claim records."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import bibtexparser
import rispy
from bibtexparser import model

from core.edtf import DatePrecision, InvalidEdtf, edtf_parse

ClaimRecord = Mapping[str, Any]
ArticleRecord = Mapping[str, Any]

CSL_TYPES = {"news": "article-newspaper", "opinion": "article-newspaper", "academic": "article-journal"}
RIS_TYPES = {"news": "NEWS", "opinion": "NEWS", "academic": "JOUR"}


def sources_of(claims: Iterable[ClaimRecord]) -> list[ArticleRecord]:
    """The articles the claims' visible citations quote, each once, in the order first cited."""
    seen: dict[int, ArticleRecord] = {}
    for claim in claims:
        for citation in claim["citation_list"]:
            seen.setdefault(citation["article"]["id"], citation["article"])
    return list(seen.values())


def date_parts(edtf: str) -> dict | None:
    """CSL's date object for an EDTF value: its parts at the value's precision (a range as two), `circa` for
    an approximate one, and the EDTF itself in `raw`, as CSL 1.1 lets a date be written."""
    try:
        parsed = edtf_parse(edtf)
    except InvalidEdtf:
        return None
    if parsed.start is None:
        return {"raw": edtf}
    depth = {DatePrecision.DAY: 3, DatePrecision.MONTH: 2, DatePrecision.SEASON: 2}.get(parsed.precision, 1)
    parts = [[parsed.start.year, parsed.start.month, parsed.start.day][:depth]]
    if parsed.is_interval and parsed.end is not None and parsed.end != parsed.start:
        parts.append([parsed.end.year, parsed.end.month, parsed.end.day][:depth])
    return {"date-parts": parts, "raw": edtf, **({"circa": 1} if parsed.approximate else {})}


def csl_item(article: ArticleRecord) -> dict:
    source = article["source"]
    item: dict[str, Any] = {
        "id": article["key"],
        "type": CSL_TYPES.get(source["kind"], "webpage" if article["url"] else "document"),
        "title": article["title"],
        "container-title": source["name"],
        "language": article["language"],
    }
    if article["authors"]:
        item["author"] = [{"literal": name} for name in article["authors"]]
    issued = date_parts(article["published"]) if article["published"] else None
    if issued:
        item["issued"] = issued
    if article["url"]:
        item["URL"] = article["url"]
    return item


def csl_json(claims: Iterable[ClaimRecord]) -> list[dict]:
    return [csl_item(article) for article in sources_of(claims)]


def bibtex(claims: Iterable[ClaimRecord]) -> str:
    library = bibtexparser.Library()
    for article in sources_of(claims):
        source = article["source"]
        journal_like = source["kind"] in RIS_TYPES
        fields = {
            "title": "{" + article["title"] + "}",  # braced: kept as written, capitals and all
            ("journal" if journal_like else "howpublished"): source["name"],
            "language": article["language"],
        }
        if article["authors"]:
            fields["author"] = " and ".join("{" + name + "}" for name in article["authors"])
        issued = date_parts(article["published"]) if article["published"] else None
        if issued and "date-parts" in issued:
            first = issued["date-parts"][0]
            fields["year"] = str(first[0])
            if len(first) > 1:
                fields["month"] = str(first[1])
            fields["date"] = article["published"]  # biblatex's date field takes EDTF (ISO 8601-2)
        if article["url"]:
            fields["url"] = article["url"]
        entry = model.Entry(
            "article" if journal_like else "misc",
            article["key"],
            [model.Field(key, value) for key, value in fields.items()],
        )
        library.add(entry)
    return bibtexparser.write_string(library)


def ris(claims: Iterable[ClaimRecord]) -> str:
    entries = []
    for article in sources_of(claims):
        source = article["source"]
        entry: dict[str, Any] = {
            "type_of_reference": RIS_TYPES.get(source["kind"], "ELEC"),
            "id": article["key"],
            "title": article["title"],
            "secondary_title": source["name"],
            "language": article["language"],
        }
        if article["authors"]:
            entry["authors"] = list(article["authors"])
        issued = date_parts(article["published"]) if article["published"] else None
        if issued and "date-parts" in issued:
            first = [*issued["date-parts"][0], "", ""][:3]
            entry["year"] = str(first[0])
            entry["date"] = (
                "/".join(f"{part:02d}" if isinstance(part, int) and part < 100 else str(part) for part in first) + "/"
            )
        if article["url"]:
            entry["urls"] = [article["url"]]
        entries.append(entry)
    return rispy.dumps(entries)
