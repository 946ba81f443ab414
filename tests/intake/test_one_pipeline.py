"""One extraction pipeline: a job proposing an article's claims and `manage.py extract` over the same text
propose the same claims, with the actors and periods curators keep in the database (an alias added in the
admin is read by the next extraction)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from facts.models import Actor, ActorAlias, Claim
from intake.reading import read_text
from intake.services import IntakeRequest, article_bring_in, job_run
from tests.facts.extraction.date_expressions import RandomChooser
from tests.facts.extraction.test_generated_pages import compose_page

pytestmark = pytest.mark.django_db


def extracted(path, language: str, published: str) -> set[tuple[str, str]]:
    out = StringIO()
    call_command(
        "extract", str(path), "--language", language, "--published", published, "--format", "json",
        stdout=out, stderr=StringIO(),
    )  # fmt: skip
    return {(claim["quote"], claim["date"]) for claim in json.loads(out.getvalue())["claims"]}


def proposed_by_a_job(text: str, language: str, published: str) -> set[tuple[str, str]]:
    brought = article_bring_in(
        received=read_text(text),
        given=IntakeRequest(title="A composed page", source="Composed Wire", language=language, published=published),
        queue=False,
    )
    job_run(job_id=brought.job.pk)
    claims = Claim.objects.filter(origin=f"extraction:{brought.article.key}").prefetch_related("citations")
    return {(citation.quote, claim.date) for claim in claims for citation in claim.citations.all()}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_job_and_the_command_line_propose_the_same_claims(language, seeded_with_gazetteer, tmp_path):
    page = compose_page(RandomChooser(11), language)
    path = tmp_path / "page.txt"
    path.write_text(page["text"], encoding="utf-8")

    from_the_command = extracted(path, language, page["published"])
    from_a_job = proposed_by_a_job(page["text"], language, page["published"])

    assert from_the_command and from_the_command == from_a_job


def test_an_alias_a_curator_adds_is_read_by_the_next_extraction(seeded_with_gazetteer, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("Officials of Israel and Absheron Republic met in Vienna on 3 May 2021 to sign an accord.\n")
    before = json.loads(call_json(path))["claims"]
    actor = Actor.objects.get(name="Azerbaijan")

    ActorAlias.objects.create(actor=actor, language="en", alias="Absheron Republic")

    after = json.loads(call_json(path))["claims"]
    assert "Azerbaijan" not in before[0]["actors"] and "Azerbaijan" in after[0]["actors"]


def call_json(path) -> str:
    out = StringIO()
    call_command("extract", str(path), "--language", "en", "--published", "2021-05-04", stdout=out, stderr=StringIO())
    return out.getvalue()
