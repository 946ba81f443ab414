"""The public timeline at / in the reader's language, to search, filter, link to and download; a page per
approved claim; nothing else public."""

import json
import re

import pytest
from django.utils.html import escape

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db


def test_the_page_takes_the_language_from_lang_or_accept_language(client, curated_timeline):
    asked = client.get("/", {"lang": "he"})
    preferred = client.get("/", HTTP_ACCEPT_LANGUAGE="ar-EG,ar;q=0.9,en;q=0.5")
    unknown = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")

    assert '<html lang="he" dir="rtl"' in asked.content.decode()
    assert '<html lang="ar" dir="rtl"' in preferred.content.decode()
    assert '<html lang="en" dir="ltr"' in unknown.content.decode()
    assert "Accept-Language" in preferred["Vary"]
    switch = re.findall(r'<a href="(\?[^"]*)" lang="(\w\w)" hreflang', asked.content.decode())
    assert {code for _, code in switch} == {"en", "he", "ar"}


def test_a_summary_shown_in_another_language_is_marked(client, curated_timeline):
    without_hebrew = Claim.objects.filter(status="approved", summary_he="").first()
    if without_hebrew is None:
        without_hebrew = Claim.objects.filter(status="approved").first()
        Claim.objects.filter(pk=without_hebrew.pk).update(summary_he="")

    html = client.get("/", {"lang": "he", "from": ""}).content.decode()

    item = html[html.index(f'id="c{without_hebrew.pk}"') :]
    item = item[: item.index("</li>")]
    assert 'lang="en"' in item and "(באנגלית)" in item


def test_search_filters_and_exports_follow_the_query(client, curated_timeline):
    response = client.get("/", {"q": "Ya'alon", "language": "he"})

    html = response.content.decode()
    keys = set(
        Claim.objects.filter(pk__in=[item.pk for item in response.context["items"]]).values_list("key", flat=True)
    )
    assert "yaalon-visit-2014-09" in keys and len(keys) < Claim.objects.filter(status="approved").count()
    assert 'name="q" value="Ya&#x27;alon"' in html and '<option value="he" selected>' in html
    [csv_link] = re.findall(r'href="(/api/v1/exports/timeline\.csv\?[^"]*)"', html)
    assert "q=Ya%27alon" in csv_link and "language=he" in csv_link
    assert 'class="iaz-chart"' in html


def test_each_entry_links_to_its_page(client, curated_timeline):
    claim = Claim.objects.get(key="yaalon-visit-2014-09")

    html = client.get("/").content.decode()
    embed = client.get("/embed/timeline/", {"lang": "ar"}).content.decode()

    assert f'href="http://testserver/claims/{claim.pk}/?lang=en"' in html
    assert f'href="http://testserver/claims/{claim.pk}/?lang=ar" target="_blank"' in embed


def test_a_claim_page_shows_three_summaries_every_quote_in_context_and_json_ld(client, curated_timeline):
    claim = Claim.objects.get(key="yaalon-visit-2014-09")
    citation = claim.citations.select_related("article").first()

    response = client.get(f"/claims/{claim.pk}/", {"lang": "he"})

    html = response.content.decode()
    assert response.status_code == 200 and '<html lang="he" dir="rtl"' in html
    assert f'<dd lang="he" dir="rtl">{escape(claim.summary_he)}</dd>' in html
    assert f'<dd lang="en" dir="ltr">{escape(claim.summary)}</dd>' in html
    assert f"<mark>{escape(citation.quote)}</mark>" in html and escape(citation.article.title) in html
    document = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert document["@type"] == "Claim" and document["@id"] == f"http://testserver/claims/{claim.pk}/"


@pytest.mark.parametrize("status", [Claim.Status.PROPOSED, Claim.Status.REJECTED])
def test_a_claim_that_is_not_public_has_no_page_even_for_a_curator(curator_client, client, status):
    claim = CitationFactory(claim__status=status).claim

    assert client.get(f"/claims/{claim.pk}/").status_code == 404
    assert curator_client.get(f"/claims/{claim.pk}/").status_code == 404
    assert client.get("/claims/999999/").status_code == 404


def test_nothing_in_a_claim_closes_its_json_ld_block(client):
    article = ArticleFactory(text="He said </script><script>alert(1)</script> in 1992.")
    claim = CitationFactory(
        article=article, quote="</script><script>alert(1)</script>", claim__summary="</script><b>x</b>"
    ).claim

    html = client.get(f"/claims/{claim.pk}/").content.decode()

    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and json.loads(block)["text"][0]["@value"].startswith("</script>")
    assert "<script>alert(1)" not in html


def test_a_compact_layout_and_a_bad_one(client, curated_timeline):
    compact = client.get("/embed/timeline/", {"layout": "compact"})
    bad = client.get("/embed/timeline/", {"layout": "sideways"})

    assert compact.status_code == 200 and 'data-layout="compact"' in compact.content.decode()
    assert bad.status_code == 400 and "layout must be one of list, compact" in bad.content.decode()


