from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch, QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from core.admin import TRANSLATED, WritingDirectionMixin
from core.display import quote_in_context
from core.edtf import edtf_display
from core.errors import StaleWrite
from core.models import Language
from facts.models import TIMELINE_ORDER, Actor, ActorAlias, Citation, Claim, Period, Topic
from facts.selectors import claims_search
from facts.services.claims import (
    claim_lock_for_change,
    claim_suggestions_accept,
    claims_approve,
    claims_merge,
    claims_reject,
    claims_review,
)


class ActorAliasInline(WritingDirectionMixin, admin.TabularInline):
    model = ActorAlias
    extra = 1
    any_language_fields = ("alias",)


@admin.register(Actor)
class ActorAdmin(WritingDirectionMixin, admin.ModelAdmin):
    field_languages = TRANSLATED
    list_display = ["name", "name_he", "name_ar", "kind", "wikidata_id"]
    list_filter = ["kind"]
    search_fields = ["name", "name_he", "name_ar", "slug", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ActorAliasInline]


@admin.register(Topic)
class TopicAdmin(WritingDirectionMixin, admin.ModelAdmin):
    field_languages = TRANSLATED
    list_display = ["name", "name_he", "name_ar", "slug"]
    search_fields = ["name", "name_he", "name_ar", "slug"]
    prepopulated_fields = {"slug": ["name"]}


def citation_words(citation: Citation) -> str:
    quote = citation.quote if len(citation.quote) <= 40 else citation.quote[:39] + "…"
    return f"“{quote}” ({citation.article.title})"


def citation_in_context(citation: Citation) -> str:
    if citation.pk is None or citation.start is None:
        return "—"
    return quote_in_context(
        text=citation.article.text, start=citation.start, end=citation.end, language=citation.article.language
    )


class CitationInline(WritingDirectionMixin, admin.StackedInline):
    model = Citation
    any_language_fields = ("quote",)
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "quote", "start", "end", "date_span_start", "date_span_end", "in_context", "is_orphaned"]
    readonly_fields = ["in_context", "is_orphaned"]

    @admin.display(description="quote in its text")
    def in_context(self, citation: Citation) -> str:
        return citation_in_context(citation)


