"""Celery tasks: the job runs in a worker (or at once, without a broker). Database errors that may pass are
retried with exponential backoff; everything else is recorded on the Job by the service."""

import gc
import logging
import time

from celery import shared_task
from celery.signals import worker_init
from django.db import InterfaceError, OperationalError, connections

from intake.services import indexes_up_to_date, job_run

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
def load_sentence_indexes(**_) -> None:
    """A worker loads the corpus's sentence indexes (stored readings) before it takes its first job, so that
    job costs what any other costs (a prefork pool's processes inherit them)."""
    started = time.perf_counter()
    try:
        sizes = indexes_up_to_date()
    except (OperationalError, InterfaceError) as error:  # no database yet: the first job loads them
        logger.warning("sentence indexes not loaded at start: %s", error)
        return
    finally:
        connections.close_all()  # a prefork pool's processes open their own
        # What is loaded now (Django, the extraction grammar and gazetteer, the indexes) lives as long as the
        # worker: frozen, a full collection no longer walks it (~70 ms with the grammar alone; more with the
        # indexes), as config/wsgi.py does for web workers.
        gc.freeze()
    logger.info(
        "sentence indexes loaded in %.1f s: %s",
        time.perf_counter() - started,
        ", ".join(f"{language} {count} articles" for language, count in sizes.items()),
    )
