"""GraphQL types and queries for facts. Lists come from the same selectors and FilterSet as REST, with
their related values built by the database (records), so the query count does not grow with the page or the
nesting."""

from __future__ import annotations

import graphene
from graphene import relay
from graphene_django import DjangoObjectType
from graphene_django.filter import DjangoFilterConnectionField
from graphql import GraphQLError

from core.edtf import DatePrecision, edtf_display
from core.graphql_records import Record, RecordAware, pk_of, read, request_records
from core.models import Language
from corpus.graphql.schema import ArticleRecord, ArticleType
from facts.filters import ActorFilterSet, ClaimFilterSet
from facts.keyset import InvalidCursor, decode_cursor, encode_cursor, keyset_page
from facts.models import OPEN_END, OPEN_START, Actor, ActorAlias, Citation, Claim, Topic
from facts.selectors import citations_visible_to, claims_as_records, claims_filtered


class ClaimRecord(Record):
    pass


class ActorRecord(Record):
    pass


class TopicRecord(Record):
    pass


class CitationRecord(Record):
    pass


LanguageEnum = graphene.Enum("Language", [(code.upper(), code) for code in Language.values])


def language_code(language) -> str:
    """graphene 3 hands enum arguments over as enum members; the code is their value."""
    return getattr(language, "value", language)


class DateType(graphene.ObjectType):
    edtf = graphene.String(required=True, resolver=read("date"))
    start = graphene.Date(description="First day the date can mean; null when the interval is open.")
    end = graphene.Date(description="Last day the date can mean; null when the interval is open.")
    precision = graphene.String(required=True)
    approximate = graphene.Boolean(required=True, resolver=read("date_approximate"))
    uncertain = graphene.Boolean(required=True, resolver=read("date_uncertain"))
    display = graphene.String(required=True, language=LanguageEnum(default_value="en"))

    # The parent value is the claim's record itself (ClaimType.resolve_date hands it down).

    def resolve_start(claim: ClaimRecord, info):
        return None if claim["date_start"] == OPEN_START else claim["date_start"]

    def resolve_end(claim: ClaimRecord, info):
        return None if claim["date_end"] == OPEN_END else claim["date_end"]

    def resolve_precision(claim: ClaimRecord, info) -> str:
        return DatePrecision(claim["date_precision"]).label.replace(" ", "_")

    def resolve_display(claim: ClaimRecord, info, language="en") -> str:
        return edtf_display(claim["date"], language_code(language))


class TopicType(RecordAware, DjangoObjectType):
    record_class = TopicRecord
    database_id = graphene.Int(required=True, resolver=read("id"))

    class Meta:
        model = Topic
        interfaces = (relay.Node,)
        fields = ("slug", "name", "name_he", "name_ar", "description")


class CitationType(RecordAware, DjangoObjectType):
    record_class = CitationRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    article = graphene.Field(ArticleType, required=True)
    language = graphene.String(required=True)
    date_words = graphene.String(required=True, resolver=read("date_words"))

    class Meta:
        model = Citation
        interfaces = (relay.Node,)
        fields = ("quote", "start", "end", "prefix", "suffix", "is_orphaned")

    @classmethod
    def get_queryset(cls, queryset, info):
        user = info.context.user
        return queryset.filter(pk__in=citations_visible_to(user).filter(claim__in=Claim.objects.visible_to(user)))

    def resolve_language(citation: Citation | CitationRecord, info) -> str:
        return citation["language"] if isinstance(citation, Record) else citation.article.language

    def resolve_article(citation: Citation | CitationRecord, info):
        return ArticleRecord(citation["article"]) if isinstance(citation, Record) else citation.article


class ClaimType(RecordAware, DjangoObjectType):
    """A dated claim about one or more actors, with the exact words of its sources."""

    # Its values are always records (facts.selectors.claims_as_records), never model objects.

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
        fields = ("key", "summary", "summary_he", "summary_ar", "status", "confidence", "created_at", "updated_at")
        filterset_class = ClaimFilterSet

    @classmethod
    def get_node(cls, info, id):
        return claim_record(info, id)

    def resolve_date(claim: ClaimRecord, info) -> ClaimRecord:
        return claim

    # The record carries its actors, topics and visible citations: no query.
    def resolve_actors(claim: ClaimRecord, info) -> list[ActorRecord]:
        return [ActorRecord(actor) for actor in claim["actor_list"]]

    def resolve_topics(claim: ClaimRecord, info) -> list[TopicRecord]:
        return [TopicRecord(topic) for topic in claim["topic_list"]]

    def resolve_citations(claim: ClaimRecord, info) -> list[CitationRecord]:
        return [CitationRecord(citation) for citation in claim["citation_list"]]

    def resolve_disputes(claim: ClaimRecord, info) -> list[ClaimRecord]:
        # The ids are those of visible claims; their records are loaded for every claim of the request at
        # once, and handed out at once, so that what they in turn need is loaded for all of them together.
        records = request_records(info)

        def fetch(ids: set[int]) -> dict[int, ClaimRecord]:
            claims = claims_as_records(Claim.objects.filter(pk__in=ids), viewer=viewer(info))
            return {record["id"]: records.hand_out(ClaimRecord, record) for record in claims}

        disputed = records.related("claims", ClaimRecord, lambda c: c["dispute_ids"], fetch)
        return [disputed[pk] for pk in claim["dispute_ids"] if disputed.get(pk)]

    def resolve_summary_in(claim: ClaimRecord, info, language) -> str:
        code = language_code(language)
        return {"he": claim["summary_he"], "ar": claim["summary_ar"]}.get(code) or claim["summary"]


