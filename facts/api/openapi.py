"""The exports in the OpenAPI contract. They are plain Django views (a CSV or an iCalendar file is not a DRF
response), so drf-spectacular does not see them; they take the timeline's filters, so their parameters are the
timeline's, copied from its operation: one list of filters, documented once."""

from __future__ import annotations

import copy

TIMELINE = "/api/v1/timeline/"
PAGING = {"cursor", "page_size", "years"}
TRUNCATED = {
    "X-Export-Truncated": {
        "schema": {"type": "string"},
        "description": "Present when more claims matched than one export holds (5,000): narrow the filters.",
    }
}
EXPORTS = {
    "/api/v1/exports/timelinejs.json": (
        "export_timelinejs",
        "The filtered timeline as a TimelineJS 3 document (precision-aware display dates).",
        {"application/json": {"schema": {"type": "object"}}},
    ),
    "/api/v1/exports/timeline.csv": (
        "export_csv",
        "The filtered timeline as CSV: one claim a row, its articles named by title and URL; UTF-8 with a byte-order "
        "mark (spreadsheets then read Hebrew and Arabic right; `bom=0` leaves it out), every cell quoted.",
        {"text/csv": {"schema": {"type": "string"}}},
    ),
    "/api/v1/exports/timeline.ics": (
        "export_ical",
        "The filtered timeline as iCalendar (RFC 5545): one all-day event per claim, over its date's span (an "
        "open-ended one on its first day, its span in the description); UIDs stable whatever the host name.",
        {"text/calendar": {"schema": {"type": "string"}}},
    ),
    **{
        f"/api/v1/exports/sources.{suffix}": (
            f"export_sources_{suffix.replace('.', '_')}",
            f"The filtered timeline's sources, each article once, as {name}.",
            {media_type: {"schema": {"type": "array" if suffix == "csl.json" else "string"}}},
        )
        for suffix, name, media_type in (
            ("csl.json", "CSL-JSON (dates with their EDTF in `raw`)", "application/vnd.citationstyles.csl+json"),
            ("bib", "BibTeX", "application/x-bibtex"),
            ("ris", "RIS", "application/x-research-info-systems"),
        )
    },
    "/api/v1/feeds/changes.atom": (
        "feed_atom",
        "The filtered timeline's last 50 changes as an Atom feed (newest first), and the claims withdrawn since, as "
        "entries under the same ids.",
        {"application/atom+xml": {"schema": {"type": "string"}}},
    ),
    "/api/v1/feeds/changes.json": (
        "feed_json",
        "The same feed as JSON Feed 1.1.",
        {"application/feed+json": {"schema": {"type": "object"}}},
    ),
    "/api/v1/exports/timeline.jsonld": (
        "export_jsonld",
        "The filtered timeline as schema.org JSON-LD (an ItemList of Events, actors linked to Wikidata).",
        {"application/ld+json": {"schema": {"type": "object"}}},
    ),
}
BOM = {
    "name": "bom",
    "in": "query",
    "description": "0: no UTF-8 byte-order mark (for programs that do not skip one). Default 1.",
    "schema": {"type": "string", "enum": ["0", "1"]},
}
LANGUAGE = {
    "name": "lang",
    "in": "query",
    "description": "The language of the summaries and display dates (English by default).",
    "schema": {"type": "string", "enum": ["en", "he", "ar"]},
}


DATES_READ_AS_HEADER = {
    "X-Dates-Read-As": {
        "schema": {"type": "string"},
        "description": "Present when `from` or `to` was given in words: how each was read, as EDTF "
        "(`from=2023-05, to=2025`).",
    }
}


def document_exports(result, generator, request, public):
    paths = result.get("paths", {})
    for operations in paths.values():
        operation = operations.get("get")
        if operation and any(p.get("name") == "from" for p in operation.get("parameters", [])):
            ok = operation.get("responses", {}).get("200")
            if ok is not None:
                ok.setdefault("headers", {}).update(DATES_READ_AS_HEADER)
    timeline = paths.get(TIMELINE, {}).get("get")
    if timeline is None:
        return result
    filters = [copy.deepcopy(p) for p in timeline.get("parameters", []) if p.get("name") not in PAGING]
    for path, (operation_id, description, content) in EXPORTS.items():
        extra = (
            [LANGUAGE]
            if path.endswith(("timelinejs.json", "changes.atom", "changes.json"))
            else [BOM]
            if path.endswith(".csv")
            else []
        )
        parameters = filters + extra
        paths[path] = {
            "get": {
                "operationId": operation_id,
                "description": description,
                "tags": ["exports"],
                "parameters": parameters,
                "security": copy.deepcopy(timeline.get("security", [])),
                "responses": {
                    "200": {
                        "description": "The export.",
                        "content": content,
                        "headers": {**TRUNCATED, **DATES_READ_AS_HEADER},
                    }
                },
            }
        }
    paths["/api/v1/claims/{id}/jsonld/"] = {
        "get": {
            "operationId": "claim_jsonld",
            "description": "One claim as schema.org JSON-LD (an Event with its sources as citations).",
            "tags": ["exports"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "security": copy.deepcopy(timeline.get("security", [])),
            "responses": {
                "200": {"description": "The claim.", "content": {"application/ld+json": {"schema": {"type": "object"}}}}
            },
        }
    }
    for suffix, media_type in (
        ("csl.json", "application/vnd.citationstyles.csl+json"),
        ("bib", "application/x-bibtex"),
        ("ris", "application/x-research-info-systems"),
    ):
        paths[f"/api/v1/claims/{{id}}/sources.{suffix}"] = {
            "get": {
                "operationId": f"claim_sources_{suffix.replace('.', '_')}",
                "description": f"One claim's sources as {suffix}.",
                "tags": ["exports"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "security": copy.deepcopy(timeline.get("security", [])),
                "responses": {"200": {"description": "The sources.", "content": {media_type: {"schema": {}}}}},
            }
        }
    return result
