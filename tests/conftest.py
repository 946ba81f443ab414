import json
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from corpus.services import corpus_ingest
from facts.models import Claim
from facts.services.fixtures import actors_load, curated_claims_load, topics_load
from tests.factories import CitationFactory

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"


def read_fixture(name: str, key: str) -> list[dict]:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))[key]


@pytest.fixture
def seeded_corpus(db):
    """The five real seed documents, ingested through the real pipeline."""
    results = corpus_ingest(paths=[SEEDS])
    assert all(result.status.value == "created" for result in results), results
    return {result.article.key: result.article for result in results}


@pytest.fixture
def seeded_with_gazetteer(seeded_corpus):
    """The seeds and the actors and topics, without the curated timeline."""
    actors_load(entries=read_fixture("actors.json", "actors"))
    topics_load(entries=read_fixture("topics.json", "topics"))
    return seeded_corpus


@pytest.fixture
def curated_timeline(seeded_corpus):
    """Seeds plus the gazetteer, topics and the hand-curated timeline from fixtures/."""
    actors_load(entries=read_fixture("actors.json", "actors"))
    topics_load(entries=read_fixture("topics.json", "topics"))
    curated_claims_load(entries=read_fixture("timeline.json", "claims"))
    return seeded_corpus


def curator_group() -> Group:
    """The `curator` group as the migrations make it. A test on committed data (transactional_db) empties
    every table when it ends, the migrations' data with it: the next test makes the group again."""
    import importlib

    from django.apps import apps

    group = Group.objects.filter(name="curator").first()
    if group is None:
        importlib.import_module("facts.migrations.0002_curator_group").create_curator_group(apps, None)
        importlib.import_module("intake.migrations.0002_curators_bring_in_articles").grant(apps, None)
        group = Group.objects.get(name="curator")
    return group


@pytest.fixture
def curator(db) -> User:
    user = User.objects.create_user("curator", password="a-curator-password", is_staff=True)
    user.groups.add(curator_group())
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


@pytest.fixture
def drafts(curated_timeline):
    """A proposed and a rejected claim, each citing real seed text, beside the approved timeline."""
    socar_article = curated_timeline["000_18c52e3422456bef"]
    proposed = CitationFactory(
        article=socar_article,
        quote="גורם מדיני ששוחח עם ערוץ 7",
        claim__status=Claim.Status.PROPOSED,
        claim__summary="DRAFT: a political source spoke to Arutz Sheva",
        claim__date="2025-10-22",
    ).claim
    rejected = CitationFactory(
        article=curated_timeline["003_00395dea0d53ce7f"],
        quote="גליה לינדנשטראוס היא עמיתת מחקר",
        claim__status=Claim.Status.REJECTED,
        claim__summary="REJECTED: the author is a research fellow",
        claim__date="2015-01",
    ).claim
    return {"proposed": proposed, "rejected": rejected}
