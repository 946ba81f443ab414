"""REST shapes. Serializers shape output and check input types; the services do the writing and hold the
validation that must be the same everywhere (EDTF, quote integrity)."""

from __future__ import annotations

import datetime as dt

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.edtf import DatePrecision
from corpus.models import Article, Source
from facts import representation
from facts.models import Actor, Citation, Claim, Topic
from facts.representation import LANGUAGES, claim_payload, date_display, open_end, open_start, precision_name


def optional_url(what: str) -> serializers.CharField:
    """A web address that may be absent: stored (and served) as "", which is not a `uri`, so the contract
    says string and the description says the rest."""
    return serializers.CharField(read_only=True, help_text=f"{what}: an absolute http(s) URL, or empty when none.")


class SourceSerializer(serializers.ModelSerializer):
    homepage = optional_url("The outlet's homepage")

    class Meta:
        model = Source
        fields = list(representation.SOURCE_FIELDS)


class ArticleSummarySerializer(serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)  # type: ignore[assignment]  # DRF's nested-serializer idiom
    url = optional_url("Where the article was published")

    class Meta:
        model = Article
        fields = list(representation.ARTICLE_SUMMARY_FIELDS)
        read_only_fields = fields


class CitedQuoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    claim = serializers.IntegerField(source="claim_id")
    quote = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class ArticleSerializer(ArticleSummarySerializer):
    """An article with the quotes the public timeline cites from it; `text` only for curators."""

    translation_of: serializers.SlugRelatedField = serializers.SlugRelatedField(
        slug_field="key", read_only=True, allow_null=True, help_text="The key of the article this translates, if any."
    )
    quotes = CitedQuoteSerializer(source="visible_citations", many=True, read_only=True)
    text = serializers.SerializerMethodField()

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "translation_of", "notes", "quotes", "text"]
        read_only_fields = fields

    def get_text(self, article: Article) -> str | None:
        return article.text if self.context.get("show_text") else None


class ActorSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()

    class Meta:
        model = Actor
        fields = [*representation.ACTOR_FIELDS, "aliases"]
        # Always present, "" while an actor taken from a Hebrew or Arabic text awaits its English name.
        extra_kwargs = {"name": {"required": True, "allow_blank": True}}

    @extend_schema_field(serializers.DictField(child=serializers.ListField(child=serializers.CharField())))
    def get_aliases(self, actor: Actor) -> dict[str, list[str]]:
        grouped: dict[str, list[str]] = {language: [] for language in LANGUAGES}
        for alias in actor.aliases.all():
            grouped[alias.language].append(alias.alias)
        return grouped


class ActorSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = list(representation.ACTOR_SUMMARY_FIELDS)
        extra_kwargs = {"name": {"required": True, "allow_blank": True}}


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = list(representation.TOPIC_FIELDS)


class CitationSerializer(serializers.ModelSerializer):
    article = ArticleSummarySerializer(read_only=True)
    language = serializers.CharField(source="article.language", read_only=True)
    date_words = serializers.CharField(read_only=True)

    class Meta:
        model = Citation
        fields = list(representation.CITATION_FIELDS)
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
        return open_start(claim.date_start)

    def get_end(self, claim: Claim) -> dt.date | None:
        return open_end(claim.date_end)

    @extend_schema_field(serializers.ChoiceField(choices=[precision_name(p) for p in DatePrecision]))
    def get_precision(self, claim: Claim) -> str:
        return precision_name(claim.date_precision)

    @extend_schema_field(serializers.DictField(child=serializers.CharField()))
    def get_display(self, claim: Claim) -> dict[str, str]:
        return date_display(claim.date)


class ClaimSerializer(serializers.ModelSerializer):
    date = DateSerializer(source="*", read_only=True)
    actors = ActorSummarySerializer(many=True, read_only=True)
    topics = TopicSerializer(many=True, read_only=True)
    citations = CitationSerializer(many=True, read_only=True)
    disputes = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = list(representation.CLAIM_FIELDS)
        read_only_fields = fields

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_disputes(self, claim: Claim) -> list[int]:
        return [other.pk for other in claim.disputes.all()]


class TextField(serializers.CharField):
    """Text, as JSON text only: DRF's CharField turns a number into its digits (`"summary": 123` became
    "123"), which hides a client's mistake."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(str(data))


class ReferenceField(serializers.CharField):
    """An id (a JSON number or digits) or a key/slug (text); never true/false or a fraction."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, (str, int)):
            self.fail("invalid")
        return super().to_internal_value(str(data))


class CitationInputSerializer(serializers.Serializer):
    article = ReferenceField(help_text="Article id or key.")
    quote = TextField(trim_whitespace=False, max_length=5000)
    start = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    end = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    date_span_start = serializers.IntegerField(required=False, allow_null=True, min_value=0)
    date_span_end = serializers.IntegerField(required=False, allow_null=True, min_value=0)


class ClaimWriteSerializer(serializers.Serializer):
    """What a curator sends to create or edit a claim. Actors and topics by id or slug."""

    summary = TextField(max_length=5000)
    summary_he = TextField(max_length=5000, required=False, allow_blank=True)
    summary_ar = TextField(max_length=5000, required=False, allow_blank=True)
    date = TextField(max_length=100, help_text="EDTF: 2025-10-22, 1992-04, 199X, 1988/1994, 1992/..")
    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False)
    confidence = serializers.FloatField(required=False, min_value=0.0, max_value=1.0)
    actors = serializers.ListField(child=ReferenceField(), required=False, max_length=100)
    topics = serializers.ListField(child=ReferenceField(), required=False, max_length=50)
    disputes = serializers.ListField(child=serializers.IntegerField(), required=False, max_length=50)
    citations = CitationInputSerializer(many=True, required=False, help_text="Required when creating a claim.")


# --- The read path, without per-field serializer overhead ----------------------------------------------
# A timeline page holds thousands of nested values. The database builds the related ones as JSON
# (facts.selectors.claims_as_records); facts.representation finishes each item in the shape the serializers
# above document (they stay the schema). A test holds the two equal, on SQLite and on PostgreSQL.


def claims_payload(records) -> list[dict]:
    """A list of claims from records. Not through ClaimRecordSerializer(many=True): a ListSerializer and
    its child hold each other, so the page they hold would wait for the garbage collector's full passes."""
    return [claim_payload(record) for record in records]


class ClaimRecordSerializer(ClaimSerializer):
    """ClaimSerializer's schema, for records of `claims_as_records`."""

    def to_representation(self, record: dict) -> dict:
        return claim_payload(record)
