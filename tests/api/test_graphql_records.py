"""GraphQL over records: the values the database built as JSON, what is loaded for them once per request,
and the faster execution context, which must answer exactly as graphql-core's own does."""

import base64

import graphene
import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from graphql import ExecutionContext, get_introspection_query

from config.schema import schema
from core.graphql.execution import PlannedExecutionContext
from core.graphql.records import info_free
from corpus.models import Article
from facts.models import Actor, Citation, Claim
from tests.api.test_graphql import TIMELINE, count_queries, graphql

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("graphql_execution")]

NESTED = """
query ($first: Int) {
  timeline(first: $first) {
    edges { node { databaseId summaryIn(language: HE)
      actors { name aliases(language: HE) }
      citations { databaseId dateWords article { key translationOf { key } citations { quote } source { name } } }
      disputes { databaseId date { edtf } actors { slug } } } }
  }
}
"""


@pytest.fixture
def disputed_timeline(curated_timeline):
    """The earliest public claim and one in every ten others dispute a later claim: every page, from the
    first item on, has disputes to load."""
    claims = list(Claim.objects.filter(status=Claim.Status.APPROVED).chronological())
    for index in range(0, len(claims) - 1, 10):
        claims[index].disputes.add(claims[index + 1])
    return claims


def as_viewer(user):
    request = RequestFactory().post("/graphql")
    request.user = user
    return request


def execute(query, variables, user, context_class):
    result = schema.execute(
        query, variables=variables, context_value=as_viewer(user), execution_context_class=context_class
    )
    return result.data, [error.formatted for error in result.errors or []]


def test_nested_values_are_loaded_once_per_request_whatever_the_page_size(client, disputed_timeline):
    graphql(client, NESTED, {"first": 1})  # the lists' bounds for the cost check: asked once a minute
    counts = {size: count_queries(lambda size=size: graphql(client, NESTED, {"first": size})) for size in (1, 10, 100)}
    # One query for the page, then one per kind of value the records do not carry (aliases, articles, the
    # articles' quotes, disputed claims): the same for a page of 1 as for the whole timeline.
    assert counts[1] == counts[10] == counts[100], counts
    assert counts[100] <= 6, counts


def test_nested_values_are_those_of_the_database(client, disputed_timeline):
    status, body = graphql(client, NESTED, {"first": 100})
    assert status == 200, body
    nodes = [edge["node"] for edge in body["data"]["timeline"]["edges"]]
    first = Claim.objects.get(pk=nodes[0]["databaseId"])

    assert [d["databaseId"] for d in nodes[0]["disputes"]] == [c.pk for c in first.disputes.order_by("id")]
    assert nodes[0]["disputes"][0]["date"]["edtf"] == first.disputes.get().date
    for node in nodes:
        claim = Claim.objects.get(pk=node["databaseId"])
        for actor_node, actor in zip(node["actors"], claim.actors.order_by("name", "id"), strict=True):
            assert actor_node["aliases"] == [a.alias for a in actor.aliases.filter(language="he")]
        for citation_node in node["citations"]:
            article = Article.objects.get(key=citation_node["article"]["key"])
            translated = citation_node["article"]["translationOf"]
            assert (translated or {}).get("key") == (article.translation_of.key if article.translation_of else None)
            quotes = {q["quote"] for q in citation_node["article"]["citations"]}
            assert set(article.citations.filter(claim__status="approved").values_list("quote", flat=True)) == quotes
    translated_citations = [c for n in nodes for c in n["citations"] if c["article"]["translationOf"] is not None]
    assert translated_citations, "the seeds' Arabic translation (001) is cited: translationOf must show"


