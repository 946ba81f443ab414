"""The timeline's changes as feed readers read them: Atom and JSON Feed for any filter of the timeline, parsed
by feedparser without complaint, linked from / and the claim pages, withdrawn claims as entries under the
same ids without their words; drafts never in the public's feed."""

import json

import feedparser
import pytest

from facts.models import Claim
from facts.services import claims as claim_services

pytestmark = pytest.mark.django_db
ATOM = "/api/v1/feeds/changes.atom"
JSON_FEED = "/api/v1/feeds/changes.json"


def parsed(client, path: str = ATOM, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content[:300]
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_the_atom_feed_is_well_formed_and_follows_the_filters(client, curated_timeline):
    response, feed = parsed(client, topic="energy", lang="he")

    energy = Claim.objects.public().filter(topics__slug="energy").distinct()
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.feed.language == "he" and feed.version == "atom10"
    assert {entry.id.rsplit("/", 2)[-2] for entry in feed.entries} == {
        str(pk) for pk in energy.values_list("pk", flat=True)
    }
    first = Claim.objects.get(pk=int(feed.entries[0].id.rsplit("/", 2)[-2]))
    assert feed.entries[0].title == first.summary_he  # the summary in the feed's language
    updated = [entry.updated_parsed for entry in feed.entries]
    assert updated == sorted(updated, reverse=True)


def test_the_json_feed_holds_the_same_entries(client, curated_timeline):
    _, atom = parsed(client, topic="energy")
    response = client.get(JSON_FEED, {"topic": "energy"})
    document = json.loads(response.content)

    assert response["Content-Type"].startswith("application/feed+json")
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert [item["id"] for item in document["items"]] == [entry.id for entry in atom.entries]
    # JSON Feed 1.1's requirements (feedparser 6.0 reads XML feeds only): a title, and per item an id and content.
    assert document["title"] and document["feed_url"].endswith("/api/v1/feeds/changes.json?topic=energy")
    assert all(item["id"] and item["content_text"] and item["date_modified"] for item in document["items"])


def test_a_withdrawn_claim_is_an_entry_under_its_id_without_its_words(client, curated_timeline, curator):
    claim = Claim.objects.public().filter(topics__slug="energy").first()
    claim_services.claim_update(claim=claim, by=curator, status=Claim.Status.REJECTED)

    _, feed = parsed(client, topic="energy")

    [entry] = [entry for entry in feed.entries if entry.id.endswith(f"/claims/{claim.pk}/")]
    assert entry.title.startswith("Withdrawn from the timeline")
    assert claim.summary not in json.dumps(feed.entries, default=str)
    assert feed.entries[0].id == entry.id  # the newest change


def test_drafts_are_not_in_the_public_s_feed(client, drafts):
    _, feed = parsed(client)

    ids = {entry.id for entry in feed.entries}
    assert not any(entry.endswith(f"/claims/{drafts['proposed'].pk}/") for entry in ids)


def test_bad_filters_are_a_400_naming_the_parameter(client):
    response = client.get(ATOM, {"from": "not a date"})

    assert response.status_code == 400 and "from" in response.json()


def test_the_feeds_are_linked_from_the_timeline_and_the_claim_pages(client, curated_timeline):
    page = client.get("/", {"topic": "energy", "from": "2010", "lang": "ar"}).content.decode()
    claim = Claim.objects.public().first()
    claim_page = client.get(f"/claims/{claim.pk}/").content.decode()

    query = "?topic=energy&amp;from=2010&amp;lang=ar"  # the page's filters, its period included
    assert f'<link rel="alternate" type="application/atom+xml" href="/api/v1/feeds/changes.atom{query}"' in page
    assert f'type="application/feed+json" href="/api/v1/feeds/changes.json{query}"' in page
    assert 'type="application/atom+xml" href="/api/v1/feeds/changes.atom?lang=' in claim_page
