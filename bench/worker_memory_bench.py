"""Does a Celery worker's memory and start-up stay flat as the corpus grows?

    .venv/bin/python bench/worker_memory_bench.py                       # SQLite, 100 then 1,000 stored articles
    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/worker_memory_bench.py
    ... --stored 100,1000,3000 --jobs 6

At each corpus size (articles of recombined seed, dev and web sentences with varied names and dates, stored
without extraction, their readings made as the first job would make them), a fresh worker (`celery worker
--pool=solo` over Redis, CELERY_BROKER_URL, default redis://127.0.0.1:6379/14) is launched with `--jobs`
extraction jobs already queued for it: the time from its launch to its first job's start (the job's own
`started_at`), its resident memory (VmRSS) when it takes that job and after the jobs, and the jobs' median
seconds. The worker reads the date rules' prefilter analyses that an earlier process stored
(facts.extraction.dates.prefilter; this script's own extraction stores them), as every worker but a machine's
very first does. The baseline is the smallest corpus, measured in the same run: flat means the largest differs
from it by less than 20 % in memory and 1.2× in time per job. Needs Redis; refuses to run without the
evaluation texts (../shared/eval/{dev,web}/texts), which give the corpus its variety (`scale_corpus`). The
database is `worker_memory_bench` (PostgreSQL, dropped and made again) or a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stored", default="100,1000", help="corpus sizes, comma-separated (default 100,1000)")
    parser.add_argument("--jobs", type=int, default=6, help="extraction jobs per worker (default 6)")
    args = parser.parse_args()
    import ingest_bench
    import scale_corpus

    ingest_bench.setup_django("worker_memory_bench")
    database = os.environ["DATABASE_URL"]
    from config.celery import app
    from corpus.models import Article
    from facts.selectors import extraction_gazetteer
    from facts.services.sentences import readings_up_to_date
    from intake.models import Job
    from intake.services import articles_ingest, job_enqueue

    broker = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/14")
    app.conf.update(broker_url=broker, task_always_eager=False)
    print(f"database: {database.split('@')[-1]}; broker: {broker}", flush=True)

    sentences = scale_corpus.sentences_by_language()
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp())
    made = 0
    rows = []
    for size in [int(n) for n in args.stored.split(",")]:
        stored = Article.objects.count()
        if size > stored:
            started = time.perf_counter()
            scale_corpus.write_articles(work / f"stored_{size}", size - stored, sentences, rng, first=made)
            made += size - stored
            articles_ingest(paths=[work / f"stored_{size}"])
            for language in ("he", "ar", "en"):  # what the first job would do: read what has no reading
                readings_up_to_date(language=language, gazetteer=extraction_gazetteer())
            print(f"stored and read {size - stored} articles in {time.perf_counter() - started:.0f} s", flush=True)
        folder = work / f"jobs_{size}"
        scale_corpus.write_articles(folder, args.jobs, sentences, rng, first=made)
        made += args.jobs
        articles = [result.article for result in articles_ingest(paths=[folder])]
        for language in ("he", "ar", "en"):
            readings_up_to_date(language=language, gazetteer=extraction_gazetteer())
        queue = f"bench-{uuid.uuid4().hex[:8]}"
        app.conf.update(task_default_queue=queue)
        # The jobs wait in the queue before the worker is launched: its first job starts as soon as it can.
        jobs = [Job.objects.create(kind=Job.Kind.EXTRACT, article=a, progress_total=1) for a in articles]
        for job in jobs:
            job_enqueue(job)
        launched = time.time()
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "--without-mingle",
             "--without-gossip", "-Q", queue, "-n",
             f"memory{size}@%h", "--loglevel=ERROR"],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": database, "CELERY_BROKER_URL": broker},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        ids = [job.pk for job in jobs]
        ready_kib = 0
        while not ready_kib and time.time() - launched < 120:  # polled, not slept: ready when it takes a job
            if Job.objects.filter(pk__in=ids).exclude(status="queued").exists():
                ready_kib = resident_kib(worker.pid)
            time.sleep(0.05)
        while Job.objects.filter(pk__in=ids, status__in=["queued", "running"]).exists():
            time.sleep(0.2)
        after_kib = resident_kib(worker.pid)
        worker.terminate()
        worker.wait(timeout=30)
        done = list(Job.objects.filter(pk__in=ids).order_by("started_at"))
        seconds = statistics.median((j.finished_at - j.started_at).total_seconds() for j in done)
        failed = sum(j.status == "failed" for j in done)
        first_start = done[0].started_at.timestamp() - launched
        rows.append((size, ready_kib, after_kib, first_start, seconds))
        print(
            f"{size:>6} stored: first job started {first_start:.1f} s after launch; resident "
            f"{ready_kib / 1024:.0f} MiB when it took it, {after_kib / 1024:.0f} MiB after {len(done)} jobs "
            f"({failed} failed); {seconds:.2f} s per job (median)",
            flush=True,
        )
    base, last = rows[0], rows[-1]
    memory = last[2] / base[2]
    cost = last[4] / base[4]
    print(
        f"{last[0]} / {base[0]} stored: memory after the jobs {memory:.2f}× "
        f"({'flat: < 20 % apart' if abs(memory - 1) < 0.2 else 'NOT flat'}), seconds per job {cost:.2f}× "
        f"({'flat: ≤ 1.2×' if cost <= 1.2 else 'NOT flat: > 1.2×'}), first job {last[3]:.1f} s after launch "
        f"({'≤ 2 s' if last[3] <= 2 else '> 2 s'})"
    )


if __name__ == "__main__":
    main()
