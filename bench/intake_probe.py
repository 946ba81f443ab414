"""The intake reproductions of the security issue, rerun against real servers: gunicorn (2 sync workers) and a
Celery worker (2 processes) over Redis, on a fresh database with the seeds and the curated timeline, and a
hostile HTTP server of the probe's own on 127.0.0.2 (slow drip, redirects to loopback ports and to ftp://),
the one address the fetch policy is told to allow (FETCH_ALLOWED_NETWORKS=127.0.0.2/32).

    .venv/bin/python bench/intake_probe.py                    # SQLite
    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/intake_probe.py

Needs Redis on 127.0.0.1:6379 (databases 13 and 14 are emptied). Prints, per probe: the URL cases that
reached anything but the allowed host, and whether every refusal said the same; how long a slow drip held a
job and the web request; the .docx bomb, the 5,000-page PDF and a 200 MB upload (status, time, the job, worker
processes lost); a worker's child killed mid-job; 20 identical submissions at once; a rotating X-Forwarded-For
against the anonymous throttle; the nested GraphQL citations query; unreviewed articles seen anonymously.
"""

from __future__ import annotations

import argparse
import http.server
import io
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hardening_probe as probe

HOSTILE_HOST = "127.0.0.2"
BROKER = "redis://127.0.0.1:6379/14"
CACHE = "redis://127.0.0.1:6379/13"
SERVER_ENV = {
    "CELERY_BROKER_URL": BROKER,
    "CACHE_URL": CACHE,
    "FETCH_ALLOWED_NETWORKS": f"{HOSTILE_HOST}/32",
    "FETCH_DEADLINE_SECONDS": "10",
}
ARTICLE = (
    b"<html><head><title>Allowed page</title></head><body><article><h1>Allowed page</h1><p>Azerbaijan and "
    b"Israel signed an agreement on water technology in Baku on 5 June 2019, the two governments said.</p>"
    b"</article></body></html>"
)


class Hostile(http.server.BaseHTTPRequestHandler):
    """/drip: a byte every 2 s for 10 minutes; /to?url=…: a redirect there; /page: an ordinary page."""

    def do_GET(self) -> None:
        if self.path.startswith("/to?url="):
            self.send_response(302)
            self.send_header("Location", self.path.removeprefix("/to?url="))
            self.end_headers()
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(300):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(2)
            except OSError:
                pass  # the fetcher gave up: what the probe wants
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(ARTICLE)))
            self.end_headers()
            self.wfile.write(ARTICLE)

    def log_message(self, format, *args) -> None:
        pass


def hostile_server() -> str:
    server = http.server.ThreadingHTTPServer((HOSTILE_HOST, 0), Hostile)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://{HOSTILE_HOST}:{server.server_port}"


def start_worker() -> subprocess.Popen:
    import redis

    for number in (13, 14):
        redis.Redis.from_url(f"redis://127.0.0.1:6379/{number}").flushdb()
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--concurrency=2",
            "--loglevel=WARNING",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=probe.ROOT,
        env={**probe.ENV, **SERVER_ENV},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(150):  # ready when its pool's processes exist
        if len(children(worker.pid)) >= 2:
            return worker
        time.sleep(0.2)
    raise RuntimeError("the Celery worker did not start")


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


class Intake:
    def __init__(self, base: str, auth: dict) -> None:
        self.base, self.auth = base, auth

    def submit(self, **fields) -> tuple[requests.Response, float]:
        started = time.perf_counter()
        if "file" in fields:
            name, data = fields.pop("file")
            response = requests.post(
                f"{self.base}/api/v1/articles/",
                data=fields,
                files={"file": (name, data)},
                headers=self.auth,
                timeout=300,
            )
        else:
            response = requests.post(f"{self.base}/api/v1/articles/", json=fields, headers=self.auth, timeout=300)
        return response, time.perf_counter() - started

    def job(self, response: requests.Response, *, within: float = 120) -> tuple[dict, float]:
        """The job once it ended (or as it stands at `within` seconds), and how long it took."""
        started, job = time.monotonic(), {}
        while time.monotonic() - started < within:
            job = requests.get(response.json()["job"], headers=self.auth, timeout=10).json()
            if job["status"] in ("done", "failed"):
                break
            time.sleep(0.25)
        return job, time.monotonic() - started


