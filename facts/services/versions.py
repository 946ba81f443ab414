"""Versions of claims and citations: optimistic concurrency (read the row as stored now, locked until the
transaction ends, and refuse a change made on a version that is no longer current) and the one function that
raises a claim's version.

A claim's version is its ETag (REST, GraphQL, the admin form's stale-write check). Anything that changes what
`GET /claims/{id}/` shows — its own fields, its citations, actors, topics, disputes, a merge, a review decision —
must raise it, or a client holding the old ETag gets a 304 for a claim that has changed. Every service that
does so calls `claim_version_raise` (or, when it already holds the locked row, `claim_save_changed`); nothing
else writes `version`."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db import models, transaction

from core.errors import StaleWrite
from facts.models import Claim

Versioned = TypeVar("Versioned", bound=models.Model)


def lock_for_change(model: type[Versioned], *, pk: int, expected_version: int | None, what: str) -> Versioned:
    """The row as stored now, locked until the transaction ends; StaleWrite (naming who changed it last, from
    its history) when it is no longer at `expected_version`. Call inside a transaction."""
    row: Any = model._default_manager.select_for_update().get(pk=pk)
    if expected_version is not None and row.version != expected_version:
        last = row.history.order_by("-history_date").select_related("history_user").first()
        raise StaleWrite(
            current_version=row.version,
            changed_by=str(last.history_user) if last is not None and last.history_user else None,
            what=what,
        )
    return row


def claim_lock_for_change(*, claim_id: int, expected_version: int | None = None) -> Claim:
    """The claim as stored now, locked until the transaction ends."""
    return lock_for_change(Claim, pk=claim_id, expected_version=expected_version, what="claim")


def claim_save_changed(claim: Claim, *, by, reason: str | None = None) -> Claim:
    """Save a claim the caller read with `claim_lock_for_change` and changed: its version rises by one and its
    history records who (`None`: the system) and why."""
    claim.version += 1
    claim._history_user = by  # token calls are invisible to the history middleware
    if reason:
        claim._change_reason = reason
    claim.save()
    return claim


@transaction.atomic
def claim_version_raise(*, claim: Claim, by, reason: str) -> Claim:
    """Something a claim shows changed outside its own row (a citation added, moved or removed; actors, topics
    or disputes; a merge): raise its version under a row lock and say why in its history. The caller's object
    gets the new version; its other fields are not written (they may be stale)."""
    locked = claim_save_changed(claim_lock_for_change(claim_id=claim.pk), by=by, reason=reason)
    claim.version = locked.version
    return claim
