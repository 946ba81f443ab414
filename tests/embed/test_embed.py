import gzip
import html
import re
from dataclasses import replace
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from embed.presentation import calendar_text, density_chart, names_by_id, time_axis, timeline_item
from embed.views import TITLES
from facts.models import Claim
from facts.representation import TIMELINE_ENTRY
from facts.selectors import actor_names, claims_as_records, topic_names
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db
EMBED = "/embed/timeline/"
STATIC = Path(__file__).resolve().parents[2] / "embed" / "static" / "embed"


def item_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<li class="iaz-item" id="c(\d+)"', html)]


def test_the_embed_lists_approved_claims_in_order_with_the_api_filters(client, drafts):
    html = client.get(EMBED, {"actor": "ilham-aliyev"}).content.decode()

    expected = list(
        Claim.objects.filter(status="approved", actors__slug="ilham-aliyev")
        .chronological()
        .values_list("pk", flat=True)
    )
    assert item_ids(html) == expected
    # A draft disputing a public claim is not named beside it either.
    drafts["proposed"].disputes.add(Claim.objects.get(pk=expected[0]))
    everything = client.get(EMBED).content.decode()
    assert drafts["proposed"].pk not in item_ids(everything)
    assert "DRAFT" not in everything and f'href="#c{drafts["proposed"].pk}"' not in everything


@pytest.mark.parametrize(
    ("lang", "direction", "date_words", "summary"),
    [
        ("en", "ltr", "April 1992", "established diplomatic relations in April 1992"),
        ("he", "rtl", "אפריל 1992", "כוננו ישראל ואזרבייג&#x27;ן יחסים דיפלומטיים"),
        ("ar", "rtl", "نيسان/أبريل 1992", "أقامت إسرائيل وأذربيجان علاقات دبلوماسية"),
    ],
)
def test_the_embed_speaks_the_chosen_language_in_its_direction(
    client, curated_timeline, lang, direction, date_words, summary
):
    html = client.get(EMBED, {"lang": lang, "topic": "diplomacy", "to": "1992"}).content.decode()

    assert f'<html lang="{lang}" dir="{direction}"' in html
    assert f'<time datetime="1992-04" class="iaz-date">{date_words}</time>' in html
    assert summary in html


def test_a_missing_translation_falls_back_to_english_marked_as_english(client, curated_timeline):
    Claim.objects.filter(key="baku-defence-exhibition-2014-09").update(summary_ar="")  # not translated yet

    html = client.get(EMBED, {"lang": "ar", "actor": "moshe-yaalon"}).content.decode()

    assert '<p class="iaz-summary" lang="ar" dir="rtl">في أيلول/سبتمبر 2014' in html
    assert '<p class="iaz-summary" lang="en" dir="ltr">Ya&#x27;alon&#x27;s visit came during' in html
    assert "(بالإنجليزية)</span>" in html


def test_uncertain_dates_and_disputes_are_shown_as_such(client, curated_timeline):
    claim = Claim.objects.get(key="close-relations-three-decades")
    other = Claim.objects.get(key="israel-embassy-baku-1993")
    claim.disputes.add(other)

    html = client.get(EMBED).content.decode()

    assert '<time datetime="1995" class="iaz-date iaz-uncertain">c. 1995 – October 2025</time>' in html
    assert f'Disputed by: <a href="#c{other.pk}">' in html


def test_quotes_carry_their_language_and_markup_in_them_is_text(client):
    article = ArticleFactory(
        language="ar", text='قال <script>alert("x")</script> <img src=x onerror=alert(1)> عام 2012'
    )
    CitationFactory(article=article, quote='<script>alert("x")</script> <img src=x onerror=alert(1)>')

    html = client.get(EMBED).content.decode()

    assert '<blockquote lang="ar" dir="auto">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;' in html
    assert "<img src=x" not in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"lang": "fr"}, "lang must be one of en, he, ar"),
        ({"theme": "neon"}, "theme must be one of light, dark, auto"),
        ({"calendar": "mayan"}, "calendar must be hebrew or hijri"),
        ({"accent": "red;}</style><script>"}, "accent must be a colour like #0b5cad"),
        ({"from": "2020-2021"}, "A range of years is written with a slash"),
        ({"actor": "Atlantis"}, "Unknown actor: Atlantis."),
    ],
)
def test_bad_embed_options_are_a_400_that_says_why(client, curated_timeline, params, message):
    response = client.get(EMBED, params)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_only_the_embed_may_be_framed(client, curated_timeline):
    embed = client.get(EMBED)

    assert "X-Frame-Options" not in embed
    assert "frame-ancestors *" in embed["Content-Security-Policy"]
    assert "script-src 'self'" in embed["Content-Security-Policy"]
    for url in ("/", "/embed/", "/admin/login/", "/api/v1/claims/"):
        response = client.get(url)
        assert response["X-Frame-Options"] == "DENY", url
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url


