"""Settings for the test suite: the database still comes from DATABASE_URL (SQLite by default,
PostgreSQL in the second CI pass)."""

from .local import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105 (tests only)
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

# The suite sends thousands of anonymous requests from one address; the throttling tests set their own rates.
REST_FRAMEWORK = {
    **REST_FRAMEWORK,
    "DEFAULT_THROTTLE_RATES": {
        "anon": "100000/min",
        "token": "100000/min",
        "token_username": "100000/min",
    },
}

# The suite's own web pages are served from 127.0.0.1 (tests/intake/pages.py): said here, as a deployment would
# name a network it trusts; the fetch policy's tests take it away again to see loopback refused.
FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]

# Without a broker, a web request's jobs run on a thread after it answered (intake.services.job_enqueue); the
# suite runs them at commit instead, so a test reads their result at once. The tests of the thread turn it on.
JOBS_AFTER_RESPONSE = False