@admin.register(Citation)
class CitationAdmin(WritingDirectionMixin, SimpleHistoryAdmin):
    """Citations on their own: find orphaned ones after re-ingestion, and see each one's history."""

    any_language_fields = ("quote",)

    list_display = ["__str__", "quote_short", "claim", "is_orphaned", "updated_at"]
    list_filter = ["is_orphaned", "article__language", ("article", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["quote", "claim__summary"]
    list_select_related = ["article", "claim"]
    autocomplete_fields = ["article", "claim"]
    readonly_fields = ["in_context", "prefix", "suffix", "is_orphaned", "created_at", "updated_at"]
    fields = [
        "claim",
        "article",
        "quote",
        "start",
        "end",
        "date_span_start",
        "date_span_end",
        "in_context",
        "prefix",
        "suffix",
        "is_orphaned",
        "created_at",
        "updated_at",
    ]

    @admin.display(description="quote")
    def quote_short(self, citation: Citation) -> str:
        quote = citation.quote if len(citation.quote) <= 100 else citation.quote[:99] + "…"
        return format_html('<span lang="{}" dir="auto">{}</span>', citation.article.language, quote)

    @admin.display(description="quote in its text")
    def in_context(self, citation: Citation) -> str:
        return citation_in_context(citation)


class CitationLanguageFilter(admin.SimpleListFilter):
    title = "citation language"
    parameter_name = "citation_language"

    def lookups(self, request, model_admin):
        return Language.choices

    def queryset(self, request, queryset):
        if self.value() in Language.values:
            return queryset.filter(citations__article__language=self.value()).distinct()
        return queryset


class MissingSummaryFilter(admin.SimpleListFilter):
    """Claims still to translate: no summary in this language."""

    title = "missing a summary in"
    parameter_name = "missing_summary"

    def lookups(self, request, model_admin):
        return [("he", "Hebrew"), ("ar", "Arabic"), ("en", "English")]

    def queryset(self, request, queryset):
        field = {"he": "summary_he", "ar": "summary_ar", "en": "summary"}.get(self.value() or "")
        return queryset.filter(**{field: ""}) if field else queryset


class ClaimAdminForm(forms.ModelForm):
    """The claim's change form, carrying the version it was opened on: a save made after someone else's is
    refused with their name (the typed changes stay in the form), never silently laid over theirs."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Claim
        fields = ["summary", "summary_he", "summary_ar", "confidence", "key", "date", "actors", "topics", "disputes"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and cleaned.get("seen_version") is not None:
            try:  # the admin saves in one transaction: the lock holds until this change is saved
                claim_lock_for_change(claim_id=self.instance.pk, expected_version=cleaned["seen_version"])
            except StaleWrite as error:
                raise ValidationError(
                    f"{error} Your changes are below, not saved: open the claim again in another tab to see "
                    "theirs, then save yours on it.",
                    code="stale",
                ) from None
        return cleaned


@admin.register(Claim)
class ClaimAdmin(WritingDirectionMixin, SimpleHistoryAdmin):
    form = ClaimAdminForm
    field_languages = TRANSLATED
    list_display = ["date_display", "summary_short", "quote_excerpt", "status", "actor_names", "citation_count"]
    list_filter = [
        "status",
        "date_precision",
        "date_approximate",
        CitationLanguageFilter,
        MissingSummaryFilter,
        ("actors", admin.RelatedOnlyFieldListFilter),
        ("topics", admin.RelatedOnlyFieldListFilter),
        ("citations__article", admin.RelatedOnlyFieldListFilter),
        "origin",
    ]
    search_fields = ["summary", "summary_he", "summary_ar", "citations__quote", "key"]
    ordering = list(TIMELINE_ORDER)
    autocomplete_fields = ["actors", "topics", "disputes"]
    readonly_fields = [
        "status",  # changed by the review actions only, which check the review permission and the citation
        "date_start",
        "date_end",
        "date_precision_label",
        "date_approximate",
        "date_uncertain",
        "merged_into",
        "origin",
        "created_by",
        "reviewed_by",
        "reviewed_at",
        "created_at",
        "updated_at",
        "suggested_actors",
    ]
    fieldsets = [
        (None, {"fields": ["summary", "summary_he", "summary_ar", "status", "confidence", "key", "seen_version"]}),
        (
            "Date",
            {
                "fields": [
                    "date",
                    "date_start",
                    "date_end",
                    "date_precision_label",
                    "date_approximate",
                    "date_uncertain",
                ]
            },
        ),
        ("Who and what", {"fields": ["actors", "suggested_actors", "topics", "disputes"]}),
        (
            "Provenance",
            {
                "fields": [
                    "origin",
                    "created_by",
                    "reviewed_by",
                    "reviewed_at",
                    "merged_into",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    inlines = [CitationInline]
    actions = ["approve_selected", "reject_selected", "withdraw_selected", "merge_selected", "accept_suggested_actors"]
    history_list_display = ["status", "date"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Claim]:
        return (
            super()
            .get_queryset(request)
            .annotate(citation_total=Count("citations"))
            .prefetch_related("actors", Prefetch("citations", queryset=Citation.objects.order_by("pk")))
        )

    def get_urls(self):
        """The review screen: /admin/facts/claim/review/ (the first proposal) and …/<id>/review/."""
        from django.urls import path

        from facts.review import review_next, review_view

        def first(request):
            if not self.has_change_permission(request):
                raise PermissionDenied
            return review_next(request)

        return [
            path("review/", self.admin_site.admin_view(first), name="facts_claim_review_first"),
            path(
                "<int:pk>/review/",
                self.admin_site.admin_view(lambda request, pk: review_view(self, request, pk)),
                name="facts_claim_review",
            ),
            *super().get_urls(),
        ]

    @admin.display(description="quote (date words in bold)")
    def quote_excerpt(self, claim: Claim) -> str:
        citation = next(iter(claim.citations.all()), None)
        if citation is None:
            return "—"
        quote = citation.quote
        a, b = citation.date_span_start, citation.date_span_end
        if a is None:
            a = b = 0
        clipped_after = quote[b:] if len(quote) - b <= 120 else quote[b : b + 119] + "…"
        return format_html(
            '<span dir="auto">{}<b>{}</b>{}</span> <a href="{}">review</a>',
            quote[:a] if a <= 80 else "…" + quote[a - 79 : a],
            quote[a:b],
            clipped_after,
            reverse("admin:facts_claim_review", args=[claim.pk]),
        )

    def get_search_results(self, request: HttpRequest, queryset: QuerySet[Claim], search_term: str):
        """Tolerant of apostrophes and geresh, and of an actor's other names (facts.selectors.claims_search)."""
        return claims_search(queryset, search_term), False

    def has_review_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("facts.review_claim")

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        """Claims are withdrawn or rejected, and kept with their history; an administrator alone deletes."""
        return request.user.is_superuser

    @admin.action(description="Withdraw selected public claims (hidden, kept with history)", permissions=["review"])
    def withdraw_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        changed = claims_review(
            claims=queryset.filter(status=Claim.Status.APPROVED), status=Claim.Status.WITHDRAWN, by=request.user
        )
        self.message_user(request, f"{changed} claim(s) withdrawn.", messages.SUCCESS)

    def save_model(self, request, claim: Claim, form, change: bool) -> None:
        if change:
            claim.version += 1  # what the API's If-Match and other open forms compare with
        else:
            claim.created_by = request.user
        super().save_model(request, claim, form, change)

    def save_related(self, request, form, formsets, change: bool) -> None:
        """The claim's history says in words what happened to its citations in this save (the claim's own
        history row would otherwise read as a change of nothing)."""
        super().save_related(request, form, formsets, change)
        events = []
        for formset in formsets:
            if getattr(formset, "model", None) is not Citation:
                continue
            events += [f"citation added: {citation_words(c)}" for c in formset.new_objects]
            events += [
                f"citation changed ({', '.join(fields)}): {citation_words(c)}" for c, fields in formset.changed_objects
            ]
            events += [f"citation removed: {citation_words(c)}" for c in formset.deleted_objects]
        if events:
            record = form.instance.history.order_by("-history_date", "-history_id").first()
            if record is not None:
                reason = "; ".join(filter(None, [record.history_change_reason, *events]))
                type(record).objects.filter(pk=record.pk).update(history_change_reason=reason)

    @admin.display(description="date", ordering="date_start")
    def date_display(self, claim: Claim) -> str:
        return format_html('<time title="{}">{}</time>', claim.date, edtf_display(claim.date))

    @admin.display(description="precision")
    def date_precision_label(self, claim: Claim) -> str:
        return claim.get_date_precision_display()

    @admin.display(description="summary")
    def summary_short(self, claim: Claim) -> str:
        return claim.summary if len(claim.summary) <= 120 else claim.summary[:119] + "…"

    @admin.display(description="actors")
    def actor_names(self, claim: Claim) -> str:
        return format_html_join(", ", "{}", ((actor.name,) for actor in claim.actors.all()))

    @admin.display(description="citations", ordering="citation_total")
    def citation_count(self, claim: Claim) -> int:
        return claim.citation_total

    @admin.action(description="Approve selected claims", permissions=["review"])
    def approve_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        try:
            changed = claims_approve(claims=queryset, by=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
            return
        self.message_user(request, f"{changed} claim(s) approved.", messages.SUCCESS)

    @admin.action(description="Add the suggested actors of selected claims to the gazetteer", permissions=["review"])
    def accept_suggested_actors(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        added = []
        for claim in queryset.exclude(suggested_actors=[]).prefetch_related("citations__article"):
            first = claim.citations.first()
            language = first.article.language if first else "en"
            added += claim_suggestions_accept(claim=claim, by=request.user, language=language)
        names = ", ".join(actor.name for actor in added) or "none"
        self.message_user(request, f"Actors added and linked: {names}.", messages.SUCCESS)

    @admin.action(description="Reject selected claims", permissions=["review"])
    def reject_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        changed = claims_reject(claims=queryset, by=request.user)
        self.message_user(request, f"{changed} claim(s) rejected.", messages.SUCCESS)

    @admin.action(description="Merge selected claims (duplicates of one fact)", permissions=["review"])
    def merge_selected(self, request: HttpRequest, queryset: QuerySet[Claim]):
        claims = list(queryset.prefetch_related("citations__article"))
        if len(claims) < 2:
            self.message_user(request, "Select at least two claims to merge.", messages.WARNING)
            return None
        target_id = request.POST.get("merge_target")
        if target_id:
            target = next((claim for claim in claims if str(claim.pk) == target_id), None)
            if target is None:
                self.message_user(request, "The claim to keep must be one of the selected claims.", messages.ERROR)
                return None
            claims_merge(target=target, others=[c for c in claims if c.pk != target.pk], by=request.user)
            self.message_user(request, f"{len(claims) - 1} claim(s) merged into claim {target.pk}.", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge claims",
            "claims": claims,
            "queryset": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "admin/facts/claim/merge.html", context)


@admin.register(Period)
class PeriodAdmin(admin.ModelAdmin):
    """Named periods and events that dates refer to ("during the Second Karabakh War"): extraction reads
    these when it proposes claims."""

    list_display = ["slug", "kind", "edtf", "names_en", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["slug", "edtf", "names"]
    readonly_fields = ["updated_at"]

    @admin.display(description="English names")
    def names_en(self, period: Period) -> str:
        return "; ".join((period.names or {}).get("en", []))
