"""The one GraphQL root: each app's queries joined here."""

import graphene

from facts.graphql.schema import FactsQueries


class Query(FactsQueries, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query)