def viewer(info):
    return info.context.user


def claim_record(info, pk) -> ClaimRecord | None:
    """One visible claim as a record, or None."""
    claims = claims_filtered(viewer=viewer(info)).filter(pk=pk)
    found = list(claims_as_records(claims, viewer=viewer(info)))
    return request_records(info).hand_out(ClaimRecord, found[0]) if found else None


class TimelineConnectionField(DjangoFilterConnectionField):
    """Claims in timeline order, filtered by the shared FilterSet and paged by keyset cursors, the same as
    REST's: no COUNT over the filtered set, and a deep page costs what the first does. Nodes are records.
    There is no `offset`: positions are cursors (`after`, `before`)."""

    @property
    def args(self):
        return {name: argument for name, argument in super().args.items() if name != "offset"}

    @args.setter
    def args(self, args):
        DjangoFilterConnectionField.args.fset(self, args)

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
        rows, more = keyset_page(
            claims_as_records(claims, viewer=viewer(info)), size=size, after=after, before=before, backwards=backwards
        )
        records = request_records(info)
        edges = [
            connection.Edge(node=records.hand_out(ClaimRecord, row), cursor=encode_cursor("n", row)) for row in rows
        ]
        page_info = relay.PageInfo(
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
            has_previous_page=more if backwards else bool(after) and bool(rows),
            has_next_page=(bool(rows) and bool(before)) if backwards else more,
        )
        return connection(edges=edges, page_info=page_info)


class ActorType(RecordAware, DjangoObjectType):
    record_class = ActorRecord
    database_id = graphene.Int(required=True, resolver=read("id"))
    aliases = graphene.List(graphene.NonNull(graphene.String), required=True, language=LanguageEnum())
    claims = TimelineConnectionField(ClaimType, filterset_class=ClaimFilterSet)

    class Meta:
        model = Actor
        interfaces = (relay.Node,)
        fields = ("slug", "name", "name_he", "name_ar", "kind", "wikidata_id", "description")
        filterset_class = ActorFilterSet

    @classmethod
    def get_queryset(cls, queryset, info):
        return queryset.prefetch_related("aliases")

    def resolve_aliases(actor: Actor | ActorRecord, info, language=None) -> list[str]:
        code = language_code(language) if language is not None else None
        if isinstance(actor, Record):
            aliases = request_records(info).related("aliases", ClaimRecord, actor_ids, aliases_of)
            pairs = aliases.get(actor["id"]) or []
        else:
            pairs = [(alias.language, alias.alias) for alias in actor.aliases.all()]
        return [alias for alias_language, alias in pairs if code is None or alias_language == code]

    def resolve_claims(actor: Actor, info, **kwargs):
        if info.path.as_list()[0] != "actor":
            # One query per actor would grow with the page: ask the timeline for several actors instead.
            raise GraphQLError(
                "claims is available on actor(id: ...) only; for several actors use timeline(actor: ...)"
            )
        return claims_filtered(viewer=viewer(info), filters={"actor": str(pk_of(actor))})


def actor_ids(claim: ClaimRecord) -> list[int]:
    return [actor["id"] for actor in claim["actor_list"]]


def aliases_of(actor_ids: set[int]) -> dict[int, list[tuple[str, str]]]:
    aliases: dict[int, list[tuple[str, str]]] = {pk: [] for pk in actor_ids}
    for actor_id, language, alias in ActorAlias.objects.filter(actor_id__in=actor_ids).values_list(
        "actor_id", "language", "alias"
    ):
        aliases[actor_id].append((language, alias))
    return aliases


class FactsQueries(graphene.ObjectType):
    timeline = TimelineConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="Visible claims in chronological order, filtered."
    )
    claims = TimelineConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="The same as timeline (kept for symmetry with REST)."
    )
    claim = graphene.Field(ClaimType, id=graphene.ID(required=True, description="Global id or database id."))
    actors = DjangoFilterConnectionField(ActorType, filterset_class=ActorFilterSet)
    actor = graphene.Field(ActorType, id=graphene.ID(required=True), description="By global id, id or slug.")
    topics = graphene.List(graphene.NonNull(TopicType), required=True)
    node = relay.Node.Field()

    def resolve_timeline(root, info, **kwargs):
        return claims_filtered(viewer=viewer(info))

    def resolve_claims(root, info, **kwargs):
        return claims_filtered(viewer=viewer(info))

    def resolve_claim(root, info, id: str):
        pk = database_id(id, ClaimType)
        return claim_record(info, pk) if pk else None

    def resolve_actors(root, info, **kwargs):
        return Actor.objects.prefetch_related("aliases").order_by("name")

    def resolve_actor(root, info, id: str):
        pk = database_id(id, ActorType)
        actors = Actor.objects.prefetch_related("aliases")
        return actors.filter(pk=pk).first() if pk else actors.filter(slug=id).first()

    def resolve_topics(root, info):
        return Topic.objects.all()


def database_id(value: str, node_type) -> int | None:
    """Accept a Relay global id ("ClaimType:12", base64) or a plain database id."""
    if value.isdigit():
        return int(value)
    try:
        type_name, pk = relay.Node.from_global_id(value)
    except Exception:
        return None
    return int(pk) if type_name == node_type.__name__ and pk.isdigit() else None
