"""schemathesis against the real OpenAPI and GraphQL schemas, through the WSGI application, on the curated
timeline with drafts beside it: every response must be a non-5xx that conforms to the committed contract.

Bounded so that CI stays fast (FUZZ_EXAMPLES per operation, 25 by default); run with more to search harder:
    FUZZ_EXAMPLES=200 .venv/bin/python -m pytest tests/api/test_fuzz.py
Each operation is tried anonymously and as a curator (session cookie + CSRF token, as the admin's JavaScript would).
"""

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
HYPOTHESIS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same cases on every run, so a CI failure reproduces
    suppress_health_check=list(HealthCheck),
    database=None,
)

# Not checked: "a request the schema allows was refused" (positive_data_acceptance). A cursor is an opaque
# string, an actor filter any name, a token request any username: the schema cannot say which strings name
# something, and refusing the ones that do not (a 400 naming the parameter) is the right answer.
CHECKS = {"excluded_checks": [schemathesis.checks.positive_data_acceptance]}

APP = get_wsgi_application()
rest = schemathesis.openapi.from_wsgi("/api/schema/", APP)
graphql = schemathesis.graphql.from_wsgi("/graphql", APP)


@pytest.fixture
def world(drafts):
    return drafts


@pytest.fixture
def keep_connection():
    """schemathesis calls the WSGI application itself, which sends Django's request signals; their
    close_old_connections would close the test's connection in the middle of its transaction (on
    PostgreSQL). Django's own test client disconnects it the same way (and connects it again after each of
    its requests: this fixture comes last)."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def curator_headers(curator) -> dict[str, str]:
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)
    client.get("/admin/")  # sets the CSRF cookie
    session = client.cookies["sessionid"].value
    csrf = client.cookies["csrftoken"].value
    return {"Cookie": f"sessionid={session}; csrftoken={csrf}", "X-CSRFToken": csrf}


@pytest.mark.django_db(transaction=False)
@rest.parametrize()
@HYPOTHESIS
def test_rest_anonymous(case, world, keep_connection):
    case.call_and_validate(**CHECKS)


@pytest.mark.django_db(transaction=False)
@rest.parametrize()
@HYPOTHESIS
def test_rest_as_a_curator(case, world, curator_headers, keep_connection):
    case.call_and_validate(headers=curator_headers, **CHECKS)


@pytest.mark.django_db(transaction=False)
@graphql.parametrize()
@HYPOTHESIS
def test_graphql_anonymous(case, world, keep_connection):
    case.call_and_validate(**CHECKS)


@pytest.mark.django_db(transaction=False)
@graphql.parametrize()
@HYPOTHESIS
def test_graphql_as_a_curator(case, world, curator_headers, keep_connection):
    case.call_and_validate(headers=curator_headers, **CHECKS)
