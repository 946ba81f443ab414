"""Ingestion benchmark: is the cost of bringing in one article flat as the corpus grows, and is repair linear?

    .venv/bin/python bench/ingest_bench.py                                        # SQLite
    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/ingest_bench.py
    ... --stored 100,1000 --measure 20
    ... --workers      also 1 and 2 Celery worker processes over Redis (jobs per second; --jobs 60)

Corpus: articles made of recombined sentences of the seeds and of ../shared/eval/dev/texts (each language's
sentences shuffled into articles of a seed's length, with a unique number per article so that no two are the
same); no network. The stored corpus is ingested without extraction (as `ingest --no-extract` would), then
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
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV_TEXTS = ROOT.parent / "shared" / "eval" / "dev" / "texts"


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


def sentences_by_language() -> dict[str, list[str]]:
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    texts = [((ROOT / "seeds" / e["file"]).read_text(encoding="utf-8"), e["language"]) for e in manifest["articles"]]
    for path in sorted(DEV_TEXTS.glob("*.txt")):
        language = path.name.split("_")[1]
        texts.append((path.read_text(encoding="utf-8"), language))
    found: dict[str, list[str]] = {}
    for text, language in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if 40 <= len(sentence) <= 400 and "\n" not in sentence.strip():
                found.setdefault(language, []).append(sentence.strip())
    return found


def write_articles(folder: Path, count: int, sentences: dict[str, list[str]], rng: random.Random, first: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    languages = sorted(sentences)
    for number in range(first, first + count):
        language = languages[number % len(languages)]
        chosen = rng.sample(sentences[language], k=min(30, len(sentences[language])))
        paragraphs = [" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3)]
        paragraphs.append(f"Reference {number}.")
        name = f"bench_{number:05d}.txt"
        (folder / name).write_text("\n\n".join(paragraphs), encoding="utf-8")
        entries.append(
            {
                "file": name,
                "title": f"Benchmark article {number}",
                "language": language,
                "published": f"20{10 + number % 15}-0{1 + number % 9}-1{number % 9}",
                "source": {"name": f"Bench outlet {number % 7}", "kind": "news"},
            }
        )
    (folder / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")


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
    """Jobs through Celery over Redis (CELERY_BROKER_URL, default redis://127.0.0.1:6379/14) with 1 and with 2
    fresh worker processes: articles stored (without extraction), their extraction jobs queued, throughput
    from the first job's start to the last one's finish. A fresh worker builds the grammar before its first job
    (the corpus stays in the database): the time from its launch to the first job's start is printed apart."""
    import subprocess
    import uuid

    from django.db import connection

    from config.celery import app
    from intake.models import Job
    from intake.services import articles_ingest, job_enqueue

    broker = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/14")
    app.conf.update(broker_url=broker, task_always_eager=False)
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        database = f"sqlite:///{settings['NAME']}"
    else:
        database = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    rates = {}
    for workers in (1, 2):
        queue = f"bench-{uuid.uuid4().hex[:8]}"
        app.conf.update(task_default_queue=queue)
        folder = Path(tempfile.mkdtemp()) / f"workers_{workers}"
        write_articles(folder, jobs, sentences, rng, first=first)
        first += jobs
        articles = [result.article for result in articles_ingest(paths=[folder])]
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
        created = [Job.objects.create(kind=Job.Kind.EXTRACT, article=article, progress_total=1) for article in articles]
        for job in created:
            job_enqueue(job)  # outside a transaction: sent at once
        ids = [job.pk for job in created]
        while Job.objects.filter(pk__in=ids, status__in=["queued", "running"]).exists():
            time.sleep(0.5)
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        done = Job.objects.filter(pk__in=ids)
        started = min(job.started_at for job in done)
        finished = max(job.finished_at for job in done)
        rates[workers] = len(ids) / (finished - started).total_seconds()
        failed = done.filter(status="failed").count()
        print(
            f"{workers} worker(s): {len(ids)} jobs, {rates[workers]:.2f} articles/s, {failed} failed "
            f"(first job started {started.timestamp() - launched:.1f} s after the launch: start-up)"
        )
    print(f"2 workers / 1 worker: {rates[2] / rates[1]:.2f}× ({'≥ 1.6×' if rates[2] / rates[1] >= 1.6 else '< 1.6×'})")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored", default="100,1000", help="corpus sizes, comma-separated (default 100,1000)")
    parser.add_argument("--measure", type=int, default=20, help="articles brought in at each size (default 20)")
    parser.add_argument("--workers", action="store_true", help="also 1 and 2 Celery workers over Redis")
    parser.add_argument("--jobs", type=int, default=60, help="jobs for each worker count (default 60)")
    options = parser.parse_args()
    if not DEV_TEXTS.is_dir():
        sys.exit(f"no dev texts at {DEV_TEXTS}: the corpus would repeat the seeds alone")
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
