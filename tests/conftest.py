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


class Rollback(Exception):
    pass


def stored_models():
    from django.apps import apps

    return [
        model for model in apps.get_models(include_auto_created=True) if model._meta.managed and not model._meta.proxy
    ]


def present_keys() -> dict:
    return {model: set(model._base_manager.values_list("pk", flat=True)) for model in stored_models()}


def rows_since(before: dict) -> list[tuple[type, list[dict]]]:
    """Every row written since `before` (present_keys), per model, as stored (field values by column)."""
    written = []
    for model in stored_models():
        columns = [field.attname for field in model._meta.concrete_fields]
        rows = [
            row
            for row in model._base_manager.order_by("pk").values(*columns)
            if row[model._meta.pk.attname] not in before[model]
        ]
        if rows:
            written.append((model, rows))
    return written


def rows_restore(written: list[tuple[type, list[dict]]]) -> None:
    """The rows back, as they were stored (constraints are checked at commit, so the order of models does not
    matter); PostgreSQL's sequences then continue after them."""
    from django.core.management.color import no_style
    from django.db import connection, transaction

    with transaction.atomic():  # on committed data (transactional tests) too, constraints are checked at the end
        for model, rows in written:
            model._base_manager.bulk_create([model(**row) for row in rows])
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), [model for model, _ in written]):
                cursor.execute(statement)


@pytest.fixture(scope="session")
def stored_states(django_db_setup, django_db_blocker):
    """The seeds and the curated timeline, brought in once per session through the real pipeline (ingestion,
    repair, the fixture loaders with their validation and history), and the rows each step wrote. A test
    gets them back with a few bulk inserts: 381 tests use the curated timeline, whose loading took 1.7 s on
    SQLite and 3.6 s on PostgreSQL each time."""
    from django.db import transaction

    with django_db_blocker.unblock():
        try:
            with transaction.atomic():
                empty = present_keys()
                results = corpus_ingest(paths=[SEEDS])
                assert all(result.status.value == "created" for result in results), results
                seeds = rows_since(empty)
                with_seeds = present_keys()
                actors_load(entries=read_fixture("actors.json", "actors"))
                topics_load(entries=read_fixture("topics.json", "topics"))
                curated_claims_load(entries=read_fixture("timeline.json", "claims"))
                curated = rows_since(with_seeds)
                raise Rollback
        except Rollback:
            pass
    return {"seeds": seeds, "curated": curated}


@pytest.fixture
def seeded_corpus(db, stored_states):
    """The five real seed documents, ingested through the real pipeline (once a session: stored_states)."""
    from corpus.models import Article

    rows_restore(stored_states["seeds"])
    return {article.key: article for article in Article.objects.order_by("pk")}


@pytest.fixture
def seeded_with_gazetteer(seeded_corpus):
    """The seeds and the actors and topics, without the curated timeline."""
    actors_load(entries=read_fixture("actors.json", "actors"))
    topics_load(entries=read_fixture("topics.json", "topics"))
    return seeded_corpus


@pytest.fixture
def curated_timeline(seeded_corpus, stored_states):
    """Seeds plus the gazetteer, topics and the hand-curated timeline from fixtures/."""
    rows_restore(stored_states["curated"])
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
        importlib.import_module("facts.migrations.0013_curators_keep_periods").grant(apps, None)
        group = Group.objects.get(name="curator")
    return group


@pytest.fixture
def curator(db) -> User:
    user = User.objects.create_user("curator", password="a-curator-password", is_staff=True)
    user.groups.add(curator_group())
    return user


@pytest.fixture
def curator_api(curator):
    """The REST API as the curator, by token (as scripts and integrations call it)."""
    from rest_framework.authtoken.models import Token
    from rest_framework.test import APIClient

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=curator).key}")
    return client


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
