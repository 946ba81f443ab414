"""Public pages under load: wrk -t2 -c8 -d20s against gunicorn with 2 sync workers on a fresh database with the
seeds and the curated timeline, first with the rendered-page cache off (PUBLIC_PAGE_CACHE_SECONDS=0: the
baseline, measured in the same run) and then on (local memory in each worker, as `make run` has it).

    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/public_pages_bench.py
    ... --seconds 20    wrk's duration per URL (default 20)

Needs Debian's wrk. Prints requests per second and the 99th percentile latency for each URL, cache off and on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hardening_probe as probe  # the same database and server set-up

URLS = ["/embed/timeline/?lang=he", "/", "/?lang=ar&actor=israel", "/claims/{claim}/"]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=20, help="wrk's duration per URL (default 20)")
    seconds = parser.parse_args().seconds
    print(f"database: {probe.URL.split('@')[-1]}")
    probe.build_database()
    port = probe.free_port()
    results: dict[str, dict[int, float]] = {}
    claim = None
    for cache_seconds in (0, 600):
        server = probe.start_server(port, PUBLIC_PAGE_CACHE_SECONDS=str(cache_seconds))
        base = f"http://127.0.0.1:{port}"
        try:
            if claim is None:
                claim = requests.get(f"{base}/api/v1/claims/?page_size=1", timeout=30).json()["results"][0]["id"]
            for path in URLS:
                url = base + path.format(claim=claim)
                assert requests.get(url, timeout=30).status_code == 200, url
                rate, p99, errors = probe.wrk_figures(url, seconds=seconds)
                results.setdefault(path, {})[cache_seconds] = rate
                label = "cache off" if cache_seconds == 0 else "cache on "
                print(f"{label} {path}: {rate:.0f} req/s, p99 {p99}, non-2xx {errors}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    for path, rates in results.items():
        print(
            f"{path}: {rates[600] / max(rates[0], 0.01):.1f}× with the cache ({rates[0]:.0f} → {rates[600]:.0f} req/s)"
        )


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    main()
