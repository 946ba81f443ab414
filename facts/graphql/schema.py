"""GraphQL types and queries for facts. Lists come from the same selectors and FilterSet as REST, with
their relations prefetched once, so the query count does not grow with the page or the nesting."""

from __future__ import annotations

import graphene
from graphene import relay
from graphene_django import DjangoObjectType
from graphene_django.filter import DjangoFilterConnectionField
from graphql import GraphQLError

from core.edtf import DatePrecision, edtf_display
from core.models import Language
from corpus.graphql.schema import ArticleType
from facts.filters import ActorFilterSet, ClaimFilterSet
from facts.models import OPEN_END, OPEN_START, Actor, Citation, Claim, Topic
from facts.selectors import citations_visible_to, timeline

LanguageEnum = graphene.Enum("Language", [(code.upper(), code) for code in Language.values])


def language_code(language) -> str:
    """graphene 3 hands enum arguments over as enum members; the code is their value."""
    return getattr(language, "value", language)


class DateType(graphene.ObjectType):
    edtf = graphene.String(required=True)
    start = graphene.Date(description="First day the date can mean; null when the interval is open.")
    end = graphene.Date(description="Last day the date can mean; null when the interval is open.")
    precision = graphene.String(required=True)
    approximate = graphene.Boolean(required=True)
    uncertain = graphene.Boolean(required=True)
    display = graphene.String(required=True, language=LanguageEnum(default_value="en"))

    # The parent value is the Claim itself (ClaimType.resolve_date hands it down).
    def resolve_edtf(claim: Claim, info) -> str:
        return claim.date

    def resolve_start(claim: Claim, info):
        return None if claim.date_start == OPEN_START else claim.date_start

    def resolve_end(claim: Claim, info):
        return None if claim.date_end == OPEN_END else claim.date_end

    def resolve_precision(claim: Claim, info) -> str:
        return DatePrecision(claim.date_precision).label.replace(" ", "_")

    def resolve_approximate(claim: Claim, info) -> bool:
        return claim.date_approximate

    def resolve_uncertain(claim: Claim, info) -> bool:
        return claim.date_uncertain

    def resolve_display(claim: Claim, info, language="en") -> str:
        return edtf_display(claim.date, language_code(language))


class TopicType(DjangoObjectType):
    database_id = graphene.Int(required=True)

    class Meta:
        model = Topic
        interfaces = (relay.Node,)
        fields = ("slug", "name", "name_he", "name_ar", "description")

    def resolve_database_id(topic: Topic, info) -> int:
        return topic.pk


class CitationType(DjangoObjectType):
    database_id = graphene.Int(required=True)
    article = graphene.Field(ArticleType, required=True)
    language = graphene.String(required=True)
    date_words = graphene.String(required=True)

    class Meta:
        model = Citation
        interfaces = (relay.Node,)
        fields = ("quote", "start", "end", "prefix", "suffix", "is_orphaned")

    @classmethod
    def get_queryset(cls, queryset, info):
        user = info.context.user
        return queryset.filter(pk__in=citations_visible_to(user).filter(claim__in=Claim.objects.visible_to(user)))

    def resolve_database_id(citation: Citation, info) -> int:
        return citation.pk

    def resolve_language(citation: Citation, info) -> str:
        return citation.article.language


class ClaimType(DjangoObjectType):
    database_id = graphene.Int(required=True)
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
    def get_queryset(cls, queryset, info):
        return queryset.visible_to(info.context.user)

    def resolve_database_id(claim: Claim, info) -> int:
        return claim.pk

    def resolve_date(claim: Claim, info) -> Claim:
        return claim

    # The relations below read what the selector prefetched: no query per claim.
    def resolve_actors(claim: Claim, info):
        return claim.actors.all()

    def resolve_topics(claim: Claim, info):
        return claim.topics.all()

    def resolve_citations(claim: Claim, info):
        return claim.citations.all()

    def resolve_disputes(claim: Claim, info):
        return claim.disputes.all()

    def resolve_summary_in(claim: Claim, info, language) -> str:
        return claim.summary_in(language_code(language))


class ActorType(DjangoObjectType):
    database_id = graphene.Int(required=True)
    aliases = graphene.List(graphene.NonNull(graphene.String), required=True, language=LanguageEnum())
    claims = DjangoFilterConnectionField(ClaimType, filterset_class=ClaimFilterSet)

    class Meta:
        model = Actor
        interfaces = (relay.Node,)
        fields = ("slug", "name", "name_he", "name_ar", "kind", "wikidata_id", "description")
        filterset_class = ActorFilterSet

    @classmethod
    def get_queryset(cls, queryset, info):
        return queryset.prefetch_related("aliases")

    def resolve_database_id(actor: Actor, info) -> int:
        return actor.pk

    def resolve_aliases(actor: Actor, info, language=None) -> list[str]:
        code = language_code(language) if language is not None else None
        return [alias.alias for alias in actor.aliases.all() if code is None or alias.language == code]

    def resolve_claims(actor: Actor, info, **kwargs):
        if info.path.as_list()[0] != "actor":
            # One query per actor would grow with the page: ask the timeline for several actors instead.
            raise GraphQLError(
                "claims is available on actor(id: ...) only; for several actors use timeline(actor: ...)"
            )
        return timeline(viewer=info.context.user, filters={"actor": str(actor.pk)})


class FactsQueries(graphene.ObjectType):
    timeline = DjangoFilterConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="Visible claims in chronological order, filtered."
    )
    claims = DjangoFilterConnectionField(
        ClaimType, filterset_class=ClaimFilterSet, description="The same as timeline (kept for symmetry with REST)."
    )
    claim = graphene.Field(ClaimType, id=graphene.ID(required=True, description="Global id or database id."))
    actors = DjangoFilterConnectionField(ActorType, filterset_class=ActorFilterSet)
    actor = graphene.Field(ActorType, id=graphene.ID(required=True), description="By global id, id or slug.")
    topics = graphene.List(graphene.NonNull(TopicType), required=True)
    node = relay.Node.Field()

    def resolve_timeline(root, info, **kwargs):
        return timeline(viewer=info.context.user)

    def resolve_claims(root, info, **kwargs):
        return timeline(viewer=info.context.user)

    def resolve_claim(root, info, id: str):
        pk = database_id(id, ClaimType)
        return timeline(viewer=info.context.user).filter(pk=pk).first() if pk else None

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
