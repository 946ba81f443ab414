"""Jobs on a real Celery worker over a real Redis: the worker is a separate process that reads the test
database (so PostgreSQL: an in-memory SQLite database cannot be shared), started and stopped here."""

import os
import subprocess
import sys
import time
import uuid

import pytest
from django.db import connection

from config.celery import app as celery_app
from corpus.models import Article
from facts.models import Claim
from intake.models import Job
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="the worker process shares the database")
BROKER = os.environ.get("TEST_CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
TEXT = (
    "Israel and Azerbaijan signed a defence cooperation agreement on 11 November 2021 in Baku, the ministry "
    "said. Azerbaijan opened a trade office in Tel Aviv in 2021."
)


def fresh_connections() -> None:
    """The app's connection pool and its producers' pool, made again from the broker setting now."""
    celery_app.close()
    celery_app.amqp._producer_pool = None


@pytest.fixture
def worker(transactional_db):
    """A worker on the default queue of a Redis database of its own. The app's producer pool is closed
    before and after: earlier tests ran jobs in-process, and a pool made then would still point at the
    default broker, not at this one."""
    saved = {key: celery_app.conf[key] for key in ("broker_url", "task_always_eager")}
    celery_app.conf.update(broker_url=BROKER, task_always_eager=False)
    fresh_connections()
    celery_app.control.purge()  # nothing left from an earlier run
    settings = connection.settings_dict
    database = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo",
         "--without-mingle", "--without-gossip", "-n", f"test-{uuid.uuid4().hex[:8]}@%h", "--loglevel=WARNING"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database, "CELERY_BROKER_URL": BROKER,
             "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    yield process
    process.terminate()
    process.wait(timeout=20)
    celery_app.conf.update(saved)
    fresh_connections()


def wait_for(job_url: str, client, seconds: float = 120) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(job_url).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.5)
    raise AssertionError(f"the job did not finish in {seconds} s: {job}")


def test_a_job_runs_on_a_celery_worker_over_redis(worker, curator_client, seeded_with_gazetteer):
    response = curator_client.post(
        "/api/v1/articles/", {"text": TEXT, "title": "Defence pact", "source": "Wire"}, content_type="application/json"
    )
    assert response.status_code == 202, response.content[:300]
    queued = Job.objects.get()
    assert queued.status == Job.Status.QUEUED  # not run in the web process: a broker is set

    job = wait_for(response.json()["job"], curator_client)

    assert job["status"] == "done", (job, worker.stdout.read1().decode() if worker.poll() is not None else "")
    assert job["proposed"] >= 1
    article = Article.objects.get(pk=job["article"])
    assert Claim.objects.filter(status="proposed", citations__article=article).distinct().count() == job["proposed"]
