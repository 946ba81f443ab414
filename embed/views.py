"""The public timeline at /, and the embeddable one: server-rendered HTML that works without JavaScript, a
one-line loader, oEmbed and a page to build the embed code. Cross-origin reads (the loader, oEmbed) are
allowed by django-cors-headers' settings, not here."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.html import format_html
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from core.edtf import edtf_display
from core.errors import FilterError
from core.http import conditional_get
from core.models import text_direction
from embed.presentation import CALENDARS, WORDS, density_chart, names_by_id, time_axis, timeline_item
from facts.citing import sources_of
from facts.exports import claim_jsonld
from facts.filters import periods_read_as
from facts.representation import READER_LANGUAGES, TIMELINE_ENTRY, text_in
from facts.selectors import (
    actor_names,
    actor_wikidata_ids,
    actors_with_public_claims,
    claim_record,
    claim_summaries,
    claims_as_records,
    claims_filtered,
    data_last_changed,
    topic_names,
    topics_with_public_claims,
)

FILTER_PARAMS = ("actor", "topic", "from", "to", "language", "q")
EMBED_PARAMS = (*FILTER_PARAMS, "lang", "theme", "calendar", "accent", "layout")
THEMES = ("light", "dark", "auto")
# compact: dates and summaries only, each linking to its page; horizontal: a time track to scroll, swipe and zoom
LAYOUTS = ("list", "compact", "horizontal")
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
        "layout": request.GET.get("layout", "list"),
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
    if options["layout"] not in LAYOUTS:
        problems.append(f"layout must be one of {', '.join(LAYOUTS)}")
    return HttpResponseBadRequest("; ".join(problems), content_type="text/plain") if problems else options


def reader_language(request: HttpRequest) -> str:
    """?lang= when given, else the best of the reader's Accept-Language among he, ar and en; English by default."""
    from django.utils.translation.trans_real import parse_accept_lang_header

    if request.GET.get("lang") in READER_LANGUAGES:
        return request.GET["lang"]
    for tag, _ in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        primary = tag.split("-")[0].lower()
        if primary == "iw":  # the old code for Hebrew, still sent by some systems
            primary = "he"
        if primary in READER_LANGUAGES:
            return primary
    return "en"


def timeline_context(
    request: HttpRequest, *, language: str, calendar: str = "", defaults: dict[str, str] | None = None
) -> dict | HttpResponse:
    """What the embed and the public page show: the filtered approved claims as items in the reader's language,
    the filter form's choices, the density chart. A bad filter is a 400 naming it. `defaults` are filters
    applied when the query string does not name them at all (a named but empty one means no filter)."""
    defaulted = {key: value for key, value in (defaults or {}).items() if key not in request.GET}
    filters = {**defaulted, **{key: request.GET[key] for key in FILTER_PARAMS if request.GET.get(key)}}
    problems: dict[str, str] = {}
    applied = filters
    try:
        claims = claims_filtered(viewer=None, filters=filters).chronological()
        records = list(claims_as_records(claims, viewer=None, shape=TIMELINE_ENTRY)[: MAX_ITEMS + 1])
    except FilterError as error:
        # The page again, the message beside the field in the reader's language; the other filters applied.
        problems = {
            field: problem_in_words(field, messages, error.codes.get(field, []), language)
            for field, messages in error.errors.items()
        }
        applied = {key: value for key, value in filters.items() if key not in problems}
        try:
            claims = claims_filtered(viewer=None, filters=applied).chronological()
        except FilterError:
            claims = claims_filtered(viewer=None, filters={}).chronological()
        records = list(claims_as_records(claims, viewer=None, shape=TIMELINE_ENTRY)[: MAX_ITEMS + 1])
    disputing = claim_summaries({pk for record in records[:MAX_ITEMS] for pk in record["dispute_ids"]}, viewer=None)
    # Read after the records: an actor or topic they name is here unless its last public claim went since.
    actors, topics = names_by_id(actor_names(), language), names_by_id(topic_names(), language)
    items = [
        timeline_item(
            record, language=language, calendar=calendar, disputing=disputing, actor_names=actors, topic_names=topics
        )
        for record in records[:MAX_ITEMS]
    ]
    words = WORDS[language]
    context = {
        "lang": language,
        "direction": text_direction(language),
        "title": TITLES[language],
        "words": words,
        # Dates typed in words: how they were read, in the reader's language ("From: May 2023").
        "dates_read": [(words[name], edtf_display(edtf, language)) for name, edtf in periods_read_as(applied).items()],
        "items": items,
        "truncated": len(records) > MAX_ITEMS,
        "years": sorted({item.year for item in items if item.year is not None}),
        "chart": density_chart(items),
        "filters": filters,
        # The filters offer the same actors and topics, in name order.
        "actors": [(slug, name) for _, slug, name in actors.values()],
        "topics": [(slug, name) for _, slug, name in topics.values()],
        "oembed_url": oembed_discovery_url(request),
        "claim_base": request.build_absolute_uri("/claims/"),
        "problems": problems,
        "applied": applied,  # the filters the list shows: all of them, less any that could not be read
        "defaulted": defaulted,
        # A default the reader turned off is said in the links that carry the page's state (`from=`), or it
        # would come back with the next page.
        "declined": {key: "" for key in defaults or {} if key in request.GET and not request.GET[key]},
    }
    return context


