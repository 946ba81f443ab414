"""JSON built by the database, the same on PostgreSQL and SQLite.

A timeline page carries thousands of nested values (actors, topics, citations with their article and
source). Prefetching them makes a Django model object and a related manager for each, which costs several
times the SQL itself; built by the database, they arrive as one JSON column per claim and the page is one
query. The expressions compose with querysets (filters, OuterRef), so visibility rules stay in the ORM.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import Any
from weakref import WeakKeyDictionary

import orjson
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import BooleanField, Func, JSONField, QuerySet, Subquery
from django.db.models.expressions import RawSQL

KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class BuiltJSON(JSONField):
    """JSON the query built. psycopg already decodes PostgreSQL's `json` type (Django only expects `jsonb`,
    which it asks for as text); SQLite hands over text."""

    def from_db_value(self, value, expression, connection):
        return orjson.loads(value) if isinstance(value, str) else value


class JSONObject(Func):
    """A JSON object whose keys keep the order given (Django's own builds jsonb on PostgreSQL, which
    reorders keys: an API's output would not read in its documented order). Keys are written into the SQL
    as literals, not bound as casted parameters: a page's query has a hundred of them, and each expression
    more costs Django time to resolve and compile on every request."""

    function = "JSON_OBJECT"
    output_field = BuiltJSON()

    def __init__(self, **fields) -> None:
        for key in fields:
            if not KEY.fullmatch(key):
                raise ValueError(f"JSON key {key!r}: letters, digits and underscores only")
        self.keys = tuple(fields)
        super().__init__(*fields.values())

    def as_sql(self, compiler, connection, function=None, template=None, arg_joiner=None, **extra_context):
        parts, params = [], []
        for key, expression in zip(self.keys, self.get_source_expressions(), strict=True):
            sql, expression_params = compiler.compile(expression)
            parts.append(f"'{key}', {sql}")
            params.extend(expression_params)
        return f"{function or self.function}({', '.join(parts)})", tuple(params)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="JSON_BUILD_OBJECT", **extra_context)


class JSONBoolean(Func):
    """A boolean column as JSON true/false (SQLite stores booleans as 0 and 1)."""

    output_field = BuiltJSON()
    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        template = "JSON(CASE WHEN %(expressions)s THEN 'true' ELSE 'false' END)"
        return self.as_sql(compiler, connection, template=template, **extra_context)


class JSONValue(Func):
    """A JSON column embedded as JSON, not as a string of JSON (SQLite keeps JSON as text)."""

    output_field = BuiltJSON()
    template = "%(expressions)s"

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, template="JSON(%(expressions)s)", **extra_context)


class JSONArray(Subquery):
    """The `item` of each row of a queryset (JSON or a number, never NULL) as a JSON array in the given order;
    [] when there is none.

    `order_by` names plain columns of the queryset's model. PostgreSQL orders inside the aggregate (the
    order of a subquery's rows is not promised to an aggregate); SQLite, whose aggregates take no ORDER BY
    before 3.44, aggregates rows in the order the ordered subquery yields them.
    """

    output_field = BuiltJSON()

    def __init__(self, queryset: QuerySet, *, item, order_by: tuple[str, ...]) -> None:
        for column in order_by:
            if not KEY.fullmatch(column):
                raise ValueError(f"order_by {column!r}: a plain column name")
        self.order_by_columns = order_by
        rows = queryset.annotate(item=item).order_by(*order_by).values("item", *order_by)
        super().__init__(rows)

    def as_postgresql(self, compiler, connection, **extra_context):
        order = ", ".join(f"_rows.{connection.ops.quote_name(column)}" for column in self.order_by_columns)
        # Column names were checked in __init__; the subquery is compiled by Django with its parameters.
        template = f"(SELECT COALESCE(JSON_AGG(_rows.item ORDER BY {order}), '[]'::json) FROM (%(subquery)s) _rows)"  # noqa: S608
        return self.as_sql(compiler, connection, template=template, **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        # Each item is JSON text already (a JSON_OBJECT, or a number): joined with commas they are the array,
        # with no need for JSON_GROUP_ARRAY(JSON(item)), which parses every item again (a third of the time
        # of a thousand claims' lists).
        template = "(SELECT '[' || COALESCE(GROUP_CONCAT(_rows.item, ','), '') || ']' FROM (%(subquery)s) _rows)"
        return self.as_sql(compiler, connection, template=template, **extra_context)


# Apostrophes and quote marks people type, or leave out, inside names: Ya'alon, Yaalon, Ya’alon; ג'ורג', ג׳ורג׳.
APOSTROPHES = "'’‘ʼ`׳״\""


def without_apostrophes(text: str) -> str:
    return text.translate({ord(mark): None for mark in APOSTROPHES})


def WithoutApostrophes(expression):
    """A text column with the marks of APOSTROPHES removed, in SQL (both databases)."""
    from django.db.models import F, TextField, Value
    from django.db.models.functions import Replace

    built = F(expression) if isinstance(expression, str) else expression
    for mark in APOSTROPHES:
        built = Replace(built, Value(mark), Value(""), output_field=TextField())
    return built


class ByIds:
    """A values() queryset run again and again for other ids, compiled once per database connection: its SQL
    is cached and only the ids change, given as a list or as the SQL of a query that selects them.

    A page's records (facts.selectors.claims_as_records) are one query whose dozens of nested expressions
    Django resolves and compiles anew on every request: a few milliseconds of a page of 100, as much as the
    database takes to answer it (bench/api_bench.py). `build(id_in)` returns the queryset given
    `id_in(model)`, a filter expression for "the row's id is among the ids"; rows come back as `values()`
    gives them, the compiler's own converters applied."""

    def __init__(self, build: Callable[[Any], QuerySet], connection) -> None:
        marker = IdsMarker()
        queryset = build(lambda model: ids_condition(model, marker, connection))
        self.vendor = connection.vendor
        self.compiler = queryset.order_by().query.get_compiler(connection=connection)
        self.sql, params = self.compiler.as_sql()
        self.params = list(params)
        slots = [index for index, param in enumerate(self.params) if param is marker]
        if len(slots) != 1 or self.sql.count(IDS_PLACEHOLDER) != 1:
            raise ValueError("the ids must appear once in the statement")
        self.slot = slots[0]
        # A list: an array parameter on PostgreSQL, JSON text on SQLite.
        self.list_sql = self.sql.replace(
            IDS_PLACEHOLDER, "%s" if self.vendor == "postgresql" else "SELECT value FROM json_each(%s)"
        )
        query = queryset.query
        self.names = [*query.extra_select, *query.values_select, *query.annotation_select]
        fields = [column[0] for column in self.compiler.select[: self.compiler.col_count]]
        self.converters = self.compiler.get_converters(fields)

    def rows(self, ids: list[int]) -> list[dict]:
        """The rows of these ids, in the order of the list (an id not found is left out)."""
        if not ids:
            return []
        params = list(self.params)
        params[self.slot] = list(ids) if self.vendor == "postgresql" else orjson.dumps(list(ids)).decode()
        by_id = {row["id"]: row for row in self.run(self.list_sql, params)}
        return [by_id[pk] for pk in ids if pk in by_id]

    def rows_of(self, ids: QuerySet) -> list[dict]:
        """The rows of the ids a query selects (its one column), in no particular order: one statement, the
        query as its subquery."""
        ids_sql, ids_params = ids.query.sql_with_params()
        # The placeholder is a comment of ours and a parameter: there is one of each, found in __init__.
        sql = self.sql.replace(IDS_PLACEHOLDER, f"ARRAY({ids_sql})" if self.vendor == "postgresql" else ids_sql)
        return self.run(sql, [*self.params[: self.slot], *ids_params, *self.params[self.slot + 1 :]])

    def run(self, sql: str, params: list) -> list[dict]:
        with self.compiler.connection.cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        if self.converters:
            fetched = self.compiler.apply_converters(fetched, self.converters)
        return [dict(zip(self.names, values, strict=True)) for values in fetched]


class IdsMarker:
    """Where the ids go among a compiled statement's parameters (found by identity)."""


# Where the ids go in a compiled statement's SQL: a list parameter, or the SQL of a subquery instead.
IDS_PLACEHOLDER = "/* ids */ %s"


def ids_condition(model, marker: IdsMarker, connection) -> RawSQL:
    """ "The row's id is among the ids" (ByIds puts a list or a subquery in the placeholder's place)."""
    # The SQL holds only the model's own quoted table and column names; the ids are a parameter.
    column = f"{connection.ops.quote_name(model._meta.db_table)}.{connection.ops.quote_name(model._meta.pk.column)}"
    if connection.vendor == "postgresql":
        return RawSQL(f"{column} = ANY({IDS_PLACEHOLDER})", (marker,), output_field=BooleanField())  # noqa: S611
    return RawSQL(f"{column} IN ({IDS_PLACEHOLDER})", (marker,), output_field=BooleanField())  # noqa: S611


# One compiled statement per connection (a thread's own) and purpose: the cache dies with the connection.
_statements: WeakKeyDictionary = WeakKeyDictionary()


def by_ids(key: Hashable, build: Callable[[Any], QuerySet], using: str = DEFAULT_DB_ALIAS) -> ByIds:
    """The statement `build` makes (see ByIds), compiled the first time `key` is asked for on this
    connection."""
    connection = connections[using]
    statements = _statements.setdefault(connection, {})
    try:
        return statements[key]
    except KeyError:
        statement = statements[key] = ByIds(build, connection)
        return statement