def ssrf(intake: Intake, app: str, hostile: str) -> None:
    port = app.rsplit(":", 1)[1]
    targets = [
        f"http://127.0.0.1:{port}/admin/login/",
        "http://127.0.0.1:6379/",
        "http://127.0.0.1:5432/",
        f"http://localhost:{port}/admin/login/",
        f"http://[::1]:{port}/admin/login/",
        f"http://0.0.0.0:{port}/admin/login/",
        f"http://127.1:{port}/admin/login/",
        f"http://2130706433:{port}/admin/login/",
        f"http://[::ffff:127.0.0.1]:{port}/admin/login/",
        f"{hostile}/to?url=http://127.0.0.1:{port}/admin/login/",
        f"{hostile}/to?url=http://127.0.0.1:6379/",
        f"{hostile}/to?url=ftp://127.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
    ]
    reached, errors = 0, set()
    for target in targets:
        response, _ = intake.submit(url=target, source="Probe")
        if response.status_code == 400:  # refused before a job (the URL itself)
            errors.add(str(response.json()))
            continue
        job, _ = intake.job(response)
        reached += job["status"] == "done"
        errors.add(job["error"].split(": ", 1)[-1])  # "<url>: <reason>": the reasons compared
    allowed, _ = intake.submit(url=f"{hostile}/page", source="Probe")
    allowed_job, _ = intake.job(allowed)
    print(
        f"SSRF: {reached} of {len(targets)} inward URLs reached anything; the allowed host: {allowed_job['status']}; "
        f"the reasons given: {' | '.join(sorted(errors))}"
    )


def drip(intake: Intake, hostile: str) -> None:
    response, answered = intake.submit(url=f"{hostile}/drip", source="Probe")
    job, took = intake.job(response, within=180)
    print(
        f"slow drip (a byte every 2 s): the request answered in {answered * 1000:.0f} ms; the job {job['status']} "
        f"after {took:.1f} s ({job['error'][:80]})"
    )


def docx_bomb() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Azerbaijan and Israel signed an agreement in 2019.")
    plain, bomb = io.BytesIO(), io.BytesIO()
    document.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for part in source.infolist():
            data = source.read(part.filename)
            if part.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * 100_000_000 + b"-->")
            archive.writestr(part, data)
    return bomb.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    import pypdfium2

    pdf = pypdfium2.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(200, 200)
    saved = io.BytesIO()
    pdf.save(saved)
    return saved.getvalue()


def uploads(intake: Intake, server: subprocess.Popen, worker: subprocess.Popen) -> None:
    web_before, worker_before = set(children(server.pid)), set(children(worker.pid))
    cases = [
        ("docx bomb", ("bomb.docx", docx_bomb())),
        ("5,000-page PDF", ("pages.pdf", many_pages_pdf(5_000))),
        ("200 MB upload", ("large.txt", b"a" * 200_000_000)),
    ]
    for label, upload in cases:
        response, answered = intake.submit(file=upload, source="Probe", title="Probe")
        outcome = f"{response.status_code} in {answered * 1000:.0f} ms"
        if response.status_code == 202:
            job, took = intake.job(response)
            outcome += f"; job {job['status']} after {took:.1f} s ({job['error'][:70]})"
        else:
            outcome += f" ({response.text[:90]})"
        print(f"{label} ({len(upload[1]):,} bytes): {outcome}")
    lost_web = len(web_before - set(children(server.pid)))
    lost_worker = len(worker_before - set(children(worker.pid)))
    print(f"uploads: web worker processes lost {lost_web}, Celery pool processes lost {lost_worker}")


def killed_child(intake: Intake, hostile: str, worker: subprocess.Popen) -> None:
    response, _ = intake.submit(url=f"{hostile}/drip", source="Probe")
    started = time.monotonic()
    job = {}
    while time.monotonic() - started < 30:
        job = requests.get(response.json()["job"], headers=intake.auth, timeout=10).json()
        if job["status"] == "running":
            break
        time.sleep(0.2)
    for child in children(worker.pid):
        os.kill(child, signal.SIGKILL)  # the pool process holding the job among them
    job, took = intake.job(response, within=400)
    print(f"kill -9 of the worker's pool mid-job: the job {job['status']} {took:.1f} s later ({job['error'][:80]})")


