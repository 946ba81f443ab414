"""After the database drops the application's connections (a restart, a failover), the next request on each
worker reconnects instead of failing: Django's connection health checks (CONN_HEALTH_CHECKS).

The server here is a single-threaded WSGI server, like one sync gunicorn worker: every request runs on the same
thread and so reuses that thread's persistent connection (CONN_MAX_AGE), which is what a restart breaks. Django's
own live_server closes its connections after every request and so cannot show this.
"""

import threading
import urllib.request
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from django.core.wsgi import get_wsgi_application
from django.db import connection, connections

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL server drops connections")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def backend_pids() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return {pid for (pid,) in cursor.fetchall()}


def serve_until_shutdown(server) -> None:
    server.serve_forever()
    connections.close_all()  # this thread's connections, so the test database can be dropped


def test_a_request_after_the_database_dropped_the_workers_connection_succeeds(transactional_db, settings):
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] > 0  # the worker keeps its connection between requests
    server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=QuietHandler)
    thread = threading.Thread(target=serve_until_shutdown, args=(server,), daemon=True)
    before = backend_pids()
    thread.start()
    url = f"http://127.0.0.1:{server.server_port}/api/v1/topics/"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
        workers_connections = backend_pids() - before
        assert workers_connections  # kept open after the request
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM unnest(%s::int[]) AS pid", [list(workers_connections)]
            )
            assert cursor.fetchone()[0] == len(workers_connections)

        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
