"""The hand-curated timeline in fixtures/, loaded on the real seed texts."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from facts.models import Actor, Citation, Claim
from facts.services.fixtures import FixtureError, curated_claims_load
from tests.conftest import FIXTURES, read_fixture

pytestmark = pytest.mark.django_db


def test_the_curated_timeline_has_at_least_25_approved_claims_with_intact_citations(curated_timeline):
    claims = Claim.objects.filter(status=Claim.Status.APPROVED)

    assert claims.count() >= 25
    assert not claims.filter(citations__isnull=True).exists()
    for citation in Citation.objects.select_related("article"):
        assert citation.article.text[citation.start : citation.end] == citation.quote
        assert not citation.is_orphaned
        if citation.date_span_start is not None:
            assert citation.date_words.strip()
    assert all(claim.summary and claim.actors.exists() for claim in claims)


def test_one_fact_in_several_articles_and_languages_is_one_claim_with_one_citation_per_article(curated_timeline):
    socar = Claim.objects.get(key="socar-tamar-stake-2025")

    # Arutz Sheva (000), its Arabic translation (001), and Makor Rishon's opinion piece (002).
    articles = sorted(socar.citations.values_list("article__key", "article__language"))
    assert [key[:3] for key, _ in articles] == ["000", "001", "002"]
    assert [language for _, language in articles] == ["he", "ar", "he"]
    assert socar.date == "2025" and socar.actors.filter(slug="socar").exists()
    arabic = socar.citations.get(article__language="ar")
    assert arabic.date_words == "في عام 2025"


def test_the_gazetteer_names_the_actors_in_three_languages_with_the_seeds_spellings(curated_timeline):
    azerbaijan = Actor.objects.get(slug="azerbaijan")
    karabakh_spellings = set(Actor.objects.get(slug="nagorno-karabakh").aliases.values_list("alias", flat=True))

    assert (azerbaijan.name_he, azerbaijan.name_ar) == ("אזרבייג'ן", "أذربيجان")
    assert {"באקו", "האזרים"} <= set(azerbaijan.aliases.filter(language="he").values_list("alias", flat=True))
    assert {"נגורנו-קראבאך", "קרבאך", "נגורנו־קרבגאך"} <= karabakh_spellings
    required = [
        "socar",
        "israel-aerospace-industries",
        "mossad",
        "irgc",
        "hezbollah",
        "hamas",
        "huseyniyun",
        "osce",
        "ilham-aliyev",
        "heydar-aliyev",
        "benjamin-netanyahu",
        "shimon-peres",
        "avigdor-lieberman",
        "moshe-yaalon",
        "elmar-mammadyarov",
        "hikmet-hajiyev",
        "masoud-pezeshkian",
        "ebrahim-raisi",
        "recep-tayyip-erdogan",
        "donald-trump",
        "joe-biden",
        "marco-rubio",
        "steve-witkoff",
        "tzachi-hanegbi",
    ]
    assert set(required) <= set(Actor.objects.values_list("slug", flat=True))
    assert not Actor.objects.filter(name_he="").exists() and not Actor.objects.filter(name_ar="").exists()


def test_every_actors_hebrew_name_or_an_alias_occurs_in_the_seeds_for_cited_actors(curated_timeline):
    """Each actor a curated claim names is findable in the Hebrew or Arabic seeds by its name or an alias."""
    texts = " ".join(article.text for article in curated_timeline.values())
    for actor in Actor.objects.filter(claims__isnull=False).distinct().prefetch_related("aliases"):
        names = [actor.name_he, actor.name_ar, actor.name, *(a.alias for a in actor.aliases.all())]
        assert any(name and name in texts for name in names), actor.name


def test_loading_the_timeline_twice_keeps_curator_edits(curated_timeline):
    claim = Claim.objects.get(key="diplomatic-relations-1992-04")
    claim.summary = "Edited by a curator"
    claim.save()

    out = StringIO()
    call_command("load_timeline", str(FIXTURES), stdout=out)

    claim.refresh_from_db()
    assert claim.summary == "Edited by a curator"
    assert f"0 created, 0 replaced, {Claim.objects.count()} kept as curated" in out.getvalue()


def test_a_fixture_quote_that_is_not_in_the_article_loads_no_claim(seeded_corpus):
    call_command("load_timeline", str(FIXTURES), stdout=StringIO())
    Claim.objects.all().delete()
    entries = read_fixture("timeline.json", "claims")
    entries[-1]["citations"][0]["quote"] = "words that the article does not contain"

    with pytest.raises(FixtureError, match="quote not found"):
        curated_claims_load(entries=entries)

    assert not Claim.objects.exists()


def test_the_load_command_reports_a_missing_fixture_file(tmp_path):
    with pytest.raises(CommandError, match=r"actors\.json: no such file"):
        call_command("load_timeline", str(tmp_path), stdout=StringIO())


def test_every_curated_claim_has_a_summary_in_english_hebrew_and_arabic():
    entries = read_fixture("timeline.json", "claims")

    fields = ("summary", "summary_he", "summary_ar")
    missing = [(entry["key"], f) for entry in entries for f in fields if not entry.get(f, "").strip()]

    assert missing == []
    hebrew = re.compile("[\u0590-\u05ff]")
    arabic = re.compile("[\u0600-\u06ff]")
    assert all(hebrew.search(e["summary_he"]) and arabic.search(e["summary_ar"]) for e in entries)


def test_loading_again_fills_a_missing_translation_and_keeps_a_curator_s(curated_timeline):
    from facts.services.fixtures import curated_claims_load

    lacking = Claim.objects.get(key="lieberman-visit-2012-04")
    edited = Claim.objects.get(key="lieberman-visit-2014-04")
    Claim.objects.filter(pk=lacking.pk).update(summary_ar="")
    Claim.objects.filter(pk=edited.pk).update(summary_ar="ملخص كتبه أمين الأرشيف")

    report = curated_claims_load(entries=read_fixture("timeline.json", "claims"))

    lacking.refresh_from_db()
    edited.refresh_from_db()
    assert report.translations_added == 1
    assert lacking.summary_ar.startswith("قام وزير الخارجية أفيغدور ليبرمان")
    assert edited.summary_ar == "ملخص كتبه أمين الأرشيف"
    assert lacking.history.first().history_change_reason == "translation from the curated fixture: summary_ar"