def test_the_accent_colour_becomes_a_custom_property(client, curated_timeline):
    html = client.get(EMBED, {"accent": "#c2410c", "theme": "dark"}).content.decode()

    assert ":root { --iaz-accent: #c2410c; }" in html
    assert 'data-theme="dark"' in html


def test_the_hebrew_and_hijri_calendars_beside_the_date(curated_timeline):
    def calendar_of(key, calendar, language):
        claim = Claim.objects.get(key=key)
        return calendar_text(claim.date_start, claim.date_precision, calendar, language)

    october_22_2025 = "gaza-stabilization-force-candidate-2025-10"
    assert calendar_of(october_22_2025, "hebrew", "he") == "30 בתשרי 5786"
    assert calendar_of(october_22_2025, "hebrew", "en") == "30 Tishrei 5786"
    # Umm al-Qura, the official Hijri calendar: 30 Rabi' al-Thani (the tabular calendar says the 29th).
    assert calendar_of(october_22_2025, "hijri", "ar") == "30 ربيع الآخر 1447 هـ"
    assert calendar_of(october_22_2025, "hijri", "en") == "30 Rabi al-Thani 1447 AH"
    # Before Umm al-Qura's tables (1924-08-01): the tabular calendar.
    assert calendar_of("stalin-karabakh-autonomy-1921", "hijri", "en") == "1339–1340 AH"
    assert calendar_of("israel-embassy-baku-1993", "hebrew", "en") == "5753–5754"
    assert calendar_of("electronic-intelligence-stations-1990s", "hebrew", "en") == ""


@pytest.mark.parametrize("language", ["en", "he", "ar"])
def test_an_entry_read_in_the_timeline_shape_shows_what_the_full_record_shows(curated_timeline, language):
    claims = Claim.objects.filter(status="approved").chronological()
    full = [timeline_item(record, language=language) for record in claims_as_records(claims, viewer=None)]
    actors, topics = names_by_id(actor_names(), language), names_by_id(topic_names(), language)
    narrow = [
        timeline_item(record, language=language, actor_names=actors, topic_names=topics)
        for record in claims_as_records(claims, viewer=None, shape=TIMELINE_ENTRY)
    ]

    # The list shows no context around a quote (the claim's page does): only that is left out.
    without_context = [
        replace(item, quotes=[replace(quote, prefix="", suffix="") for quote in item.quotes]) for item in full
    ]
    assert narrow == without_context
    assert sum(len(item.actors) for item in narrow) > len(narrow) and any(item.topics for item in narrow)


def test_the_time_axis_places_entries_in_proportion_to_time(curated_timeline):
    records = claims_as_records(Claim.objects.filter(status="approved").chronological(), viewer=None)
    items = [timeline_item(record, language="en") for record in records]

    items[3] = replace(items[3], start="")  # as an entry open at its start ("../2001")
    axis = time_axis(items)

    dated = [item for item in items if item.start]
    assert len(axis.marks) == len(dated) == len(items) - 1  # an entry open at its start has no place
    assert [pk for pk, _ in axis.marks] == [item.pk for item in dated]
    at = dict(axis.marks)
    assert at[dated[0].pk] >= 0 and at[dated[-1].pk] <= 100
    # Ten years apart are ten times as far apart as one year apart: proportion, not order.
    years = dict(axis.ticks)
    assert len(years) <= 12 and 2000 in years and 2010 in years
    assert at[dated[-1].pk] > years[2020]
    step = sorted(years)[1] - sorted(years)[0]
    assert all(
        abs((years[y + step] - years[y]) - (years[2010] - years[2000]) * step / 10) < 0.05
        for y in years
        if y + step in years
    )


