"""A page is freed when its response is: nothing of it is left in reference cycles for the garbage
collector's full passes, which would free many pages at once in one long pause (docs/benchmarks.md, API figures).

Requests go through the WSGI application as a server calls it: Django's test client keeps responses in
cycles of its own."""

import gc
import json
from functools import cache
from io import BytesIO

import pytest
from django.core.handlers.wsgi import WSGIHandler

from core.graphql.view import CACHED_QUERY_CHARACTERS, remembered_check

pytestmark = pytest.mark.django_db(transaction=True)


@cache
def wsgi_application() -> WSGIHandler:
    """One application for the process, as a server keeps (its middleware chain is built once)."""
    return WSGIHandler()


def wsgi_call(path: str, body: bytes | None = None) -> tuple[str, bytes]:
    path, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "POST" if body else "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "HTTP_HOST": "testserver",
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(body or b""),
        "CONTENT_LENGTH": str(len(body or b"")),
        "CONTENT_TYPE": "application/json",
    }
    statuses = []
    result = wsgi_application()(environ, lambda status, headers: statuses.append(status))
    content = b"".join(result)
    result.close()
    return statuses[0], content


def cyclic_garbage_of(call) -> list:
    """What one call leaves that only the garbage collector can free."""
    call()  # warm up: caches filled on the first request are not garbage
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        status, content = call()
        assert status.startswith("200"), content[:300]
        gc.collect()
        return list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()


def claim_like(value) -> bool:
    return (isinstance(value, dict) and {"summary", "citations"} <= value.keys()) or (
        isinstance(value, dict) and {"summary", "citation_list"} <= value.keys()
    )


def test_a_rest_page_is_freed_with_its_response(curated_timeline):
    garbage = cyclic_garbage_of(lambda: wsgi_call("/api/v1/claims/?page_size=50"))
    assert not [value for value in garbage if claim_like(value)]


def test_a_graphql_page_is_freed_with_its_response(curated_timeline):
    query = "{ timeline(first: 50) { edges { node { key summary citations { quote } } } } }"
    body = json.dumps({"query": query}).encode()
    garbage = cyclic_garbage_of(lambda: wsgi_call("/graphql", body))
    assert not [value for value in garbage if claim_like(value)]


def test_a_short_query_is_parsed_and_validated_once_per_distinct_text(client, curated_timeline):
    query = "{ timeline(first: 2) { edges { node { key } } } }"
    bad = "{ timeline(first: 2) { edges { node { nonsense } } } }"
    long = "{ timeline(first: 2) { edges { node { key } } } }" + " " * CACHED_QUERY_CHARACTERS
    remembered_check.cache_clear()
    texts = (query, bad, long) * 3
    answers = [client.post("/graphql", {"query": text}, content_type="application/json") for text in texts]
    assert [answer.status_code for answer in answers] == [200, 400, 200] * 3
    assert all("nonsense" in answer.json()["errors"][0]["message"] for answer in answers[1::3])
    assert answers[0].json() == answers[2].json()
    info = remembered_check.cache_info()
    assert (info.misses, info.hits, info.currsize) == (2, 4, 2)  # a long query is not kept
