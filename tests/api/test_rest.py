import json

import pytest
from django.urls import reverse

from facts.models import Claim

pytestmark = pytest.mark.django_db
CLAIMS = "/api/v1/claims/"


def all_pages(api, url: str, params: dict | None = None) -> list[dict]:
    items, response = [], api.get(url, params or {})
    while True:
        assert response.status_code == 200, response.content
        items += response.json()["results"]
        if not response.json()["next"]:
            return items
        response = api.get(response.json()["next"])


def keys(items: list[dict]) -> set[str]:
    return {item["key"] for item in items}


def test_the_public_list_is_every_approved_claim_in_timeline_order(api, drafts):
    items = all_pages(api, CLAIMS, {"page_size": 7})

    approved = Claim.objects.filter(status="approved")
    assert [item["id"] for item in items] == list(approved.chronological().values_list("id", flat=True))
    assert len({item["id"] for item in items}) == approved.count()
    assert drafts["proposed"].pk not in {item["id"] for item in items}


def test_the_previous_link_returns_the_previous_page(api, curated_timeline):
    first = api.get(CLAIMS, {"page_size": 5}).json()
    second = api.get(first["next"]).json()

    back = api.get(second["previous"]).json()

    assert [c["id"] for c in back["results"]] == [c["id"] for c in first["results"]]
    assert first["previous"] is None


def test_a_claim_carries_its_date_citations_actors_and_sources(api, curated_timeline):
    claim = Claim.objects.get(key="section-907-since-1992")

    body = api.get(f"{CLAIMS}{claim.pk}/").json()

    assert body["date"] == {
        "edtf": "1992/..", "start": "1992-01-01", "end": None, "precision": "open_interval",
        "approximate": False, "uncertain": False,
        "display": {"he": "מאז 1992", "ar": "منذ 1992", "en": "since 1992"},
    }  # fmt: skip
    [citation] = body["citations"]
    assert citation["date_words"] == "מאז 1992" and citation["language"] == "he"
    assert citation["article"]["source"]["name"] == "Kikar HaShabbat"
    assert {actor["slug"] for actor in body["actors"]} == {"united-states", "us-congress", "azerbaijan"}


@pytest.mark.parametrize("actor", ["azerbaijan", "Azerbaijan", "אזרבייג'ן", "أذربيجان", "באקו", "Baku"])
def test_an_actor_is_found_by_slug_name_or_alias_in_any_language(api, curated_timeline, actor):
    items = all_pages(api, CLAIMS, {"actor": actor, "page_size": 100})

    expected = Claim.objects.filter(actors__slug="azerbaijan", status="approved").count()
    assert len(items) == expected > 30


def test_the_period_filter_keeps_claims_whose_dates_overlap_it(api, curated_timeline):
    items = all_pages(api, CLAIMS, {"from": "2009", "to": "2009-12", "page_size": 100})

    assert keys(items) == {
        "peres-visit-2009-05", "iran-condemns-peres-visit-2009-05", "turkey-armenia-protocols-2009",
        "term-limits-abolished-2009", "section-907-since-1992", "close-relations-three-decades",
    }  # fmt: skip


def test_filters_combine(api, curated_timeline):
    items = all_pages(api, CLAIMS, {"actor": "israel", "topic": "energy", "language": "ar"})

    assert keys(items) == {"socar-tamar-stake-2025"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "מאמאדיארוב"}, {"mammadyarov-visit-israel-2013-04"}),
        ({"q": "Mammadyarov"}, {"mammadyarov-visit-israel-2013-04"}),
        ({"q": "حاجييف"}, {"hajiyev-meets-netanyahu-2025-02", "netanyahu-rubio-statement-2025-02"}),
        ({"article": "004_7678fdd83c2c5ead", "precision": "open_interval"}, {"section-907-since-1992"}),
        ({"precision": "decade"}, {"electronic-intelligence-stations-1990s", "us-backed-axis-1990s"}),
    ],
)
def test_text_article_and_precision_filters(api, curated_timeline, params, expected):
    assert keys(all_pages(api, CLAIMS, params)) == expected


