"""Keyset positions in timeline order, shared by REST's cursor pagination and GraphQL's connections. The
timeline is ordered by (date_start, date_end, id); a cursor carries all three, so pages stay stable
when claims are added and each page is one index range scan, however deep."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Mapping

from django.db.models import Q, QuerySet

from facts.models import TIMELINE_ORDER


def position(row) -> tuple[dt.date, dt.date, int]:
    """Where a claim (a model object or a record of `claims_as_records`) stands in timeline order."""
    if isinstance(row, Mapping):
        return row["date_start"], row["date_end"], row["id"]
    return row.date_start, row.date_end, row.pk


def encode_cursor(direction: str, row) -> str:
    day, end, pk = position(row)
    raw = f"{direction}|{day.isoformat()}|{end.isoformat()}|{pk}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


class InvalidCursor(ValueError):
    pass


def decode_cursor(cursor: str) -> tuple[str, dt.date, dt.date, int]:
    """(direction, date_start, date_end, id); InvalidCursor for anything that is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        direction, day, end, pk = raw.split("|")
        if direction not in ("n", "p"):
            raise ValueError(direction)
        return direction, dt.date.fromisoformat(day), dt.date.fromisoformat(end), int(pk)
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise InvalidCursor(f"Invalid cursor {cursor[:40]!r}: use a cursor this API gave you.") from None


def after_position(day: dt.date, end: dt.date, pk: int) -> Q:
    return Q(date_start__gt=day) | Q(date_start=day, date_end__gt=end) | Q(date_start=day, date_end=end, id__gt=pk)


def before_position(day: dt.date, end: dt.date, pk: int) -> Q:
    return Q(date_start__lt=day) | Q(date_start=day, date_end__lt=end) | Q(date_start=day, date_end=end, id__lt=pk)


def keyset_query(
    claims: QuerySet, *, size: int, after: tuple | None = None, before: tuple | None = None, backwards: bool = False
) -> QuerySet:
    """Claims in timeline order strictly after `after` and before `before` (positions: date_start, date_end,
    id), from the end when `backwards`: the query of a page of `size` (facts.selectors.claims_page), one row
    more than the page, in the direction of travel (page_of makes the page of them)."""
    if after:
        claims = claims.filter(after_position(*after))
    if before:
        claims = claims.filter(before_position(*before))
    order = tuple(f"-{name}" for name in TIMELINE_ORDER) if backwards else TIMELINE_ORDER
    return claims.order_by(*order)[: size + 1]


def page_of(rows: list, size: int, *, backwards: bool = False) -> tuple[list, bool]:
    """keyset_query's rows (in the direction of travel) as a page in timeline order, and whether more lie
    beyond it."""
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    return rows, more
