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
# A page of a thousand timeline entries allocates some 150,000 objects, nearly all freed by reference counting;
# at Python's default (a young-generation pass every 700 allocations, an older one every tenth) the collector
# took a tenth of the page's time. Passes every 50,000 allocations cost a few hundred kilobytes of cycles
# kept a little longer (bench/embed_bench.py, bench/gc_bench.py).
gc.set_threshold(50_000, 20, 100)
