"""GraphQL types for facts. Every type's values are records of one class (facts.graphql.loaders), whatever
route reaches them; fields and their values come from facts.representation, as REST's do."""

from __future__ import annotations

import graphene
from graphene import relay
from graphene.utils.str_converters import to_snake_case
from graphene_django import DjangoObjectType
from graphene_django.filter import DjangoFilterConnectionField
from graphene_django.filter.fields import convert_enum
from graphql import GraphQLError
from graphql_relay import cursor_to_offset

from core.edtf import edtf_display
from core.errors import filtered
from core.graphql.records import RecordType, info_free, read
from core.models import Language
from corpus.graphql.types import SourceRecord, SourceType  # noqa: F401 (registered: ArticleType.source)
from corpus.models import Article
from facts.filters import ActorFilterSet, ClaimFilterSet
from facts.graphql.loaders import (
    ActorRecord,
    ActorsByIdLoader,
    AliasesByActorIdLoader,
    ArticleDetailsByIdLoader,
    ArticleRecord,
    ArticlesByIdLoader,
    CitationRecord,
    CitationsByArticleIdLoader,
    CitationsByIdLoader,
    ClaimRecord,
    ClaimsByIdLoader,
    TopicRecord,
    TopicsByIdLoader,
    claims_handed_out,
)
from facts.keyset import InvalidCursor, decode_cursor, encode_cursor
from facts.models import Actor, Citation, Claim, Topic
from facts.representation import (
    ACTOR_FIELDS,
    ARTICLE_SUMMARY_FIELDS,
    CITATION_FIELDS,
    CLAIM_PLAIN_FIELDS,
    TOPIC_FIELDS,
    open_end,
    open_start,
    precision_name,
    text_in,
)
from facts.selectors import claims_filtered, claims_page

LanguageEnum = graphene.Enum("Language", [(code.upper(), code) for code in Language.values])


def language_code(language) -> str:
    """graphene 3 hands enum arguments over as enum members; the code is their value."""
    return getattr(language, "value", language)


def fields_except(fields: tuple[str, ...], *declared: str) -> tuple[str, ...]:
    """A type's model fields from the representation, less those the type declares itself."""
    return tuple(name for name in fields if name not in ("id", *declared))


class DateType(graphene.ObjectType):
    """A claim's date: the EDTF value, the days it can mean and words for it."""

    # Its value is the claim's record itself (ClaimType.resolve_date hands it down).

    edtf = graphene.String(required=True, resolver=read("date"))
    start = graphene.Date(description="First day the date can mean; null when the interval is open.")
    end = graphene.Date(description="Last day the date can mean; null when the interval is open.")
    precision = graphene.String(required=True)
    approximate = graphene.Boolean(required=True, resolver=read("date_approximate"))
    uncertain = graphene.Boolean(required=True, resolver=read("date_uncertain"))
    display = graphene.String(required=True, language=LanguageEnum(default_value="en"))

    @info_free
    def resolve_start(claim: ClaimRecord, info):
        return open_start(claim["date_start"])

    @info_free
    def resolve_end(claim: ClaimRecord, info):
        return open_end(claim["date_end"])

    @info_free
    def resolve_precision(claim: ClaimRecord, info) -> str:
        return precision_name(claim["date_precision"])

    @info_free
    def resolve_display(claim: ClaimRecord, info, language="en") -> str:
        return edtf_display(claim["date"], language_code(language))


class TopicType(RecordType, DjangoObjectType):
    record_class = TopicRecord
    database_id = graphene.Int(required=True, resolver=read("id"))

    class Meta:
        model = Topic
        interfaces = (relay.Node,)
        fields = fields_except(TOPIC_FIELDS)

    @classmethod
    def get_node(cls, info, id):
        return TopicsByIdLoader.of(info.context).load(int(id))


class ArticleType(RecordType, DjangoObjectType):
    """An article, with the citations the viewer may see (`text` for curators only)."""

    record_class = ArticleRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    text = graphene.String(description="The full text: curators only.")
    citations = graphene.List(graphene.NonNull(lambda: CitationType), required=True)

    class Meta:
        model = Article
        interfaces = (relay.Node,)
        fields = (*fields_except(ARTICLE_SUMMARY_FIELDS), "translation_of")

    @classmethod
    def get_node(cls, info, id):
        return ArticlesByIdLoader.of(info.context).load(int(id))

    @classmethod
    def records_handed_out(cls, context, records: list) -> None:  # ArticleRecords
        for loader in (ArticleDetailsByIdLoader, CitationsByArticleIdLoader):
            loader.of(context).hint(article["id"] for article in records)

    @info_free
    def resolve_source(article: ArticleRecord, info) -> SourceRecord:
        return SourceRecord(article["source"])

    def resolve_translation_of(article: ArticleRecord, info) -> ArticleRecord | None:
        return ArticleDetailsByIdLoader.of(info.context).load(article["id"]).get("translation_of")

    def resolve_text(article: ArticleRecord, info) -> str | None:
        return ArticleDetailsByIdLoader.of(info.context).load(article["id"]).get("text")

    def resolve_citations(article: ArticleRecord, info) -> list[CitationRecord]:
        return CitationsByArticleIdLoader.of(info.context).load(article["id"])


