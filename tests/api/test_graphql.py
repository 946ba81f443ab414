import base64
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from facts.models import Claim
from tests.api.test_rest import all_pages

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("graphql_execution")]

TIMELINE = """
query ($first: Int, $after: String, $actor: String, $topic: String, $from: String, $to: String,
       $language: String, $q: String) {
  timeline(first: $first, after: $after, actor: $actor, topic: $topic, from: $from, to: $to,
           language: $language, q: $q) {
    edges { node { id databaseId key summary date { edtf precision start end display(language: AR) }
      actors { slug name nameHe } topics { slug }
      citations { quote language dateWords article { key title source { name } } }
      disputes { databaseId } } }
    pageInfo { hasNextPage endCursor }
  }
}
"""


def graphql(client, query: str, variables: dict | None = None, **headers):
    response = client.post(
        "/graphql", {"query": query, "variables": variables or {}}, content_type="application/json", **headers
    )
    return response.status_code, response.json()


def graphql_all(client, variables: dict) -> list[dict]:
    nodes, after = [], None
    while True:
        status, body = graphql(client, TIMELINE, {**variables, "first": 100, "after": after})
        assert status == 200, body
        nodes += [edge["node"] for edge in body["data"]["timeline"]["edges"]]
        if not body["data"]["timeline"]["pageInfo"]["hasNextPage"]:
            return nodes
        after = body["data"]["timeline"]["pageInfo"]["endCursor"]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"actor": "באקו"},
        {"actor": "israel,iran", "from": "2009", "to": "2014-09"},
        {"topic": "energy", "language": "ar"},
        {"q": "Netanyahu"},
        {"from": "2024"},
        {"actor": "azerbaijan", "to": "199X"},
    ],
)
def test_rest_and_graphql_give_the_same_claims_in_the_same_order(client, api, curated_timeline, filters):
    rest_ids = [item["id"] for item in all_pages(api, "/api/v1/claims/", {**filters, "page_size": 100})]
    graphql_ids = [node["databaseId"] for node in graphql_all(client, filters)]

    assert graphql_ids == rest_ids
    assert rest_ids, "every question here has answers in the curated timeline"


def test_a_graphql_node_carries_the_same_data_as_rest(client, api, curated_timeline):
    claim = Claim.objects.get(key="hajiyev-meets-netanyahu-2025-02")
    rest = api.get(f"/api/v1/claims/{claim.pk}/").json()

    [node] = graphql_all(client, {"actor": "hikmet-hajiyev"})

    assert node["summary"] == rest["summary"]
    assert node["date"]["display"] == rest["date"]["display"]["ar"] == "شباط/فبراير 2025"
    assert [c["quote"] for c in node["citations"]] == [c["quote"] for c in rest["citations"]]
    assert base64.b64decode(node["id"]).decode() == f"ClaimType:{claim.pk}"


def test_drafts_never_leak_through_graphql(client, drafts):
    proposed = drafts["proposed"]
    global_id = base64.b64encode(f"ClaimType:{proposed.pk}".encode()).decode()
    article_key = proposed.citations.get().article.key

    nodes = graphql_all(client, {})
    _, by_id = graphql(client, "query ($id: ID!) { claim(id: $id) { summary } }", {"id": str(proposed.pk)})
    _, by_node = graphql(client, "query ($id: ID!) { node(id: $id) { id } }", {"id": global_id})
    _, article = graphql(client, "query ($k: ID!) { article(id: $k) { text citations { quote } } }", {"k": article_key})
    _, filtered = graphql(client, '{ claims(status: "proposed") { edges { node { id } } } }')

    assert proposed.pk not in {node["databaseId"] for node in nodes}
    assert by_id["data"]["claim"] is None
    assert by_node["data"]["node"] is None
    assert "גורם מדיני ששוחח עם ערוץ 7" not in {c["quote"] for c in article["data"]["article"]["citations"]}
    assert article["data"]["article"]["text"] is None
    assert filtered["data"]["claims"]["edges"] == []


