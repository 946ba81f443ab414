"""After the database drops the application's connections (a restart, a failover), the next request on each
worker reconnects instead of failing: Django's connection health checks (CONN_HEALTH_CHECKS)."""

import urllib.request

import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL server drops connections")


def test_a_request_after_the_servers_connections_were_terminated_succeeds(transactional_db, live_server):
    url = f"{live_server.url}/api/v1/topics/"
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own test server
        assert response.status == 200
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        [terminated] = cursor.fetchone()
    assert terminated >= 1  # the live server's kept-open connection

    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        assert response.status == 200