def test_only_the_horizontal_layout_has_a_time_axis(client, curated_timeline):
    assert 'class="iaz-axis"' in client.get(EMBED, {"layout": "horizontal"}).content.decode()
    assert 'class="iaz-axis"' not in client.get(EMBED).content.decode()
    assert 'class="iaz-axis"' not in client.get("/").content.decode()


def test_the_density_chart_counts_claims_per_year(curated_timeline):
    records = claims_as_records(Claim.objects.filter(status="approved"), viewer=None)
    items = [timeline_item(record, language="en") for record in records]

    chart = density_chart(items)

    assert (chart.first_year, chart.last_year) == (1920, 2025)
    per_year_2009 = [bar for bar in chart.bars if bar.title.startswith("2009:")]
    # Peres's visit, Iran's reaction to it, the Turkey–Armenia protocols, the end of term limits.
    assert sum(int(bar.title.split(":")[1].split("—")[0]) for bar in per_year_2009) == 4
    assert all(0 <= bar.y <= chart.height and bar.height > 0 for bar in chart.bars)


@pytest.mark.parametrize("url", [EMBED, "/"])
def test_the_chart_is_drawn_with_decimal_points_for_a_reader_whose_browser_asks_for_arabic(
    client, curated_timeline, url
):
    # Django localizes numbers in templates: in the Arabic locale 78.5 would be written "78,5", which is
    # no SVG coordinate. The chart's numbers are written as Python writes them.
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="ar").content.decode()

    rects = re.findall(r'<rect x="([^"]*)" y="([^"]*)" width="([^"]*)" height="([^"]*)"', html)
    assert rects
    assert all(re.fullmatch(r"\d+(\.\d+)?", number) for rect in rects for number in rect)


def test_the_embed_query_count_does_not_grow_with_the_number_of_claims(client, curated_timeline):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(EMBED, {"lang": "he"}).status_code == 200
        return len(captured)

    with_seeds = queries()
    for _ in range(30):
        CitationFactory()

    assert queries() == with_seeds


def test_oembed_answers_rich_json_within_maxwidth(client, curated_timeline):
    body = client.get(
        "/oembed", {"url": "http://testserver/?actor=israel&lang=he", "maxwidth": 400, "maxheight": 300}
    ).json()

    assert body["type"] == "rich" and body["version"] == "1.0"
    assert (body["width"], body["height"]) == (400, 300)
    assert 'src="http://testserver/embed/timeline/?actor=israel&amp;lang=he"' in body["html"]
    assert body["title"] == TITLES["he"] and f'title="{escape(TITLES["he"])}"' in body["html"]  # its language


def test_oembed_titles_a_timeline_without_a_language_in_english(client, curated_timeline):
    assert client.get("/oembed", {"url": "http://testserver/"}).json()["title"] == TITLES["en"]


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"url": "http://elsewhere.example/"}, 404),
        ({"url": "http://testserver/admin/"}, 404),
        ({}, 404),
        ({"url": "http://testserver/", "format": "xml"}, 501),
        ({"url": "http://testserver/", "maxwidth": "wide"}, 400),
    ],
)
def test_oembed_refuses_what_it_cannot_embed(client, params, status):
    assert client.get("/oembed", params).status_code == status


def test_public_pages_advertise_oembed(client, curated_timeline):
    for url in ("/", EMBED):
        html = client.get(url).content.decode()
        assert '<link rel="alternate" type="application/json+oembed" href="http://testserver/oembed?url=' in html


def test_the_builder_shows_escaped_code_for_the_chosen_options(client, curated_timeline):
    html = client.get("/embed/", {"actor": "israel", "lang": "he", "q": '"><script>x</script>'}).content.decode()

    assert "data-actor=&quot;israel&quot;" in html and "data-lang=&quot;he&quot;" in html
    assert "<script>x</script>" not in html
    assert 'id="preview" src="http://testserver/embed/timeline/?actor=israel' in html


def test_the_embed_js_and_css_fit_the_15_kb_budget():
    assets = ["embed.css", "timeline.js", "loader.js"]
    gzipped = sum(len(gzip.compress((STATIC / name).read_bytes(), compresslevel=9)) for name in assets)

    assert gzipped <= 15 * 1024, f"{gzipped} bytes gzipped"