def test_actor_claims_and_article_citations(client, curated_timeline):
    _, body = graphql(
        client,
        '{ actor(id: "socar") { name claims { edges { node { key } } } }'
        ' article(id: "001_c6cc54978b65a8be") { language translationOf { key } citations { quote } } }',
    )

    assert [e["node"]["key"] for e in body["data"]["actor"]["claims"]["edges"]] == [
        "socar-tamar-stake-2025",
        "socar-gas-exploration-licence-2025-03",
    ]
    assert body["data"]["article"]["translationOf"]["key"] == "000_18c52e3422456bef"
    arabic = Claim.objects.filter(status="approved", citations__article__key="001_c6cc54978b65a8be")
    assert len(body["data"]["article"]["citations"]) == arabic.count() >= 5


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('{ timeline(from: "2020-2021") { edges { node { id } } } }', "A range of years is written with a slash"),
        ('{ timeline(actor: "Atlantis") { edges { node { id } } } }', "Unknown actor: Atlantis."),
        ("{ timeline(first: 101) { edges { node { id } } } }", "exceeds the `first` limit of 100 records"),
        (
            "{ actors(first: 2) { edges { node { claims { edges { node { id } } } } } } }",
            "for several actors use timeline",
        ),
        ("{ timeline { edges { node { nope } } } }", "Cannot query field 'nope'"),
        ("{ timeline { edges { node { " + "disputes { " * 8 + "id" + " }" * 8 + " } } } }",  # 12 levels
         "exceeds maximum operation depth of 10"),
        (
            "{ " + " ".join(f"a{i}: topics {{ slug name nameHe nameAr }}" for i in range(80)) + " }",
            "more than 300 fields",
        ),
    ],
)  # fmt: skip
def test_bad_graphql_queries_get_a_clear_error_and_a_400(client, curated_timeline, query, message):
    status, body = graphql(client, query)

    assert status == 400
    assert message in json.dumps(body["errors"], ensure_ascii=False)


def test_an_oversized_graphql_query_is_refused_before_parsing(client):
    status, body = graphql(client, "{ topics { slug } }" + " " * 10_001)

    assert status == 400
    assert "at most 10000" in body["errors"][0]["message"]


def test_graphiql_is_served_to_browsers(client):
    response = client.get("/graphql", HTTP_ACCEPT="text/html")

    assert response.status_code == 200 and b"graphiql" in response.content.lower()


def test_a_graphql_get_query_is_cacheable_and_answers_304(client, curated_timeline):
    params = {"query": "{ topics { slug } }"}
    first = client.get("/graphql", params, HTTP_ACCEPT="application/json")

    again = client.get("/graphql", params, HTTP_ACCEPT="application/json", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200 and "public" in first["Cache-Control"]
    assert again.status_code == 304


def count_queries(run) -> int:
    with CaptureQueriesContext(connection) as captured:
        run()
    return len(captured)


def test_graphql_query_count_does_not_grow_with_page_size_or_nesting(client, curated_timeline):
    def page(first: int):
        return lambda: graphql(client, TIMELINE, {"first": first})

    graphql(client, TIMELINE, {"first": 1})  # the lists' bounds for the cost check: asked once a minute
    counts = [count_queries(page(size)) for size in (1, 10, 100)]
    articles = [
        count_queries(
            lambda n=n: graphql(
                client, f"{{ articles(first: {n}) {{ edges {{ node {{ key citations {{ quote }} }} }} }} }}"
            )
        )
        for n in (1, 5)
    ]
    actors = [
        count_queries(
            lambda n=n: graphql(client, f"{{ actors(first: {n}) {{ edges {{ node {{ name aliases }} }} }} }}")
        )
        for n in (1, 10, 59)
    ]

    assert counts[0] == counts[1] == counts[2], counts
    assert articles[0] == articles[1], articles
    assert actors[0] == actors[1] == actors[2], actors


@pytest.mark.parametrize(
    ("method", "body", "status"),
    [
        ("post", '{"query": ""}', 400),  # no query
        ("post", "{not json", 400),  # a body that is not JSON
        ("post", '{"query": "{ __typename }", "variables": "{bad"}', 400),  # variables that are not JSON
        ("post", "[]", 400),  # an empty batch
        ("get", None, 405),  # a mutation by GET
    ],
)
def test_a_request_refused_before_it_is_read_says_so_in_extensions_code(client, method, body, status):
    if method == "get":
        response = client.get("/graphql", {"query": "mutation { __typename }"}, HTTP_ACCEPT="application/json")
    else:
        response = client.post("/graphql", data=body, content_type="application/json", HTTP_ACCEPT="application/json")

    assert response.status_code == status
    [error] = response.json()["errors"]
    assert error["message"] and error["extensions"] == {"code": "BAD_REQUEST"}
