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
        "choice_read",
        "complete",
        "field_def",
        "field_nodes",
        "gave_up",
        "info_free",
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
        self.info_free = False  # the resolver is called without a resolve info
        self.choice_read: tuple | None = None  # graphene-django's read of a choice field: (key, default)
        self.arguments: dict[str, Any] = {}
        self.complete: Completion | None = None
        self.needs_path = not is_leaf_type(get_named_type(field_def.type))  # a leaf's completion needs no path
        self.gave_up = False  # once in a request: the standard way for the rest of it


def needs_no_info(resolve) -> bool:
    """A resolver that does not look at its resolve info: marked so (core.graphql.records.info_free), graphene's
    default read, or graphene-django's wrappers of one (a choice field's: "" as null, a choice as its value)."""
    while resolve is not None:
        if getattr(resolve, "needs_no_info", False):
            return True
        if isinstance(resolve, partial) and resolve.func is dict_or_attr_resolver:
            return True
        resolve = getattr(resolve, "__wrapped__", None)
    return False


def choice_read(resolve) -> tuple | None:
    """(key, default) when `resolve` is graphene-django's resolver of a model's choice field: a default read
    whose "" is null and whose Choices member is its value (graphene_django.converter's BlankValueField and
    EnumValueField wrappers); else None."""
    wrappers = 0  # (functools.wraps copies the name of what each wraps: the two carry the blank wrapper's)
    while "ValueField.wrap_resolve.<locals>." in getattr(resolve, "__qualname__", ""):
        resolve, wrappers = getattr(resolve, "__wrapped__", None), wrappers + 1
    if wrappers and isinstance(resolve, partial) and resolve.func is dict_or_attr_resolver:
        return tuple(resolve.args)
    return None


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
            elif plan.info_free:
                result = cast(Callable, plan.resolver)(source, None, **plan.arguments)
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
            plan.info_free = needs_no_info(plan.resolver)
            plan.choice_read = choice_read(plan.resolver)
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
        general = partial(self.complete_object, object_type, subfields, record_class, plan, list_depth)
        if record_class is None and object_type.is_type_of is not None:
            return general  # the type checks its values itself
        return CompiledObject(self, object_type, subfields, record_class, general)

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
                if sub_plan.info_free:
                    result = sub_plan.resolver(value, None, **sub_plan.arguments)
                else:
                    info = self.build_resolve_info(sub_plan.field_def, sub_nodes, object_type, sub_path)
                    result = sub_plan.resolver(value, info, **sub_plan.arguments)
            completed[response_key] = sub_plan.complete(result, sub_path)
        return completed


# Scalars whose serialization gives back a value of exactly this type unchanged (graphql-core's serialize_string,
# serialize_int within 32 bits, serialize_boolean): a compiled object passes such values through.
PASSED_THROUGH = {"String": "str", "ID": "str", "Boolean": "bool"}
INT_RANGE = "-2147483648 <= {v} <= 2147483647"


class CompiledObject:
    """The completion of an object type's records for one request, compiled into one Python function when first
    called (its fields' plans are known by then; a recursive type's own plan is not, and stays general): a field
    read by key whose value is a plain string, integer or boolean is put in the answer as it is, with no call
    per field; anything else goes through its plan's completion, as `complete_object` does. Any value the
    compiled checks do not expect raises GiveUp, and the standard execution takes over."""

    __slots__ = ("context", "function", "general", "object_type", "record_class", "subfields")

    def __init__(self, context, object_type, subfields, record_class, general) -> None:
        self.context, self.object_type, self.subfields = context, object_type, subfields
        self.record_class, self.general = record_class, general
        self.function: Callable | None = None

    def __call__(self, value, path):
        function = self.function
        if function is None:
            if value is None or value is Undefined:
                return None
            function = self.function = self.compile(type(value))
        return function(value, path)

    def compile(self, value_class: type) -> Callable:
        """The function for this request: its source is built once per shape of the type's selection (the same
        query asked again reuses it) and bound to this request's plans. A type without a record class (a
        connection, an edge) is compiled for the class of its first value, read by attribute unless a dict."""
        value_class = self.record_class or value_class
        parts: dict[str, Any] = {"record_class": value_class, "general": self.general}
        shape: list[Any] = [self.object_type.name, issubclass(value_class, dict)]
        for index, (response_key, sub_nodes, _) in enumerate(self.subfields):
            if sub_nodes is None:
                shape.append((response_key, "__typename"))
                continue
            sub_plan = self.context.field_plan(self.object_type, sub_nodes)
            if sub_plan is None or (sub_plan.read is None and not sub_plan.info_free):
                return self.general  # not plannable, planned lazily lower down, or a resolver reading its info
            parts[f"plan_{index}"], parts[f"complete_{index}"] = sub_plan, sub_plan.complete
            enum = get_named_type(sub_plan.field_def.type)
            if isinstance(enum, GraphQLEnumType):  # serialized values by value, as complete_enum keeps them
                parts[f"known_{index}"] = self.context.enum_values.setdefault(enum, {})
            listed = listed_object(sub_plan)
            if listed is not None:
                parts[f"item_{index}"] = listed
            if sub_plan.choice_read is not None:
                parts[f"default_{index}"] = sub_plan.choice_read[1]
                shape.append((response_key, "choice", sub_plan.choice_read[0], isinstance(enum, GraphQLEnumType)))
            elif sub_plan.read is not None:
                parts[f"default_{index}"] = sub_plan.read_default
                fast = fast_leaf(sub_plan.field_def.type, f"v{index}")
                shape.append((response_key, "read", sub_plan.read_key, fast, sub_plan.needs_path))
            else:
                parts[f"arguments_{index}"] = sub_plan.arguments
                shape.append(
                    (response_key, "resolve", bool(sub_plan.arguments), listed is not None, sub_plan.needs_path)
                )
        names = tuple(sorted(parts))  # what the factory takes: part of the key, so that it always fits the parts
        key = (tuple(shape), names)
        factory = COMPILED.get(key)
        if factory is None:
            if len(COMPILED) >= COMPILED_MOST:
                COMPILED.clear()
            factory = COMPILED[key] = compiled_factory(key[0], list(names))
        return factory(**parts)


