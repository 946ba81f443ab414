"""One FilterSet per model, shared by the REST views, the GraphQL connections and the selectors, so that
the same question gets the same answer everywhere."""

from __future__ import annotations

import datetime as dt

import django_filters
from django import forms
from django.db import connection
from django.db.models import Exists, OuterRef, Q, QuerySet
from drf_spectacular.drainage import set_override
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from core.edtf import InvalidEdtf, edtf_parse
from core.models import Language
from corpus.models import Article
from facts.lookups import actors_matching, article_matching, topics_matching
from facts.models import Actor, ActorAlias, Citation, Claim
from facts.representation import PRECISION_BY_NAME

MAX_LIST_VALUES = 20  # actor=a,b,c: enough for a real question, too few to be a denial of service


def invalid(message: str, *, code: str) -> forms.ValidationError:
    """A validation error whose message quotes what the client sent. The quoted text goes in as a parameter:
    django-filter and Django %-format every message with its parameters, and a "%s" sent as a filter value
    would otherwise be read as a placeholder (a 500)."""
    return forms.ValidationError("%(message)s", code=code, params={"message": message})


class EdtfBoundField(forms.CharField):
    """A period end given as EDTF or ISO 8601 (2014, 2014-09, 2014-09-03, 199X): cleaned to the first day
    (`bound="start"`) or the last day (`bound="end"`) it can mean."""

    def __init__(self, *args, bound: str = "start", **kwargs) -> None:
        self.bound = bound
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            parsed = edtf_parse(period_read(value)[0])
        except InvalidEdtf as error:
            raise invalid(str(error), code="invalid_edtf") from None
        except ValueError as error:
            raise invalid(str(error), code="unreadable_date") from None
        day = parsed.start if self.bound == "start" else parsed.end
        return day or (dt.date.min if self.bound == "start" else dt.date.max)


PERIOD_PARAMETERS = ("from", "to")
DATES_READ_AS = "X-Dates-Read-As"  # the response header that says how dates in words were read


def period_read(value: str) -> tuple[str, str]:
    """A period end as given: EDTF (or ISO) as it is, else a phrase in Hebrew, Arabic or English ("May 2023",
    "מאי 2023", "أيار 2023", "last year"), read at its precision against today. (EDTF, how it was read);
    ValueError with what is accepted when it is neither."""
    from django.utils import timezone

    from facts.extraction.dates import read_phrase

    value = value.strip()
    try:
        edtf_parse(value)
        return value, "EDTF"
    except InvalidEdtf as error:
        # Only words are read as words: digits and signs alone ("2020-2021", "13/2021") are meant as EDTF, and
        # its error says how to write them.
        if not any(character.isalpha() for character in value):
            raise
        reading = read_phrase(value, today=timezone.localdate().isoformat())
        if reading is None:
            raise ValueError(
                f"Could not read {value!r} as a date: give EDTF (2014, 2014-09, 2014-09-03, 199X) or a date in "
                "words, such as 'May 2023', 'מאי 2023', 'أيار 2023' or 'last year'."
            ) from error
        return reading


def periods_read_as(parameters) -> dict[str, str]:
    """How `from` and `to` were read when they were phrases, for the response to say (EDTF values are
    themselves): {"from": "2023-05"}. Unreadable ones are left out (the filter refuses them)."""
    read = {}
    for name in PERIOD_PARAMETERS:
        value = (parameters.get(name) or "").strip()
        if not value:
            continue
        try:
            edtf, how = period_read(value)
        except ValueError:
            continue
        if how != "EDTF":
            read[name] = edtf
    return read


@extend_schema_field(OpenApiTypes.STR)
class EdtfBoundFilter(django_filters.Filter):
    field_class = EdtfBoundField


