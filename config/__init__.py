# The Celery app loads with Django, so that @shared_task uses it (Celery's documented Django setup).
from config.celery import app as celery_app

__all__ = ("celery_app",)