def test_updated_since_returns_claims_changed_after_a_moment(api, curated_timeline):
    claim = Claim.objects.get(key="peres-visit-2009-05")
    claim.summary += " (edited)"
    claim.save()

    items = all_pages(api, CLAIMS, {"updated_since": claim.updated_at.isoformat()})

    assert keys(items) == {"peres-visit-2009-05"}


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"from": "2020-2021"}, "from", "A range of years is written with a slash"),
        ({"to": "when pigs fly"}, "to", "Could not read"),  # words are read ("yesterday" is a date)
        ({"actor": "Atlantis"}, "actor", "Unknown actor: Atlantis."),
        ({"topic": "cooking"}, "topic", "Unknown topic: cooking."),
        ({"article": "nope"}, "article", "Unknown article: nope."),
        ({"language": "fr"}, "language", "Select a valid choice."),
        ({"precision": "week"}, "precision", "Select a valid choice."),
        ({"updated_since": "last tuesday"}, "updated_since", "Enter a valid date/time."),
        ({"status": "secret"}, "status", "Select a valid choice."),
        ({"page_size": "0"}, "page_size", "A whole number from 1 to 100."),
        ({"page_size": "101"}, "page_size", "A whole number from 1 to 100."),
        ({"cursor": "not-a-cursor"}, "cursor", "Invalid cursor"),
        ({"actor": ",".join(["israel"] * 21)}, "actor", "At most 20 values"),
        ({"q": "x" * 201}, "q", "at most 200 characters"),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_the_field(api, curated_timeline, params, field, message):
    for url in (CLAIMS, "/api/v1/timeline/"):
        response = api.get(url, params)

        assert response.status_code == 400, (url, response.content)
        assert message in " ".join(response.json()[field])


def test_the_timeline_counts_claims_per_year_over_the_filtered_set(api, curated_timeline):
    body = api.get("/api/v1/timeline/", {"actor": "avigdor-lieberman", "page_size": 2, "years": "true"}).json()

    assert body["years"] == {"2010": 1, "2012": 2, "2014": 1}  # 2012: a visit and the Foreign Policy report
    assert len(body["results"]) == 2 and body["next"]


def test_drafts_are_never_served_to_the_public(api, drafts):
    proposed, rejected = drafts["proposed"], drafts["rejected"]

    assert api.get(f"{CLAIMS}{proposed.pk}/").status_code == 404
    assert api.get(f"{CLAIMS}{rejected.pk}/").status_code == 404
    assert api.get(CLAIMS, {"status": "proposed"}).json()["results"] == []
    assert api.get(f"/api/v1/citations/{proposed.citations.get().pk}/").status_code == 404
    article = api.get(f"/api/v1/articles/{proposed.citations.get().article_id}/").json()
    assert "גורם מדיני ששוחח עם ערוץ 7" not in {quote["quote"] for quote in article["quotes"]}
    assert article["text"] is None


def test_curators_see_drafts_and_article_text(curator_api, drafts):
    proposed = drafts["proposed"]

    listed = curator_api.get(CLAIMS, {"status": "proposed"}).json()["results"]
    article = curator_api.get(f"/api/v1/articles/{proposed.citations.get().article_id}/").json()

    assert [claim["id"] for claim in listed] == [proposed.pk]
    assert article["text"].startswith("מאז סיום הלחימה בעזה")  # the store's date stamp is repaired away
    assert "גורם מדיני ששוחח עם ערוץ 7" in {quote["quote"] for quote in article["quotes"]}


def test_orphaned_citations_are_hidden_from_the_public(api, curator_api, curated_timeline):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")
    claim.citations.filter(article__language="ar").update(is_orphaned=True)

    public = api.get(f"{CLAIMS}{claim.pk}/").json()
    curator = curator_api.get(f"{CLAIMS}{claim.pk}/").json()

    assert [c["language"] for c in public["citations"]] == ["he", "he"]
    assert sorted(c["language"] for c in curator["citations"]) == ["ar", "he", "he"]


def test_actors_and_topics_are_listed_with_aliases(api, curated_timeline):
    baku = api.get("/api/v1/actors/", {"q": "באקו"}).json()["results"]
    topics = all_pages(api, "/api/v1/topics/")
    socar = Claim.objects.get(key="socar-tamar-stake-2025")
    actor_claims = api.get(f"/api/v1/actors/{socar.actors.get(slug='socar').pk}/claims/").json()

    assert [actor["slug"] for actor in baku] == ["azerbaijan"]
    assert "באקו" in baku[0]["aliases"]["he"]
    assert len(topics) == 16
    assert [claim["key"] for claim in actor_claims["results"]] == [
        "socar-tamar-stake-2025",  # "2025" starts on 1 January, before "2025-03"
        "socar-gas-exploration-licence-2025-03",
    ]


def test_the_openapi_schema_and_its_documentation_are_served(api):
    assert api.get(reverse("schema")).status_code == 200
    assert api.get(reverse("swagger-ui")).status_code == 200
    assert api.get(reverse("redoc")).status_code == 200


