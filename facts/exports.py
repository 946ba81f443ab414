"""Exports of the timeline: pure functions from claims (already filtered, ordered and prefetched by the
selector) to TimelineJS 3 JSON, CSV rows, iCalendar text and schema.org JSON-LD."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable

from django.utils.html import escape

from core.edtf import DatePrecision, edtf_display
from facts.models import OPEN_END, OPEN_START, Claim

# --- TimelineJS 3 -----------------------------------------------------------------------------------------

PRECISE = {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR}


def _timelinejs_date(day: dt.date, precision: DatePrecision) -> dict:
    date = {"year": day.year}
    if precision in (DatePrecision.MONTH, DatePrecision.DAY, DatePrecision.SEASON):
        date["month"] = day.month
    if precision == DatePrecision.DAY:
        date["day"] = day.day
    return date


def timelinejs_event(claim: Claim, language: str = "en") -> dict:
    precision = DatePrecision(claim.date_precision)
    known_start = claim.date_start if claim.date_start != OPEN_START else claim.date_end
    event = {
        "unique_id": f"claim-{claim.key or claim.pk}",
        "start_date": _timelinejs_date(known_start, precision),
        "text": {
            "headline": escape(claim.summary_in(language)),
            "text": "".join(
                f'<blockquote lang="{escape(c.article.language)}" dir="auto">{escape(c.quote)}</blockquote>'
                f"<p>— {escape(c.article.title)}, {escape(c.article.source.name)}</p>"
                for c in claim.citations.all()
            ),
        },
        "group": claim.topics.all()[0].name_in(language) if claim.topics.all() else "",
    }
    if precision not in PRECISE or claim.date_approximate or claim.date_uncertain:
        # TimelineJS cannot say "the 1990s", "c. 2023" or "since 1992": it shows display_date instead.
        event["display_date"] = edtf_display(claim.date, language)
    if precision in (DatePrecision.RANGE, DatePrecision.DECADE, DatePrecision.CENTURY):
        event["end_date"] = {"year": claim.date_end.year, "month": claim.date_end.month, "day": claim.date_end.day}
    elif precision == DatePrecision.OPEN and claim.date_end != OPEN_END and claim.date_start != OPEN_START:
        event["end_date"] = {"year": claim.date_end.year}
    return event


def timelinejs_document(claims: Iterable[Claim], *, title: str, language: str = "en") -> dict:
    return {
        "title": {"text": {"headline": escape(title), "text": "Every entry cites the exact words of its source."}},
        "events": [timelinejs_event(claim, language) for claim in claims],
    }


# --- CSV ------------------------------------------------------------------------------------------------

CSV_COLUMNS = ["id", "key", "date", "date_start", "date_end", "precision", "summary", "summary_he", "summary_ar",
               "actors", "topics", "quotes", "articles", "updated_at"]  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A quote that starts with "=" must not become a formula when the file is opened in a spreadsheet.
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def timeline_csv(claims: Iterable[Claim]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        citations = list(claim.citations.all())
        row = [
            claim.pk,
            claim.key or "",
            claim.date,
            "" if claim.date_start == OPEN_START else claim.date_start.isoformat(),
            "" if claim.date_end == OPEN_END else claim.date_end.isoformat(),
            DatePrecision(claim.date_precision).label,
            claim.summary,
            claim.summary_he,
            claim.summary_ar,
            "; ".join(actor.name for actor in claim.actors.all()),
            "; ".join(topic.name for topic in claim.topics.all()),
            " | ".join(c.quote.replace("\n", " ") for c in citations),
            "; ".join(c.article.key for c in citations),
            claim.updated_at.isoformat(),
        ]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


# --- iCalendar (RFC 5545) -----------------------------------------------------------------------------


def _ical_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (without splitting a character)."""
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def timeline_ical(claims: Iterable[Claim], *, host: str) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Israel-Azerbaijan timeline//EN", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:Israel–Azerbaijan relations"]  # fmt: skip
    for claim in claims:
        if claim.date_start == OPEN_START:
            continue  # a calendar event needs a first day
        last = claim.date_end if claim.date_end != OPEN_END else claim.date_start
        quotes = "\n".join(f"«{c.quote}» — {c.article.title}, {c.article.source.name}" for c in claim.citations.all())
        lines += [
            "BEGIN:VEVENT",
            f"UID:claim-{claim.pk}@{host}",
            f"DTSTAMP:{claim.updated_at.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
            f"DTSTART;VALUE=DATE:{claim.date_start.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(last + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ical_text(claim.summary)}",
            f"DESCRIPTION:{_ical_text(edtf_display(claim.date) + chr(10) + quotes)}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


# --- JSON-LD (schema.org) -------------------------------------------------------------------------------

ACTOR_TYPES = {"state": "Country", "person": "Person", "organisation": "Organization", "company": "Corporation",
               "armed_group": "Organization", "region": "Place", "people": "Organization"}  # fmt: skip
ARTICLE_TYPES = {"academic": "ScholarlyArticle", "opinion": "OpinionNewsArticle", "news": "NewsArticle"}


def claim_jsonld(claim: Claim, *, url: str) -> dict:
    def actor_node(actor) -> dict:
        node = {"@type": ACTOR_TYPES.get(actor.kind, "Thing"), "name": actor.name}
        alternates = [name for name in (actor.name_he, actor.name_ar) if name]
        if alternates:
            node["alternateName"] = alternates
        if actor.wikidata_id:
            node["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata_id}"
        return node

    return {
        "@type": "Claim",
        "@id": url,
        "url": url,
        "text": claim.summary,
        "temporalCoverage": claim.date,
        "about": [actor_node(actor) for actor in claim.actors.all()],
        "keywords": [topic.name for topic in claim.topics.all()],
        "dateModified": claim.updated_at.isoformat(),
        "citation": [
            {
                "@type": "Quotation",
                "text": c.quote,
                "inLanguage": c.article.language,
                "isPartOf": {
                    "@type": ARTICLE_TYPES.get(c.article.source.kind, "CreativeWork"),
                    "headline": c.article.title,
                    "inLanguage": c.article.language,
                    **({"url": c.article.url} if c.article.url else {}),
                    **({"datePublished": c.article.published} if c.article.published else {}),
                    "publisher": {"@type": "Organization", "name": c.article.source.name},
                },
            }
            for c in claim.citations.all()
        ],
    }


def timeline_jsonld(claims: Iterable[Claim], *, url_for) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": "Israel–Azerbaijan relations: a cited timeline",
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "item": claim_jsonld(claim, url=url_for(claim))}
            for n, claim in enumerate(claims, start=1)
        ],
    }
