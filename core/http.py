"""HTTP caching for public reads: ETag and Last-Modified from the data's last change, 304 answers, and
Cache-Control that lets shared caches keep anonymous responses (never a curator's)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Protocol

from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

PUBLIC_MAX_AGE = 60  # seconds (settings.PUBLIC_MAX_AGE): curators' approvals reach the public within a minute


def client_address(request: HttpRequest) -> str:
    """The client's address: the connection's when no proxy is trusted (settings.TRUSTED_PROXIES = 0), so a
    client cannot choose it by sending X-Forwarded-For; behind N trusted proxies, each appending the address it
    saw, the Nth entry from the right, the one the outermost trusted proxy saw. DRF's throttles read it the
    same way (NUM_PROXIES); django-axes calls this."""
    from django.conf import settings

    proxies = int(getattr(settings, "TRUSTED_PROXIES", 0))
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded:
        return request.META.get("REMOTE_ADDR", "")
    addresses = [address.strip() for address in forwarded.split(",")]
    return addresses[-min(proxies, len(addresses))]


def is_anonymous_request(request: HttpRequest) -> bool:
    user = getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    return not authenticated and "HTTP_AUTHORIZATION" not in request.META


def cache_validators(request: HttpRequest, last_changed: dt.datetime | None) -> tuple[str, int | None]:
    """A strong ETag for this URL, this kind of viewer and this state of the data."""
    user = getattr(request, "user", None)
    if "HTTP_AUTHORIZATION" in request.META:
        viewer = "token:" + hashlib.sha256(request.META["HTTP_AUTHORIZATION"].encode()).hexdigest()
    else:
        viewer = "public" if is_anonymous_request(request) else f"user:{getattr(user, 'pk', None)}"
    parts = [
        last_changed.isoformat() if last_changed else "empty",
        request.get_full_path(),
        request.META.get("HTTP_ACCEPT", ""),
        request.META.get("HTTP_ACCEPT_LANGUAGE", ""),  # pages in the reader's language vary on it
        viewer,
    ]
    etag = '"' + hashlib.sha256("|".join(parts).encode()).hexdigest()[:32] + '"'
    # HTTP dates have whole seconds; a fractional Last-Modified would never match If-Modified-Since.
    return etag, (int(last_changed.timestamp()) if last_changed else None)


class LastChanged(Protocol):
    """When the data a viewer can see last changed; `public`: only what the public can see."""

    def __call__(self, *, public: bool) -> dt.datetime | None: ...


def conditional_get(
    request: HttpRequest,
    respond: Callable[[], HttpResponse],
    *,
    last_changed_fn: LastChanged | None,
    server_cache: bool = False,
) -> HttpResponse:
    """Answer a GET from the validators when the client's copy is current; otherwise build the response
    and label it so the next request can be answered with a 304. `last_changed_fn` says when the data
    last changed (None: not known, and the ETag depends on the request alone).
    `server_cache`: the public's 200s are also kept in Django's cache (local memory by default, Redis in
    docker-compose), under their ETag: the data's last change is part of it, so a change the public can see
    makes a new key and nothing stale is ever served; old keys expire (PUBLIC_PAGE_CACHE_SECONDS)."""
    if request.method not in ("GET", "HEAD"):
        return respond()
    public = is_anonymous_request(request)
    last_changed = last_changed_fn(public=public) if last_changed_fn is not None else None
    etag, last_modified = cache_validators(request, last_changed)
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if not_modified is None and server_cache and public and last_changed is not None:
        response = cached_render(f"page:{etag}", respond)
    else:
        response = not_modified or respond()
    if response.status_code in (200, 304):
        if not getattr(response, "own_etag", False):  # a view that knows its object's version says so
            response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified)
        label_cacheability(request, response)
    return response


def cached_render(key: str, respond: Callable[[], HttpResponse]) -> HttpResponse:
    from django.conf import settings
    from django.core.cache import cache

    seconds = getattr(settings, "PUBLIC_PAGE_CACHE_SECONDS", 600)
    response = cache.get(key) if seconds > 0 else None
    if response is None:
        response = respond()
        if seconds > 0 and response.status_code == 200 and not response.streaming:
            cache.set(key, response, seconds)
    return response


def label_cacheability(request: HttpRequest, response: HttpResponse) -> None:
    if is_anonymous_request(request):
        from django.conf import settings

        patch_cache_control(response, public=True, max_age=getattr(settings, "PUBLIC_MAX_AGE", PUBLIC_MAX_AGE))
    else:
        patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie", "Authorization", "Accept"])


API_PREFIXES = ("/api/", "/graphql")


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Django's 400 (a body over DATA_UPLOAD_MAX_MEMORY_SIZE, too many fields, a bad Host) as JSON where
    clients read JSON; the HTML page elsewhere."""
    from django.conf import settings
    from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
    from django.http import JsonResponse
    from django.views.defaults import bad_request as html_bad_request

    if not request.path.startswith(API_PREFIXES):
        return html_bad_request(request, exception)
    if isinstance(exception, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return JsonResponse({"detail": f"The request body is larger than {limit:,} bytes."}, status=413)
    if isinstance(exception, TooManyFieldsSent):
        return JsonResponse({"detail": "The request body has too many fields."}, status=400)
    return JsonResponse({"detail": "Bad request."}, status=400)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A URL that names nothing (/api/v1/claims/1.5/) answers JSON where clients read JSON; HTML elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found

    if not request.path.startswith(API_PREFIXES):
        return page_not_found(request, exception)
    return JsonResponse({"detail": "Not found."}, status=404)


class DatabaseId:
    """A row's id in a URL (`<id:pk>`): digits that fit the 64-bit integer of an id column. A longer number is
    no row, answered 404 like any other; as `<int:pk>` it reached the database driver, which refused it (a 500:
    "Integer exceeds 64-bit range", found by the REST fuzzing)."""

    regex = r"[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
