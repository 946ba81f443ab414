"""Embed benchmark: the weight of the embed's JavaScript and CSS, and how fast 1,000 items are rendered and
interactive in headless Chromium, against a baseline measured in the same run: the public page at `/`, plain
server-rendered HTML of the same 1,000 claims with no script.

    .venv/bin/python bench/embed_bench.py            (needs Debian's chromium and chromium-driver)
    .venv/bin/python bench/embed_bench.py --database postgres://root@127.0.0.1:5432/embed_bench
                                                     (an existing database, e.g. an empty one: filled once)
    .venv/bin/python bench/embed_bench.py --database postgres://root@127.0.0.1:5432/embed_scale --articles 10000
                                                     (the 1,000 entries cite 10,000 stored articles: the scale run)
Budget: the server's HTML of 1,000 entries, uncached, in <= 100 ms (median); JS + CSS <= 15 KB gzipped;
1,000 items rendered and interactive in < 300 ms; on the horizontal track (layout=horizontal, Hebrew: the
arrow to later entries is the left one) an arrow key answered within 100 ms.
"""

from __future__ import annotations

import gzip
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def options():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", help="an existing database URL (default: a temporary SQLite file)")
    parser.add_argument(
        "--articles",
        type=int,
        default=0,
        help="store this many more articles (recombined seed and evaluation texts with varied names and dates, "
        "bench/scale_corpus.py), without extraction, for the entries to cite (default: the seeds only)",
    )
    return parser.parse_args()


OPTIONS = options()
DATABASE_URL = OPTIONS.database or f"sqlite:///{Path(tempfile.mkdtemp()) / 'embed-bench.sqlite3'}"
ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE_URL,
    "DJANGO_SETTINGS_MODULE": "config.settings.local",
    # As in production: with DEBUG on, Django keeps every query and template debugging information (a third
    # more time for the server render); runserver --insecure still serves the static files.
    "DEBUG": "false",
}
ITEMS, RUNS, SERVER_RUNS = 1000, 15, 40
ASSETS = ["embed.css", "timeline.js", "loader.js"]


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True, capture_output=True)


