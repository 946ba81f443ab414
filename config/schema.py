"""The one GraphQL root: each app's queries joined here."""

import graphene

from corpus.graphql.schema import CorpusQueries
from facts.graphql.schema import FactsQueries


class Query(FactsQueries, CorpusQueries, graphene.ObjectType):
    pass


schema = graphene.Schema(query=Query)
