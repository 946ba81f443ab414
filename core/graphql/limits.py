"""Limits on a GraphQL document, checked before anything is executed: its length, depth and field count."""

from __future__ import annotations

from graphql import FieldNode, GraphQLError, ValidationRule

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
