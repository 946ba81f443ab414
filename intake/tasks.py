"""Celery tasks: the job runs in a worker (or at once, without a broker). Database errors that may pass are
retried with exponential backoff; everything else is recorded on the Job by the service."""

import gc
import logging
import time

from celery import shared_task
from celery.signals import worker_init
from django.db import InterfaceError, OperationalError, connections

from intake.services import extraction_ready, job_run

logger = logging.getLogger(__name__)


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


@worker_init.connect
def ready_to_work(**_) -> None:
    """A worker builds the extraction grammar and gazetteer before it takes its first job, then freezes them:
    they live as long as the worker, so a full collection no longer walks them (~70 ms with the grammar alone),
    as config/wsgi.py does for web workers. The corpus is not loaded: same-fact matching asks the database
    (facts.services.sentences), so a worker's memory and start-up do not grow with the corpus."""
    started = time.perf_counter()
    try:
        extraction_ready()
    except (OperationalError, InterfaceError) as error:  # no database yet: the first job builds them
        logger.warning("extraction not prepared at start: %s", error)
    finally:
        connections.close_all()  # a prefork pool's processes open their own
        gc.freeze()
    logger.info("ready for jobs in %.1f s", time.perf_counter() - started)
