"""Celery tasks: the job runs in a worker (or at once, without a broker). Database errors that may pass are
retried with exponential backoff; everything else is recorded on the Job by the service."""

from celery import shared_task
from django.db import InterfaceError, OperationalError

from intake.services import job_run


@shared_task(
    name="intake.tasks.run_job",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=2,
    retry_backoff_max=60,
    retry_jitter=True,
    max_retries=5,
)
def run_job(job_id: int) -> str:
    return job_run(job_id=job_id).status
