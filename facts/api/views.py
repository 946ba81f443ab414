from __future__ import annotations

import builtins
import re

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.cache import get_conditional_response
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api import (
    MAX_PAGE_SIZE,
    ConditionalGetMixin,
    ReadAnyoneWriteWithModelPermission,
    StableCursorPagination,
    TypedFilterBackend,
    as_api_error,
)
from core.errors import StaleWrite
from facts.api.pagination import TimelineCursorPagination
from facts.api.serializers import (
    ActorSerializer,
    CitationInputSerializer,
    CitationSerializer,
    ClaimRecordSerializer,
    ClaimSerializer,
    ClaimWriteSerializer,
    TopicSerializer,
    claims_payload,
)
from facts.filters import DATES_READ_AS, ActorFilterSet, ClaimFilterSet, dates_read_as_header
from facts.lookups import actors_resolve, article_resolve, is_id, topics_resolve
from facts.models import Actor, Citation, Claim, Topic
from facts.selectors import (
    citations_visible_to,
    claims_as_records,
    claims_filtered,
    claims_per_year,
    data_last_changed,
)
from facts.services.citations import CitationInput, citation_create, citation_delete, citation_update
from facts.services.claims import claim_create, claim_remove, claim_update


class FactsReadMixin(ConditionalGetMixin):
    last_changed_fn = staticmethod(data_last_changed)
    permission_classes = [ReadAnyoneWriteWithModelPermission]


def citation_inputs(items: list[dict], *, field: str = "citations") -> list[CitationInput]:
    """Citations as the services take them; an unknown article is a 400 on its path ("citations.0.article" in a
    claim's body, "article" for a citation of its own: field="")."""
    inputs = []
    for index, item in enumerate(items):
        try:
            article = article_resolve(reference=item["article"])
        except DjangoValidationError as error:
            problems = error.message_dict
            raise ValidationError({field: {str(index): problems}} if field else problems) from None
        inputs.append(
            CitationInput(
                article=article,
                quote=item["quote"],
                start=item.get("start"),
                end=item.get("end"),
                date_span_start=item.get("date_span_start"),
                date_span_end=item.get("date_span_end"),
            )
        )
    return inputs


def version_etag(obj: Claim | Citation, request) -> str:
    """A claim's or citation's validator: its version, and who reads it (the public and curators see
    different fields)."""
    reader = "public" if not request.user.is_authenticated else "curator"
    return f'"{type(obj).__name__.lower()}-{obj.pk}-v{obj.version}-{reader}"'


def claim_etag(claim: Claim, request) -> str:
    return version_etag(claim, request)


# RFC 9110's entity-tag (W/"opaque"), and the version one of ours carries ("claim-7-v3-curator").
ENTITY_TAG = re.compile(r'(?:W/)?"([\x21\x23-\x7e\x80-\xff]*)"')
OUR_TAG = re.compile(r"(?:(?:claim|citation)-\d+-v)?(\d+)(?:-\w+)?")
NO_VERSION = -1  # a well-formed tag that is none of ours: it matches no version, so the change is a 412