def test_the_builder_gives_a_highest_height_and_the_layout_to_both_codes(client, curated_timeline):
    context = client.get("/embed/", {"layout": "compact", "max_height": "500", "lang": "he"}).context

    assert 'data-layout="compact"' in context["script_code"] and 'data-max-height="500"' in context["script_code"]
    assert "layout=compact" in context["iframe_code"] and 'height="500"' in context["iframe_code"]
    assert "max-height" not in client.get("/embed/", {"max_height": "tall"}).context["script_code"]


@pytest.mark.parametrize("path", ["/", "/embed/timeline/?lang=he"])
def test_public_pages_are_kept_in_the_cache_until_public_data_changes(client, curated_timeline, curator, path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from facts.services.claims import claims_approve

    first = client.get(path)
    with CaptureQueriesContext(connection) as again:
        second = client.get(path)
    assert second.content == first.content
    assert len(again) == 1  # when the data last changed; the page itself from the cache

    draft = CitationFactory(claim__status=Claim.Status.PROPOSED, claim__summary="A claim approved just now").claim
    assert client.get(path).content == first.content  # a draft changes nothing the public sees
    claims_approve(claims=Claim.objects.filter(pk=draft.pk), by=curator)

    assert "A claim approved just now" in client.get(path).content.decode()


def test_the_workers_share_rendered_pages_through_redis(client, curated_timeline, settings):
    """As docker-compose runs it (CACHE_URL=redis://…): a real Redis on 127.0.0.1, database 13."""
    import redis
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    server = redis.Redis.from_url("redis://127.0.0.1:6379/13")
    server.flushdb()
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/13"}
    }
    try:
        first = client.get("/", {"lang": "ar"})
        assert server.dbsize() >= 1
        with CaptureQueriesContext(connection) as again:
            second = client.get("/", {"lang": "ar"})
        assert second.content == first.content and len(again) == 1
    finally:
        server.flushdb()


def test_the_page_and_the_embed_say_how_they_read_dates_in_words(client, curated_timeline):
    page = client.get("/", {"from": "ספטמבר 2014", "to": "ספטמבר 2014", "lang": "he"})
    embed = client.get("/embed/timeline/", {"from": "September 2014", "lang": "en"})

    assert "משנת: <bdi>ספטמבר 2014</bdi> · עד שנת: <bdi>ספטמבר 2014</bdi>" in page.content.decode()
    assert {item.pk for item in page.context["items"]} == set(
        Claim.objects.filter(status="approved", date_start__lte="2014-09-30", date_end__gte="2014-09-01").values_list(
            "pk", flat=True
        )
    )
    assert "From: <bdi>September 2014</bdi>" in embed.content.decode()


@pytest.mark.parametrize(
    ("params", "field", "expected"),
    [
        ({"from": "when pigs fly", "lang": "he"}, "from", "לא הצלחנו לקרוא את התאריך"),
        ({"from": "2020", "to": "2010", "lang": "ar"}, "to", "تنتهي هذه الفترة قبل أن تبدأ"),
        ({"from": "2020-2021", "lang": "en"}, "from", "A range of years is written with a slash"),
    ],
)
def test_a_filter_that_cannot_be_read_shows_the_page_with_the_reason_in_the_reader_s_language(
    client, curated_timeline, params, field, expected
):
    response = client.get("/", params)
    page = response.content.decode()

    assert response.status_code == 400 and response["Content-Type"].startswith("text/html")
    problem = page[page.index(f'id="iaz-problem-{field}"') :]
    assert expected in problem[: problem.index("</p>")]
    assert f'aria-describedby="iaz-problem-{field}"' in page  # beside its field, which keeps what was typed
    assert 'class="iaz-list"' in page  # the page around it: the list, with the other filters applied
    assert "from=" not in page[page.index("iaz-exports") :].split("</p>")[0] or field == "to"


def test_an_unknown_actor_is_named_above_the_filters(client, curated_timeline):
    response = client.get("/", {"actor": "atlantis", "lang": "en"})

    assert response.status_code == 400
    assert "Unknown actor: atlantis." in response.content.decode()


@pytest.mark.parametrize(("lang", "label"), [("en", "Entries"), ("he", "רשומות"), ("ar", "المدخلات")])
def test_the_count_is_labelled_so_that_no_plural_has_to_agree_with_it(client, curated_timeline, lang, label):
    page = client.get("/", {"lang": lang, "q": "Ya'alon"}).content.decode()

    shown = page.count('<span class="iaz-shown">')
    assert shown == 2 and page.count(f'{label}: <span class="iaz-shown">') == shown
    assert " entries" not in page.replace("No entries match.", "")


def test_the_download_links_download_rather_than_open_in_the_tab(client, curated_timeline):
    page = client.get("/").content.decode()

    exports = page[page.index('class="iaz-exports"') :].split("</p>")[0]
    assert exports.count("<a ") == exports.count(" download>") == 4


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "No such entry"), ("he", "אין רשומה כזו"), ("ar", "لا يوجد مدخل كهذا")]
)
def test_a_claim_that_is_not_public_is_a_404_page_in_the_reader_s_language(client, lang, words, settings):
    settings.DEBUG = True  # as `make run` has it: still this page, not Django's debug page
    proposal = CitationFactory(claim__status="proposed").claim

    response = client.get(f"/claims/{proposal.pk}/", {"lang": lang})

    page = response.content.decode()
    assert response.status_code == 404 and f'<html lang="{lang}"' in page and words in page
    assert proposal.summary not in page