class CitationType(RecordType, DjangoObjectType):
    record_class = CitationRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    article = graphene.Field(ArticleType, required=True)
    language = graphene.String(required=True, resolver=read("language"))
    date_words = graphene.String(required=True, resolver=read("date_words"))

    class Meta:
        model = Citation
        interfaces = (relay.Node,)
        fields = fields_except(CITATION_FIELDS, "claim", "article", "language", "date_words")

    @classmethod
    def get_node(cls, info, id):
        return CitationsByIdLoader.of(info.context).load(int(id))

    @info_free
    def resolve_article(citation: CitationRecord, info) -> ArticleRecord:
        return ArticleRecord(citation["article"])


class ClaimType(RecordType, DjangoObjectType):
    """A dated claim about one or more actors, with the exact words of its sources."""

    record_class = ClaimRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    date = graphene.Field(DateType, required=True)
    actors = graphene.List(graphene.NonNull(lambda: ActorType), required=True)
    topics = graphene.List(graphene.NonNull(TopicType), required=True)
    citations = graphene.List(graphene.NonNull(CitationType), required=True)
    disputes = graphene.List(graphene.NonNull(lambda: ClaimType), required=True)
    summary_in = graphene.String(required=True, language=LanguageEnum(required=True))

    class Meta:
        model = Claim
        interfaces = (relay.Node,)
        fields = CLAIM_PLAIN_FIELDS
        filterset_class = ClaimFilterSet

    @classmethod
    def get_node(cls, info, id):
        return ClaimsByIdLoader.of(info.context).load(int(id))

    @info_free
    def resolve_date(claim: ClaimRecord, info) -> ClaimRecord:
        return claim

    # The record carries its actors, topics and visible citations: no query.
    @info_free
    def resolve_actors(claim: ClaimRecord, info) -> list[ActorRecord]:
        return [ActorRecord(actor) for actor in claim["actor_list"]]

    @info_free
    def resolve_topics(claim: ClaimRecord, info) -> list[TopicRecord]:
        return [TopicRecord(topic) for topic in claim["topic_list"]]

    @info_free
    def resolve_citations(claim: ClaimRecord, info) -> list[CitationRecord]:
        return [CitationRecord(citation) for citation in claim["citation_list"]]

    def resolve_disputes(claim: ClaimRecord, info) -> list[ClaimRecord]:
        disputed = ClaimsByIdLoader.of(info.context).load_many(claim["dispute_ids"])
        return [record for record in disputed if record is not None]

    @info_free
    def resolve_summary_in(claim: ClaimRecord, info, language) -> str:
        return text_in(claim, "summary", language_code(language))


class FilteredConnectionField(DjangoFilterConnectionField):
    """graphene-django's filtered connection, with invalid filter values raised as FilterError, the one path
    every surface takes: the GraphQL view answers it with the fields in `extensions`, as REST's 400 body."""

    @classmethod
    def resolve_queryset(cls, connection, iterable, info, args, filtering_args, filterset_class):
        """graphene-django's filtering, through the one path every surface takes (core.errors.filtered)."""
        queryset = super(DjangoFilterConnectionField, cls).resolve_queryset(connection, iterable, info, args)
        data = {
            name: to_snake_case(value) if name == "order_by" and value is not None else convert_enum(value)
            for name, value in args.items()
            if name in filtering_args
        }
        if all(value is None for value in data.values()):
            # Nothing to filter by, as REST skips it (core.api): a FilterSet and its form would do nothing
            return queryset
        return filtered(filterset_class(data=data, queryset=queryset, request=info.context))  # FilterError: a 400

    @property
    def args(self):
        """No connection takes an `offset`: positions are cursors (`after`, `before`), as the API promises."""
        return {name: argument for name, argument in super().args.items() if name != "offset"}

    @args.setter
    def args(self, args):
        DjangoFilterConnectionField.args.fset(self, args)

    @classmethod
    def resolve_connection(cls, connection, args, iterable, max_limit=None):
        """graphene-django adds an `after` cursor to `offset` unchecked: a cursor it did not make was a
        TypeError (a 500). It is the client's mistake, named as such."""
        for name in ("after", "before"):
            if args.get(name) is not None and cursor_to_offset(args[name]) is None:
                raise GraphQLError(
                    f"Invalid cursor {args[name]!r} in `{name}`: use a cursor this API gave you.",
                    extensions={"code": "BAD_USER_INPUT", "fields": {name: ["Invalid cursor."]}},
                )
        return super().resolve_connection(connection, args, iterable, max_limit)