QUERIES = [
    (TIMELINE, {"first": 100}),
    (NESTED, {"first": 30}),
    ("{ articles(first: 5) { edges { node { key citations { databaseId quote language article { key } } } } } }", {}),
    ("{ actors(first: 3) { edges { node { name aliases claims(first: 2) { edges { node { key } } } } } } }", {}),
    ('{ actor(id: "azerbaijan") { name claims(first: 5, from: "2020") { edges { cursor node { key } } } } }', {}),
    ("{ timeline(first: 2) { edges { node { key nonsense } } } }", {}),
    # Fragments, inline fragments, aliases, __typename at every level, directives decided by variables.
    (
        """query ($withTopics: Boolean!, $noQuotes: Boolean!) {
          __typename
          page: timeline(first: 20) { __typename edges { node { ...Claim } } }
          again: timeline(first: 3) { edges { node { first: key, second: key, ... on ClaimType { status } } } }
        }
        fragment Claim on ClaimType {
          __typename id key status
          topics @include(if: $withTopics) { __typename slug }
          citations { quote @skip(if: $noQuotes) article { __typename language source { kind } } }
          date { __typename edtf start display(language: HE) }
        }""",
        {"withTopics": True, "noQuotes": True},
    ),
    # An interface: the runtime type is resolved the standard way.
    ('{ node(id: "Q2xhaW1UeXBlOjE=") { __typename id ... on ClaimType { key actors { name } } } }', {}),
    # GraphiQL's introspection: graphql-core's own types and resolvers.
    (get_introspection_query(descriptions=True), {}),
    # Claims disputing claims: a type holding itself.
    ("{ timeline(first: 50) { edges { node { disputes { key disputes { key date { edtf } } } } } } }", {}),
]


@pytest.mark.parametrize(("query", "variables"), QUERIES)
@pytest.mark.parametrize("viewer", ["anonymous", "curator"])
def test_the_faster_execution_answers_exactly_as_graphql_core_does(
    disputed_timeline, curator, query, variables, viewer
):
    user = curator if viewer == "curator" else AnonymousUser()
    ours = execute(query, variables, user, PlannedExecutionContext)
    standard = execute(query, variables, user, ExecutionContext)
    assert ours == standard
    assert ours[0] is not None or ours[1]


class Colour(graphene.Enum):
    RED = "red"
    BLUE = "blue"


class Part(graphene.ObjectType):
    label = graphene.String(required=True)
    colour = Colour()
    doubled = graphene.Int(factor=graphene.Int(default_value=2))

    def resolve_doubled(part, info, factor):
        if part.get("size") == "boom":
            raise ValueError("no size")
        return part["size"] * factor

    halved = graphene.Int()

    @info_free  # called without a resolve info by the planned execution
    def resolve_halved(part, info):
        if part.get("size") == "boom":
            raise ValueError("no size")
        return part["size"] // 2


class Item(graphene.ObjectType):
    name = graphene.String(required=True)
    count = graphene.Int()
    score = graphene.Float(required=True)
    parts = graphene.List(graphene.NonNull(Part))
    spare = graphene.Field(Part)
    generated = graphene.List(graphene.String)
    # a required list of required objects from a resolver that needs no info: compiled as one comprehension
    pieces = graphene.List(graphene.NonNull(Part), required=True)

    @info_free
    def resolve_pieces(item, info):
        return item["parts"]


class Query(graphene.ObjectType):
    items = graphene.List(Item)

    def resolve_items(root, info):
        good = {"name": "ok", "count": 2, "score": 1.5, "parts": [{"label": "a", "colour": "red", "size": 3}]}
        return [
            good,
            {**good, "name": None},  # a missing required value: the item becomes null
            {**good, "score": "high"},  # a value the type cannot serialize
            {**good, "parts": [{"label": "b", "size": "boom"}]},  # a resolver raising, two levels down
            {**good, "parts": [{"label": None, "size": 1}]},  # null inside a list of non-nulls: the list is null
            {**good, "parts": [{"label": "c", "colour": "green", "size": 1}]},  # not a value of the enum
            {**good, "spare": "not an object", "generated": (str(n) for n in range(3))},
            {**good, "spare": {"label": "d", "colour": "blue", "size": 2}},
            good,
        ]


@pytest.mark.parametrize(
    "query",
    [
        "{ items { name count score } }",
        "{ items { name parts { label colour doubled(factor: 5) } spare { label doubled } generated } }",
        "{ items { count parts { __typename label } } }",
        "{ items { name pieces { label colour halved } } }",
    ],
)
def test_a_value_the_fast_path_cannot_give_is_reported_as_graphql_core_reports_it(query):
    tiny = graphene.Schema(query=Query)
    answers = [
        tiny.execute(query, execution_context_class=context) for context in (PlannedExecutionContext, ExecutionContext)
    ]
    ours, standard = [([error.formatted for error in answer.errors or []], answer.data) for answer in answers]
    assert ours == standard
    assert ours[0], "each query meets at least one error"


