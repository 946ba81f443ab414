"""Garbage per API page: what each request leaves that only the garbage collector can free, and the time the
collector spends per request, for the REST and GraphQL timeline pages of 100. Requests go through the WSGI
application as a server calls it (Django's test client keeps responses in cycles of its own).

    DATABASE_URL=postgres://root@127.0.0.1:5432/timeline_bench .venv/bin/python bench/gc_bench.py

Uses the database bench/api_bench.py loads. Baseline in the same run: the same requests with the collector
switched off (p50 / p95), which is what the pauses cost.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

import config.urls  # noqa: F401 (loaded before freezing, as config/wsgi.py does)
from tests.api.test_memory import wsgi_call  # requests as a WSGI server makes them

GRAPHQL = """{ timeline(first: 100) { edges { node { databaseId key summary summaryHe summaryAr
    date { edtf start end precision } status updatedAt actors { slug name nameHe nameAr kind }
    topics { slug name } citations { databaseId quote start end article { key title language
    source { name } } } } } } }"""
REQUESTS = 200


def call(path: str, body: bytes | None = None) -> None:
    status, content = wsgi_call(path, body)
    assert status.startswith("200"), content[:300]


def cyclic_garbage(request) -> int:
    gc.collect()
    gc.disable()
    try:
        request()
        return gc.collect()
    finally:
        gc.enable()


def collector_time(request) -> tuple[float, dict[int, tuple[int, float]], list[float]]:
    """Milliseconds the collector runs per request, collections by generation (count, mean ms), and each
    request's duration."""
    spent: dict[int, list[float]] = defaultdict(list)
    began = [0.0]

    def watch(phase, info):
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            spent[info["generation"]].append((time.perf_counter() - began[0]) * 1000)

    durations = []
    gc.callbacks.append(watch)
    try:
        for _ in range(REQUESTS):
            start = time.perf_counter()
            request()
            durations.append((time.perf_counter() - start) * 1000)
    finally:
        gc.callbacks.remove(watch)
    total = sum(sum(times) for times in spent.values()) / REQUESTS
    return total, {g: (len(t), statistics.mean(t)) for g, t in sorted(spent.items())}, durations


def p50_p95(samples: list[float]) -> str:
    ordered = sorted(samples)
    return f"{statistics.median(ordered):.1f} / {ordered[round(0.95 * (len(ordered) - 1))]:.1f} ms"


def main() -> None:
    body = json.dumps({"query": GRAPHQL}).encode()
    pages = {
        "REST /api/v1/claims/?page_size=100": lambda: call("/api/v1/claims/?page_size=100"),
        "GraphQL timeline(first: 100)": lambda: call("/graphql", body),
    }
    for request in pages.values():
        for _ in range(5):
            request()  # warm up: caches filled once are not garbage
    gc.collect()
    gc.freeze()
    for name, request in pages.items():
        garbage = cyclic_garbage(request)
        total, by_generation, with_gc = collector_time(request)
        gc.disable()
        without_gc = collector_time(request)[2]
        gc.enable()
        generations = ", ".join(f"gen{g}: {n} × {ms:.2f} ms" for g, (n, ms) in by_generation.items())
        print(f"{name}")
        print(f"  objects left to the collector per request   {garbage}")
        print(f"  collector time per request                  {total:.2f} ms ({generations}; {REQUESTS} requests)")
        print(f"  p50 / p95 with the collector                {p50_p95(with_gc)}")
        print(f"  p50 / p95 with the collector off (baseline) {p50_p95(without_gc)}")


if __name__ == "__main__":
    main()
