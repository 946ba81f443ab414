"""Jobs that end: a job whose worker died (kill -9, out of memory) is marked failed with the reason once it is
past its kind's hard limit, whoever looks first; a job that overruns its soft limit stops cleanly, writing
nothing; the limits reach Celery when a job is queued."""

import datetime as dt

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.utils import timezone

from corpus.models import Article
from intake.models import Job
from intake.services import JOB_LOST_AFTER, job_limits, job_run, jobs_overdue_fail

pytestmark = pytest.mark.django_db


def running_since(seconds: int, kind: str = Job.Kind.URL) -> Job:
    return Job.objects.create(
        kind=kind,
        status=Job.Status.RUNNING,
        request={"url": "https://example.org/page"},
        started_at=timezone.now() - dt.timedelta(seconds=seconds),
    )


def test_a_job_left_running_past_its_limit_is_failed_when_someone_looks(curator_client):
    _, hard = job_limits(Job.Kind.URL)
    lost, working = running_since(hard + JOB_LOST_AFTER + 5), running_since(5)

    answer = curator_client.get(f"/api/v1/jobs/{lost.pk}/").json()

    assert answer["status"] == "failed" and "no word from its worker" in answer["error"]
    working.refresh_from_db()
    assert working.status == Job.Status.RUNNING


def test_the_admin_s_job_list_fails_lost_jobs_too(curator_client):
    _, hard = job_limits(Job.Kind.EXTRACT)
    lost = running_since(hard + JOB_LOST_AFTER + 5, kind=Job.Kind.EXTRACT)

    curator_client.get("/admin/intake/job/")

    lost.refresh_from_db()
    assert lost.status == Job.Status.FAILED and lost.finished_at is not None
    assert jobs_overdue_fail() == 0  # once


def test_a_job_over_its_soft_limit_stops_cleanly_and_writes_nothing():
    """Celery's soft limit is a signal that raises SoftTimeLimitExceeded wherever the job stands; here the
    same signal arrives while the job fetches from a server that sends a byte at a time."""
    import signal

    from tests.intake.test_fetch_policy import hostile_server

    def soft_limit(signum, frame):
        raise SoftTimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, soft_limit)
    try:
        with hostile_server() as base:
            job = Job.objects.create(kind=Job.Kind.URL, request={"url": f"{base}/drip", "source": "Drip"})
            signal.setitimer(signal.ITIMER_REAL, 1.0)
            job_run(job_id=job.pk)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and job.error.startswith("Stopped after 120 s")
    assert not Article.objects.exists()


def test_the_limits_and_the_broker_s_redelivery_agree(settings):
    for kind in Job.Kind.values:
        soft, hard = job_limits(kind)
        assert 0 < soft < hard < settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert settings.CELERY_TASK_ACKS_LATE and settings.CELERY_TASK_REJECT_ON_WORKER_LOST
