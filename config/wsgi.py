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
# A page of a thousand timeline entries allocates some 150,000 objects, nearly all freed by reference counting.
# At Python's default (a young-generation pass every 700 allocations) the collector took a tenth of such a render
# (in-process, 66 → 60 ms median with passes every 10,000); the worker's memory after 40 renders 126 → 128 MB.
# (Every 50,000 was no faster and kept 15 MB more.)
gc.set_threshold(10_000, 10, 100)
