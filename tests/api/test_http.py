"""HTTP caching and CORS on the public reads."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from facts.models import Claim
from tests.factories import CitationFactory

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/api/v1/claims/?actor=israel",
    "/api/v1/timeline/",
    "/api/v1/actors/",
    "/api/v1/articles/",
    "/api/v1/exports/timelinejs.json",
    "/api/v1/exports/timeline.csv",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_reads_carry_validators_and_answer_304(client, curated_timeline, url):
    first = client.get(url)

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    assert by_etag.status_code == 304 and by_etag["ETag"] == first["ETag"]
    assert by_date.status_code == 304
    assert by_etag.content == b""


def test_a_change_to_the_data_changes_the_etag(client, curated_timeline):
    before = client.get("/api/v1/claims/")
    claim = Claim.objects.get(key="peres-visit-2009-05")
    claim.summary = "Peres visited Azerbaijan (corrected)"
    claim.save()

    after = client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200 and after["ETag"] != before["ETag"]


def test_a_deleted_claim_changes_the_etag_too(client, curated_timeline):
    before = client.get("/api/v1/claims/")
    Claim.objects.get(key="peres-visit-2009-05").delete()

    assert client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200


def test_curators_get_private_uncached_responses(curator_client, curated_timeline):
    from django.test import Client

    public = Client().get("/api/v1/claims/")
    private = curator_client.get("/api/v1/claims/")

    assert "private" in private["Cache-Control"] and "no-cache" in private["Cache-Control"]
    assert private["ETag"] != public["ETag"]
    assert curator_client.get("/api/v1/claims/", HTTP_IF_NONE_MATCH=public["ETag"]).status_code == 200


def test_cors_is_open_for_public_gets_only(client, curated_timeline):
    read = client.get("/api/v1/claims/", HTTP_ORIGIN="https://news.example")
    preflight = client.options(
        "/api/v1/claims/",
        HTTP_ORIGIN="https://news.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    admin = client.get("/admin/login/", HTTP_ORIGIN="https://news.example")

    assert read["Access-Control-Allow-Origin"] == "*"
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")
    assert "Access-Control-Allow-Origin" not in admin


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/",
        "/api/v1/timeline/",
        "/api/v1/articles/",
        "/api/v1/actors/",
        "/api/v1/changes/?since=2000-01-01T00:00:00Z",
    ],
)
def test_rest_query_counts_do_not_grow_with_the_page(client, curated_timeline, url):
    # Give claims more relations than the seeds have: several citations and disputes each.
    claims = list(Claim.objects.all()[:12])
    for claim in claims:
        CitationFactory(claim=claim)
        claim.disputes.add(claims[0])

    def queries(size: int) -> int:
        separator = "&" if "?" in url else "?"
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{url}{separator}page_size={size}").status_code == 200
        return len(captured)

    counts = [queries(size) for size in (1, 10, 100)]

    assert counts[0] == counts[1] == counts[2], counts


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/{id}/",
        "/api/v1/claims/{id}/jsonld/",
        "/api/v1/claims/{id}/sources.bib",
        "/api/v1/claims/{id}/sources.ris",
        "/api/v1/claims/{id}/sources.csl.json",
        "/claims/{id}/",
    ],
)
@pytest.mark.parametrize("number", [9223372036854775808, 516244663434401574755296559803400192])
def test_an_id_beyond_the_64_bit_range_is_not_found_rather_than_a_server_error(client, path, number):
    """Found by the REST fuzzing: such a number reached the database driver, which refused it (a 500)."""
    assert client.get(path.format(id=number)).status_code == 404


def test_the_largest_id_a_url_takes_still_finds_nothing_cleanly(client):
    assert client.get("/api/v1/claims/999999999999999999/jsonld/").status_code == 404
