"""REST shapes. Serializers shape output and check input types; the services do the writing and hold the
validation that must be the same everywhere (EDTF, quote integrity)."""

from __future__ import annotations

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.edtf import DatePrecision, edtf_display
from core.models import Language
from corpus.api.serializers import ArticleSummarySerializer
from facts.models import OPEN_END, OPEN_START, Actor, Citation, Claim, Topic


def precision_name(value: int) -> str:
    return DatePrecision(value).label.replace(" ", "_")


class ActorSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = ["id", "slug", "name", "name_he", "name_ar", "kind", "wikidata_id", "description", "aliases"]

    @extend_schema_field(serializers.DictField(child=serializers.ListField(child=serializers.CharField())))
    def get_aliases(self, actor: Actor) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {language: [] for language in Language.values}
        for alias in actor.aliases.all():
            grouped[alias.language].append(alias.alias)
        return grouped


class ActorSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = ["id", "slug", "name", "name_he", "name_ar", "kind"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "slug", "name", "name_he", "name_ar", "description"]


class CitationSerializer(serializers.ModelSerializer):
    article = ArticleSummarySerializer(read_only=True)
    language = serializers.CharField(source="article.language", read_only=True)
    date_words = serializers.CharField(read_only=True)

    class Meta:
        model = Citation
        fields = [
            "id",
            "claim",
            "quote",
            "start",
            "end",
            "prefix",
            "suffix",
            "date_words",
            "language",
            "article",
            "is_orphaned",
        ]
        read_only_fields = fields


class DateSerializer(serializers.Serializer):
    """A claim's date: the EDTF value, what it can mean (null for an open end) and words for it."""

    edtf = serializers.CharField(source="date")
    start = serializers.SerializerMethodField()
    end = serializers.SerializerMethodField()
    precision = serializers.SerializerMethodField()
    approximate = serializers.BooleanField(source="date_approximate")
    uncertain = serializers.BooleanField(source="date_uncertain")
    display = serializers.SerializerMethodField()

    def get_start(self, claim: Claim) -> dt.date | None:
        return None if claim.date_start == OPEN_START else claim.date_start

    def get_end(self, claim: Claim) -> dt.date | None:
        return None if claim.date_end == OPEN_END else claim.date_end

    @extend_schema_field(serializers.ChoiceField(choices=[precision_name(p) for p in DatePrecision]))
    def get_precision(self, claim: Claim) -> str:
        return precision_name(claim.date_precision)

    @extend_schema_field(serializers.DictField(child=serializers.CharField()))
    def get_display(self, claim: Claim) -> dict[str, str]:
        return {language: edtf_display(claim.date, language) for language in Language.values}


class ClaimSerializer(serializers.ModelSerializer):
    date = DateSerializer(source="*", read_only=True)
    actors = ActorSummarySerializer(many=True, read_only=True)
    topics = TopicSerializer(many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True)
    disputes = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "key",
            "summary",
            "summary_he",
            "summary_ar",
            "date",
            "status",
            "confidence",
            "actors",
            "topics",
            "citations",
            "disputes",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_disputes(self, claim: Claim) -> list[int]:
        return [other.pk for other in claim.disputes.all()]


class CitationInputSerializer(serializers.Serializer):
    article = serializers.CharField(help_text="Article id or key.")
    quote = serializers.CharField(trim_whitespace=False, max_length=5000)
    start = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    end = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    date_span_start = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    date_span_end = serializers.IntegerField(required=False, allow_null=True, min_value=0)


class ClaimWriteSerializer(serializers.Serializer):
    """What a curator sends to create or edit a claim. Actors and topics by id or slug."""

    summary = serializers.CharField(max_length=5000)
    summary_he = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    summary_ar = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    date = serializers.CharField(max_length=100, help_text="EDTF: 2025-10-22, 1992-04, 199X, 1988/1994, 1992/..")
    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False)
    confidence = serializers.FloatField(required=False, min_value=0.0, max_value=1.0)
    actors = serializers.ListField(child=serializers.CharField(), required=False, max_length=100)
    topics = serializers.ListField(child=serializers.CharField(), required=False, max_length=50)
    disputes = serializers.ListField(child=serializers.IntegerField(), required=False, max_length=50)
    citations = CitationInputSerializer(many=True, required=False, help_text="Required when creating a claim.")


# --- The read path, without per-field serializer overhead ----------------------------------------------
# A timeline page holds thousands of nested values. The database builds the related ones as JSON
# (facts.selectors.claims_as_records); these functions finish each item in the shape the serializers above
# document (they stay the schema). A test holds the two equal, on SQLite and on PostgreSQL.


def iso_datetime(value: dt.datetime) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def date_payload(record: dict) -> dict:
    return {
        "edtf": record["date"],
        "start": None if record["date_start"] == OPEN_START else record["date_start"].isoformat(),
        "end": None if record["date_end"] == OPEN_END else record["date_end"].isoformat(),
        "precision": precision_name(record["date_precision"]),
        "approximate": record["date_approximate"],
        "uncertain": record["date_uncertain"],
        "display": {language: edtf_display(record["date"], language) for language in Language.values},
    }


def claim_payload(record: dict) -> dict:
    """One item of a claims list from a record of `claims_as_records`."""
    return {
        "id": record["id"],
        "key": record["key"],
        "summary": record["summary"],
        "summary_he": record["summary_he"],
        "summary_ar": record["summary_ar"],
        "date": date_payload(record),
        "status": record["status"],
        "confidence": record["confidence"],
        "actors": record["actor_list"],
        "topics": record["topic_list"],
        "citations": record["citation_list"],
        "disputes": record["dispute_ids"],
        "created_at": iso_datetime(record["created_at"]),
        "updated_at": iso_datetime(record["updated_at"]),
    }


def claims_payload(records) -> list[dict]:
    """A list of claims from records. Not through ClaimRecordSerializer(many=True): a ListSerializer and
    its child hold each other, so the page they hold would wait for the garbage collector's full passes."""
    return [claim_payload(record) for record in records]


class ClaimRecordSerializer(ClaimSerializer):
    """ClaimSerializer's schema, for records of `claims_as_records`."""

    def to_representation(self, record: dict) -> dict:
        return claim_payload(record)
