"""Records for GraphQL: rows the database built as JSON (see core.db and facts.selectors.claims_as_records),
typed so graphene can tell them apart, and related values loaded once per request for all of them.

A claim list resolved from model objects spends most of its time making them (a page of 100 holds ~1,400
related objects); records are dictionaries graphene reads by key. What a record does not carry (an actor's
aliases, an article's full text, a disputed claim) is loaded when a query asks for it, for every record of
that kind handed out so far in the request: one query per kind and level of nesting, whatever the page size
(the DataLoader idea, without its asynchronous machinery).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from graphene.types.resolver import dict_or_attr_resolver


class Record(dict):
    """A row the database built as JSON. Subclasses name what it is."""


def read(key: str) -> partial:
    """A resolver reading `key` the way graphene reads a field by default (a record's key, a model's
    attribute), which the execution's fast path for plain values recognises (config.graphql)."""
    return partial(dict_or_attr_resolver, key, None)


def pk_of(root) -> int:
    return root["id"] if isinstance(root, Record) else root.pk


class RecordAware:
    """For a DjangoObjectType whose values may be records: is_type_of and the global id accept both."""

    record_class: type[Record] = Record

    @classmethod
    def is_type_of(cls, root, info) -> bool:
        if isinstance(root, Record):
            return isinstance(root, cls.record_class)
        return super().is_type_of(root, info)

    def resolve_id(root, info) -> int:
        return pk_of(root)


class RequestRecords:
    """The records handed out during one request, by kind, and what has been loaded for them.

    GraphQL resolves depth-first: the first claim's nested values are asked for before the second claim's.
    So loads are computed from records handed out whole at a level (a page of claims, all the claims a page
    disputes), never from nested values handed out one by one."""

    def __init__(self) -> None:
        self.handed_out: dict[type[Record], list[Record]] = {}
        self.loaded: dict[str, dict] = {}
        self.scanned: dict[str, int] = {}

    def hand_out(self, record_class: type[Record], value: dict) -> Record:
        record = record_class(value)
        self.handed_out.setdefault(record_class, []).append(record)
        return record

    def related(
        self,
        kind: str,
        record_class: type[Record],
        ids_of: Callable[[Record], Iterable[int]],
        fetch: Callable[[set[int]], dict],
    ) -> dict:
        """Values of `kind` by id for every record of `record_class` handed out so far: what the records
        handed out since the last call need, and is not loaded yet, is fetched in one call (ids → {id: value})."""
        known = self.loaded.setdefault(kind, {})
        records = self.handed_out.get(record_class, [])
        fresh = records[self.scanned.get(kind, 0) :]
        self.scanned[kind] = len(records)
        wanted = {pk for record in fresh for pk in ids_of(record)} - known.keys()
        if wanted:
            fetched = fetch(wanted)
            known.update({pk: fetched.get(pk) for pk in wanted})
        return known


def request_records(info) -> RequestRecords:
    context = info.context
    if getattr(context, "graphql_records", None) is None:
        context.graphql_records = RequestRecords()
    return context.graphql_records


def release_request_records(context) -> None:
    """Let go of the request's records once its answer is built."""
    if getattr(context, "graphql_records", None) is not None:
        context.graphql_records = None
