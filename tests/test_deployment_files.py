"""docker-compose cannot run here (no Docker engine); these tests hold its shape to what the README promises."""

import yaml

from tests.conftest import ROOT


def test_docker_compose_runs_postgres_16_and_the_app_with_migrations_seeds_and_fixtures():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    db, web = compose["services"]["db"], compose["services"]["web"]

    assert db["image"] == "postgres:16"
    assert "pgdata:/var/lib/postgresql/data" in db["volumes"] and "pgdata" in compose["volumes"]
    assert web["depends_on"]["db"]["condition"] == "service_healthy"
    assert web["environment"]["DATABASE_URL"].startswith("postgres://timeline:")
    steps = web["command"]
    for step in ("migrate --noinput", "ingest seeds/ --no-extract", "load_timeline fixtures/", "gunicorn config.wsgi"):
        assert step in steps
    assert steps.index("migrate") < steps.index("ingest") < steps.index("load_timeline") < steps.index("gunicorn")


def test_the_docker_image_uses_production_settings_and_copies_what_the_app_needs():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")

    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in dockerfile
    for folder in ("config", "core", "corpus", "facts", "seeds", "fixtures", "templates"):
        assert f"COPY {folder} ./{folder}" in dockerfile
