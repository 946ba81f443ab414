import csv
import datetime as dt
import io
import json

import pytest
from django.utils import timezone

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db


def test_timelinejs_export_keeps_precision_and_marks_uncertain_dates(client, curated_timeline):
    document = client.get("/api/v1/exports/timelinejs.json").json()

    events = {event["unique_id"]: event for event in document["events"]}
    assert len(events) == Claim.objects.filter(status="approved").count()
    assert events["claim-peres-visit-2009-05"]["start_date"] == {"year": 2009, "month": 5}
    assert "display_date" not in events["claim-peres-visit-2009-05"]
    decade = events["claim-electronic-intelligence-stations-1990s"]
    assert decade["display_date"] == "the 1990s" and decade["end_date"]["year"] == 1999
    assert events["claim-close-relations-three-decades"]["display_date"] == "c. 1995 – October 2025"
    assert events["claim-section-907-since-1992"]["display_date"] == "since 1992"
    assert "end_date" not in events["claim-section-907-since-1992"]


def test_timelinejs_export_in_hebrew_and_arabic(client, curated_timeline):
    hebrew = client.get("/api/v1/exports/timelinejs.json", {"lang": "he", "actor": "yaalon"}).json()
    arabic = client.get("/api/v1/exports/timelinejs.json", {"lang": "ar"}).json()

    assert hebrew["events"][0]["text"]["headline"].startswith("בספטמבר 2014")
    assert arabic["title"]["text"]["headline"] == "العلاقات الإسرائيلية الأذربيجانية"
    assert client.get("/api/v1/exports/timelinejs.json", {"lang": "fr"}).status_code == 400


def test_markup_in_a_quote_is_escaped_in_the_timelinejs_export(client):
    article = ArticleFactory(text="He said <img src=x onerror=alert(1)> in 2012.")
    CitationFactory(article=article, quote="<img src=x onerror=alert(1)>", claim__summary="<b>bold</b>")

    event = client.get("/api/v1/exports/timelinejs.json").json()["events"][0]

    assert "<img" not in event["text"]["text"] and "&lt;img src=x onerror=alert(1)&gt;" in event["text"]["text"]
    assert event["text"]["headline"] == "&lt;b&gt;bold&lt;/b&gt;"


def test_csv_export_has_one_row_per_claim_and_defuses_formulas(client):
    article = ArticleFactory(text='=HYPERLINK("http://evil") said someone in 1992.')
    CitationFactory(article=article, quote='=HYPERLINK("http://evil")', claim__summary="-2+3 is a formula too")

    response = client.get("/api/v1/exports/timeline.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert len(rows) == 1
    assert rows[0]["quotes"] == '\'=HYPERLINK("http://evil")' and rows[0]["summary"] == "'-2+3 is a formula too"


def test_ical_export_has_all_day_events_with_exclusive_ends(client, curated_timeline):
    body = client.get("/api/v1/exports/timeline.ics", {"actor": "moshe-yaalon"}).content.decode()

    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.endswith("END:VCALENDAR\r\n")
    assert body.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20140901\r\nDTEND;VALUE=DATE:20141001" in body
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


def test_jsonld_exports_describe_claims_with_schema_org(client, curated_timeline):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")

    single = json.loads(client.get(f"/api/v1/claims/{claim.pk}/jsonld/").content)
    listing = json.loads(client.get("/api/v1/exports/timeline.jsonld", {"topic": "energy"}).content)

    assert single["@context"] == "https://schema.org" and single["@type"] == "Claim"
    assert single["temporalCoverage"] == "2025"
    assert {c["inLanguage"] for c in single["citation"]} == {"he", "ar"}
    assert listing["@type"] == "ItemList"
    assert [item["position"] for item in listing["itemListElement"]] == list(
        range(1, len(listing["itemListElement"]) + 1)
    )


def test_exports_never_contain_drafts(client, drafts):
    for url in ("/api/v1/exports/timelinejs.json", "/api/v1/exports/timeline.csv", "/api/v1/exports/timeline.ics",
                "/api/v1/exports/timeline.jsonld"):  # fmt: skip
        body = client.get(url).content.decode()
        assert "DRAFT" not in body and "REJECTED" not in body, url
    assert client.get(f"/api/v1/claims/{drafts['proposed'].pk}/jsonld/").status_code == 404


def test_exports_validate_their_filters(client, curated_timeline):
    response = client.get("/api/v1/exports/timeline.csv", {"from": "not a date"})

    assert response.status_code == 400 and "from" in response.json()


def test_the_change_feed_lists_updates_and_withdrawals(client, curator, curated_timeline):
    since = timezone.now()
    edited = Claim.objects.get(key="peres-visit-2009-05")
    edited.summary += " (edited)"
    edited.save()
    withdrawn = Claim.objects.get(key="lieberman-visit-2012-04")
    withdrawn.status = Claim.Status.REJECTED
    withdrawn.save()
    deleted = Claim.objects.get(key="term-limits-abolished-2009")
    deleted_id = deleted.pk
    deleted.delete()

    feed = client.get("/api/v1/changes/", {"since": since.isoformat()}).json()

    assert [claim["key"] for claim in feed["updated"]] == ["peres-visit-2009-05"]
    assert feed["withdrawn"] == sorted([withdrawn.pk, deleted_id])
    assert feed["truncated"] is False
    assert dt.datetime.fromisoformat(feed["as_of"].replace("Z", "+00:00")) >= since


def test_the_change_feed_requires_a_valid_since(client):
    assert "since" in client.get("/api/v1/changes/").json()
    assert client.get("/api/v1/changes/", {"since": "yesterday"}).status_code == 400


def test_csv_names_each_cited_article_by_its_title_and_url(client, curated_timeline):
    claim = Claim.objects.get(key="socar-tamar-stake-2025")
    articles = [citation.article for citation in claim.citations.select_related("article").order_by("pk")]

    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/exports/timeline.csv").content.decode("utf-8-sig"))))

    [row] = [row for row in rows if row["key"] == "socar-tamar-stake-2025"]
    assert row["articles"] == " | ".join(article.title for article in articles)
    assert row["article_urls"] == " | ".join(article.url for article in articles)
    assert "000_18c52e3422456bef" not in row["articles"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/exports/timelinejs.json",
        "/api/v1/exports/timeline.csv",
        "/api/v1/exports/timeline.ics",
        "/api/v1/exports/timeline.jsonld",
        "/api/v1/exports/sources.bib",
        "/api/v1/feeds/changes.atom",
        "/api/v1/feeds/changes.json",
        "/embed.js",
    ],
)
def test_head_on_an_export_answers_as_get_does_without_the_body(client, curated_timeline, path):
    got, head = client.get(path), client.head(path)

    assert (got.status_code, head.status_code) == (200, 200)
    assert head["Content-Type"] == got["Content-Type"]
    assert head.get("Content-Disposition") == got.get("Content-Disposition")
    assert head.content == b""


@pytest.mark.parametrize(
    ("query", "name"),
    [("", "israel-azerbaijan-timeline-api.yaml"), ("?format=json", "israel-azerbaijan-timeline-api.json")],
)
def test_the_contract_downloads_under_an_ascii_name(client, query, name):
    response = client.get("/api/schema/" + query)

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'inline; filename="{name}"'  # plain: curl -OJ and browsers take it
