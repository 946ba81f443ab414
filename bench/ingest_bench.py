"""Ingestion benchmark: is the cost of bringing in one article flat as the corpus grows, and is repair linear?

    .venv/bin/python bench/ingest_bench.py                                        # SQLite
    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/ingest_bench.py
    ... --stored 100,1000 --measure 20
    ... --workers      also the same jobs (--jobs 60) through 1, then 2 fresh Celery workers over Redis
                       (articles per second from the workers' launch: start-up included)

Corpus: articles of recombined sentences of the seeds and of ../shared/eval/{dev,web}/texts, with varied names
and dates (`scale_corpus`: each article its own year offset, days and curated names swapped within their kind);
no network. The stored corpus is ingested without extraction (as `ingest --no-extract` would), then
`--measure` new articles are ingested and extracted one by one, as curators bring them in, with the corpus at
each size: seconds per article (median) at each size, and the ratio of the largest to the smallest
(flat: ≤ 1.2). The first article of each language at each size is a warm-up: it reads the stored articles
that have no reading yet (their postings in the database's sentence index) and builds the language's grammar.

Repair: 1, 2 and 8 MB of recombined Hebrew paragraphs: seconds and peak memory (tracemalloc); linear when
8 MB takes ≤ 5× the time of 2 MB.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from scale_corpus import sentences_by_language, write_articles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def database_url(name: str = "ingest_bench") -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, _ = url.rpartition("/")
        return f"{base}/{name}"
    return f"sqlite:///{Path(tempfile.mkdtemp()) / f'{name}.sqlite3'}"


def setup_django(name: str = "ingest_bench") -> None:
    """A benchmark's own database (PostgreSQL's `name`, dropped and made again, or a temporary SQLite file) with
    the seeds stored and the curated timeline loaded; Django set up on it."""
    url = database_url(name)
    if url.startswith("postgres"):
        import psycopg

        with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}")
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    call_command("ingest", str(ROOT / "seeds"), "--no-extract", verbosity=0)
    call_command("load_timeline", str(ROOT / "fixtures"), verbosity=0)


WARM_UP = 3  # articles alternate he, ar, en


def per_article_seconds(folder: Path) -> list[float]:
    from intake.services import articles_extract, articles_ingest

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    timings = []
    for entry in manifest["articles"]:
        started = time.perf_counter()
        [result] = articles_ingest(paths=[folder / entry["file"]])
        articles_extract(articles=[result.article])
        timings.append(time.perf_counter() - started)
    return timings[WARM_UP:]  # the first of each language reads what has no reading and builds its grammar


def repair_figures() -> None:
    from corpus.ingestion.normalise import normalise_text
    from corpus.ingestion.repair import repair_text

    hebrew = sentences_by_language()["he"]
    rng = random.Random(7)
    times = {}
    for megabytes in (1, 2, 8):
        paragraphs, size = [], 0
        while size < megabytes * 1_000_000:
            paragraph = " ".join(rng.sample(hebrew, k=3)) + f" {rng.randint(0, 10**9)}."
            paragraphs.append(paragraph)
            size += len(paragraph.encode())
        text = normalise_text("\n\n".join(paragraphs))
        tracemalloc.start()
        started = time.perf_counter()
        repair_text(text, language="he")
        times[megabytes] = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"repair {megabytes} MB: {times[megabytes]:.2f} s, peak {peak / 1e6:.0f} MB")
    ratio = times[8] / times[2]
    print(f"repair 8 MB / 2 MB: {ratio:.1f}× ({'linear: ≤ 5×' if ratio <= 5 else 'NOT linear: > 5×'})")


def worker_scaling(sentences: dict[str, list[str]], rng: random.Random, first: int, jobs: int = 60) -> None:
    """The same `jobs` extraction jobs through Celery over Redis (CELERY_BROKER_URL, default
    redis://127.0.0.1:6379/14) to 1, 2, 2, then 1 fresh worker processes: the same articles are stored before each
    run, their jobs queued before the workers are launched, and removed after it (with what their extraction
    proposed), so both runs start from the same corpus. Throughput counts from the launch to the last job's
    finish (start-up included); from the first job's start too, printed beside it."""
    import subprocess
    import uuid

    from django.db import connection

    from config.celery import app
    from corpus.models import Article
    from facts.models import Citation, Claim
    from intake.models import Job
    from intake.services import articles_ingest, job_enqueue

    broker = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/14")
    app.conf.update(broker_url=broker, task_always_eager=False)
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        database = f"sqlite:///{settings['NAME']}"
    else:
        database = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    folder = Path(tempfile.mkdtemp()) / "worker_jobs"
    write_articles(folder, jobs, sentences, rng, first=first)
    seconds: dict[int, list[float]] = {1: [], 2: []}
    running: dict[int, list[float]] = {1: [], 2: []}
    for workers in (1, 2, 2, 1):  # alternated: whatever drifts during the run weighs on both alike
        queue = f"bench-{uuid.uuid4().hex[:8]}"
        app.conf.update(task_default_queue=queue)
        claims_before = set(Claim.objects.values_list("pk", flat=True))
        articles = [result.article for result in articles_ingest(paths=[folder])]
        with connection.cursor() as cursor:  # the planner's statistics as fresh for both runs (autovacuum's
            # timing would otherwise decide which run plans with stale ones)
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        created = [Job.objects.create(kind=Job.Kind.EXTRACT, article=article, progress_total=1) for article in articles]
        for job in created:
            job_enqueue(job)  # outside a transaction: sent at once, waiting for the workers
        environment = {**os.environ, "DATABASE_URL": database, "CELERY_BROKER_URL": broker}
        launched = time.time()
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "config",
                    "worker",
                    "--pool=solo",
                    "--without-mingle",
                    "--without-gossip",
                    "-Q",
                    queue,
                    "-n",
                    f"bench{number}@%h",
                    "--loglevel=ERROR",
                ],
                cwd=ROOT,
                env=environment,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for number in range(workers)
        ]
        ids = [job.pk for job in created]
        while Job.objects.filter(pk__in=ids, status__in=["queued", "running"]).exists():
            time.sleep(0.2)
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        done = Job.objects.filter(pk__in=ids)
        started = min(job.started_at for job in done)
        finished = max(job.finished_at for job in done)
        seconds[workers].append(finished.timestamp() - launched)
        running[workers].append((finished - started).total_seconds())
        failed = done.filter(status="failed").count()
        each = statistics.median((job.finished_at - job.started_at).total_seconds() for job in done)
        print(
            f"{workers} worker(s): {len(ids)} jobs, {len(ids) / seconds[workers][-1]:.2f} articles/s from the "
            f"launch ({len(ids) / running[workers][-1]:.2f} from the first job's start, "
            f"{started.timestamp() - launched:.1f} s after the launch), a job {each:.2f} s (median), {failed} failed",
            flush=True,
        )
        # What the run added goes, what was there stays: the claims it proposed, then its articles (their
        # citations of claims that were there before go with them)
        Claim.objects.exclude(pk__in=claims_before).delete()
        Citation.objects.filter(article__in=articles).delete()
        Article.objects.filter(pk__in=[article.pk for article in articles]).delete()
    ratio = sum(seconds[1]) / sum(seconds[2])
    print(
        f"2 workers / 1 worker, the same {jobs} jobs, two runs each, start-up included: {ratio:.2f}× "
        f"({'≥ 1.6×' if ratio >= 1.6 else '< 1.6×'}); from the first job's start: "
        f"{sum(running[1]) / sum(running[2]):.2f}×"
    )


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored", default="100,1000", help="corpus sizes, comma-separated (default 100,1000)")
    parser.add_argument("--measure", type=int, default=20, help="articles brought in at each size (default 20)")
    parser.add_argument("--workers", action="store_true", help="also 1 and 2 Celery workers over Redis")
    parser.add_argument("--jobs", type=int, default=60, help="jobs for each worker count (default 60)")
    options = parser.parse_args()
    sizes = [int(n) for n in options.stored.split(",")]
    measure = options.measure
    setup_django()
    from corpus.models import Article
    from intake.services import articles_ingest

    print(f"database: {os.environ['DATABASE_URL'].split('@')[-1]}")
    sentences = sentences_by_language()
    rng = random.Random(1)
    work = Path(tempfile.mkdtemp())
    results = {}
    made = 0
    for size in sizes:
        stored = Article.objects.count()
        if size > stored:
            batch = work / f"stored_{size}"
            write_articles(batch, size - stored, sentences, rng, first=made)
            made += size - stored
            started = time.perf_counter()
            articles_ingest(paths=[batch])
            print(f"stored {size - stored} articles without extraction in {time.perf_counter() - started:.0f} s")
        probe = work / f"measure_{size}"
        write_articles(probe, measure + WARM_UP, sentences, rng, first=made)
        made += measure + WARM_UP
        timings = per_article_seconds(probe)
        results[size] = statistics.median(timings)
        print(
            f"{Article.objects.count() - measure - WARM_UP} articles stored: {results[size]:.3f} s per article "
            f"(median of {len(timings)}, ingest + extraction), {1 / results[size]:.1f} articles/s"
        )
    ratio = results[sizes[-1]] / results[sizes[0]]
    print(
        f"per-article cost at {sizes[-1]} / at {sizes[0]} stored: {ratio:.2f}× "
        f"({'flat: ≤ 1.2×' if ratio <= 1.2 else 'NOT flat: > 1.2×'})"
    )
    if options.workers:
        worker_scaling(sentences, rng, first=made, jobs=options.jobs)
    repair_figures()


if __name__ == "__main__":
    main()