@pytest.mark.parametrize(("language", "comma"), [("ar", "، "), ("he", ", "), ("en", ", ")])
def test_a_claim_page_lists_its_actors_with_the_comma_of_its_language(client, curated_timeline, language, comma):
    from django.db.models import Count

    claim = Claim.objects.filter(status="approved").annotate(n=Count("actors")).filter(n__gte=2).order_by("pk").first()

    page = client.get(f"/claims/{claim.pk}/", {"lang": language}).content.decode()

    who = page[page.index("<dd>", page.index("iaz-meta") if "iaz-meta" in page else 0) :]
    listed = who[: who.index("</dd>")]
    assert listed.count("</bdi>" + comma + "<bdi>") == claim.n - 1, listed


@pytest.mark.parametrize(
    ("edtf", "datetime_attribute"),
    [
        ("1992-04-07", "1992-04-07"),
        ("1992-04", "1992-04"),
        ("1992", "1992"),
        ("1992-21", "1992"),  # a season: its year
        ("1992/2001", "1992"),
        ("1992-04/..", "1992-04"),
        ("199X", None),  # a decade: words only
    ],
)
def test_a_date_s_time_element_says_it_at_its_own_precision(client, edtf, datetime_attribute):
    claim = CitationFactory(claim__status="approved", claim__date=edtf).claim

    page = client.get(f"/claims/{claim.pk}/").content.decode()

    title = page[page.index('<h1 class="iaz-title">') :]
    title = title[: title.index("</h1>")]
    if datetime_attribute is None:
        assert "<time" not in title and 'class="iaz-date' in title
    else:
        assert f'<time datetime="{datetime_attribute}"' in title


@pytest.mark.parametrize(
    ("first", "last", "marks"),
    [
        (1920, 2025, [1920, 1940, 1960, 1980, 2000, 2020]),  # every 20 years: at most eight labels
        (1991, 2025, [1995, 2000, 2005, 2010, 2015, 2020, 2025]),
        (2020, 2024, [2020, 2021, 2022, 2023, 2024]),
        (2021, 2021, [2021]),
    ],
)
def test_the_density_chart_marks_round_years_under_their_bars(first, last, marks):
    from embed.presentation import year_marks

    placed = year_marks(first, last)

    assert [year for _, year in placed] == marks
    span = last - first + 1
    assert all(abs(left - (year - first + 0.5) * 100 / span) < 0.01 for left, year in placed)


def test_the_public_page_s_chart_has_year_marks_and_placeholders_that_are_not_values(client, curated_timeline):
    page = client.get("/", {"lang": "he"}).content.decode()

    ticks = page[page.index('class="iaz-ticks"') :].split("</div>")[0]
    assert ticks.count("<span") >= 2
    assert 'placeholder="למשל 1992"' in page


def test_a_claim_page_advertises_oembed_and_embeds_as_a_quotation_in_its_language(client, curated_timeline):
    claim = Claim.objects.filter(status="approved").exclude(summary_he="").first()
    page = client.get(f"/claims/{claim.pk}/", {"lang": "he"}).content.decode()
    discovery = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page)
    assert discovery, "no oEmbed discovery link on the claim page"

    answer = client.get(html.unescape(discovery[1]).removeprefix("http://testserver")).json()

    assert answer["type"] == "rich" and answer["version"] == "1.0" and answer["height"] > 0
    assert claim.summary_he in answer["title"] and escape(claim.summary_he) in answer["html"]
    assert 'lang="he" dir="rtl"' in answer["html"] and f"/claims/{claim.pk}/?lang=he" in answer["html"]


def test_a_draft_claim_has_no_oembed(client, curated_timeline):
    draft = Claim.objects.create(summary="<b>unwritten</b>", date="2020", status="proposed")
    answer = client.get("/oembed", {"url": f"http://testserver/claims/{draft.pk}/"})

    assert answer.status_code == 404 and "unwritten" not in answer.content.decode()


@pytest.mark.parametrize("url", ["/", EMBED, "/?lang=he", EMBED + "?layout=horizontal"])
def test_the_timeline_s_entries_stand_in_one_main_landmark(client, curated_timeline, url):
    html = client.get(url).content.decode()

    assert html.count("<main") == 1 and html.index("<main") < html.index('<ol class="iaz-list"') < html.index("</main>")