class TimelineConnectionField(FilteredConnectionField):
    """Claims in timeline order, filtered by the shared FilterSet and paged by keyset cursors, the same as
    REST's: no COUNT over the filtered set, and a deep page costs what the first does. Nodes are records."""

    @classmethod
    def connection_resolver(
        cls,
        resolver,
        connection,
        default_manager,
        queryset_resolver,
        max_limit,
        enforce_first_or_last,
        root,
        info,
        **args,
    ):
        first, last = args.get("first"), args.get("last")
        for name, value in (("first", first), ("last", last)):
            if value is not None and not 0 <= value <= max_limit:
                raise GraphQLError(
                    f"Requesting {value} records on the `{info.field_name}` connection exceeds the `{name}` "
                    f"limit of {max_limit} records (and cannot be negative)."
                )
        try:
            after = decode_cursor(args["after"])[1:] if args.get("after") else None
            before = decode_cursor(args["before"])[1:] if args.get("before") else None
        except InvalidCursor as error:
            raise GraphQLError(str(error)) from None
        claims = queryset_resolver(connection, resolver(root, info, **args), info, args)
        backwards = last is not None and first is None
        size = first if first is not None else last if last is not None else max_limit
        rows, more = claims_page(
            claims,
            viewer=info.context.user,
            size=size,
            after=after,
            before=before,
            backwards=backwards,
        )
        edges = [
            connection.Edge(node=record, cursor=encode_cursor("n", record))
            for record in claims_handed_out(info.context, rows)
        ]
        page_info = relay.PageInfo(
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
            has_previous_page=more if backwards else bool(after) and bool(rows),
            has_next_page=(bool(rows) and bool(before)) if backwards else more,
        )
        return connection(edges=edges, page_info=page_info)


class RecordConnectionField(FilteredConnectionField):
    """A connection (with graphene-django's filters and offset cursors) whose nodes are records: the filtered
    queryset is read by `as_records`, and each row becomes the node type's record."""

    def __init__(self, type_, *args, as_records, **kwargs) -> None:
        self.as_records = as_records
        super().__init__(type_, *args, **kwargs)

    def get_queryset_resolver(self):
        filtered = super().get_queryset_resolver()
        as_records = self.as_records

        def resolve(connection, iterable, info, args):
            return as_records(filtered(connection, iterable, info, args))

        return resolve

    @classmethod
    def connection_resolver(cls, resolver, connection, default_manager, queryset_resolver, max_limit, *args, **kwargs):
        page = super().connection_resolver(
            resolver, connection, default_manager, queryset_resolver, max_limit, *args, **kwargs
        )
        node_type = connection._meta.node
        records = []
        for edge in page.edges:
            edge.node = node_type.record_class(edge.node)
            records.append(edge.node)
        info = args[2] if len(args) > 2 else kwargs["info"]  # (enforce_first_or_last, root, info, **arguments)
        node_type.records_handed_out(info.context, records)
        return page


class ActorType(RecordType, DjangoObjectType):
    record_class = ActorRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    aliases = graphene.List(graphene.NonNull(graphene.String), required=True, language=LanguageEnum())
    claims = TimelineConnectionField(ClaimType, filterset_class=ClaimFilterSet)

    class Meta:
        model = Actor
        interfaces = (relay.Node,)
        fields = fields_except(ACTOR_FIELDS)
        filterset_class = ActorFilterSet

    @classmethod
    def get_node(cls, info, id):
        return ActorsByIdLoader.of(info.context).load(int(id))

    @classmethod
    def records_handed_out(cls, context, records: list) -> None:  # ActorRecords
        AliasesByActorIdLoader.of(context).hint(actor["id"] for actor in records)

    def resolve_wikidata_id(actor: ActorRecord, info) -> str:
        return actor_field(actor, "wikidata_id", info)

    def resolve_description(actor: ActorRecord, info) -> str:
        return actor_field(actor, "description", info)

    def resolve_aliases(actor: ActorRecord, info, language=None) -> list[str]:
        code = language_code(language) if language is not None else None
        pairs = AliasesByActorIdLoader.of(info.context).load(actor["id"])
        return [alias for alias_language, alias in pairs if code is None or alias_language == code]

    def resolve_claims(actor: ActorRecord, info, **kwargs):
        if len(info.path.as_list()) != 2:  # an actor asked for at the top only: nested, it repeats per item
            # One query per actor would grow with the page: ask the timeline for several actors instead.
            raise GraphQLError(
                "claims is available on actor(id: ...) only; for several actors use timeline(actor: ...)"
            )
        return claims_filtered(viewer=info.context.user, filters={"actor": str(actor["id"])})


def actor_field(actor: ActorRecord, name: str, info):
    """A field of the actor: from the record when it carries it (a claim's actors carry their summary
    only), else from the actor's full record."""
    if name in actor:
        return actor[name]
    full = ActorsByIdLoader.of(info.context).load(actor["id"])
    return full[name] if full is not None else None
