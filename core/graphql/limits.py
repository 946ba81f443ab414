"""Limits on a GraphQL document, checked before anything is executed: its length, depth, field count and
worst-case cost."""

from __future__ import annotations

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


MAX_NODES = 10_000  # the objects one query may ask for, in the worst case its page sizes allow
LIST_ESTIMATE = 5  # a plain list of objects (a claim's actors or citations) is short: counted as this many


class QueryCostLimit(ValidationRule):
    """The worst case of a query, counted before it runs: each object field counts once, times the page size
    of every connection above it (`first`/`last`, the largest page when unset or given by a variable),
    times LIST_ESTIMATE for each plain list above it. Aliases are fields of their own, so they count too.
    A query whose worst case exceeds MAX_NODES is refused, with the figure and the budget, as GitHub's
    GraphQL API refuses queries over its node limit."""

    def __init__(self, context) -> None:
        super().__init__(context)
        self.fragment_costs: dict[str, int] = {}

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
                times = 1 if parent.name.endswith("Connection") else multiplier(selection, field.type)
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


def multiplier(node: FieldNode, field_type) -> int:
    """How many objects one occurrence of the field stands for."""
    for argument in node.arguments:
        if argument.name.value in ("first", "last"):
            if isinstance(argument.value, IntValueNode):
                return max(1, int(argument.value.value))
            return max_page()  # a variable: the largest page it could ask for
    named = get_named_type(field_type)
    if named.name.endswith("Connection"):
        return max_page()
    return LIST_ESTIMATE if is_list_type(get_nullable_type(field_type)) else 1


def max_page() -> int:
    from graphene_django.settings import graphene_settings

    return int(graphene_settings.RELAY_CONNECTION_MAX_LIMIT or 100)
