"""The Celery app: `celery -A config worker` starts a worker (production settings unless
DJANGO_SETTINGS_MODULE says otherwise). With CELERY_BROKER_URL set (Redis or
RabbitMQ) intake jobs go to the workers; without it they run in the web process at once (task_always_eager),
so `make run` needs no other service."""

import os

from celery import Celery

# The same default as config/wsgi.py: this module is loaded with the `config` package, before wsgi.py runs,
# so its default wins. A worker on a developer's machine: DJANGO_SETTINGS_MODULE=config.settings.local.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
# Django's system checks are run where the site is deployed (`manage.py check --deploy`) and in CI; a worker
# ran them again at every start (importing every URL, view and schema: ~0.2 s before its first job).
os.environ.setdefault("CELERY_SKIP_CHECKS", "1")

app = Celery("timeline")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
