import json
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User

from corpus.services import corpus_ingest
from facts.services import actors_load, curated_claims_load, topics_load

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
def curated_timeline(seeded_corpus):
    """Seeds plus the gazetteer, topics and the hand-curated timeline from fixtures/."""
    actors_load(entries=read_fixture("actors.json", "actors"))
    topics_load(entries=read_fixture("topics.json", "topics"))
    curated_claims_load(entries=read_fixture("timeline.json", "claims"))
    return seeded_corpus


@pytest.fixture
def curator(db) -> User:
    user = User.objects.create_user("curator", password="a-curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="curator"))
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client