def if_match_version(request) -> int | None:
    """The version an If-Match header names (the object's ETag, or its bare version number); None without one
    or with "*". Clients should send it with PATCH, PUT and DELETE: a change made on a stale version is then a
    412 — as is one made with a well-formed entity tag that is not the object's (RFC 9110); a malformed header
    is a 400."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    versions = []
    for part in header.split(","):
        part = part.strip()
        tag = ENTITY_TAG.fullmatch(part)
        opaque = tag[1] if tag else part if part.isdigit() else None
        if opaque is None:
            raise ValidationError(
                {"If-Match": ['Send the ETag the object was read with ("…"), or its version number.']}
            )
        ours = OUR_TAG.fullmatch(opaque)
        if ours:
            versions.append(int(ours[1]))
    return versions[0] if versions else NO_VERSION


IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    location=OpenApiParameter.HEADER,
    description=(
        "The ETag the object was read with (or its version number). Send it: a change made since answers "
        "412 instead of being overwritten."
    ),
)


@extend_schema(tags=["claims"])
@extend_schema_view(
    update=extend_schema(parameters=[IF_MATCH]),
    partial_update=extend_schema(parameters=[IF_MATCH]),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class ClaimViewSet(FactsReadMixin, viewsets.ModelViewSet):
    """Dated claims, each with the exact words that support it. The public sees approved claims only."""

    serializer_class = ClaimRecordSerializer
    filter_backends = [TypedFilterBackend]
    filterset_class = ClaimFilterSet
    pagination_class = TimelineCursorPagination
    queryset = Claim.objects.none()  # for the permission class; get_queryset decides what is visible

    def get_queryset(self):
        # Filtered here (TypedFilterBackend, the shared FilterSet); read as records by list and retrieve.
        return claims_filtered(viewer=self.request.user).chronological()

    def list(self, request, *args, **kwargs):
        claims = self.filter_queryset(self.get_queryset())
        page = self.paginate_queryset(claims)
        return dates_read_as(request, self.get_paginated_response(claims_payload(page)))

    def retrieve(self, request, *args, **kwargs):
        claim = self.get_object()
        etag = claim_etag(claim, request)
        response = get_conditional_response(request, etag=etag) or Response(self.fresh(claim))
        response["ETag"] = etag
        response.own_etag = True  # type: ignore[attr-defined]  # the claim's own version, not the data's (core.http)
        return response

    def destroy(self, request, *args, **kwargs):
        try:
            claim_remove(claim=self.get_object(), by=request.user, expected_version=if_match_version(request))
        except StaleWrite as error:
            return Response({"detail": str(error)}, status=status.HTTP_412_PRECONDITION_FAILED)
        except DjangoPermissionDenied as error:
            raise PermissionDenied(str(error)) from None
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=ClaimWriteSerializer, responses={201: ClaimSerializer})
    def create(self, request, *args, **kwargs):
        data = self.validated_write(request, partial=False)
        if not data.get("citations"):
            raise ValidationError({"citations": ["A claim needs at least one citation."]})
        try:
            with transaction.atomic():
                claim = claim_create(
                    summary=data["summary"],
                    summary_he=data.get("summary_he", ""),
                    summary_ar=data.get("summary_ar", ""),
                    date=data["date"],
                    status=data.get("status", Claim.Status.PROPOSED),
                    confidence=data.get("confidence", 1.0),
                    actors=actors_resolve(references=data.get("actors", [])),
                    topics=topics_resolve(references=data.get("topics", [])),
                    citations=citation_inputs(data["citations"]),
                    origin="api",
                    by=request.user,
                )
                if data.get("disputes"):
                    claim_update(claim=claim, by=request.user, disputes=self.disputed(data["disputes"]))
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        return Response(self.fresh(claim), status=status.HTTP_201_CREATED)

    @extend_schema(request=ClaimWriteSerializer, responses=ClaimSerializer)
    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)
        claim = self.get_object()
        data = self.validated_write(request, partial=partial)
        if "citations" in data:
            raise ValidationError({"citations": ["Edit citations at /api/v1/citations/."]})
        actors = actors_resolve(references=data.pop("actors")) if "actors" in data else None
        topics = topics_resolve(references=data.pop("topics")) if "topics" in data else None
        disputes = self.disputed(data.pop("disputes")) if "disputes" in data else None
        try:
            claim = claim_update(
                claim=claim,
                by=request.user,
                expected_version=if_match_version(request),
                actors=actors,
                topics=topics,
                disputes=disputes,
                **data,
            )
        except StaleWrite as error:
            return Response({"detail": str(error)}, status=status.HTTP_412_PRECONDITION_FAILED)
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        response = Response(self.fresh(claim))
        response["ETag"] = claim_etag(claim, request)
        return response

    @extend_schema(request=ClaimWriteSerializer, responses=ClaimSerializer)
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    def validated_write(self, request, *, partial: bool) -> dict:
        serializer = ClaimWriteSerializer(data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def disputed(self, ids: builtins.list[int]) -> builtins.list[Claim]:  # `list` here is the view's action
        found = builtins.list(Claim.objects.filter(pk__in=ids))
        missing = sorted(set(ids) - {claim.pk for claim in found})
        if missing:
            raise ValidationError({"disputes": [f"Unknown claim: {', '.join(map(str, missing))}."]})
        return found

    def fresh(self, claim: Claim) -> dict:
        [record] = claims_as_records(Claim.objects.filter(pk=claim.pk), viewer=self.request.user)
        return ClaimRecordSerializer(record).data


def dates_read_as(request, response):
    """`from`/`to` given in words: the response says how they were read (X-Dates-Read-As: from=2023-05)."""
    read = dates_read_as_header(request.GET)
    if read:
        response[DATES_READ_AS] = read
    return response


def yes_or_no(request, parameter: str) -> bool:
    """A boolean query parameter: true/false (or 1/0); anything else is the client's mistake (400)."""
    value = request.query_params.get(parameter)
    if value is None:
        return False
    if value.lower() not in ("true", "false", "1", "0"):
        raise ValidationError({parameter: [f"true or false, not {value!r}."]})
    return value.lower() in ("true", "1")


