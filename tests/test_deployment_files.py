"""docker-compose cannot run here (no Docker engine); these tests hold its shape to what docs/operations.md promises."""

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
    for folder in ("config", "core", "corpus", "facts", "intake", "embed", "seeds", "fixtures", "templates"):
        assert f"COPY {folder} ./{folder}" in dockerfile


def test_nginx_buffers_slow_clients_in_front_of_the_sync_workers_and_serves_static_files():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    proxy, web = compose["services"]["proxy"], compose["services"]["web"]

    assert proxy["image"].startswith("nginx:")
    assert proxy["ports"] == ["8000:80"] and "ports" not in web  # only nginx faces the clients
    assert "./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in proxy["volumes"]
    assert "static:/srv/static:ro" in proxy["volumes"] and "static:/srv/static" in web["volumes"]
    assert "--timeout 30" in web["command"] and "--worker-class sync" in web["command"]
    nginx = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    for directive in (
        "server web:8000",
        "proxy_request_buffering on",
        "proxy_buffering on",
        "client_body_timeout 10s",
        "alias /srv/static/",
        "X-Forwarded-Proto $forwarded_proto",
    ):
        assert directive in nginx


def test_docker_compose_is_secure_unless_told_otherwise():
    """check --deploy's W012/W016: cookies only over HTTPS unless the operator says plain http on purpose."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    environment = compose["services"]["web"]["environment"]

    assert environment["SECURE_COOKIES"].endswith(":-true}")
    assert environment["SECURE_SSL_REDIRECT"].endswith(":-true}")


def test_docker_compose_runs_intake_jobs_on_a_celery_worker_over_redis():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]

    assert services["redis"]["image"].startswith("redis:") and "healthcheck" in services["redis"]
    worker = services["worker"]
    assert worker["command"].startswith("celery -A config worker")
    assert "inspect ping" in " ".join(worker["healthcheck"]["test"])
    for name in ("web", "worker"):
        assert services[name]["environment"]["CELERY_BROKER_URL"] == "redis://redis:6379/0"


def test_the_web_workers_share_rendered_public_pages_through_redis():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    web = compose["services"]["web"]

    assert web["environment"]["CACHE_URL"].startswith("redis://redis:6379/")
    assert web["environment"]["CACHE_URL"] != web["environment"]["CELERY_BROKER_URL"]  # not the jobs' database
    assert web["depends_on"]["redis"]["condition"] == "service_healthy"


def test_behind_nginx_the_app_counts_the_address_nginx_saw_and_shares_its_counts():
    """nginx replaces X-Forwarded-For with the address it saw and the app trusts exactly one proxy: the
    throttles, the login lockout and the access log see the client, who cannot choose it; the counts live in
    Redis, shared by every worker (production refuses to start without it)."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    web, worker = compose["services"]["web"], compose["services"]["worker"]
    nginx = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")

    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert web["environment"]["TRUSTED_PROXIES"] == "1"
    assert web["environment"]["CACHE_URL"].startswith("redis://")
    assert worker["environment"]["CACHE_URL"].startswith("redis://")
    assert "%({x-forwarded-for}i)s" in web["command"]


def test_the_web_command_is_one_shell_command_line():
    """A folded YAML block keeps more-indented lines apart: gunicorn's options on a line of their own were a
    second shell command, and gunicorn ran without its timeout."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    assert "\n" not in compose["services"]["web"]["command"].strip()


def test_nginx_passes_every_body_the_app_can_refuse_itself_and_answers_larger_ones_in_the_api_s_shape():
    import re

    from core.uploads import MAX_UPLOAD_BYTES

    nginx = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    limit = int(re.search(r"client_max_body_size (\d+)m;", nginx).group(1)) * 1024 * 1024
    assert MAX_UPLOAD_BYTES < limit < MAX_UPLOAD_BYTES * 1.2
    assert "error_page 413 = @too_large;" in nginx
    assert 'return 413 \'{"detail": ' in nginx
