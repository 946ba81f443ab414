"""GraphQL as the common clients send it: operations batched in one JSON array (gql's batching, Apollo's
BatchHttpLink) and automatic persisted queries (Apollo's protocol: the query's SHA-256 alone, then with the
query when the server does not know it, then by GET for HTTP caches). Both were refused before (a batch was
a 400; a hash alone was "Must provide query string")."""

import hashlib
import json

import pytest
from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport

from tests.api.test_graphql import TIMELINE, graphql
from tests.conftest import rows_restore

ACTORS = "query Actors($first: Int) { actors(first: $first) { edges { node { slug name } } } }"
TOPICS = "{ topics { slug } }"


@pytest.mark.django_db(transaction=True)
def test_gql_batches_operations_and_each_answer_is_what_it_gets_alone(live_server, stored_states, client):
    rows_restore(stored_states["seeds"])
    rows_restore(stored_states["curated"])
    transport = RequestsHTTPTransport(url=f"{live_server.url}/graphql")

    with Client(transport=transport, batch_interval=0) as session:
        from gql.graphql_request import GraphQLRequest

        timeline, actors, topics = session.execute_batch(
            [
                GraphQLRequest(gql(TIMELINE), variable_values={"first": 5}),
                GraphQLRequest(gql(ACTORS), variable_values={"first": 4}),
                GraphQLRequest(gql(TOPICS)),
            ]
        )

    assert [edge["node"] for edge in timeline["timeline"]["edges"]] == [
        edge["node"] for edge in graphql(client, TIMELINE, {"first": 5})[1]["data"]["timeline"]["edges"]
    ]
    assert len(actors["actors"]["edges"]) == 4 and topics == graphql(client, TOPICS)[1]["data"]


def batch(client, entries) -> tuple[int, list]:
    response = client.post("/graphql", json.dumps(entries), content_type="application/json")
    return response.status_code, response.json()


@pytest.mark.django_db
def test_one_bad_operation_in_a_batch_is_answered_in_its_place(client, curated_timeline):
    status, answers = batch(client, [{"query": TOPICS}, {"query": "{ nothing }"}, {"query": ""}])

    assert status == 400 and len(answers) == 3
    assert answers[0] == graphql(client, TOPICS)[1]
    assert answers[1]["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert answers[2]["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


@pytest.mark.django_db
@pytest.mark.parametrize("entries", [[], [1, 2], [{"query": TOPICS}] * 11])
def test_a_batch_that_is_empty_not_of_objects_or_over_ten_is_a_400(client, entries):
    status, body = batch(client, entries)

    assert status == 400 and body["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert "1 to 10 operations" in body["errors"][0]["message"]


def persisted(query: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}


@pytest.mark.django_db
def test_automatic_persisted_queries_as_apollo_sends_them(client, curated_timeline):
    query = "query Topics { topics { slug name } }"
    extensions = persisted(query)

    # 1. The hash alone: not known yet. A 200 no cache keeps, so the client sends the query next.
    unknown = client.post("/graphql", {"extensions": extensions}, content_type="application/json")
    assert unknown.status_code == 200 and unknown["Cache-Control"] == "no-store"
    assert unknown.json()["errors"] == [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ]
    # 2. The hash and the query: checked, answered and remembered.
    registered = client.post("/graphql", {"query": query, "extensions": extensions}, content_type="application/json")
    assert registered.status_code == 200
    # 3. The hash alone again, by GET as Apollo's useGETForHashedQueries does: the same answer, cacheable.
    by_get = client.get("/graphql", {"extensions": json.dumps(extensions)}, HTTP_ACCEPT="application/json")
    assert by_get.status_code == 200 and by_get.json() == registered.json()
    assert "ETag" in by_get and "public" in by_get["Cache-Control"]
    assert (
        client.get(
            "/graphql",
            {"extensions": json.dumps(extensions)},
            HTTP_ACCEPT="application/json",
            HTTP_IF_NONE_MATCH=by_get["ETag"],
        ).status_code
        == 304
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        ({"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}, "provided sha does not match query"),
        ({"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}}, "only version 1"),
        ({"persistedQuery": {"version": 1, "sha256Hash": "not-a-hash"}}, "64 lower-case hex digits"),
        ("{not json", "Extensions are invalid JSON"),
    ],
)
def test_a_persisted_query_that_does_not_hold_is_a_400_saying_why(client, extensions, message):
    response = client.post("/graphql", {"query": TOPICS, "extensions": extensions}, content_type="application/json")

    assert response.status_code == 400
    [error] = response.json()["errors"]
    assert message in error["message"] and error["extensions"] == {"code": "BAD_REQUEST"}
