"""A curator's token sees on every surface what the same curator's session sees: the four exports, a claim's
JSON-LD and GraphQL (they were read from the session alone: a token got the public's data, 0 claims of 29
drafts, in a correct-looking file). A wrong token is a 401 everywhere, never quietly the public's answer."""

import csv
import io
import json

import pytest
from rest_framework.authtoken.models import Token

from facts.models import Claim

pytestmark = pytest.mark.django_db

DRAFTS = "status=proposed"


@pytest.fixture
def viewers(client, curator, drafts):
    from django.test import Client

    session = Client()
    session.force_login(curator)
    token = Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return {"session": session, "token": token, "anonymous": client}


def export_ids(client, path: str) -> list[str]:
    response = client.get(f"{path}?{DRAFTS}")
    assert response.status_code == 200, response.content[:200]
    body = response.content.decode("utf-8-sig")
    if path.endswith(".csv"):
        return sorted(row["id"] for row in csv.DictReader(io.StringIO(body)))
    if path.endswith(".ics"):
        return sorted(line.split(":", 1)[1].split("@")[0] for line in body.splitlines() if line.startswith("UID:"))
    if path.endswith("timelinejs.json"):
        return sorted(str(event["unique_id"]) for event in json.loads(body)["events"])
    return sorted(element["item"]["@id"] for element in json.loads(body)["itemListElement"])


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/exports/timeline.csv",
        "/api/v1/exports/timeline.ics",
        "/api/v1/exports/timelinejs.json",
        "/api/v1/exports/timeline.jsonld",
    ],
)
def test_a_token_sees_in_every_export_what_the_session_sees(viewers, path):
    by_session, by_token = export_ids(viewers["session"], path), export_ids(viewers["token"], path)

    assert by_session and by_token == by_session
    assert export_ids(viewers["anonymous"], path) == []  # the public sees no draft


def test_a_token_reads_a_draft_s_json_ld_as_the_session_does(viewers, drafts):
    path = f"/api/v1/claims/{drafts['proposed'].pk}/jsonld/"

    assert viewers["token"].get(path).status_code == 200
    assert viewers["session"].get(path).status_code == 200
    assert viewers["anonymous"].get(path).status_code == 404


def test_a_token_sees_in_graphql_what_the_session_sees(viewers):
    query = '{ claims(first: 100, status: "proposed") { edges { node { databaseId } } } }'

    def ids(client):
        response = client.post("/graphql", {"query": query}, content_type="application/json")
        assert response.status_code == 200, response.content[:300]
        return sorted(edge["node"]["databaseId"] for edge in response.json()["data"]["claims"]["edges"])

    expected = sorted(Claim.objects.filter(status=Claim.Status.PROPOSED).values_list("pk", flat=True))
    assert ids(viewers["token"]) == ids(viewers["session"]) == expected
    assert ids(viewers["anonymous"]) == []


@pytest.mark.parametrize("path", ["/api/v1/exports/timeline.csv", "/graphql?query={topics{slug}}", "/"])
def test_a_wrong_token_is_a_401_not_the_public_s_answer(client, path):
    response = client.get(path, HTTP_AUTHORIZATION="Token not-a-token")

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert "Invalid token" in response.json()["detail"]