def identical_at_once(intake: Intake) -> None:
    text = "Azerbaijan and Israel signed a memorandum on cyber security in Baku on 14 March 2024, officials said."
    body = {"text": text, "title": "Cyber memorandum", "source": "A brand new outlet", "language": "en"}
    with ThreadPoolExecutor(max_workers=20) as pool:
        responses = list(pool.map(lambda _: intake.submit(**body)[0], range(20)))
    statuses = [response.status_code for response in responses]
    ids = {r.json().get("id") or r.json().get("article") for r in responses if r.status_code < 500}
    print(
        f"20 identical submissions at once: {sum(s >= 500 for s in statuses)} × 5xx, "
        f"{statuses.count(202)} × 202, {statuses.count(200)} × 200 (already stored); {len(ids)} article id(s)"
    )


def rotating_forwarded_for(port: int) -> None:
    """A server of its own with a low anonymous rate, counted in Redis (both workers share it)."""
    server = probe.start_server(port, API_ANONYMOUS_RATE="20/min", **SERVER_ENV)
    try:
        statuses = [
            requests.get(
                f"http://127.0.0.1:{port}/api/v1/topics/",
                headers={"X-Forwarded-For": f"203.0.113.{n % 250 + 1}"},
                timeout=10,
            ).status_code
            for n in range(60)
        ]
    finally:
        server.terminate()
        server.wait(timeout=10)
    first = statuses.index(429) if 429 in statuses else None
    after = statuses[first:] if first is not None else []
    print(
        f"rotating X-Forwarded-For, 60 anonymous requests at 20/min: first 429 at request "
        f"{first + 1 if first is not None else '—'}; {after.count(200)} × 200 after it"
    )


def nested_citations(base: str) -> None:
    levels = "quote"
    for level in range(4):
        levels = f"citations {{ {levels} }}" if level == 0 else f"citations {{ article {{ {levels} }} }}"
    query = f'{{ article(id: "1") {{ {levels} }} }}'
    started = time.perf_counter()
    response = requests.post(f"{base}/graphql", json={"query": query}, timeout=120)
    elapsed = time.perf_counter() - started
    code = response.json()["errors"][0]["extensions"]["code"] if response.status_code != 200 else "answered"
    print(f"nested GraphQL citations, 4 levels: {response.status_code} {code} in {elapsed * 1000:.0f} ms")


def unreviewed_visible(base: str, auth: dict) -> None:
    curator = requests.get(f"{base}/api/v1/articles/?page_size=100", headers=auth, timeout=30).json()
    public = requests.get(f"{base}/api/v1/articles/?page_size=100", timeout=30).json()
    public_keys = {article["key"] for article in public["results"]}
    claims = requests.get(f"{base}/api/v1/claims/?page_size=100", timeout=30).json()["results"]
    cited = {citation["article"]["key"] for claim in claims for citation in claim["citations"]}
    query = "{ articles(first: 100) { edges { node { key } } } }"
    graph = requests.post(f"{base}/graphql", json={"query": query}, timeout=30).json()
    graph_keys = {edge["node"]["key"] for edge in graph["data"]["articles"]["edges"]}
    print(
        f"articles: {len(curator['results'])} stored; anonymously REST {len(public_keys)}, GraphQL {len(graph_keys)}; "
        f"not cited by a public claim among them: {len((public_keys | graph_keys) - cited)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.parse_args()
    print(f"database: {probe.URL.split('@')[-1]}")
    probe.build_database()
    hostile = hostile_server()
    port = probe.free_port()
    server = probe.start_server(port, **SERVER_ENV)
    worker = start_worker()
    base = f"http://127.0.0.1:{port}"
    try:
        intake = Intake(base, {"Authorization": f"Token {probe.token(base)}"})
        ssrf(intake, base, hostile)
        drip(intake, hostile)
        uploads(intake, server, worker)
        identical_at_once(intake)
        killed_child(intake, hostile, worker)
        nested_citations(base)
        unreviewed_visible(base, intake.auth)
    finally:
        for process in (server, worker):
            process.terminate()
            process.wait(timeout=30)
    rotating_forwarded_for(probe.free_port())


if __name__ == "__main__":
    main()
