"""The probes of the hardening issue, rerun against a real server: gunicorn (2 sync workers, production-like
settings) on a fresh database with the seeds and the curated timeline.

    .venv/bin/python bench/hardening_probe.py                    # SQLite
    DATABASE_URL=postgres://root@127.0.0.1:5432/postgres .venv/bin/python bench/hardening_probe.py
    ... --wrk      also wrk -t2 -c8 -d20s on three URLs (needs Debian's wrk)

Prints: the nested GraphQL query's answer and time; 20 concurrent PATCH pairs on one claim (different fields,
same field; with If-Match as the API asks, and without): acknowledged writes lost, 412s, 500s; admin login
attempts before the lockout; requests failing after the database dropped every connection of the app.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "probe-curator-password-long-enough"  # noqa: S105 - a throwaway database's curator


def database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        base, _, _ = url.rpartition("/")
        return f"{base}/hardening_probe"
    return f"sqlite:///{Path(tempfile.mkdtemp()) / 'probe.sqlite3'}"


URL = database_url()
ENV = {
    **os.environ,
    "DATABASE_URL": URL,
    "DJANGO_SETTINGS_MODULE": "config.settings.local",
    "DEBUG": "false",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "API_ANONYMOUS_RATE": "1000000/min",
    "API_TOKEN_RATE": "1000/min",
    "CURATOR_PASSWORD": PASSWORD,
}


def manage(*args: str) -> None:
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True, capture_output=True)


def build_database() -> None:
    if URL.startswith("postgres"):
        import psycopg

        admin_url = os.environ["DATABASE_URL"]
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute("DROP DATABASE IF EXISTS hardening_probe WITH (FORCE)")
            connection.execute("CREATE DATABASE hardening_probe")
    manage("migrate", "--noinput")
    manage("ingest", "seeds/", "--no-extract")
    manage("load_timeline", "fixtures/")
    manage("create_curator", "probe")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, **environment: str) -> subprocess.Popen:
    """gunicorn with 2 sync workers on this database; `environment`: settings to change (benchmarks)."""
    server = subprocess.Popen(
        [
            sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
            "--workers", "2", "--timeout", "30",
        ],
        cwd=ROOT, env={**ENV, "DJANGO_SETTINGS_MODULE": "config.settings.local", **environment},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(100):
        try:
            requests.get(f"http://127.0.0.1:{port}/api/v1/topics/", timeout=30)
            return server
        except requests.ConnectionError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def nested_graphql(base: str) -> None:
    aliases = " ".join(f'c{i}: claims(first: 100, q: "{i}") {{ edges {{ node {{ databaseId }} }} }}' for i in range(20))
    query = f'{{ actor(id: "israel") {{ claims(first: 100) {{ edges {{ node {{ actors {{ {aliases} }} }} }} }} }} }}'
    started = time.perf_counter()
    response = requests.post(f"{base}/graphql", json={"query": query}, timeout=120)
    elapsed = time.perf_counter() - started
    message = response.json()["errors"][0]["message"] if response.status_code != 200 else "answered"
    print(f"nested GraphQL query (20 aliases): {response.status_code} in {elapsed * 1000:.0f} ms — {message[:110]}")


def token(base: str) -> str:
    answer = requests.post(f"{base}/api/v1/auth/token/", data={"username": "probe", "password": PASSWORD}, timeout=10)
    answer.raise_for_status()
    return answer.json()["token"]


def races(base: str, auth: dict, *, same_field: bool, if_match: bool, pairs: int = 20) -> dict[str, int]:
    claims = requests.get(f"{base}/api/v1/claims/?page_size=1", headers=auth, timeout=10).json()["results"]
    url = f"{base}/api/v1/claims/{claims[0]['id']}/"
    counts = {"lost": 0, "412": 0, "5xx": 0, "acknowledged": 0}
    for round_ in range(pairs):
        etag = requests.get(url, headers=auth, timeout=10).headers["ETag"]
        fields = ("summary_he", "summary_he") if same_field else ("summary_he", "summary_ar")
        values = (f"ראשון {round_}", f"ثاني {round_}") if not same_field else (f"א {round_}", f"ב {round_}")
        answers: list[tuple[str, str, int]] = []
        barrier = threading.Barrier(2)

        def patch(field: str, value: str, etag=etag, barrier=barrier, answers=answers) -> None:
            headers = {**auth, **({"If-Match": etag} if if_match else {})}
            barrier.wait()
            status = requests.patch(url, json={field: value}, headers=headers, timeout=30).status_code
            answers.append((field, value, status))

        threads = [threading.Thread(target=patch, args=pair) for pair in zip(fields, values, strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        final = requests.get(url, headers=auth, timeout=10).json()
        for field, value, status in answers:
            counts["5xx"] += status >= 500
            counts["412"] += status == 412
            if status == 200:
                counts["acknowledged"] += 1
                counts["lost"] += final[field] != value
    return counts


def lockout(base: str) -> None:
    session = requests.Session()
    login = f"{base}/admin/login/?next=/admin/"
    attempts = 0
    for attempt in range(1, 31):
        page = session.get(login, timeout=10)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        data = {"username": "probe", "password": f"wrong-{attempt}", "next": "/admin/"}
        if csrf:
            data["csrfmiddlewaretoken"] = csrf[1]
        answer = session.post(login, data=data, timeout=10, allow_redirects=False)
        attempts = attempt
        if answer.status_code == 429:
            break
    right = session.post(login, data={**data, "password": PASSWORD}, timeout=10, allow_redirects=False)
    print(f"admin login: locked out at wrong attempt {attempts} (429); the right password then: {right.status_code}")


def dropped_connections(base: str) -> None:
    if not URL.startswith("postgres"):
        print("dropped connections: (PostgreSQL only)")
        return
    import psycopg

    failures = total = 0
    with psycopg.connect(URL, autocommit=True) as connection:
        for _ in range(5):
            for _ in range(10):
                total += 1
                failures += requests.get(f"{base}/api/v1/timeline/", timeout=10).status_code != 200
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    print(f"dropped connections: {failures} of {total} requests failed across 5 drops of every app connection")


def wrk(base: str) -> None:
    script = Path(tempfile.mkdtemp()) / "graphql.lua"
    body = '{"query":"{ timeline(first: 25) { edges { node { id summary date { edtf } } } } }"}'
    script.write_text(
        f"wrk.method = 'POST'\nwrk.body = '{body}'\nwrk.headers['Content-Type'] = 'application/json'\n",
        encoding="utf-8",
    )
    for label, url, extra in [
        ("/api/v1/timeline/", f"{base}/api/v1/timeline/", []),
        ("GraphQL timeline POST", f"{base}/graphql", ["-s", str(script)]),
        ("/embed/timeline/?lang=he", f"{base}/embed/timeline/?lang=he", []),
    ]:
        rate, p99, errors = wrk_figures(url, extra=extra)
        print(f"wrk {label}: {rate:.0f} req/s, p99 {p99}, non-2xx {errors}")


def wrk_figures(url: str, *, seconds: int = 20, extra: list[str] | None = None) -> tuple[float, str, str]:
    """wrk -t2 -c8 against one URL: requests per second, the 99th percentile latency, non-2xx/3xx answers."""
    command = [shutil.which("wrk") or "/usr/bin/wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", *(extra or []), url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return float(rate[1]) if rate else 0.0, p99[1] if p99 else "?", errors[1] if errors else "0"


def main() -> None:
    print(f"database: {URL.split('@')[-1]}")
    build_database()
    port = free_port()
    server = start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        nested_graphql(base)
        auth = {"Authorization": f"Token {token(base)}"}
        for same_field in (False, True):
            for if_match in (True, False):
                counts = races(base, auth, same_field=same_field, if_match=if_match)
                print(
                    f"20 PATCH pairs, {'same field' if same_field else 'different fields'}, "
                    f"{'with If-Match' if if_match else 'no If-Match'}: {counts['acknowledged']} acknowledged, "
                    f"{counts['lost']} of them lost, {counts['412']} × 412, {counts['5xx']} × 5xx"
                )
        lockout(base)
        dropped_connections(base)
        if "--wrk" in sys.argv:
            wrk(base)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
