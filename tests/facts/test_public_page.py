import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db


def test_the_public_page_lists_approved_claims_in_chronological_order(client, curated_timeline):
    Claim.objects.filter(key="socar-tamar-stake-2025").update(status=Claim.Status.PROPOSED)
    hidden = Claim.objects.get(key="socar-tamar-stake-2025")

    response = client.get("/", {"from": ""})  # the whole timeline, the years before 1991 too

    html = response.content.decode()
    items = response.context["items"]
    assert response.status_code == 200
    assert {item.pk for item in items} == set(Claim.objects.filter(status="approved").values_list("pk", flat=True))
    assert hidden.pk not in {item.pk for item in items}
    assert [i.start for i in items if i.start] == sorted(i.start for i in items if i.start)
    positions = [html.index(f'<time datetime="{day}"') for day in ("1921", "1992-04", "2014-09", "2025-10-22")]
    assert positions == sorted(positions)
    assert '<time datetime="1992-04" class="iaz-date">April 1992</time>' in html
    assert '<blockquote lang="ar" dir="auto">' in html


def test_the_page_opens_on_the_years_from_1991_with_the_earlier_history_one_link_away(client, curated_timeline):
    import re
    from html import unescape

    opened = client.get("/", {"lang": "he", "actor": "armenia"})
    everything = client.get("/", {"lang": "he", "actor": "armenia", "from": ""})

    html = opened.content.decode()
    assert opened.context["filters"]["from"] == "1991"
    assert '<input name="from" size="8" value="1991"' in html  # a value the reader sees and can clear
    assert all(item.end >= "1991" for item in opened.context["items"] if item.end)
    earlier = {item.pk for item in everything.context["items"]} - {item.pk for item in opened.context["items"]}
    assert earlier and all(item.end < "1991" for item in everything.context["items"] if item.pk in earlier)

    # The notice says so and its link is the same view without the default; the links that carry the state
    # (exports, languages) carry it in both views.
    def entries(query: str) -> list[str]:  # from the HTML: a page served from the cache has no context
        return re.findall(r'<li class="iaz-item" id="(c\d+)"', client.get("/" + query).content.decode())

    link = unescape(re.search(r'<p class="iaz-default">[^<]*<a href="([^"]+)"', html)[1])
    assert entries(link) == [f"c{item.pk}" for item in everything.context["items"]]
    assert "from=1991" in html.split('class="iaz-exports"')[1].split("</p>")[0]
    other = everything.content.decode()
    assert 'class="iaz-default"' not in other
    switch = [unescape(href) for href in re.findall(r'<a href="(\?[^"]+)" lang="\w\w"', other)]
    assert len(switch) == 3 and all("from=&" in href or href.endswith("from=") for href in switch)
    assert all(len(entries(href)) == len(everything.context["items"]) for href in switch)


def test_drafts_never_appear_on_the_public_page_even_for_a_logged_in_curator(curator_client):
    CitationFactory(claim__status=Claim.Status.PROPOSED, claim__summary="A proposed draft")
    CitationFactory(claim__status=Claim.Status.REJECTED, claim__summary="A rejected claim")
    CitationFactory(claim__status=Claim.Status.APPROVED, claim__summary="An approved claim")

    html = curator_client.get("/").content.decode()

    assert "An approved claim" in html
    assert "A proposed draft" not in html and "A rejected claim" not in html


def test_quotes_and_titles_are_escaped_on_the_public_page(client):
    article = ArticleFactory(
        title="<b>Title</b>", text="Before <script>alert(1)</script><img src=x onerror=alert(2)> after"
    )
    CitationFactory(article=article, quote="<script>alert(1)</script><img src=x onerror=alert(2)>")

    html = client.get("/").content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>Title</b>" not in html


def test_the_public_page_query_count_does_not_grow_with_the_number_of_claims(client):
    def queries_for_page() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/").status_code == 200
        return len(captured)

    CitationFactory()
    with_one = queries_for_page()
    for _ in range(20):
        CitationFactory()

    assert queries_for_page() == with_one
