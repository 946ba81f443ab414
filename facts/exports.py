"""Exports of the timeline: pure functions from claim records (facts.selectors.claims_as_records, already
filtered and ordered) to TimelineJS 3 JSON, CSV rows, iCalendar (written by the `icalendar` library, which
escapes and folds as RFC 5545 says) and schema.org JSON-LD."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import icalendar
from django.utils.html import escape

from core.edtf import DatePrecision, InvalidEdtf, edtf_as_iso8601, edtf_display
from facts.models import OPEN_END, OPEN_START
from facts.representation import open_end, open_start, text_in

ClaimRecord = Mapping[str, Any]

# --- TimelineJS 3 -----------------------------------------------------------------------------------------

PRECISE = {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR}


def _timelinejs_date(day: dt.date, precision: DatePrecision) -> dict:
    date = {"year": day.year}
    if precision in (DatePrecision.MONTH, DatePrecision.DAY, DatePrecision.SEASON):
        date["month"] = day.month
    if precision == DatePrecision.DAY:
        date["day"] = day.day
    return date


def timelinejs_event(claim: ClaimRecord, language: str = "en") -> dict:
    precision = DatePrecision(claim["date_precision"])
    start, end = claim["date_start"], claim["date_end"]
    topics = claim["topic_list"]
    event = {
        "unique_id": f"claim-{claim['key'] or claim['id']}",
        "start_date": _timelinejs_date(start if start != OPEN_START else end, precision),
        "text": {
            "headline": escape(text_in(claim, "summary", language)),
            "text": "".join(
                f'<blockquote lang="{escape(c["language"])}" dir="auto">{escape(c["quote"])}</blockquote>'
                f"<p>— {escape(c['article']['title'])}, {escape(c['article']['source']['name'])}</p>"
                for c in claim["citation_list"]
            ),
        },
        "group": text_in(topics[0], "name", language) if topics else "",
    }
    if precision not in PRECISE or claim["date_approximate"] or claim["date_uncertain"]:
        # TimelineJS cannot say "the 1990s", "c. 2023" or "since 1992": it shows display_date instead.
        event["display_date"] = edtf_display(claim["date"], language)
    if precision in (DatePrecision.RANGE, DatePrecision.DECADE, DatePrecision.CENTURY):
        event["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
    elif precision == DatePrecision.OPEN and end != OPEN_END and start != OPEN_START:
        event["end_date"] = {"year": end.year}
    return event


def timelinejs_document(claims: Iterable[ClaimRecord], *, title: str, language: str = "en") -> dict:
    return {
        "title": {"text": {"headline": escape(title), "text": "Every entry cites the exact words of its source."}},
        "events": [timelinejs_event(claim, language) for claim in claims],
    }


# --- CSV ------------------------------------------------------------------------------------------------

CSV_COLUMNS = ["id", "key", "date", "date_start", "date_end", "precision", "summary", "summary_he", "summary_ar",
               "actors", "topics", "quotes", "articles", "article_urls", "updated_at"]  # fmt: skip
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    # A quote that starts with "=" must not become a formula when the file is opened in a spreadsheet.
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def timeline_csv(claims: Iterable[ClaimRecord], *, bom: bool = True) -> str:
    """Every cell quoted (a `;` or `,` in a summary splits no column, whatever delimiter a spreadsheet's locale
    expects), and a UTF-8 byte-order mark first unless `bom` is off: without it Excel on Windows reads the
    file in the locale's code page and garbles Hebrew and Arabic."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for claim in claims:
        citations = claim["citation_list"]
        start, end = open_start(claim["date_start"]), open_end(claim["date_end"])
        row = [
            claim["id"],
            claim["key"] or "",
            claim["date"],
            "" if start is None else start.isoformat(),
            "" if end is None else end.isoformat(),
            DatePrecision(claim["date_precision"]).label,
            claim["summary"],
            claim["summary_he"],
            claim["summary_ar"],
            "; ".join(text_in(actor, "name", "en") for actor in claim["actor_list"]),
            "; ".join(topic["name"] for topic in claim["topic_list"]),
            " | ".join(c["quote"].replace("\n", " ") for c in citations),
            # A reader of the spreadsheet knows articles by their titles; quotes, titles and URLs line up by " | ".
            " | ".join(c["article"]["title"] for c in citations),
            " | ".join(c["article"]["url"] or "" for c in citations),
            claim["updated_at"].isoformat(),
        ]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


# --- iCalendar (RFC 5545) -----------------------------------------------------------------------------