def problem_in_words(field: str, messages: list[str], codes: list[str], language: str) -> str:
    """What is wrong with a filter, said in the reader's language: the filters' own messages, which are precise
    ("A range of years is written with a slash: 2020/2021"), are English; a Hebrew or Arabic reader is told
    the kind of problem in theirs, by its validation code."""
    words = WORDS[language]
    if language == "en":
        return " ".join(messages)
    if "period_reversed" in codes:
        return words["reversed"]
    return words["bad_date"] if field in ("from", "to") else words["bad_choice"]


def answered(request: HttpRequest, context: dict, template: str, **extra) -> HttpResponse:
    """The page; a 400 when a filter could not be applied (the page says which and why)."""
    return render(request, template, with_timeline_html(context, **extra), status=400 if context["problems"] else 200)


def with_timeline_html(context: dict, **extra) -> dict:
    """The context with the filters, the chart and the list of entries rendered by Jinja2
    (embed/jinja2/embed/timeline_body.html): they are most of a page's rendering time."""
    from django.template import engines
    from django.utils.safestring import mark_safe

    full = {**context, **extra}
    html = engines["jinja2"].get_template("embed/timeline_body.html").render(full)
    return {**full, "timeline_html": mark_safe(html)}  # noqa: S308 - every value escaped (core/jinja2.py)


SOURCE_LANGUAGES = [(code, WORDS[code]["language_name"]) for code in READER_LANGUAGES]
EXPORTS = (
    ("CSV", "api:export-csv"),
    ("iCalendar", "api:export-ical"),
    ("JSON-LD", "api:export-jsonld"),
    ("TimelineJS", "api:export-timelinejs"),
)


def highwire_meta(record: dict, *, language: str, url: str) -> list[tuple[str, str]]:
    """Highwire Press `citation_*` tags, which Zotero and Google Scholar read: the claim page as a document,
    each source it quotes as a `citation_reference`."""
    meta = [
        ("citation_title", text_in(record, "summary", language)),
        ("citation_publisher", TITLES["en"]),
        ("citation_publication_date", record["updated_at"].strftime("%Y/%m/%d")),
        ("citation_language", language),
        ("citation_public_url", url),
    ]
    for article in sources_of([record]):
        parts = [f"citation_title={article['title']}", f"citation_journal_title={article['source']['name']}"]
        parts += [f"citation_author={name}" for name in article["authors"]]
        if article["published"]:
            parts.append(f"citation_publication_date={article['published']}")
        if article["url"]:
            parts.append(f"citation_public_url={article['url']}")
        meta.append(("citation_reference", "; ".join(parts)))
    return meta


