"""The change feed for mirrors: what changed since a moment, and which claims stopped being public."""

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from facts.api.serializers import ClaimSerializer, claims_payload
from facts.api.views import FactsReadMixin
from facts.models import Claim
from facts.selectors import claims_changed_since, claims_withdrawn_since

FEED_LIMIT = 500


class SinceSerializer(serializers.Serializer):
    since = serializers.DateTimeField(help_text="ISO 8601, e.g. 2025-10-22T00:00:00Z")


@extend_schema(tags=["exports"])
class ChangesView(FactsReadMixin, APIView):
    """Claims changed since `since` (oldest first, at most 500: continue from the last `updated_at`), and the
    ids of claims withdrawn from the public timeline since then."""

    queryset = Claim.objects.none()

    @extend_schema(
        parameters=[OpenApiParameter("since", OpenApiTypes.DATETIME, required=True, description="ISO 8601 date-time")],
        responses=inline_serializer(
            "Changes",
            {
                "since": serializers.DateTimeField(),
                "as_of": serializers.DateTimeField(),
                "updated": ClaimSerializer(many=True),
                "withdrawn": serializers.ListField(child=serializers.IntegerField()),
                "truncated": serializers.BooleanField(),
            },
        ),
    )
    def get(self, request):
        if "since" not in request.query_params:
            raise ValidationError({"since": ["Required: the time of your last sync (ISO 8601)."]})
        params = SinceSerializer(data=request.query_params)
        params.is_valid(raise_exception=True)
        since = params.validated_data["since"]
        as_of = timezone.now()
        updated = claims_changed_since(viewer=request.user, since=since, limit=FEED_LIMIT + 1)
        return Response(
            {
                "since": since,
                "as_of": as_of,
                "updated": claims_payload(updated[:FEED_LIMIT]),
                "withdrawn": claims_withdrawn_since(since=since),
                "truncated": len(updated) > FEED_LIMIT,
            }
        )
