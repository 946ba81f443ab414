"""Optimistic concurrency for versioned rows (claims, citations): read the row as stored now, locked until
the transaction ends, and refuse a change made on a version that is no longer current."""

from __future__ import annotations

from typing import TypeVar

from django.db import models

from core.errors import StaleWrite

Versioned = TypeVar("Versioned", bound=models.Model)


def lock_for_change(model: type[Versioned], *, pk: int, expected_version: int | None, what: str) -> Versioned:
    """The row as stored now, locked until the transaction ends; StaleWrite (naming who changed it last, from
    its history) when it is no longer at `expected_version`. Call inside a transaction."""
    row = model.objects.select_for_update().get(pk=pk)  # type: ignore[attr-defined]
    if expected_version is not None and row.version != expected_version:  # type: ignore[attr-defined]
        last = row.history.order_by("-history_date").select_related("history_user").first()  # type: ignore[attr-defined]
        raise StaleWrite(
            current_version=row.version,  # type: ignore[attr-defined]
            changed_by=str(last.history_user) if last is not None and last.history_user else None,
            what=what,
        )
    return row