def test_the_records_the_database_builds_are_exactly_what_the_documented_serializer_builds(curated_timeline):
    """The list endpoints send JSON built in SQL (facts.selectors.claims_as_records); the prefetching
    path with the documented ClaimSerializer must give the same items, key for key, in the same order."""
    from rest_framework.utils.encoders import JSONEncoder

    from facts.api.serializers import ClaimSerializer
    from facts.representation import claim_payload
    from facts.selectors import claims_as_records, claims_filtered, timeline

    Claim.objects.get(key="peres-visit-2009-05").disputes.add(
        Claim.objects.get(key="iran-condemns-peres-visit-2009-05")
    )
    # A proposed claim disputing a public one must not show through the dispute ids of the public one.
    draft = Claim.objects.exclude(status=Claim.Status.APPROVED).first() or Claim.objects.create(
        summary="draft", date="2020", status=Claim.Status.PROPOSED
    )
    draft.disputes.add(Claim.objects.get(key="peres-visit-2009-05"))
    claims = list(timeline(viewer=None))
    records = list(claims_as_records(claims_filtered(viewer=None).chronological(), viewer=None))

    built = [claim_payload(record) for record in records]
    documented = [dict(item) for item in ClaimSerializer(claims, many=True).data]
    assert any(item["disputes"] for item in built) and any(item["citations"][0]["date_words"] for item in built)
    as_sent = lambda item: json.dumps(item, cls=JSONEncoder, ensure_ascii=False)  # noqa: E731 (what the renderer sends)
    for built_item, documented_item in zip(built, documented, strict=True):
        assert as_sent(built_item) == as_sent(documented_item)  # same keys, same order, same values


def test_records_by_id_are_the_records_of_the_query_they_were_compiled_from(curated_timeline, curator):
    """Pages read their records through a statement compiled once per connection (facts.selectors.
    claims_records): for the public and for a curator it gives exactly claims_as_records' records, in the
    order asked, drafts left out for the public; run again it is one query."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from facts.selectors import claims_as_records, claims_records

    draft = Claim.objects.create(summary="draft", date="2020", status=Claim.Status.PROPOSED)
    draft.disputes.add(Claim.objects.filter(status=Claim.Status.APPROVED).first())
    everything = list(Claim.objects.order_by("-date_start", "id").values_list("id", flat=True))
    for viewer in (None, curator):
        expected = {
            record["id"]: record for record in claims_as_records(Claim.objects.visible_to(viewer), viewer=viewer)
        }
        asked = [*everything, 10**9]  # newest first, and an id that is nobody's
        assert claims_records(asked, viewer=viewer) == [expected[pk] for pk in everything if pk in expected]
        assert (draft.pk in expected) is (viewer is curator)
        with CaptureQueriesContext(connection) as captured:
            again = claims_records(everything[:3], viewer=viewer)
        assert len(captured) == 1 and again == [expected[pk] for pk in everything[:3] if pk in expected]
    assert claims_records([], viewer=None) == []


def test_claims_per_year_is_only_computed_when_asked(api, curated_timeline):
    assert "years" not in api.get("/api/v1/timeline/").json()


def test_only_parameters_a_filter_reads_make_the_list_filter():
    """The list skips its FilterSet when no parameter could be a filter's (core.api.names_a_filter)."""
    from core.api import names_a_filter
    from facts.filters import ClaimFilterSet

    assert not names_a_filter(ClaimFilterSet, {"page_size": "100", "cursor": "x", "format": "json"})
    for parameter in ("from", "to", "actor", "q", "updated_since", "status"):
        assert names_a_filter(ClaimFilterSet, {"page_size": "100", parameter: ""})


def test_points_and_ranges_come_in_order_of_their_start_then_their_end(api, client):
    """The documented order (docs/public.md): a range comes after the point it starts with, a decade where it
    starts, an open end last; REST's pages, GraphQL's and the public page agree, page boundaries anywhere."""
    import random

    from tests.api.test_graphql import graphql_all
    from tests.factories import ClaimFactory

    in_order = ["../1987", "1988-01", "1988", "1988/1994", "1988/..", "1990", "199X", "1991", "1991-05-02"]
    shuffled = in_order[:]
    random.Random(7).shuffle(shuffled)  # noqa: S311 - an order to undo, not a secret
    by_date = {date: ClaimFactory(date=date, summary=f"On {date}").pk for date in shuffled}
    expected = [by_date[date] for date in in_order]

    for size in (1, 2, 4, 9):
        assert [item["id"] for item in all_pages(api, CLAIMS, {"page_size": size})] == expected
    assert [node["databaseId"] for node in graphql_all(client, {})] == expected
    page = client.get("/?lang=en&from=").content.decode()
    assert sorted(expected, key=lambda pk: page.index(f'id="c{pk}"')) == expected
