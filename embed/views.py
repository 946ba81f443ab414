"""The public timeline at /, and the embeddable one: server-rendered HTML that works without JavaScript, a
one-line loader, oEmbed and a page to build the embed code. Cross-origin reads (the loader, oEmbed) are
allowed by django-cors-headers' settings, not here."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_safe

from core.errors import FilterError
from core.http import conditional_get
from embed.presentation import CALENDARS, WORDS, density_chart, timeline_item
from facts.representation import READER_LANGUAGES, text_in
from facts.selectors import (
    actors_with_public_claims,
    claim_summaries,
    claims_as_records,
    claims_filtered,
    data_last_changed,
    timeline,
    topics_with_public_claims,
)

FILTER_PARAMS = ("actor", "topic", "from", "to", "language", "q")
EMBED_PARAMS = (*FILTER_PARAMS, "lang", "theme", "calendar", "accent")
THEMES = ("light", "dark", "auto")
MAX_ITEMS = 2000
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$")
TITLES = {"en": "Israel–Azerbaijan relations", "he": "יחסי ישראל–אזרבייג'ן", "ar": "العلاقات الإسرائيلية الأذربيجانية"}
EMBED_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'self'; frame-ancestors *"
)


def embed_options(request: HttpRequest) -> dict[str, str] | HttpResponse:
    """Presentation options from the query string; a bad value is a 400 that says which and why."""
    options = {
        "lang": request.GET.get("lang", "en"),
        "theme": request.GET.get("theme", "light"),
        "calendar": request.GET.get("calendar", ""),
        "accent": request.GET.get("accent", ""),
    }
    problems = []
    if options["lang"] not in READER_LANGUAGES:
        problems.append(f"lang must be one of {', '.join(READER_LANGUAGES)}")
    if options["theme"] not in THEMES:
        problems.append(f"theme must be one of {', '.join(THEMES)}")
    if options["calendar"] not in CALENDARS:
        problems.append("calendar must be hebrew or hijri")
    if options["accent"] and not HEX_COLOUR.match(options["accent"]):
        problems.append("accent must be a colour like #0b5cad")
    return HttpResponseBadRequest("; ".join(problems), content_type="text/plain") if problems else options


@require_GET
def timeline_page(request: HttpRequest) -> HttpResponse:
    """The public timeline: approved claims in chronological order with their citations.
    Public means public: a logged-in curator sees here exactly what everyone else sees."""
    return render(
        request, "embed/page.html", {"claims": timeline(viewer=None), "oembed_url": oembed_discovery_url(request)}
    )


@require_safe
@xframe_options_exempt
def embed_timeline(request: HttpRequest) -> HttpResponse:
    options = embed_options(request)
    if isinstance(options, HttpResponse):
        return options

    def respond() -> HttpResponse:
        filters = {key: request.GET[key] for key in FILTER_PARAMS if request.GET.get(key)}
        try:
            claims = claims_filtered(viewer=None, filters=filters).chronological()
            records = list(claims_as_records(claims, viewer=None)[: MAX_ITEMS + 1])
        except FilterError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        language = options["lang"]
        disputing = claim_summaries({pk for record in records[:MAX_ITEMS] for pk in record["dispute_ids"]}, viewer=None)
        items = [
            timeline_item(record, language=language, calendar=options["calendar"], disputing=disputing)
            for record in records[:MAX_ITEMS]
        ]
        years = sorted({item.year for item in items if item.year is not None})
        context = {
            **options,
            "direction": "rtl" if language in ("he", "ar") else "ltr",
            "title": TITLES[language],
            "words": WORDS[language],
            "items": items,
            "truncated": len(records) > MAX_ITEMS,
            "years": years,
            "chart": density_chart(items),
            "filters": filters,
            "actors": [(actor.slug, text_in(actor, "name", language)) for actor in actors_with_public_claims()],
            "topics": [(topic.slug, text_in(topic, "name", language)) for topic in topics_with_public_claims()],
            "oembed_url": oembed_discovery_url(request),
        }
        return render(request, "embed/timeline.html", context)

    response = conditional_get(request, respond, last_changed_fn=data_last_changed)
    # On the 304 too: a browser merges a 304's headers into its cached copy, and a frame-ancestors 'none'
    # there would blank every embed revalidated after max-age.
    response["Content-Security-Policy"] = EMBED_CSP
    response.frame_ancestors_any = True  # type: ignore[attr-defined]
    return response


def oembed_discovery_url(request: HttpRequest) -> str:
    return (
        request.build_absolute_uri(reverse("oembed"))
        + "?"
        + urlencode({"url": request.build_absolute_uri(), "format": "json"})
    )


LOADER = Path(__file__).resolve().parent / "static" / "embed" / "loader.js"


@require_GET
def embed_js(request: HttpRequest) -> HttpResponse:
    """The one-line loader: `<script src=".../embed.js" data-actor="israel" data-lang="he"></script>`."""
    response = HttpResponse(LOADER.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 720


@require_GET
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed provider (https://oembed.com): type rich, an iframe of the embedded timeline."""
    url = request.GET.get("url", "")
    response_format = request.GET.get("format", "json")
    if response_format != "json":
        return HttpResponse("Only format=json is provided.", status=501, content_type="text/plain")
    parts = urlsplit(url)
    own_host = request.get_host()
    if not url or parts.netloc != own_host or parts.path not in ("/", reverse("embed-timeline")):
        return JsonResponse(
            {"error": f"url must be this site's timeline: {request.build_absolute_uri('/')}"}, status=404
        )
    try:
        width = min(int(request.GET.get("maxwidth") or DEFAULT_WIDTH), DEFAULT_WIDTH)
        height = min(int(request.GET.get("maxheight") or DEFAULT_HEIGHT), DEFAULT_HEIGHT)
    except ValueError:
        return JsonResponse({"error": "maxwidth and maxheight must be whole numbers"}, status=400)
    if width < 1 or height < 1:
        return JsonResponse({"error": "maxwidth and maxheight must be positive"}, status=400)
    src = request.build_absolute_uri(reverse("embed-timeline")) + (f"?{parts.query}" if parts.query else "")
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" style="border:0;max-width:100%" loading="lazy" title="{}"></iframe>',
        src,
        width,
        height,
        TITLES["en"],
    )
    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": "Israel–Azerbaijan relations timeline",
        "provider_url": request.build_absolute_uri("/"),
        "title": TITLES["en"],
        "html": str(html),
        "width": width,
        "height": height,
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def embed_codes(request: HttpRequest, params: dict[str, str]) -> dict[str, str]:
    """The iframe and the one-line script for these options, HTML-escaped for pasting into a page."""
    query = urlencode(params)
    embed_url = request.build_absolute_uri(reverse("embed-timeline")) + (f"?{query}" if query else "")
    attributes = "".join(format_html(' data-{}="{}"', key, value) for key, value in params.items())
    return {
        "embed_url": embed_url,
        "iframe_code": str(
            format_html(
                '<iframe src="{}" width="100%" height="{}" style="border:0" loading="lazy" title="{}"></iframe>',
                embed_url,
                DEFAULT_HEIGHT,
                TITLES["en"],
            )
        ),
        "script_code": str(format_html('<script src="{}"', request.build_absolute_uri(reverse("embed-js"))))
        + attributes
        + "></script>",
    }


@require_GET
def embed_builder(request: HttpRequest) -> HttpResponse:
    """Choose filters, language and theme; see the embed live; copy its code."""
    params = {key: request.GET[key] for key in EMBED_PARAMS if request.GET.get(key)}
    context = {
        **embed_codes(request, params),
        "params": params,
        "actors": actors_with_public_claims(),
        "topics": topics_with_public_claims(),
        "languages": READER_LANGUAGES,
        "themes": THEMES,
        "calendars": CALENDARS,
    }
    return render(request, "embed/builder.html", context)
