"""The Celery app: `celery -A config worker` starts a worker. With CELERY_BROKER_URL set (Redis or
RabbitMQ) intake jobs go to the workers; without it they run in the web process at once (task_always_eager),
so `make run` needs no other service."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

app = Celery("timeline")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