def feeds_for(query: str) -> list[tuple[str, str, str]]:
    """The Atom and JSON feeds of these filters, in this language: (media type, title, URL)."""
    return [
        ("application/atom+xml", "Atom", reverse("api:feed-atom") + f"?{query}"),
        ("application/feed+json", "JSON Feed", reverse("api:feed-json") + f"?{query}"),
    ]


# The public page opens on the relations' own years: Azerbaijan's independence (1991) on. The history before
# it (the Soviet republics, Nagorno-Karabakh's first war) is one link away, and `?from=` shows it all. The
# embed, the APIs and the exports have no default: a site owner or a client says what it wants.
PAGE_DEFAULTS = {"from": "1991"}


@require_safe
def timeline_page(request: HttpRequest) -> HttpResponse:
    """The public timeline: approved claims in chronological order with their citations, in the reader's
    language (?lang=, else Accept-Language), to search, filter, link to and download.
    Public means public: a logged-in curator sees here exactly what everyone else sees."""
    language = reader_language(request)

    def respond() -> HttpResponse:
        context = timeline_context(request, language=language, defaults=PAGE_DEFAULTS)
        if isinstance(context, HttpResponse):
            return context
        query = urlencode(context["applied"])
        exports = [(name, reverse(url_name) + (f"?{query}" if query else "")) for name, url_name in EXPORTS]
        state = {**context["declined"], **context["filters"]}
        switch = [
            (code, WORDS[code]["language_name"], "?" + urlencode({**state, "lang": code})) for code in READER_LANGUAGES
        ]
        # The default period said, with the way to the years before it (the other filters kept).
        earlier = "?" + urlencode({**context["filters"], "from": "", "lang": language})
        feed_query = urlencode({**context["applied"], "lang": language})
        extra = {
            "page": True,
            "theme": "light",
            "exports": exports,
            "feeds": feeds_for(feed_query),
            "switch": switch,
            "source_languages": SOURCE_LANGUAGES,
            "earlier": earlier if "from" in context["defaulted"] else "",
            "page_defaults": PAGE_DEFAULTS,
        }
        return answered(request, context, "embed/page.html", **extra)

    response = conditional_get(request, respond, last_changed_fn=data_last_changed, server_cache=True)
    patch_vary_headers(response, ["Accept-Language"])
    return response


@require_safe
def claim_page(request: HttpRequest, pk: int) -> HttpResponse:
    """One approved claim: its summary in the three languages, every citation with its quote in context and
    its source, the claims disputing it, and JSON-LD. Anything not public is a 404, for everyone."""
    language = reader_language(request)

    def respond() -> HttpResponse:
        record = claim_record(pk, viewer=None)
        if record is None:  # a page in the reader's language, whatever DEBUG says: not Django's debug 404
            missing = {
                "lang": language,
                "direction": text_direction(language),
                "title": TITLES[language],
                "words": WORDS[language],
                "timeline_url": reverse("timeline") + f"?lang={language}",
            }
            return render(request, "embed/not_found.html", missing, status=404)
        item = timeline_item(
            record, language=language, disputing=claim_summaries(set(record["dispute_ids"]), viewer=None)
        )
        url = request.build_absolute_uri(reverse("claim-page", args=[pk]))
        jsonld = claim_jsonld(record, url=url, wikidata_ids=actor_wikidata_ids([record]))
        summaries = [
            (code, WORDS[code]["language_name"], record["summary" if code == "en" else f"summary_{code}"] or "")
            for code in READER_LANGUAGES
        ]
        context = {
            "lang": language,
            "direction": text_direction(language),
            "title": TITLES[language],
            "words": WORDS[language],
            "item": item,
            "summaries": summaries,
            "jsonld": json_for_script({"@context": "https://schema.org", **jsonld}),
            "switch": [(code, WORDS[code]["language_name"], f"?lang={code}") for code in READER_LANGUAGES],
            "timeline_url": reverse("timeline") + f"?lang={language}#c{pk}",
            "feeds": feeds_for(urlencode({"lang": language})),
            "citation_meta": highwire_meta(record, language=language, url=url),
            "oembed_url": request.build_absolute_uri(reverse("oembed"))
            + "?"
            + urlencode({"url": f"{url}?lang={language}", "format": "json"}),
            "sources": [
                (name, reverse(f"api:claim-sources-{suffix}", args=[pk]))
                for name, suffix in (("CSL-JSON", "csl.json"), ("BibTeX", "bib"), ("RIS", "ris"))
            ],
        }
        return render(request, "embed/claim.html", context)

    response = conditional_get(request, respond, last_changed_fn=data_last_changed, server_cache=True)
    patch_vary_headers(response, ["Accept-Language"])
    return response


