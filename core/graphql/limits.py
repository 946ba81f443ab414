"""Limits on a GraphQL document, checked before anything is executed: its length, depth, field count and
worst-case cost."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from functools import partial

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationRule,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
    is_list_type,
)

MAX_QUERY_CHARACTERS = 10_000
MAX_DEPTH = 10
MAX_FIELDS = 300


class FieldCountLimit(ValidationRule):
    """A simple complexity bound: the number of fields a query selects, fragments included."""

    def __init__(self, context) -> None:
        super().__init__(context)
        self.count = 0

    def enter_field(self, node: FieldNode, *args) -> None:
        self.count += 1
        if self.count == MAX_FIELDS + 1:
            self.report_error(
                GraphQLError(f"The query selects more than {MAX_FIELDS} fields: split it into smaller queries.")
            )


MAX_NODES = 50_000  # the objects one query may ask for, in the worst case its page sizes allow
UNKNOWN_LIST_BOUND = 100  # a plain list of objects whose app gave no bound

# Plain lists (an article's citations, a claim's actors) are not paged: what one can hold is the data's own
# bound, the longest such list stored now. The app that owns the types gives a function answering
# {(type name, field name): longest}; it is asked at most once a minute per process (and only by a query
# that has a plain list), so a list that grows is counted at its new length within the minute.
ListBounds = Mapping[tuple[str, str], int]
BOUNDS_SECONDS = 60.0
_bounds_source: Callable[[], ListBounds] | None = None
_bounds: tuple[float, tuple[tuple[tuple[str, str], int], ...]] = (0.0, ())
_bounds_lock = threading.Lock()


def list_bounds_from(source: Callable[[], ListBounds]) -> None:
    """Say where the plain lists' bounds come from (the app defining the types, at import)."""
    global _bounds_source, _bounds
    _bounds_source, _bounds = source, (0.0, ())


def list_bounds_expire() -> None:
    """Ask the source again at the next query (tests, after they change the data)."""
    global _bounds
    _bounds = (0.0, ())


def list_bounds() -> tuple[tuple[tuple[str, str], int], ...]:
    """The plain lists' bounds now."""
    global _bounds
    asked, bounds = _bounds
    if _bounds_source is None or time.monotonic() - asked < BOUNDS_SECONDS:
        return bounds
    with _bounds_lock:
        if time.monotonic() - _bounds[0] >= BOUNDS_SECONDS:
            _bounds = (time.monotonic(), tuple(sorted(_bounds_source().items())))
        return _bounds[1]


def list_bounds_version() -> float | None:
    """Which bounds are in use (when they were asked), a key to remember a cost by; None when they are due to be
    asked again (or never were), and a cost counted now may differ."""
    if _bounds_source is None:
        return 0.0
    asked = _bounds[0]
    return asked if asked and time.monotonic() - asked < BOUNDS_SECONDS else None


class QueryCostLimit(ValidationRule):
    """The worst case of a query, counted before it runs: each object field counts once, times the page size
    of every connection above it (`first`/`last`, the largest page when unset or given by a variable),
    times the longest stored list for each plain list above it (list_bounds). Aliases are fields of their
    own, so they count too. A query whose worst case exceeds MAX_NODES is refused, with the figure and the
    budget, as GitHub's GraphQL API refuses queries over its node limit."""

    def __init__(self, context) -> None:
        super().__init__(context)
        self.fragment_costs: dict[str, int] = {}
        self.bounds: dict[tuple[str, str], int] | None = None  # asked when a plain list is met

    def list_bound(self, parent: str, field: str) -> int | None:
        if self.bounds is None:
            self.bounds = dict(list_bounds())
        return self.bounds.get((parent, field))

    def enter_operation_definition(self, node: OperationDefinitionNode, *args) -> None:
        schema = self.context.schema
        root = {
            OperationType.QUERY: schema.query_type,
            OperationType.MUTATION: schema.mutation_type,
            OperationType.SUBSCRIPTION: schema.subscription_type,
        }.get(node.operation)
        if root is None:
            return
        cost = self.cost(node.selection_set, root, frozenset())
        if cost > MAX_NODES:
            self.report_error(
                GraphQLError(
                    f"The query may return up to {cost:,} objects; the budget is {MAX_NODES:,}. Ask for smaller "
                    "pages (first/last), fewer aliases or fewer nested connections.",
                    node,
                    # The largest integer every JSON reader keeps exactly (a cost can exceed 64 bits).
                    extensions={"code": "QUERY_TOO_COSTLY", "cost": min(cost, 2**53 - 1), "budget": MAX_NODES},
                )
            )

    def cost(self, selection_set: SelectionSetNode | None, parent: GraphQLNamedType, fragments: frozenset) -> int:
        if selection_set is None or not isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)):
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                field = parent.fields.get(selection.name.value)
                if field is None:
                    continue  # introspection, or an unknown field another rule reports
                named = get_named_type(field.type)
                if is_leaf_type(named):
                    continue
                # A connection's edges are the page its `first` already counted.
                times = (
                    1
                    if parent.name.endswith("Connection")
                    else multiplier(selection, field.type, partial(self.list_bound, parent.name, selection.name.value))
                )
                total += times * (1 + self.cost(selection.selection_set, named, fragments))
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.context.schema.get_type(condition.name.value) if condition else parent
                total += self.cost(selection.selection_set, inner or parent, fragments)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.context.get_fragment(name)
                if fragment is None or name in fragments:
                    continue  # unknown, or a cycle: other rules report them
                if name not in self.fragment_costs:
                    inner = self.context.schema.get_type(fragment.type_condition.name.value) or parent
                    self.fragment_costs[name] = self.cost(fragment.selection_set, inner, fragments | {name})
                total += self.fragment_costs[name]
            if total > MAX_NODES * 1_000:
                return total  # far over already: stop counting
        return total


def multiplier(node: FieldNode, field_type, list_bound: Callable[[], int | None] = lambda: None) -> int:
    """How many objects one occurrence of the field stands for (`list_bound()`: a plain list's longest)."""
    for argument in node.arguments:
        if argument.name.value in ("first", "last"):
            if isinstance(argument.value, IntValueNode):
                return max(1, int(argument.value.value))
            return max_page()  # a variable: the largest page it could ask for
    named = get_named_type(field_type)
    if named.name.endswith("Connection"):
        return max_page()
    if not is_list_type(get_nullable_type(field_type)):
        return 1
    bound = list_bound()
    return max(1, bound if bound is not None else UNKNOWN_LIST_BOUND)


def max_page() -> int:
    from graphene_django.settings import graphene_settings

    return int(graphene_settings.RELAY_CONNECTION_MAX_LIMIT or 100)