def filled() -> bool:
    """Whether an existing database already holds what this run needs (filled by an earlier run): ingesting the
    seeds again would extract them, and that first extraction would read every stored article not yet read."""
    check = (
        "from corpus.models import Article; from facts.models import Claim; "
        f"print(Claim.objects.filter(status='approved').count() >= {ITEMS} and Article.objects.count() >= "
        f"{OPTIONS.articles + 5})"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", check], cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    return result.returncode == 0 and result.stdout.strip().splitlines()[-1:] == ["True"]


def build_database() -> None:
    manage("migrate", "--noinput")
    if filled():
        print("  the database holds them already", flush=True)
        return
    manage("ingest", "seeds/")
    manage("load_timeline", "fixtures/")
    if OPTIONS.articles:
        import scale_corpus

        folder = Path(tempfile.mkdtemp()) / "scale"
        scale_corpus.write_articles(
            folder, OPTIONS.articles, scale_corpus.sentences_by_language(), random.Random(10_000), first=0
        )
        began = time.perf_counter()
        manage("ingest", str(folder), "--no-extract")  # a second run finds them stored and changes nothing
        print(f"  {OPTIONS.articles} articles stored in {time.perf_counter() - began:.0f} s", flush=True)
    script = f"""
import random
from facts.models import Actor, Claim, Topic
from facts.services.citations import CitationInput
from facts.services.claims import claim_create
from corpus.models import Article
rng = random.Random(7)
articles = list(Article.objects.all())
actors, topics = list(Actor.objects.all()), list(Topic.objects.all())
for n in range({ITEMS} - Claim.objects.filter(status="approved").count()):
    article = rng.choice(articles)
    start = rng.randrange(0, len(article.text) - 150)
    claim_create(summary=f"Benchmark claim {{n}}", date=f"{{rng.randint(1992, 2025)}}-{{rng.randint(1, 12):02d}}",
                 citations=[CitationInput(article=article, quote=article.text[start:start + 120], start=start,
                                          end=start + 120)],
                 actors=rng.sample(actors, 2), topics=rng.sample(topics, 1), status="approved", origin="bench")
print(Claim.objects.filter(status="approved").count())
from django.db import connection
with connection.cursor() as cursor:  # planner statistics and the visibility map for the rows just written, as
    # autovacuum would: left to autovacuum, its work on them landed in the measurements (~20 ms a render)
    cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
"""
    manage("shell", "-c", script)


def runserver(port: int, *options: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", *options, f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def serving(url: str, *, within: float = 120.0) -> None:
    """Until the server answers (polled: a fixed sleep was refused on a loaded machine)."""
    deadline = time.monotonic() + within
    while True:
        try:
            urllib.request.urlopen(f"{url}/robots.txt", timeout=5).read()  # noqa: S310 (our own server)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {within:.0f} s") from None
            time.sleep(0.1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=800,900",
        "--disable-dev-shm-usage",
    ):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def milliseconds(driver, url: str, ready_script: str) -> float:
    driver.get(url)
    for _ in range(200):
        value = driver.execute_script(ready_script)
        if value:
            return float(value)
        time.sleep(0.01)
    raise RuntimeError(f"{url} never became ready")


def main() -> None:
    gzipped = {name: len(gzip.compress((ROOT / "embed/static/embed" / name).read_bytes(), 9)) for name in ASSETS}
    print("embed assets, gzipped: " + ", ".join(f"{name} {size} B" for name, size in gzipped.items()))
    total = sum(gzipped.values())
    print(f"  total {total} B = {total / 1024:.1f} KB (budget 15 KB): {'OK' if total <= 15 * 1024 else 'OVER'}")

    print(f"building the database of 1,000 approved claims ({DATABASE_URL.split('@')[-1]})", flush=True)
    build_database()
    port, worker_port = free_port(), free_port()
    server = runserver(port, "--insecure")
    # The server's own times are taken from one thread that keeps its database connection, as a production
    # worker does: runserver's thread per request would open a new PostgreSQL connection (~10 ms) each time.
    worker = runserver(worker_port, "--nothreading")
    try:
        base, worker_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{worker_port}"
        for url in (base, worker_base):
            serving(url)
        print("both servers answer; timing the server's render", flush=True)
        # The server first, before the browser starts: a browser holding a page of a thousand entries shares
        # the machine's cores.
        server_ms = []
        for n in range(SERVER_RUNS):  # a new query string each time: rendered, not served from the page cache
            began = time.perf_counter()
            urllib.request.urlopen(f"{worker_base}/embed/timeline/?lang=he&uncached={n}").read()  # noqa: S310
            server_ms.append((time.perf_counter() - began) * 1000)
        cached_ms = []
        for _ in range(RUNS):
            began = time.perf_counter()
            urllib.request.urlopen(f"{worker_base}/embed/timeline/?lang=he").read()  # noqa: S310 (our own server)
            cached_ms.append((time.perf_counter() - began) * 1000)

        print("timing the embed and the plain page in Chromium", flush=True)
        driver = browser()
        # Time from navigation start to the embed's script having wired every item (its data-ready stamp);
        # the baseline: the plain page's DOMContentLoaded, no script at all.
        # Both measured from the moment the whole response has arrived, so that the server's time (reported
        # separately) does not hide in them; a fresh query string each run defeats the HTTP cache.
        embed_ready = (
            "var t = performance.getEntriesByType('navigation')[0];"
            "var r = +document.documentElement.getAttribute('data-ready');"
            "return t && r ? Math.max(r - t.responseEnd, 0.01) : 0"
        )
        plain_ready = (
            "var t = performance.getEntriesByType('navigation')[0];"
            "var done = t && t.domContentLoadedEventEnd;"
            "return done > 0 ? Math.max(done - t.responseEnd, 0.01) : 0"
        )
        embed = [milliseconds(driver, f"{base}/embed/timeline/?lang=he&run={n}", embed_ready) for n in range(RUNS)]
        plain = [milliseconds(driver, f"{base}/?run={n}", plain_ready) for n in range(RUNS)]
        driver.get(f"{base}/embed/timeline/?lang=he")
        count = len(driver.find_elements("css selector", ".iaz-item"))
        # The horizontal track with every item: ready, then an arrow key's answer (the handler moving the focus
        # and scrolling the next entry into view, until the next frame is painted), 30 steps.
        horizontal = [
            milliseconds(driver, f"{base}/embed/timeline/?layout=horizontal&lang=he&run={n}", embed_ready)
            for n in range(RUNS)
        ]
        driver.set_script_timeout(10)
        step = (
            "var done = arguments[arguments.length - 1], item = document.activeElement;"
            "var t = performance.now();"
            "item.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft', bubbles: true}));"
            "requestAnimationFrame(function () { requestAnimationFrame(function () {"
            "  done([performance.now() - t, document.activeElement !== item]); }); });"
        )
        driver.execute_script("document.querySelector('.iaz-item').focus()")
        answers = [driver.execute_async_script(step) for _ in range(30)]
        driver.quit()
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait()
    p50 = statistics.median
    print(f"\n{count} items in the embed, {RUNS} runs each (median)")
    print(
        f"  server: HTML of the embed, uncached             {p50(server_ms):7.1f} ms median of {SERVER_RUNS}, "
        f"{min(server_ms):.1f} best, {statistics.quantiles(server_ms, n=10)[-1]:.1f} p90 (budget 100 ms): "
        f"{'OK' if p50(server_ms) <= 100 else 'OVER'}"
    )
    print(
        f"  embed: response to rendered and interactive     {p50(embed):7.1f} ms (budget 300 ms): "
        f"{'OK' if p50(embed) < 300 else 'OVER'}"
    )
    print(f"  baseline: plain page, response to DOMContentLoaded {p50(plain):4.1f} ms")
    print(f"  embed / baseline                                {p50(embed) / p50(plain):7.2f}")
    print(f"  server: the same HTML from the page cache         {p50(cached_ms):7.1f} ms")
    steps = [ms for ms, moved in answers if moved]
    print(f"  horizontal: response to rendered and interactive {p50(horizontal):7.1f} ms")
    print(
        f"  horizontal: arrow key to the next entry painted   {p50(steps):7.1f} ms median, {max(steps):.1f} ms worst "
        f"of {len(steps)} (budget 100 ms): {'OK' if max(steps) <= 100 else 'OVER'}"
    )


if __name__ == "__main__":
    random.seed(0)
    main()