def json_for_script(document: dict) -> str:
    """JSON for a <script type="application/ld+json"> block: `<`, `>` and `&` escaped, so no text in it can
    close the block."""
    from django.utils.safestring import mark_safe

    text = json.dumps(document, ensure_ascii=False)
    escaped = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return mark_safe(escaped)  # noqa: S308 - escaped above


@require_safe
@xframe_options_exempt
def embed_timeline(request: HttpRequest) -> HttpResponse:
    options = embed_options(request)
    if isinstance(options, HttpResponse):
        return options

    def respond() -> HttpResponse:
        context = timeline_context(request, language=options["lang"], calendar=options["calendar"])
        if isinstance(context, HttpResponse):
            return context
        # The horizontal track has a time axis above it (embed.presentation.time_axis).
        axis = time_axis(context["items"]) if options["layout"] == "horizontal" else None
        return answered(request, context, "embed/timeline.html", **options, axis=axis)

    response = conditional_get(request, respond, last_changed_fn=data_last_changed, server_cache=True)
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


@require_safe
def embed_js(request: HttpRequest) -> HttpResponse:
    """The one-line loader: `<script src=".../embed.js" data-actor="israel" data-lang="he"></script>`."""
    response = HttpResponse(LOADER.read_text(encoding="utf-8"), content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response


DEFAULT_WIDTH, DEFAULT_HEIGHT = 640, 720


@require_safe
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed provider (https://oembed.com): type rich, an iframe of the embedded timeline."""
    url = request.GET.get("url", "")
    response_format = request.GET.get("format", "json")
    if response_format != "json":
        return HttpResponse("Only format=json is provided.", status=501, content_type="text/plain")
    parts = urlsplit(url)
    own_host = request.get_host()
    claim_pk = claim_page_pk(parts.path)
    if not url or parts.netloc != own_host or (parts.path not in ("/", reverse("embed-timeline")) and not claim_pk):
        return JsonResponse(
            {"error": f"url must be this site's timeline or a claim's page: {request.build_absolute_uri('/')}"},
            status=404,
        )
    try:
        width = min(int(request.GET.get("maxwidth") or DEFAULT_WIDTH), DEFAULT_WIDTH)
        height = min(int(request.GET.get("maxheight") or DEFAULT_HEIGHT), DEFAULT_HEIGHT)
    except ValueError:
        return JsonResponse({"error": "maxwidth and maxheight must be whole numbers"}, status=400)
    if width < 1 or height < 1:
        return JsonResponse({"error": "maxwidth and maxheight must be positive"}, status=400)
    # The title in the embedded page's language (?lang= in the URL asked about), as its page says it.
    asked = parse_qs(parts.query).get("lang", [""])[0]
    language = asked if asked in READER_LANGUAGES else "en"
    title = TITLES[language]
    if claim_pk:
        return claim_oembed(request, claim_pk, language=language, width=width, height=height)
    src = request.build_absolute_uri(reverse("embed-timeline")) + (f"?{parts.query}" if parts.query else "")
    html = format_html(
        '<iframe src="{}" width="{}" height="{}" style="border:0;max-width:100%" loading="lazy" title="{}"></iframe>',
        src,
        width,
        height,
        title,
    )
    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": "Israel–Azerbaijan relations timeline",
        "provider_url": request.build_absolute_uri("/"),
        "title": title,
        "html": str(html),
        "width": width,
        "height": height,
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def claim_page_pk(path: str) -> int | None:
    """The claim a path is the public page of (/claims/7/), else None."""
    match = CLAIM_PAGE_PATH.fullmatch(path)
    return int(match[1]) if match else None


CLAIM_PAGE_PATH = re.compile(r"/claims/(\d{1,18})/")


QUOTATION_HEIGHT = 200


def claim_oembed(request: HttpRequest, pk: int, *, language: str, width: int, height: int) -> HttpResponse:
    """A claim's page embedded as a quotation (type rich): its date and summary in the page's language and a
    link back, as a blockquote a host page styles as its own (no frame, no script). Public claims only."""
    record = claim_record(pk, viewer=None)
    if record is None:
        return JsonResponse({"error": f"No public claim {pk}."}, status=404)
    item = timeline_item(record, language=language, disputing={})
    page = request.build_absolute_uri(reverse("claim-page", args=[pk])) + f"?lang={language}"
    html = format_html(
        '<blockquote class="iaz-claim" lang="{}" dir="{}" cite="{}"><p>{}: {}</p>'
        '<footer><a href="{}">{}</a></footer></blockquote>',
        item.summary_language,
        text_direction(item.summary_language),
        page,
        item.date_text,
        item.summary,
        page,
        TITLES[language],
    )
    data = {
        "version": "1.0",
        "type": "rich",
        "provider_name": TITLES[language],
        "provider_url": request.build_absolute_uri("/"),
        "title": f"{item.date_text}: {item.summary}",
        "html": str(html),
        "width": width,
        "height": min(QUOTATION_HEIGHT, height),  # required for rich; the host page's text decides the rest
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def embed_codes(request: HttpRequest, params: dict[str, str], max_height: int | None = None) -> dict[str, str]:
    """The iframe and the one-line script for these options, HTML-escaped for pasting into a page; the script
    keeps the frame at most `max_height` pixels high."""
    query = urlencode(params)
    embed_url = request.build_absolute_uri(reverse("embed-timeline")) + (f"?{query}" if query else "")
    attributes = "".join(format_html(' data-{}="{}"', key, value) for key, value in params.items())
    if max_height:
        attributes += format_html(' data-max-height="{}"', max_height)
    return {
        "embed_url": embed_url,
        "iframe_code": str(
            format_html(
                '<iframe src="{}" width="100%" height="{}" style="border:0" loading="lazy" title="{}"></iframe>',
                embed_url,
                max_height or DEFAULT_HEIGHT,
                TITLES["en"],
            )
        ),
        "script_code": str(format_html('<script src="{}"', request.build_absolute_uri(reverse("embed-js"))))
        + attributes
        + "></script>",
    }


@require_safe
def embed_builder(request: HttpRequest) -> HttpResponse:
    """Choose filters, language and theme; see the embed live; copy its code."""
    params = {key: request.GET[key] for key in EMBED_PARAMS if request.GET.get(key)}
    raw_height = request.GET.get("max_height", "").strip()
    max_height = (
        int(raw_height) if raw_height.isascii() and raw_height.isdigit() and 100 <= int(raw_height) <= 20000 else None
    )
    context = {
        **embed_codes(request, params, max_height),
        "max_height": max_height,
        "layouts": LAYOUTS,
        "params": params,
        "actors": actors_with_public_claims(),
        "topics": topics_with_public_claims(),
        "languages": READER_LANGUAGES,
        "themes": THEMES,
        "calendars": CALENDARS,
    }
    return render(request, "embed/builder.html", context)
