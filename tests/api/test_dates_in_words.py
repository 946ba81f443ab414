"""`from` and `to` take dates the way people write them, in three languages, at their precision; the
response says how it read them; a phrase it cannot read is a 400 naming the parameter."""

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db
TIMELINE = "/api/v1/timeline/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [claim["id"] for claim in response.json()["results"]]


@pytest.mark.parametrize(
    ("start", "end"),
    [("September 2014", "Sept. 2014"), ("ספטמבר 2014", "בספטמבר 2014"), ("أيلول 2014", "سبتمبر 2014")],
)
def test_a_month_in_words_filters_as_that_month_in_edtf(client, curated_timeline, start, end):
    as_edtf = ids(client.get(TIMELINE, {"from": "2014-09", "to": "2014-09", "page_size": 100}))
    assert as_edtf

    response = client.get(TIMELINE, {"from": start, "to": end, "page_size": 100})

    assert ids(response) == as_edtf
    assert response["X-Dates-Read-As"] == "from=2014-09, to=2014-09"


def test_a_relative_phrase_is_read_against_today(client, curated_timeline):
    last_year = timezone.localdate().year - 1

    response = client.get(TIMELINE, {"from": "last year"})

    assert response.status_code == 200 and response["X-Dates-Read-As"] == f"from={last_year}"


def test_edtf_is_taken_as_it_is_and_not_reported(client, curated_timeline):
    response = client.get(TIMELINE, {"from": "2014-09"})

    assert response.status_code == 200 and "X-Dates-Read-As" not in response


@pytest.mark.parametrize("path", [TIMELINE, "/api/v1/claims/", "/api/v1/exports/timeline.csv"])
def test_an_unreadable_phrase_is_a_400_naming_the_parameter(client, curated_timeline, path):
    response = client.get(path, {"to": "when pigs fly"})

    assert response.status_code == 400
    assert "Could not read 'when pigs fly' as a date" in " ".join(response.json()["to"])


def test_exports_say_how_they_read_the_dates(client, curated_timeline):
    response = client.get("/api/v1/exports/timeline.ics", {"from": "מאי 2023"})

    assert response.status_code == 200 and response["X-Dates-Read-As"] == "from=2023-05"


def test_graphql_takes_dates_in_words_and_says_how_it_read_them(client, curated_timeline):
    query = '{ timeline(from: "ספטמבר 2014", to: "أيلول 2014") { edges { node { key } } } }'

    response = client.post("/graphql", {"query": query}, content_type="application/json")

    keys = {edge["node"]["key"] for edge in response.json()["data"]["timeline"]["edges"]}
    assert "yaalon-visit-2014-09" in keys
    assert response["X-Dates-Read-As"] == "from=2014-09, to=2014-09"
