"""Storing proposals: idempotent, one claim across a translation, never over a curator's decision."""

from io import StringIO

import pytest
from django.core.management import call_command

from facts.models import Claim
from facts.services.extraction import article_extract
from tests.conftest import SEEDS

pytestmark = pytest.mark.django_db


def test_ingest_proposes_claims_once_and_a_second_run_changes_nothing(curated_timeline):
    first, second = StringIO(), StringIO()

    call_command("ingest", str(SEEDS), stdout=first)
    rows = sorted(Claim.objects.values_list("id", "status", "date", "summary"))
    call_command("ingest", str(SEEDS), stdout=second)

    assert Claim.objects.filter(status="proposed", origin__startswith="extraction").count() > 20
    assert sorted(Claim.objects.values_list("id", "status", "date", "summary")) == rows
    assert "0 proposed, 0 joined" in second.getvalue()
    assert "[5/5] extracted" in first.getvalue()


def test_a_translation_adds_its_citation_to_the_originals_claim(seeded_with_gazetteer):
    corpus = seeded_with_gazetteer
    hebrew, arabic = corpus["000_18c52e3422456bef"], corpus["001_c6cc54978b65a8be"]

    article_extract(article=hebrew)
    report = article_extract(article=arabic)

    war = Claim.objects.get(date="2020", origin=f"extraction:{hebrew.key}")
    assert report.joined >= 5
    assert sorted(war.citations.values_list("article__language", flat=True)) == ["ar", "he"]
    assert "عام 2020" in war.citations.get(article=arabic).quote


def test_re_extraction_never_touches_a_curators_decision_or_edit(seeded_with_gazetteer, curator):
    article = seeded_with_gazetteer["004_7678fdd83c2c5ead"]
    article_extract(article=article)
    rejected, edited = Claim.objects.filter(origin=f"extraction:{article.key}")[:2]
    rejected.status = Claim.Status.REJECTED
    rejected.save()
    edited.summary, edited.date = "A curator's summary", "2025-02-18"
    edited.save()

    report = article_extract(article=article)

    rejected.refresh_from_db()
    edited.refresh_from_db()
    assert rejected.status == "rejected"
    assert (edited.summary, edited.date) == ("A curator's summary", "2025-02-18")
    assert report.proposed <= 1  # only the edited claim's old date may be proposed again, once
    assert article_extract(article=article).proposed == 0


def test_proposals_carry_their_date_words_and_draft_summary(seeded_with_gazetteer):
    article = seeded_with_gazetteer["004_7678fdd83c2c5ead"]

    article_extract(article=article)

    since = Claim.objects.get(date="1992/2025-02")
    citation = since.citations.get()
    assert citation.date_words == "מאז 1992"
    assert since.status == "proposed" and since.confidence == 0.6
    assert {"United States", "Azerbaijan"} <= set(since.actors.values_list("name", flat=True))
    assert since.summary.startswith("United States, Azerbaijan")
    assert "dated 1992 – February 2025, from a Hebrew source (machine draft: a curator writes the summary)" in (
        since.summary
    )


def test_merges_and_rejections_survive_any_number_of_re_ingests(seeded_with_gazetteer, curator):
    """Merging a proposal into another moves its citations to a claim with another date; re-ingesting used to
    propose the merged-away claim again (and again after the next merge)."""
    from facts.services.claims import claims_merge, claims_reject

    call_command("ingest", str(SEEDS), stdout=StringIO())
    proposed = Claim.objects.filter(status=Claim.Status.PROPOSED).order_by("date_start", "id")
    kept, merged, rejected = proposed[0], proposed[len(proposed) // 2], proposed[len(proposed) - 1]
    assert len({kept.date, merged.date}) == 2
    claims_merge(target=kept, others=[merged], by=curator)
    claims_reject(claims=Claim.objects.filter(pk=rejected.pk), by=curator)
    rows = sorted(Claim.objects.values_list("id", "status", "date"))

    for _ in range(2):
        out = StringIO()
        call_command("ingest", str(SEEDS), stdout=out)
        assert sorted(Claim.objects.values_list("id", "status", "date")) == rows
        assert "0 proposed" in out.getvalue()
