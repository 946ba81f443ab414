"""GraphQL types of the corpus that need nothing above it. An article's type lives with facts, because what
the public sees of an article is decided by the claims citing it."""

from graphene_django import DjangoObjectType

from core.graphql.records import Record, RecordType
from corpus.models import Source


class SourceRecord(Record):
    pass


class SourceType(RecordType, DjangoObjectType):
    record_class = SourceRecord

    class Meta:
        model = Source
        fields = ("name", "name_native", "kind", "homepage")