@extend_schema(tags=["claims"])
class TimelineView(FactsReadMixin, APIView):
    """The chronological timeline: the same items and filters as /claims/; with `years=true`, also the
    number of claims per year over the whole filtered set (for a density chart)."""

    pagination_class = TimelineCursorPagination
    filterset_class = ClaimFilterSet
    filter_backends = [TypedFilterBackend]
    queryset = Claim.objects.none()

    @extend_schema(
        filters=True,  # an APIView: drf-spectacular documents the filter set's parameters only when asked
        parameters=[
            OpenApiParameter("cursor", str, description="Page position (from a next or previous link)."),
            OpenApiParameter(
                "page_size",
                {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
                description="Items per page, 1 to 100 (default 25).",
            ),
            OpenApiParameter("years", bool, description="Also count claims per year over the filtered set."),
        ],
        responses=inline_serializer(
            "TimelinePage",
            {
                "next": serializers.URLField(allow_null=True),
                "previous": serializers.URLField(allow_null=True),
                "years": serializers.DictField(child=serializers.IntegerField(), required=False),
                "results": ClaimSerializer(many=True),
            },
        ),
    )
    def get(self, request):
        claims = TypedFilterBackend().filter_queryset(request, claims_filtered(viewer=request.user), self)
        paginator = TimelineCursorPagination()
        page = paginator.paginate_queryset(claims, request, self)
        response = paginator.get_paginated_response(claims_payload(page))
        if yes_or_no(request, "years"):
            response.data["years"] = claims_per_year(claims)
        return dates_read_as(request, response)


@extend_schema(tags=["claims"])
@extend_schema_view(
    update=extend_schema(parameters=[IF_MATCH]),
    partial_update=extend_schema(parameters=[IF_MATCH]),
    destroy=extend_schema(parameters=[IF_MATCH]),
)
class CitationViewSet(
    FactsReadMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The exact words of an article cited for a claim. Curators add, correct and remove them."""

    serializer_class = CitationSerializer
    queryset = Citation.objects.none()

    def get_queryset(self):
        visible_claims = Claim.objects.visible_to(self.request.user)
        return citations_visible_to(self.request.user).filter(claim__in=visible_claims)

    @extend_schema(
        request=inline_serializer(
            "CitationCreate", {"claim": serializers.IntegerField(), **CitationInputSerializer().get_fields()}
        ),
        responses={201: CitationSerializer},
    )
    def create(self, request, *args, **kwargs):
        raw = request.data.get("claim")
        if not (isinstance(raw, int) and not isinstance(raw, bool)) and not is_id(str(raw or "")):
            raise ValidationError({"claim": ["The id of the claim this citation supports: a whole number."]})
        claim_id = int(raw)
        # A claim that does not exist (or that this user may not see) is bad input, said on its field: a 400.
        claim = Claim.objects.visible_to(request.user).filter(pk=claim_id).first()
        if claim is None:
            raise ValidationError({"claim": [f"No claim {claim_id}."]})
        serializer = CitationInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        [citation] = citation_inputs([serializer.validated_data], field="")
        try:
            created = citation_create(claim=claim, citation=citation)
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        return Response(CitationSerializer(created).data, status=status.HTTP_201_CREATED)

    def retrieve(self, request, *args, **kwargs):
        citation = self.get_object()
        etag = version_etag(citation, request)
        response = get_conditional_response(request, etag=etag) or Response(CitationSerializer(citation).data)
        response["ETag"] = etag
        response.own_etag = True  # type: ignore[attr-defined]  # the citation's own version (core.http)
        return response

    @extend_schema(request=CitationInputSerializer, responses=CitationSerializer)
    def update(self, request, *args, **kwargs):
        citation = self.get_object()
        serializer = CitationInputSerializer(data=request.data, partial=kwargs.pop("partial", False))
        serializer.is_valid(raise_exception=True)
        changes = dict(serializer.validated_data)
        if "article" in changes:
            changes["article"] = citation_inputs([{**changes, "quote": changes.get("quote", "")}], field="")[0].article
        try:
            citation = citation_update(
                citation=citation, by=request.user, expected_version=if_match_version(request), **changes
            )
        except StaleWrite as error:
            return Response({"detail": str(error)}, status=status.HTTP_412_PRECONDITION_FAILED)
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        response = Response(CitationSerializer(citation).data)
        response["ETag"] = version_etag(citation, request)
        return response

    @extend_schema(request=CitationInputSerializer, responses=CitationSerializer)
    def partial_update(self, request, *args, **kwargs):
        return self.update(request, *args, partial=True, **kwargs)

    def destroy(self, request, *args, **kwargs):
        try:
            citation_delete(citation=self.get_object(), by=request.user, expected_version=if_match_version(request))
        except StaleWrite as error:
            return Response({"detail": str(error)}, status=status.HTTP_412_PRECONDITION_FAILED)
        except DjangoValidationError as error:
            raise as_api_error(error) from None
        return Response(status=status.HTTP_204_NO_CONTENT)


@extend_schema(tags=["actors and topics"])
class ActorViewSet(FactsReadMixin, viewsets.ReadOnlyModelViewSet):
    """States, people and organisations, with their names and aliases in English, Hebrew and Arabic.
    An actor's claims: /api/v1/claims/?actor=<id, slug or any name>."""

    serializer_class = ActorSerializer
    filter_backends = [TypedFilterBackend]
    filterset_class = ActorFilterSet
    pagination_class = StableCursorPagination
    queryset = Actor.objects.prefetch_related("aliases")

    @extend_schema(responses=ClaimSerializer(many=True), parameters=[OpenApiParameter("cursor", str)])
    @action(detail=True, methods=["get"], pagination_class=TimelineCursorPagination)
    def claims(self, request, pk=None):
        actor = self.get_object()
        claims = claims_filtered(viewer=request.user, filters={"actor": str(actor.pk)})
        paginator = TimelineCursorPagination()
        page = paginator.paginate_queryset(claims, request, self)
        return paginator.get_paginated_response(claims_payload(page))


@extend_schema(tags=["actors and topics"])
class TopicViewSet(FactsReadMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = TopicSerializer
    pagination_class = StableCursorPagination
    queryset = Topic.objects.all()
