"""Values for GraphQL: records and the request-scoped loaders that fetch them by id.

A list resolved from model objects spends most of its time making them (a page of claims holds over a
thousand related objects); a record is a dictionary the database built (core.db) and graphene reads by key.
Each GraphQL type has one value type, its record class, whichever route reaches it: a page, a node id, a
nested field.

What a record does not carry is fetched by a loader keyed by the ids asked for (`<Thing>By<Key>Loader`, the
DataLoader idea without its asynchronous machinery). GraphQL resolves depth-first: the first claim's nested
fields are asked for before the second claim is completed. So when a list of records is handed out, the ids
its items will need are *hinted* to the loaders, lazily; the first load that misses fetches what it was asked
for together with every hinted id, in one query. An id nobody hinted is still loaded: a record reached by an
unforeseen route gets its value, not a gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import partial
from typing import Any, ClassVar, Generic, Self, TypeVar

from graphene.types.resolver import dict_or_attr_resolver


class Record(dict):
    """A row the database built as JSON. Subclasses name what it is, one per GraphQL type."""


def read(key: str) -> partial:
    """A resolver reading `key` the way graphene reads a field by default, which the planned execution
    recognises and runs without building a resolve info (core.graphql.execution)."""
    return partial(dict_or_attr_resolver, key, None)


def info_free(resolver):
    """Marks a resolver that reads its record and arguments only, never its resolve info: the planned execution
    calls it without building one (core.graphql.execution), as it reads a field by default."""
    resolver.needs_no_info = True
    return resolver


class RecordType:
    """For a graphene object type whose values are records of `record_class`."""

    record_class: ClassVar[type[Record]] = Record

    @classmethod
    def is_type_of(cls, root, info) -> bool:
        return isinstance(root, cls.record_class)

    @staticmethod
    def resolve_id(root: Record, info) -> int:
        return root["id"]

    @classmethod
    def records_handed_out(cls, context, records: list[Record]) -> None:
        """A list of this type's records is about to be completed: hint the loaders what they will ask."""


Key = TypeVar("Key")
Value = TypeVar("Value")


class Loader(Generic[Key, Value]):
    """Values by key for one request: subclasses say how to fetch a set of keys (`fetch`) and what an
    unknown key gives (`missing`)."""

    missing: Any = None

    def __init__(self, context) -> None:
        self.context = context
        self.values: dict[Key, Value] = {}
        self.hints: list[Iterable[Key]] = []

    @classmethod
    def of(cls, context) -> Self:
        """This request's loader of this kind (`context`: the request, as resolvers get it in info.context)."""
        loaders = getattr(context, "graphql_loaders", None)
        if loaders is None:
            loaders = context.graphql_loaders = {}
        loader = loaders.get(cls)
        if loader is None:
            loader = loaders[cls] = cls(context)
        return loader

    @property
    def viewer(self):
        return self.context.user

    def fetch(self, keys: set[Key]) -> Mapping[Key, Value]:
        raise NotImplementedError

    def hint(self, keys: Iterable[Key]) -> None:
        """Keys likely to be asked for soon (read only when a load misses)."""
        self.hints.append(keys)

    def load_many(self, keys: Iterable[Key]) -> list[Value]:
        keys = list(keys)
        wanted = {key for key in keys if key not in self.values}
        if wanted:
            for hint in self.hints:
                wanted.update(key for key in hint if key not in self.values)
            self.hints.clear()
            found = self.fetch(wanted)
            for key in wanted:
                self.values[key] = found.get(key, self.missing)
        return [self.values[key] for key in keys]

    def load(self, key: Key) -> Value:
        return self.load_many([key])[0]


def release_request_loaders(context) -> None:
    """Let go of the request's loaded values once its answer is built."""
    if getattr(context, "graphql_loaders", None) is not None:
        context.graphql_loaders = None