def timeline_ical(claims: Iterable[ClaimRecord], *, uid_domain: str, url_for: Callable[[ClaimRecord], str]) -> str:
    """All-day events (DTEND is the day after the last, as RFC 5545 wants); a claim with an open start has
    no first day and is left out; one with an open end ("since 1992") is an event on its first day, its span
    said first in the description. UIDs are the claim's id at a configured domain, never the request's host:
    a calendar subscribed under two names would otherwise get every event twice."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Israel-Azerbaijan timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Israel–Azerbaijan relations")
    for claim in claims:
        first = open_start(claim["date_start"])
        if first is None:
            continue
        last = open_end(claim["date_end"])
        span = edtf_display(claim["date"]) + (" (open-ended: shown on its first day)" if last is None else "")
        last = last or first
        quotes = "\n".join(
            f"«{c['quote']}» — {c['article']['title']}, {c['article']['source']['name']}"
            for c in claim["citation_list"]
        )
        event = icalendar.Event()
        event.add("uid", f"claim-{claim['id']}@{uid_domain}")
        event.add("url", url_for(claim))
        event.add("dtstamp", claim["updated_at"].astimezone(dt.UTC))
        event.add("dtstart", first)
        event.add("dtend", last + dt.timedelta(days=1))
        event.add("summary", claim["summary"])
        event.add("description", span + "\n" + quotes)
        calendar.add_component(event)
    return calendar.to_ical().decode("utf-8")


# --- JSON-LD (schema.org) -------------------------------------------------------------------------------

ACTOR_TYPES = {"state": "Country", "person": "Person", "organisation": "Organization", "company": "Corporation",
               "armed_group": "Organization", "region": "Place", "people": "Organization"}  # fmt: skip
ARTICLE_TYPES = {"academic": "ScholarlyArticle", "opinion": "OpinionNewsArticle", "news": "NewsArticle"}


def tagged(text: str, language: str) -> dict:
    """A JSON-LD string with its language (`{"@value": …, "@language": "he"}`)."""
    return {"@value": text, "@language": language}


def iso_date(edtf: str) -> str:
    """schema.org's reading of an EDTF date: ISO 8601 at its precision (core.edtf.edtf_as_iso8601)."""
    try:
        return edtf_as_iso8601(edtf)
    except InvalidEdtf:
        return ""


def claim_jsonld(claim: ClaimRecord, *, url: str, wikidata_ids: Mapping[int, str]) -> dict:
    """A claim as schema.org reads it: its one identifier the public page, its date as ISO 8601 at the
    claim's precision in `temporalCoverage` (an interval as start/end, an open end as `..`) with the EDTF
    kept as a property of its own, every text tagged with its language. `wikidata_ids`: the actors'
    Wikidata ids by actor id (a claim record carries an actor's summary)."""

    def actor_node(actor: Mapping[str, Any]) -> dict:
        # Each name tagged with its language: the English one when there is one, else the one the actor was
        # written in (an actor taken from a Hebrew or Arabic text), the others as alternates.
        names = [tagged(actor[field], code) for field, code in (("name", "en"), ("name_he", "he"), ("name_ar", "ar"))]
        names = [name for name in names if name["@value"]]
        node: dict[str, Any] = {"@type": ACTOR_TYPES.get(actor["kind"], "Thing"), "name": names[0]}
        if names[1:]:
            node["alternateName"] = names[1:]
        if wikidata_ids.get(actor["id"]):
            node["sameAs"] = f"https://www.wikidata.org/wiki/{wikidata_ids[actor['id']]}"
        return node

    def quotation(citation: Mapping[str, Any]) -> dict:
        article = citation["article"]
        language = article["language"]
        published = iso_date(article["published"]) if article["published"] else ""
        return {
            "@type": "Quotation",
            "text": tagged(citation["quote"], language),
            "inLanguage": language,
            "isPartOf": {
                "@type": ARTICLE_TYPES.get(article["source"]["kind"], "CreativeWork"),
                "headline": tagged(article["title"], language),
                "inLanguage": language,
                **({"url": article["url"]} if article["url"] else {}),
                # A date, not an interval: a publication known only as a span says nothing here.
                **({"datePublished": published} if published and "/" not in published else {}),
                "publisher": {"@type": "Organization", "name": article["source"]["name"]},
            },
        }

    summaries = [
        tagged(text, code)
        for code, text in (("en", claim["summary"]), ("he", claim["summary_he"]), ("ar", claim["summary_ar"]))
        if text
    ]
    return {
        "@type": "Claim",
        "@id": url,
        "url": url,
        "text": summaries,
        "inLanguage": [summary["@language"] for summary in summaries],
        "temporalCoverage": iso_date(claim["date"]),
        "additionalProperty": {
            "@type": "PropertyValue",
            "propertyID": "EDTF",
            "name": "date in the Extended Date/Time Format (ISO 8601-2), with its qualifiers",
            "value": claim["date"],
        },
        "about": [actor_node(actor) for actor in claim["actor_list"]],
        "keywords": [tagged(topic["name"], "en") for topic in claim["topic_list"]],
        "dateModified": claim["updated_at"].isoformat(),
        "citation": [quotation(citation) for citation in claim["citation_list"]],
    }


def timeline_jsonld(
    claims: Iterable[ClaimRecord], *, url_for: Callable[[ClaimRecord], str], wikidata_ids: Mapping[int, str]
) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": "Israel–Azerbaijan relations: a cited timeline",
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": n,
                "item": claim_jsonld(claim, url=url_for(claim), wikidata_ids=wikidata_ids),
            }
            for n, claim in enumerate(claims, start=1)
        ],
    }