class CountingContext(PlannedExecutionContext):
    """Counts the values graphql-core completes the standard way."""

    standard_completions = 0

    def complete_value(self, *args):
        CountingContext.standard_completions += 1
        return super().complete_value(*args)


def test_a_page_of_records_is_completed_by_plans_alone(disputed_timeline):
    CountingContext.standard_completions = 0
    data, errors = execute(NESTED, {"first": 100}, AnonymousUser(), CountingContext)
    assert not errors and len(data["timeline"]["edges"]) > 50
    assert CountingContext.standard_completions == 0


PAGE = """query ($first: Int, $after: String, $last: Int, $before: String) {
  timeline(first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { databaseId } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}"""


def test_keyset_pages_go_forward_and_back_over_the_same_claims(client, curated_timeline):
    ids = list(Claim.objects.filter(status="approved").chronological().values_list("id", flat=True))

    _, first = graphql(client, PAGE, {"first": 10})
    _, second = graphql(client, PAGE, {"first": 10, "after": first["data"]["timeline"]["pageInfo"]["endCursor"]})
    _, back = graphql(client, PAGE, {"last": 10, "before": second["data"]["timeline"]["pageInfo"]["startCursor"]})
    _, tail = graphql(client, PAGE, {"last": 3})

    def page_ids(body):
        return [edge["node"]["databaseId"] for edge in body["data"]["timeline"]["edges"]]

    assert page_ids(first) == ids[:10] and page_ids(second) == ids[10:20] and page_ids(back) == ids[:10]
    assert second["data"]["timeline"]["pageInfo"] == {
        "hasNextPage": True,
        "hasPreviousPage": True,
        "startCursor": second["data"]["timeline"]["edges"][0]["cursor"],
        "endCursor": second["data"]["timeline"]["edges"][-1]["cursor"],
    }
    assert back["data"]["timeline"]["pageInfo"]["hasPreviousPage"] is False
    assert page_ids(tail) == ids[-3:] and tail["data"]["timeline"]["pageInfo"]["hasNextPage"] is False


@pytest.mark.parametrize("cursor", ["not-a-cursor", "bnwyMDI1LTAxLTAxfDV8eA", ""])
def test_a_cursor_that_is_not_ours_is_a_400_that_says_so(client, curated_timeline, cursor):
    status, body = graphql(client, PAGE, {"first": 5, "after": cursor or "%%%"})
    assert status == 400
    assert "Invalid cursor" in body["errors"][0]["message"]


def test_the_setting_turns_the_planned_execution_off(settings):
    from graphql import ExecutionContext as StandardContext

    from core.graphql.view import execution_context_class

    settings.GRAPHQL_PLANNED_EXECUTION = False
    assert execution_context_class() is StandardContext
    settings.GRAPHQL_PLANNED_EXECUTION = True
    assert execution_context_class() is PlannedExecutionContext


def test_a_value_reached_by_any_route_is_loaded_by_its_id(client, disputed_timeline):
    """Loaders are keyed by the ids asked for: a record that no page handed out (a node fetched by its
    global id, an actor of a claim asked for fields the claim's record does not carry) still gets them."""
    citation = Citation.objects.filter(article__translation_of__isnull=False, claim__status="approved").first()
    global_id = base64.b64encode(f"CitationType:{citation.pk}".encode()).decode()
    query = """query ($id: ID!) {
      node(id: $id) { ... on CitationType { quote article { key translationOf { key } citations { databaseId } } } }
      timeline(first: 3) { edges { node { actors { slug wikidataId description aliases } } } }
      actor(id: "israel") { wikidataId aliases(language: HE) }
    }"""

    status, body = graphql(client, query, {"id": global_id})

    assert status == 200, body
    node = body["data"]["node"]
    assert node["quote"] == citation.quote
    assert node["article"]["translationOf"]["key"] == citation.article.translation_of.key
    assert citation.pk in [c["databaseId"] for c in node["article"]["citations"]]
    for edge in body["data"]["timeline"]["edges"]:
        for actor_node in edge["node"]["actors"]:
            actor = Actor.objects.get(slug=actor_node["slug"])
            assert (actor_node["wikidataId"], actor_node["description"]) == (actor.wikidata_id, actor.description)
            assert actor_node["aliases"] == list(
                actor.aliases.order_by("language", "alias").values_list("alias", flat=True)
            )
    israel = Actor.objects.get(slug="israel")
    assert body["data"]["actor"]["wikidataId"] == israel.wikidata_id
