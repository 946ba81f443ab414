"""Named locks held until the transaction ends: two requests doing the same thing at once (bringing in the
same text, the same URL) take turns, so the second sees what the first wrote.

PostgreSQL: transaction-level advisory locks (`pg_advisory_xact_lock`), keyed by a 64-bit hash of the name,
taken in a fixed order so two holders of several never deadlock. SQLite needs none: its transactions begin
IMMEDIATE here (config/settings), so writers already take turns for the whole transaction.
"""

from __future__ import annotations

import hashlib

from django.db import connection, transaction


def lock_key(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


def lock_until_commit(*names: str) -> None:
    """Wait for, then hold, the named locks until the current transaction commits or rolls back."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("lock_until_commit needs a transaction: the lock ends with it")
    if connection.vendor != "postgresql":
        return
    keys = sorted({lock_key(name) for name in names if name})
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [key])