class ValueListField(forms.CharField):
    """Comma-separated values: `actor=israel,באקו`."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        items = [item.strip() for item in value.split(",") if item.strip()]
        if len(items) > MAX_LIST_VALUES:
            raise forms.ValidationError(f"At most {MAX_LIST_VALUES} values, separated by commas.")
        return items


class ActorsField(ValueListField):
    def clean(self, value):
        values = super().clean(value)
        if not values:
            return []
        ids, unknown = actors_matching(values)
        if unknown:
            raise invalid(f"Unknown actor: {', '.join(unknown)}.", code="unknown_actor")
        return ids


class TopicsField(ValueListField):
    def clean(self, value):
        values = super().clean(value)
        if not values:
            return []
        ids, unknown = topics_matching(values)
        if unknown:
            raise invalid(f"Unknown topic: {', '.join(unknown)}.", code="unknown_topic")
        return ids


class ArticleField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        article = article_matching(value)
        if article is None:
            raise invalid(f"Unknown article: {value}.", code="unknown_article")
        return article


@extend_schema_field(OpenApiTypes.STR)
class ActorsFilter(django_filters.Filter):
    field_class = ActorsField


@extend_schema_field(OpenApiTypes.STR)
class TopicsFilter(django_filters.Filter):
    field_class = TopicsField


@extend_schema_field(OpenApiTypes.STR)
class ArticleRefFilter(django_filters.Filter):
    field_class = ArticleField


class UtcDateTimeField(django_filters.fields.IsoDateTimeField):
    """An ISO 8601 date-time, compared in UTC: any offset Python accepts (up to ±23:59) is turned into UTC
    here, so that the database never sees one it cannot store (PostgreSQL stops at ±15:59: a 500)."""

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None or moment.tzinfo is None:
            return moment
        try:
            return moment.astimezone(dt.UTC)
        except OverflowError:
            raise forms.ValidationError("The date-time is outside the years 1 to 9999 in UTC.", code="range") from None


class UtcDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class ClaimFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean() or {}
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error(
                "to",
                invalid(
                    f"The period ends ({self.data.get('to')}) before it starts ({self.data.get('from')}): "
                    "`to` must not come before `from`.",
                    code="period_reversed",
                ),
            )
        return cleaned


def documented(filter_: django_filters.Filter) -> django_filters.Filter:
    """drf-spectacular takes a custom filter's type from its schema override and then leaves out its label:
    give the OpenAPI contract (Swagger) both."""
    set_override(filter_, "field", {"type": "string", "description": filter_.label})
    return filter_


class ClaimFilterSet(django_filters.FilterSet):
    actor = documented(
        ActorsFilter(
            method="filter_actor",
            label="Actor: id, slug, or any name or alias in English, Hebrew or Arabic (several: comma-separated, any).",
        )
    )
    topic = documented(TopicsFilter(method="filter_topic", label="Topic: id or slug (several: comma-separated, any)."))
    # `from` is a Python keyword, so the filter is declared through the class namespace.
    vars()["from"] = documented(
        EdtfBoundFilter(
            method="filter_from",
            bound="start",
            label="Period start: EDTF or ISO (2014, 2014-09, 2014-09-03, 199X), or words in English, Hebrew or "
            "Arabic ('May 2023', 'מאי 2023', 'أيار 2023', 'last year'; the response's X-Dates-Read-As header says "
            "how they were read): claims whose dates overlap it.",
        )
    )
    to = documented(
        EdtfBoundFilter(method="filter_to", bound="end", label="Period end: EDTF, ISO or words, as `from`.")
    )
    language = django_filters.ChoiceFilter(
        choices=Language.choices, method="filter_language", label="Claims cited from articles in this language."
    )
    article = documented(ArticleRefFilter(method="filter_article", label="Article: id or key."))
    q = django_filters.CharFilter(method="filter_text", max_length=200, label="Words in summaries and quotes.")
    updated_since = UtcDateTimeFilter(
        field_name="updated_at", lookup_expr="gte", label="Claims changed at or after this time (ISO 8601)."
    )
    precision = django_filters.ChoiceFilter(
        choices=[(name, name) for name in PRECISION_BY_NAME], method="filter_precision", label="Date precision."
    )
    status = django_filters.ChoiceFilter(
        choices=Claim.Status.choices, label="Review status (curators; the public sees approved claims only)."
    )

    class Meta:
        model = Claim
        fields: list[str] = []
        form = ClaimFilterForm

    def filter_actor(self, queryset: QuerySet[Claim], name: str, actor_ids: list[int]) -> QuerySet[Claim]:
        if not actor_ids:
            return queryset
        links = Claim.actors.through.objects.filter(claim_id=OuterRef("pk"), actor_id__in=actor_ids)
        return queryset.filter(Exists(links))

    def filter_topic(self, queryset: QuerySet[Claim], name: str, topic_ids: list[int]) -> QuerySet[Claim]:
        if not topic_ids:
            return queryset
        links = Claim.topics.through.objects.filter(claim_id=OuterRef("pk"), topic_id__in=topic_ids)
        return queryset.filter(Exists(links))

    def filter_from(self, queryset: QuerySet[Claim], name: str, start: dt.date | None) -> QuerySet[Claim]:
        return queryset if start is None else queryset.filter(date_end__gte=start)

    def filter_to(self, queryset: QuerySet[Claim], name: str, end: dt.date | None) -> QuerySet[Claim]:
        return queryset if end is None else queryset.filter(date_start__lte=end)

    def filter_language(self, queryset: QuerySet[Claim], name: str, language: str) -> QuerySet[Claim]:
        cited = Citation.objects.filter(claim_id=OuterRef("pk"), article__language=language, is_orphaned=False)
        return queryset.filter(Exists(cited))

    def filter_article(self, queryset: QuerySet[Claim], name: str, article_id: int | None) -> QuerySet[Claim]:
        if article_id is None:
            return queryset
        return queryset.filter(Exists(Citation.objects.filter(claim_id=OuterRef("pk"), article_id=article_id)))

    def filter_text(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(claim_text_match(value))

    def filter_precision(self, queryset: QuerySet[Claim], name: str, value: str) -> QuerySet[Claim]:
        return queryset.filter(date_precision=PRECISION_BY_NAME[value])


def claim_text_match(value: str) -> Q:
    """Words in the summaries or in a quote. Substring matching finds Hebrew and Arabic words behind their
    clitics (בבאקו for באקו); on PostgreSQL, full-text search adds English stemming ("visits" → "visit")
    and trigram indexes (migration 0004) keep the substring search fast."""
    quotes = Citation.objects.filter(claim_id=OuterRef("pk"), is_orphaned=False, quote__icontains=value)
    match = (
        Q(summary__icontains=value)
        | Q(summary_he__icontains=value)
        | Q(summary_ar__icontains=value)
        | Q(Exists(quotes))
    )
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        match |= Q(
            pk__in=Claim.objects.annotate(document=SearchVector("summary", config="english"))
            .filter(document=SearchQuery(value, config="english", search_type="websearch"))
            .values("pk")
        )
    return match


class ActorFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(choices=Actor.Kind.choices, label="Kind of actor.")
    q = django_filters.CharFilter(method="filter_text", max_length=200, label="Name or alias, any language.")

    class Meta:
        model = Actor
        fields: list[str] = []

    def filter_text(self, queryset: QuerySet[Actor], name: str, value: str) -> QuerySet[Actor]:
        aliases = ActorAlias.objects.filter(actor_id=OuterRef("pk"), alias__icontains=value)
        match = Q(name__icontains=value) | Q(name_he__icontains=value) | Q(name_ar__icontains=value)
        return queryset.filter(match | Q(Exists(aliases)))


class ArticleFilterSet(django_filters.FilterSet):
    language = django_filters.ChoiceFilter(choices=Language.choices, label="The article's language.")
    source = django_filters.CharFilter(
        field_name="source__name", lookup_expr="iexact", label="The outlet's name (any case)."
    )

    class Meta:
        model = Article
        fields: list[str] = []


def dates_read_as_header(parameters) -> str:
    """The X-Dates-Read-As value for these parameters ("from=2023-05, to=2023-12"); "" when none were words."""
    return ", ".join(f"{name}={edtf}" for name, edtf in periods_read_as(parameters).items())
