import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Everything loaded at start-up (Django, DRF, graphene, the views and schemas) lives as long as the worker.
# Loaded now and frozen, the garbage collector stops re-scanning it on every full collection, which otherwise
# stalls a request now and then (bench/gc_bench.py measures the collector's share).
import config.urls  # noqa: E402, F401

gc.freeze()
