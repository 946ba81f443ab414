"""Relay global ids ("ClaimType:12", base64) and plain database ids, read the same way everywhere."""

from __future__ import annotations

from graphene import relay


def database_id(value: str, type_name: str) -> int | None:
    """The database id in `value`: a plain id, or a global id of `type_name`; None for anything else."""
    if value.isdigit():
        return int(value)
    try:
        found_type, pk = relay.Node.from_global_id(value)
    except Exception:  # graphene raises several kinds for text that is not a global id
        return None
    return int(pk) if found_type == type_name and pk.isdigit() else None
