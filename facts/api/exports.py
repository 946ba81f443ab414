"""Export endpoints: the filtered timeline as TimelineJS 3 JSON, CSV, iCalendar and JSON-LD."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from core.api import empty_typed_parameters
from core.errors import FilterError
from core.http import conditional_get
from facts.citing import bibtex, csl_json, ris
from facts.exports import claim_jsonld, timeline_csv, timeline_ical, timeline_jsonld, timelinejs_document
from facts.filters import DATES_READ_AS, ClaimFilterSet, dates_read_as_header
from facts.representation import READER_LANGUAGES
from facts.selectors import actor_wikidata_ids, claim_record, claims_as_records, claims_filtered, data_last_changed

EXPORT_LIMIT = 5000
EXPORT_LANGUAGES = set(READER_LANGUAGES)


def _export(request: HttpRequest, render) -> HttpResponse:
    def respond() -> HttpResponse:
        filters = {key: str(value) for key, value in request.GET.items() if key not in ("lang", "bom")}
        empty = empty_typed_parameters(ClaimFilterSet.base_filters, filters)
        if empty:
            return JsonResponse(empty, status=400)
        try:
            claims = claims_filtered(viewer=request.user, filters=filters).chronological()
            records = list(claims_as_records(claims, viewer=request.user)[: EXPORT_LIMIT + 1])
        except FilterError as error:
            return JsonResponse(error.errors, status=400)
        response = render(records[:EXPORT_LIMIT])
        read = dates_read_as_header(filters)
        if read:
            response[DATES_READ_AS] = read
        if len(records) > EXPORT_LIMIT:
            response["X-Export-Truncated"] = f"only the first {EXPORT_LIMIT} claims; narrow the filters"
        return response

    return conditional_get(request, respond, last_changed_fn=data_last_changed)


def _language(request: HttpRequest) -> str:
    language = request.GET.get("lang", "en")
    return language if language in EXPORT_LANGUAGES else "en"


def claim_url(request: HttpRequest, claim: Mapping[str, Any]) -> str:
    """A claim's one identifier in linked data and calendars: its public page."""
    return request.build_absolute_uri(reverse("claim-page", args=[claim["id"]]))


@require_safe
def timelinejs_export(request: HttpRequest) -> HttpResponse:
    if request.GET.get("lang", "en") not in EXPORT_LANGUAGES:
        return JsonResponse({"lang": ["One of en, he, ar."]}, status=400)
    language = _language(request)
    title = {
        "en": "Israel–Azerbaijan relations",
        "he": "יחסי ישראל–אזרבייג'ן",
        "ar": "العلاقات الإسرائيلية الأذربيجانية",
    }
    return _export(
        request,
        lambda claims: JsonResponse(
            timelinejs_document(claims, title=title[language], language=language),
            json_dumps_params={"ensure_ascii": False},
        ),
    )


@require_safe
def csv_export(request: HttpRequest) -> HttpResponse:
    if request.GET.get("bom", "1") not in ("0", "1"):
        return JsonResponse({"bom": ["0 (no byte-order mark) or 1 (the default)."]}, status=400)

    def render(claims):
        bom = request.GET.get("bom", "1") != "0"  # bom=0: for programs that do not skip a byte-order mark
        response = HttpResponse(timeline_csv(claims, bom=bom), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="israel-azerbaijan-timeline.csv"'
        return response

    return _export(request, render)


@require_safe
def ical_export(request: HttpRequest) -> HttpResponse:
    return _export(
        request,
        lambda claims: HttpResponse(
            timeline_ical(
                claims, uid_domain=settings.CALENDAR_UID_DOMAIN, url_for=lambda claim: claim_url(request, claim)
            ),
            content_type="text/calendar; charset=utf-8",
        ),
    )


@require_safe
def jsonld_export(request: HttpRequest) -> HttpResponse:
    def render(claims):
        document = timeline_jsonld(
            claims, url_for=lambda claim: claim_url(request, claim), wikidata_ids=actor_wikidata_ids(claims)
        )
        return HttpResponse(json.dumps(document, ensure_ascii=False), content_type="application/ld+json")

    return _export(request, render)


@require_safe
def claim_jsonld_export(request: HttpRequest, pk: int) -> HttpResponse:
    def respond() -> HttpResponse:
        claim = claim_record(pk, viewer=request.user)
        if claim is None:
            raise Http404("No such claim.")
        jsonld = claim_jsonld(claim, url=claim_url(request, claim), wikidata_ids=actor_wikidata_ids([claim]))
        document = {"@context": "https://schema.org", **jsonld}
        return HttpResponse(json.dumps(document, ensure_ascii=False), content_type="application/ld+json")

    return conditional_get(request, respond, last_changed_fn=data_last_changed)


# --- A claim's sources, or a filtered timeline's, for reference managers -----------------------------------

SOURCE_FORMATS = {
    "csl.json": (
        "application/vnd.citationstyles.csl+json",
        lambda claims: json.dumps(csl_json(claims), ensure_ascii=False),
    ),
    "bib": ("application/x-bibtex", bibtex),
    "ris": ("application/x-research-info-systems", ris),
}


def sources_response(claims: list, suffix: str) -> HttpResponse:
    media_type, render = SOURCE_FORMATS[suffix]
    response = HttpResponse(render(claims), content_type=f"{media_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="sources.{suffix}"'
    return response


def sources_export(suffix: str):
    """The filtered timeline's sources, each article once (CSL-JSON, BibTeX or RIS)."""

    @require_safe
    def view(request: HttpRequest) -> HttpResponse:
        return _export(request, lambda claims: sources_response(claims, suffix))

    return view


def claim_sources_export(suffix: str):
    """One claim's sources (CSL-JSON, BibTeX or RIS); a claim the viewer may not see is a 404."""

    @require_safe
    def view(request: HttpRequest, pk: int) -> HttpResponse:
        def respond() -> HttpResponse:
            claim = claim_record(pk, viewer=request.user)
            if claim is None:
                raise Http404("No such claim.")
            return sources_response([claim], suffix)

        return conditional_get(request, respond, last_changed_fn=data_last_changed)

    return view
