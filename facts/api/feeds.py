"""Feeds of a filtered timeline's changes, for feed readers: Atom (RFC 4287, Django's feed generator) and JSON
Feed 1.1. Each entry is a claim as it now stands (its summary in the feed's language, its sources' words); a
claim that stopped being public is an entry saying so, under the same id, without its words."""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.views.decorators.http import require_safe

from core.api import empty_typed_parameters
from core.edtf import edtf_display
from core.errors import FilterError
from core.http import conditional_get
from facts.filters import ClaimFilterSet
from facts.representation import READER_LANGUAGES, text_in
from facts.selectors import data_last_changed, feed_entries

FEED_ENTRIES = 50
TITLES = {
    "en": "Israel–Azerbaijan relations: changes",
    "he": "יחסי ישראל–אזרבייג'ן: שינויים",
    "ar": "العلاقات الإسرائيلية الأذربيجانية: التغييرات",
}
WITHDRAWN = {
    "en": "Withdrawn from the timeline",
    "he": "הוסר מציר הזמן",
    "ar": "سُحب من الخط الزمني",
}


def feed_filters(request: HttpRequest) -> dict[str, str]:
    return {key: str(value) for key, value in request.GET.items() if key != "lang"}


def feed_language(request: HttpRequest) -> str:
    language = request.GET.get("lang", "en")
    return language if language in READER_LANGUAGES else "en"


def entry_text(claim: dict, language: str) -> str:
    """The claim's date, summary and the words of its sources, as plain text."""
    quotes = [
        f"«{citation['quote']}» — {citation['article']['title']}, {citation['article']['source']['name']}"
        for citation in claim["citation_list"]
    ]
    return "\n".join([f"{edtf_display(claim['date'], language)}: {text_in(claim, 'summary', language)}", *quotes])


def feed_view(render):
    @require_safe
    def view(request: HttpRequest) -> HttpResponse:
        def respond() -> HttpResponse:
            if request.GET.get("lang", "en") not in READER_LANGUAGES:
                return JsonResponse({"lang": ["One of en, he, ar."]}, status=400)
            filters = feed_filters(request)
            empty = empty_typed_parameters(ClaimFilterSet.base_filters, filters)
            if empty:
                return JsonResponse(empty, status=400)
            try:
                changed, withdrawn = feed_entries(viewer=request.user, filters=filters, limit=FEED_ENTRIES)
            except FilterError as error:
                return JsonResponse(error.errors, status=400)
            return render(request, feed_language(request), changed, withdrawn)

        return conditional_get(request, respond, last_changed_fn=data_last_changed)

    return view


def page_url(request: HttpRequest, claim_id: int, language: str) -> str:
    return request.build_absolute_uri(reverse("claim-page", args=[claim_id])) + f"?lang={language}"


def atom(request: HttpRequest, language: str, changed: list[dict], withdrawn: list[dict]) -> HttpResponse:
    feed = Atom1Feed(
        title=TITLES[language],
        link=request.build_absolute_uri(reverse("timeline")) + f"?lang={language}",
        description=TITLES[language],
        language=language,
        feed_url=request.build_absolute_uri(),
        feed_guid=request.build_absolute_uri(),
    )
    entries: list[tuple[Any, dict | None, dict | None]] = [(claim["updated_at"], claim, None) for claim in changed]
    entries += [(gone["withdrawn_at"], None, gone) for gone in withdrawn]
    for moment, claim, gone in sorted(entries, key=lambda entry: entry[0], reverse=True):
        if claim is not None:
            url = page_url(request, claim["id"], language)
            feed.add_item(
                title=text_in(claim, "summary", language),
                link=url,
                description=entry_text(claim, language),
                unique_id=url.split("?")[0],
                updateddate=moment,
                categories=[topic["name"] for topic in claim["topic_list"]],
            )
        elif gone is not None:
            url = page_url(request, gone["id"], language)
            feed.add_item(
                title=f"{WITHDRAWN[language]} ({gone['id']})",
                link=url,
                description=WITHDRAWN[language],
                unique_id=url.split("?")[0],
                updateddate=moment,
            )
    response = HttpResponse(content_type="application/atom+xml; charset=utf-8")
    feed.write(response, "utf-8")
    return response


def json_feed(request: HttpRequest, language: str, changed: list[dict], withdrawn: list[dict]) -> HttpResponse:
    items = [
        {
            "id": page_url(request, claim["id"], language).split("?")[0],
            "url": page_url(request, claim["id"], language),
            "title": text_in(claim, "summary", language),
            "content_text": entry_text(claim, language),
            "date_modified": claim["updated_at"].isoformat(),
            "language": language,
            "tags": [topic["name"] for topic in claim["topic_list"]],
        }
        for claim in changed
    ]
    items += [
        {
            "id": page_url(request, gone["id"], language).split("?")[0],
            "url": page_url(request, gone["id"], language),
            "title": f"{WITHDRAWN[language]} ({gone['id']})",
            "content_text": WITHDRAWN[language],
            "date_modified": gone["withdrawn_at"].isoformat(),
            "_timeline": {"withdrawn": True},
        }
        for gone in withdrawn
    ]
    items.sort(key=lambda item: item["date_modified"], reverse=True)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": TITLES[language],
        "home_page_url": request.build_absolute_uri(reverse("timeline")) + f"?lang={language}",
        "feed_url": request.build_absolute_uri(),
        "language": language,
        "items": items,
    }
    return HttpResponse(json.dumps(document, ensure_ascii=False), content_type="application/feed+json; charset=utf-8")


atom_feed_view = feed_view(atom)
json_feed_view = feed_view(json_feed)