COMPILED: dict[tuple, Callable] = {}  # per shape of a selection and its parts: the factory of its completion
COMPILED_MOST = 512


def compiled_factory(shape: tuple, names: list[str]) -> Callable:
    """Source for one shape of an object's selection (see CompiledObject), as a factory taking the request's
    plans: `shape` is the type's name, then per field (response key, how it is read, …) as compile() makes it."""
    type_name, by_key, fields = shape[0], shape[1], shape[2:]
    body = [
        "    def complete(value, path):",
        "        if value is None or value is Undefined:",
        "            return None",
        "        if type(value) is not record_class:",
        "            return general(value, path)",
    ]
    plans = [f"plan_{index}" for index, field in enumerate(fields) if field[1] != "__typename"]
    if plans:
        body += [f"        if {' or '.join(f'{name}.gave_up' for name in plans)}:", "            raise GiveUp"]
    body.append("        get = value.get" if by_key else "        get = partial(getattr, value)")
    entries = []
    for index, field in enumerate(fields):
        response_key, how = field[0], field[1]
        key, name = repr(response_key), f"v{index}"
        if how == "__typename":
            entries.append(f"{key}: {type_name!r}")
            continue
        if how == "choice":  # graphene-django's choice field: "" is null; an unusual value, its own resolver
            _, _, read_key, is_enum = field
            body += [
                f"        {name} = get({read_key!r}, default_{index})",
                f"        if {name} == '':",
                f"            {name} = None",
                f"        elif {name} is not None and type({name}) is not str:",
                f"            {name} = plan_{index}.resolver(value, None)",
            ]
            if is_enum:
                body += [
                    f"        {name} = known_{index}.get({name}) if type({name}) is str else None",
                    f"        if {name} is None:",
                    f"            {name} = complete_{index}(plan_{index}.resolver(value, None), None)",
                ]
            else:
                body.append(f"        {name} = complete_{index}({name}, None)")
            entries.append(f"{key}: {name}")
            continue
        needs_path = field[-1]
        sub_path = f"Path(path, {key}, {type_name!r})" if needs_path else "None"
        if how == "read":
            _, _, read_key, fast, _ = field
            body.append(f"        {name} = get({read_key!r}, default_{index})")
            if fast is not None:
                body += [f"        if not ({fast}):", f"            {name} = complete_{index}({name}, None)"]
                entries.append(f"{key}: {name}")
                continue
        else:
            arguments = f"**arguments_{index}" if field[2] else ""
            body.append(f"        {name} = plan_{index}.resolver(value, None, {arguments})")
            if field[3]:  # a list of non-null objects compiled too: one comprehension, no call per item
                body += [
                    f"        if type({name}) is list:",
                    f"            add = {sub_path}.add_key",
                    f"            {name} = [o if (o := item_{index}(x, add(j))) is not None else give_up()"
                    f" for j, x in enumerate({name})]",
                    "        else:",
                    f"            {name} = complete_{index}({name}, {sub_path})",
                ]
                entries.append(f"{key}: {name}")
                continue
        body.append(f"        {name} = complete_{index}({name}, {sub_path})")
        entries.append(f"{key}: {name}")
    body.append("        return {" + ", ".join(entries) + "}")
    source = "\n".join([f"def factory({', '.join(names)}):", *body, "    return complete"])
    namespace: dict[str, Any] = {
        "GiveUp": GiveUp,
        "Path": Path,
        "Undefined": Undefined,
        "give_up": give_up,
        "partial": partial,
    }
    exec(source, namespace)  # noqa: S102  # source built above from the schema's names and repr()s only
    return namespace["factory"]


def give_up():
    raise GiveUp


def listed_object(plan: FieldPlan) -> CompiledObject | None:
    """The compiled completion of the items, when the field is a non-null list of non-null objects."""
    complete = plan.complete
    if not (isinstance(complete, partial) and complete.func is complete_non_null):
        return None
    listed = complete.args[0]
    if not (isinstance(listed, partial) and listed.func is complete_list):
        return None
    item = listed.args[0]
    if not (isinstance(item, partial) and item.func is complete_non_null):
        return None
    return item.args[0] if isinstance(item.args[0], CompiledObject) else None


def fast_leaf(field_type, name: str) -> str | None:
    """A test that `name` is already its field's completed value (a non-null value of a passed-through scalar's
    own type, or None where null is allowed), or None when the field's type has no such test."""
    nullable = not isinstance(field_type, GraphQLNonNull)
    named = field_type if nullable else field_type.of_type
    if not isinstance(named, GraphQLScalarType):
        return None
    if named.name == "Int":
        test = f"type({name}) is int and " + INT_RANGE.format(v=name)
    elif named.name in PASSED_THROUGH:
        test = f"type({name}) is {PASSED_THROUGH[named.name]}"
    else:
        return None
    return f"{name} is None or ({test})" if nullable else test


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
