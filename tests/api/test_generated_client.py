"""A Python client generated from the committed contract (schema/openapi.yaml) by openapi-python-client, as
an integrator would make one, writes through the real server: every module imports (offering JSON, form and
multipart with one model made the generator write modules that failed with `NameError: Unset` and PATCHes
sent as multipart), and it creates a claim, patches it with If-Match, uploads a file and deletes the claim."""

import importlib
import pkgutil
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rest_framework.authtoken.models import Token

from facts.models import Claim
from tests.conftest import ROOT, rows_restore

pytestmark = pytest.mark.django_db(transaction=True)
PACKAGE = "timeline_client"


@pytest.fixture(scope="module")
def generated_client(tmp_path_factory):
    """The generated package, importable (generated once a module: it takes a few seconds)."""
    out = tmp_path_factory.mktemp("generated")
    generator = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    assert generator, "openapi-python-client is a dev dependency (pyproject.toml)"
    subprocess.run(
        [
            generator,
            "generate",
            "--meta",
            "none",
            "--path",
            str(ROOT / "schema" / "openapi.yaml"),
            "--output-path",
            str(out / PACKAGE),
        ],
        check=True,
        capture_output=True,
        cwd=out,
    )
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture
def server(live_server, stored_states, curator):
    rows_restore(stored_states["seeds"])
    rows_restore(stored_states["curated"])
    return live_server


@pytest.fixture
def api_clients(generated_client, server):
    """A client per user; their connections closed when the test ends (an open keep-alive connection keeps a
    live server's thread reading past the test)."""
    opened = []

    def client_for(user):
        token = Token.objects.create(user=user).key
        opened.append(
            generated_client.AuthenticatedClient(
                base_url=server.url, token=token, prefix="Token", raise_on_unexpected_status=True
            )
        )
        return opened[-1]

    yield client_for
    for client in opened:
        client.get_httpx_client().close()


def test_every_generated_module_imports(generated_client):
    api = importlib.import_module(f"{PACKAGE}.api")
    modules = [info.name for info in pkgutil.walk_packages(api.__path__, f"{PACKAGE}.api.") if not info.ispkg]
    failures = {}
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as error:  # each failing module is named, whatever it raised
            failures[name] = repr(error)
    assert len(modules) > 30 and not failures


def test_the_generated_client_creates_patches_with_if_match_and_deletes_a_claim(
    api_clients, curator, django_user_model
):
    from timeline_client.api.claims import (
        v1_claims_create,
        v1_claims_destroy,
        v1_claims_partial_update,
        v1_claims_retrieve,
    )
    from timeline_client.models import ClaimWriteRequest, PatchedClaimWriteRequest

    client = api_clients(curator)
    body = ClaimWriteRequest.from_dict(
        {
            "summary": "President Peres visited Azerbaijan",
            "date": "2009-05",
            "actors": ["shimon-peres", "azerbaijan"],
            "topics": ["diplomacy"],
            "citations": [{"article": "003_00395dea0d53ce7f", "quote": "ערך הנשיא שמעון פרס ביקור רשמי"}],
        }
    )
    created = v1_claims_create.sync_detailed(client=client, body=body)
    assert created.status_code == 201, created.content
    claim_id = created.parsed.id
    assert Claim.objects.get(pk=claim_id).citations.get().quote == "ערך הנשיא שמעון פרס ביקור רשמי"

    read = v1_claims_retrieve.sync_detailed(claim_id, client=client)
    etag = read.headers["ETag"]
    stale = v1_claims_partial_update.sync_detailed(
        claim_id, client=client, body=PatchedClaimWriteRequest(date="2009-05-21"), if_match='"stale"'
    )
    assert stale.status_code == 412 and Claim.objects.get(pk=claim_id).date == "2009-05"
    patched = v1_claims_partial_update.sync_detailed(
        claim_id, client=client, body=PatchedClaimWriteRequest(date="2009-05-21"), if_match=etag
    )
    assert patched.status_code == 200, patched.content
    assert patched.parsed.date.edtf == "2009-05-21" and Claim.objects.get(pk=claim_id).date == "2009-05-21"

    # A curator rejects; only an administrator deletes outright. The refusal parses as the documented Error.
    refused = v1_claims_destroy.sync_detailed(claim_id, client=client, if_match=patched.headers["ETag"])
    assert refused.status_code == 403 and "reject it instead" in refused.parsed.detail
    admin = django_user_model.objects.create_superuser("admin", password="an-admin-password")
    as_admin = api_clients(admin)
    deleted = v1_claims_destroy.sync_detailed(claim_id, client=as_admin, if_match=patched.headers["ETag"])
    assert deleted.status_code == 204 and not Claim.objects.filter(pk=claim_id).exists()


def test_the_generated_client_uploads_a_file_as_multipart(api_clients, curator):
    from timeline_client.api.articles import v1_articles_upload_create, v1_jobs_retrieve
    from timeline_client.models import ArticleUploadRequest
    from timeline_client.types import File

    from corpus.models import Article

    text = "On 14 March 2023 the two foreign ministers met in Baku to discuss the embassy in Tel Aviv."
    body = ArticleUploadRequest(
        file=File(payload=text.encode(), file_name="meeting.txt", mime_type="text/plain"), source="Wire"
    )
    client = api_clients(curator)
    answer = v1_articles_upload_create.sync_detailed(client=client, body=body)

    assert answer.status_code == 202, answer.content
    job_id = int(answer.parsed.job.rstrip("/").rsplit("/", 1)[1])
    deadline = time.monotonic() + 60
    while (job := v1_jobs_retrieve.sync(job_id, client=client)).status.value not in ("done", "failed"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
    assert job.status.value == "done", job.error
    article = Article.objects.get(pk=job.article)
    assert article.text.strip() == text and article.title == text.split(".")[0] + "."  # no title given: suggested


def test_the_generated_client_and_gql_page_the_same_claims_in_the_same_order(api_clients, curator, server):
    """REST through the generated client (following each page's `next` cursor) and GraphQL through gql
    (following `endCursor`): the same claims, id for id, for a filter and without one."""
    from urllib.parse import parse_qs, urlsplit

    from gql import Client, gql
    from gql.transport.requests import RequestsHTTPTransport
    from timeline_client.api.claims import v1_claims_list
    from timeline_client.types import UNSET

    client = api_clients(curator)
    query = gql(
        "query Page($first: Int, $after: String, $actor: String) { timeline(first: $first, after: $after, "
        "actor: $actor) { edges { node { databaseId } } pageInfo { hasNextPage endCursor } } }"
    )
    transport = RequestsHTTPTransport(url=f"{server.url}/graphql")
    with Client(transport=transport) as session:
        for actor in (None, "azerbaijan"):
            rest, cursor = [], None
            while True:
                filters = {"actor": actor} if actor else {}
                page = v1_claims_list.sync(client=client, page_size=7, cursor=cursor or UNSET, **filters)
                rest += [claim.id for claim in page.results]
                if not page.next_:
                    break
                cursor = parse_qs(urlsplit(page.next_).query)["cursor"][0]
            graph, after = [], None
            while True:
                answer = session.execute(query, variable_values={"first": 7, "after": after, "actor": actor})
                graph += [edge["node"]["databaseId"] for edge in answer["timeline"]["edges"]]
                if not answer["timeline"]["pageInfo"]["hasNextPage"]:
                    break
                after = answer["timeline"]["pageInfo"]["endCursor"]
            assert rest == graph and len(rest) > 7, actor
