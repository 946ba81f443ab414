"""Relay global ids ("ClaimType:12", base64) and plain database ids, read the same way everywhere."""

from __future__ import annotations

from graphene import relay
from graphql import GraphQLError


def database_id(value: str, type_name: str) -> int | None:
    """The database id in `value`: a plain id, or a global id of `type_name`; None for anything else."""
    if value.isascii() and value.isdigit():  # "²".isdigit() is true, and int("²") fails
        return int(value)
    try:
        found_type, pk = relay.Node.from_global_id(value)
    except Exception:  # graphene raises several kinds for text that is not a global id
        return None
    return int(pk) if found_type == type_name and pk.isascii() and pk.isdigit() else None


class NodeField(relay.node.NodeField):
    """relay's `node(id:)`, with an id that is not a global id (empty, not base64, an unknown type) answered
    as the client's error naming the argument; graphene raises a bare Exception for it (a 500)."""

    def __init__(self) -> None:
        super().__init__(relay.Node)

    def wrap_resolve(self, parent_resolver):
        resolve = super().wrap_resolve(parent_resolver)

        def resolve_node(root, info, id: str, **kwargs):
            try:
                return resolve(root, info, id=id, **kwargs)
            except GraphQLError:
                raise
            except Exception as error:  # graphene's only signal for a malformed or foreign id
                raise GraphQLError(
                    f"node(id:) needs a global id (as `id` of an object gives it); {str(error).split('.')[0]}.",
                    extensions={"field": "id"},
                ) from None

        return resolve_node
