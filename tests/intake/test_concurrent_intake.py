"""The same article submitted by several clients at once, through a real server (live_server: a thread per
request, a database connection each): one article, the others told it is already stored, no 5xx; a new
outlet named by all of them is created once. On PostgreSQL the submissions take turns on advisory locks; on
SQLite its IMMEDIATE transactions already make them take turns (core/locks.py). And without a broker, a web
request's job runs on a thread after the request answered."""

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from django.db import connection
from rest_framework.authtoken.models import Token

from corpus.models import Article, Source
from intake.models import Job
from tests.conftest import curator_group
from tests.intake.pages import Handler, serving

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the SQLite test database lives in memory with a shared cache, whose table locks refuse a second "
        "writer at once instead of waiting as the product's file database does (busy timeout, IMMEDIATE)",
    ),
]

TEXT = (
    "Azerbaijan and Israel signed a memorandum on cyber security in Baku on 14 March 2024, the two "
    "governments said in a joint statement."
)
SUBMISSIONS = 20


@pytest.fixture
def token(django_user_model) -> str:
    user = django_user_model.objects.create_user("curator", password="a-curator-password", is_staff=True)
    user.groups.add(curator_group())
    return Token.objects.create(user=user).key


def submit_at_once(url: str, token: str, bodies: list[dict]) -> list[requests.Response]:
    with requests.Session() as session, ThreadPoolExecutor(max_workers=len(bodies)) as pool:
        headers = {"Authorization": f"Token {token}"}
        return list(pool.map(lambda body: session.post(url, json=body, headers=headers, timeout=120), bodies))


def test_twenty_identical_texts_at_once_store_one_article_and_one_new_outlet(live_server, token):
    body = {"text": TEXT, "title": "Cyber memorandum", "source": "A new outlet", "language": "en"}

    responses = submit_at_once(f"{live_server.url}/api/v1/articles/", token, [body] * SUBMISSIONS)

    statuses = sorted(response.status_code for response in responses)
    assert all(status < 500 for status in statuses), [r.text[:300] for r in responses if r.status_code >= 500]
    assert statuses.count(202) == 1 and statuses.count(200) == SUBMISSIONS - 1, statuses
    assert Article.objects.count() == 1 and Source.objects.filter(name="A new outlet").count() == 1
    stored = Article.objects.get()
    assert {r.json()["id"] for r in responses if r.status_code == 200} == {stored.pk}  # "already stored": that one


def test_the_same_text_under_different_titles_at_once_is_still_one_article(live_server, token):
    bodies = [{"text": TEXT, "title": f"Title {n}", "source": "Outlet", "language": "en"} for n in range(8)]

    responses = submit_at_once(f"{live_server.url}/api/v1/articles/", token, bodies)

    assert sorted(r.status_code for r in responses) == [200] * 7 + [202]
    assert Article.objects.count() == 1


class SlowPage(Handler):
    """The English page of tests/intake/pages.py, after a second: submissions arrive while it is fetched."""

    def do_GET(self) -> None:
        time.sleep(1)
        super().do_GET()


def test_one_url_submitted_at_once_is_fetched_once(live_server, token):
    """Every submission is answered with the job already fetching the page (no broker here: the job runs in
    the request that made it, once that request's transaction committed), or, once it is stored, with the
    article."""
    with serving(SlowPage) as base:
        body = {"url": f"{base}/en/pipeline.html", "source": "Outlet", "language": "en"}
        responses = submit_at_once(f"{live_server.url}/api/v1/articles/", token, [body] * 8)

    assert all(response.status_code in (200, 202) for response in responses), [r.text[:200] for r in responses]
    assert Job.objects.filter(kind=Job.Kind.URL).count() == 1
    assert Job.objects.get().status == Job.Status.DONE
    assert Article.objects.count() == 1


class VerySlowPage(Handler):
    def do_GET(self) -> None:
        time.sleep(3)
        super().do_GET()


def test_without_a_broker_a_web_request_answers_before_its_page_is_fetched(live_server, token, settings):
    """make run has no broker: the job runs on a thread of the web process after the request answered (the
    request waits on no other server), and the curator follows it at /api/v1/jobs/{id}/."""
    settings.JOBS_AFTER_RESPONSE = True
    headers = {"Authorization": f"Token {token}"}
    with serving(VerySlowPage) as base:
        started = time.perf_counter()
        response = requests.post(
            f"{live_server.url}/api/v1/articles/",
            json={"url": f"{base}/en/pipeline.html", "source": "Outlet"},
            headers=headers,
            timeout=30,
        )
        answered = time.perf_counter() - started
        deadline, job = time.monotonic() + 30, {}
        while time.monotonic() < deadline:
            job = requests.get(response.json()["job"], headers=headers, timeout=10).json()
            if job["status"] in ("done", "failed"):
                break
            time.sleep(0.2)

    assert response.status_code == 202 and answered < 2.0, answered  # the page takes 3 s to come
    assert job["status"] == "done", job
    assert Article.objects.get(pk=job["article"]).url == f"{base}/en/pipeline.html"
