"""A faster graphql-core execution for answers made of thousands of plain values, with the same results.

graphql-core completes every field of every item through the same general steps: a resolve info, a path,
argument values, checks for coroutines, and a dispatch on the field's type, each level of nesting calling
the next. A timeline page holds thousands of fields, and these steps, not the database, were most of the
time of a GraphQL page (bench/api_bench.py; docs/benchmarks.md).

It is written against graphql-core's execution internals (execute_field, collect_subfields,
build_resolve_info, handle_field_error, get_field_def), so graphql-core is pinned in pyproject.toml; the
setting GRAPHQL_PLANNED_EXECUTION turns it off (core.graphql.view).

Here each field of the request's document is planned once per request: how to read its value (the
default resolver reads a key or an attribute and needs no resolve info; any other resolver is called as
graphql-core calls it, with the same info and arguments) and how to complete it (a leaf is serialized; a
list or an object is completed by its own plan, fields by fields). A plan runs only while everything is
ordinary. On the first thing that is not (an exception, a null where none may be, a value the type cannot
serialize, an abstract type, an object its type does not accept), it gives up, and the field is resolved
the standard way, which reports the problem exactly as graphql-core does; a plan that gave up is not tried
again in the same request. Resolvers may therefore run twice for a field that fails: they must not have
effects beyond loading data (this schema's loaders load once per request, core.graphql.records).

tests/api/test_graphql_records.py runs queries of every shape through this context and through graphql-
core's own, and requires identical data and errors; the GraphQL tests run with the setting on and off.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, cast

from graphene.types.resolver import dict_or_attr_resolver
from graphql import (
    ExecutionContext,
    FieldNode,
    GraphQLEnumType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)
from graphql.error import located_error
from graphql.execution.execute import get_field_def
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path, Undefined
from graphql.type.introspection import TypeNameMetaFieldDef


class GiveUp(Exception):  # a signal between plans, never an error anyone sees
    """A plan met something it does not handle: the standard execution takes over."""


def never_awaitable(value) -> bool:
    return False


# A completion: (value, path of the value) -> the value as the response holds it, or GiveUp.
Completion = Callable[[Any, Path | None], Any]


class FieldPlan:
    """How to resolve and complete one field of the document, for a parent type."""

    __slots__ = (
        "arguments",
        "complete",
        "field_def",
        "field_nodes",
        "gave_up",
        "needs_path",
        "parent_type",
        "read",
        "read_default",
        "read_key",
        "resolver",
    )

    def __init__(self, field_def, field_nodes, parent_type) -> None:
        self.field_def = field_def
        self.field_nodes = field_nodes
        self.parent_type = parent_type
        self.read: Callable | None = None  # graphene's default resolver, or None: call `resolver`
        self.read_key, self.read_default = None, None
        self.resolver: Callable | None = None
        self.arguments: dict[str, Any] = {}
        self.complete: Completion | None = None
        self.needs_path = not is_leaf_type(get_named_type(field_def.type))  # a leaf's completion needs no path
        self.gave_up = False  # once in a request: the standard way for the rest of it


def reads_by_default(field_def) -> bool:
    """graphene's default resolver (a key of a dict, an attribute of an object): it does not look at its
    resolve info, so none needs to be built."""
    resolve = field_def.resolve
    return isinstance(resolve, partial) and resolve.func is dict_or_attr_resolver and not field_def.args


class PlannedExecutionContext(ExecutionContext):
    """graphql-core's ExecutionContext, with planned fields (see the module's docstring). Every resolver of
    this schema is synchronous, so no value is checked for being a coroutine."""

    is_awaitable = staticmethod(never_awaitable)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.field_plans: dict[tuple, FieldPlan | None] = {}
        self.enum_values: dict[GraphQLEnumType, dict] = {}
        self.planning = not (self.middleware_manager and self.middleware_manager.middlewares)

    def execute_operation(self, operation, root_value):
        try:
            return super().execute_operation(operation, root_value)
        finally:
            # A plan's completion holds the plan and this context: cut, the context and what it reached
            # are freed with the request, not by the garbage collector's full passes.
            for plan in self.field_plans.values():
                if plan is not None:
                    plan.complete = None
            self.field_plans.clear()

    # The standard entry point, per field of a selection set: try the plan, else the standard way.

    def execute_field(self, parent_type, source, field_nodes, path):
        plan = self.field_plan(parent_type, field_nodes) if self.planning else None
        if plan is None or plan.gave_up:
            return super().execute_field(parent_type, source, field_nodes, path)
        field_def = plan.field_def
        info = None
        try:
            if plan.read is not None:
                result = plan.read(source, None)
            else:
                info = self.build_resolve_info(field_def, field_nodes, parent_type, path)
                result = cast(Callable, plan.resolver)(source, info, **plan.arguments)
            try:
                return cast(Completion, plan.complete)(result, path)
            except Exception:  # any surprise: the standard completion below reports it
                plan.gave_up = True
            if info is None:
                info = self.build_resolve_info(field_def, field_nodes, parent_type, path)
            return self.complete_value(field_def.type, field_nodes, info, path, result)
        except Exception as raw_error:
            # As graphql-core's execute_field does with an error of the resolver or of the completion.
            error = located_error(raw_error, field_nodes, path.as_list())
            self.handle_field_error(error, field_def.type, path)
            return None

    # Planning, once per request for each field of the document and parent type.

    def field_plan(self, parent_type: GraphQLObjectType, field_nodes: list[FieldNode]) -> FieldPlan | None:
        key = (parent_type, *map(id, field_nodes))
        try:
            return self.field_plans[key]
        except KeyError:
            pass
        self.field_plans[key] = None  # a recursive type plans its fields again lower down, on demand
        plan = self.plan_field(parent_type, field_nodes)
        self.field_plans[key] = plan
        return plan

    def plan_field(self, parent_type, field_nodes) -> FieldPlan | None:
        field_def = get_field_def(self.schema, parent_type, field_nodes[0])
        if field_def is None or field_def is TypeNameMetaFieldDef:
            return None
        plan = FieldPlan(field_def, field_nodes, parent_type)
        if reads_by_default(field_def):
            read = cast(partial, field_def.resolve)
            plan.read = read
            plan.read_key, plan.read_default = read.args
        else:
            try:
                plan.arguments = get_argument_values(field_def, field_nodes[0], self.variable_values)
            except Exception:  # the standard way reports a bad argument
                return None
            plan.resolver = field_def.resolve or self.field_resolver
        plan.complete = self.plan_completion(field_def.type, field_nodes, plan, 0)
        return None if plan.complete is None else plan

    def plan_completion(
        self, return_type: GraphQLOutputType, field_nodes, plan: FieldPlan, list_depth: int
    ) -> Completion | None:
        """How graphql-core's complete_value would complete a value of `return_type`, for ordinary values."""
        if isinstance(return_type, GraphQLNonNull):
            inner = self.plan_completion(return_type.of_type, field_nodes, plan, list_depth)
            return None if inner is None else partial(complete_non_null, inner)
        if isinstance(return_type, GraphQLList):
            inner = self.plan_completion(return_type.of_type, field_nodes, plan, list_depth + 1)
            return None if inner is None else partial(complete_list, inner)
        if isinstance(return_type, GraphQLEnumType):
            return partial(complete_enum, return_type, self.enum_values.setdefault(return_type, {}))
        if isinstance(return_type, GraphQLScalarType):
            return partial(complete_leaf, return_type.serialize)
        if isinstance(return_type, GraphQLObjectType):
            return self.plan_object(return_type, field_nodes, plan, list_depth)
        return None  # an interface or a union: the standard way resolves the runtime type

    def plan_object(self, object_type: GraphQLObjectType, field_nodes, plan: FieldPlan, list_depth: int):
        # [response key, field nodes or None for __typename, plan once known]
        subfields = [
            [response_key, None if sub_nodes[0].name.value == "__typename" else sub_nodes, None]
            for response_key, sub_nodes in self.collect_subfields(object_type, field_nodes).items()
        ]
        record_class = getattr(getattr(object_type, "graphene_type", None), "record_class", None)
        return partial(self.complete_object, object_type, subfields, record_class, plan, list_depth)

    # Completion of an object: its own fields, planned lazily (a type may hold itself: disputes).

    def complete_object(self, object_type, subfields, record_class, plan: FieldPlan, list_depth: int, value, path):
        if value is None or value is Undefined:
            return None
        if isinstance(value, Exception):
            raise GiveUp
        is_type_of = object_type.is_type_of
        if is_type_of is not None and not (record_class is not None and isinstance(value, record_class)):
            field_path = path
            for _ in range(list_depth):
                field_path = field_path.prev
            info = self.build_resolve_info(plan.field_def, plan.field_nodes, plan.parent_type, field_path)
            if is_type_of(value, info) is not True:
                raise GiveUp
        completed = {}
        for subfield in subfields:
            response_key, sub_nodes, sub_plan = subfield
            if sub_nodes is None:
                completed[response_key] = object_type.name
                continue
            if sub_plan is None:
                sub_plan = subfield[2] = self.field_plan(object_type, sub_nodes)
                if sub_plan is None:
                    raise GiveUp
            if sub_plan.gave_up:
                raise GiveUp
            if sub_plan.read is not None:
                result = (
                    value.get(sub_plan.read_key, sub_plan.read_default)
                    if isinstance(value, dict)
                    else sub_plan.read(value, None)
                )
                if not sub_plan.needs_path:
                    completed[response_key] = sub_plan.complete(result, None)
                    continue
                sub_path = Path(path, response_key, object_type.name)
            else:
                sub_path = Path(path, response_key, object_type.name)
                info = self.build_resolve_info(sub_plan.field_def, sub_nodes, object_type, sub_path)
                result = sub_plan.resolver(value, info, **sub_plan.arguments)
            completed[response_key] = sub_plan.complete(result, sub_path)
        return completed


def complete_non_null(inner: Completion, value, path):
    completed = inner(value, path)
    if completed is None:
        raise GiveUp
    return completed


def complete_list(inner: Completion, value, path: Path | None):
    if value is None or value is Undefined:
        return None
    if not isinstance(value, list | tuple):
        raise GiveUp
    return [inner(item, path.add_key(index) if path is not None else None) for index, item in enumerate(value)]


def complete_leaf(serialize: Callable, value, path):
    if value is None or value is Undefined:
        return None
    if isinstance(value, Exception):
        raise GiveUp
    serialized = serialize(value)
    if serialized is None or serialized is Undefined:
        raise GiveUp
    return serialized


def complete_enum(enum_type: GraphQLEnumType, known: dict, value, path):
    """An enum's serialization depends on the value only, and graphene's is slow: it is remembered."""
    if value is None or value is Undefined:
        return None
    if type(value) is str:
        try:
            return known[value]
        except KeyError:
            pass
    serialized = complete_leaf(enum_type.serialize, value, path)
    if type(value) is str:
        known[value] = serialized
    return serialized
