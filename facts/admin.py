from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.actions import delete_selected
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from core.admin import TRANSLATED, WritingDirectionMixin
from core.display import quote_in_context
from core.edtf import edtf_display
from core.errors import StaleWrite
from core.models import Language
from facts.models import TIMELINE_ORDER, Actor, ActorAlias, Citation, Claim, Period, Topic, public_claim
from facts.permissions import may_review
from facts.selectors import claims_search
from facts.services.citations import (
    CITATION_EDITABLE_FIELDS,
    CitationInput,
    citation_create,
    citation_update,
    citations_delete,
)
from facts.services.claims import (
    CLAIM_EDITABLE_FIELDS,
    claim_create,
    claim_delete,
    claim_lock_for_change,
    claim_suggestions_accept,
    claim_update,
    claims_approve,
    claims_merge,
    claims_reject,
    claims_review,
)
from facts.services.publication import claim_citations_removal_check

# Versions say who made them ("the system" for machine changes) and why, never a literal "None".
HISTORY_LIST_TEMPLATE = "admin/facts/object_history_list.html"


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


def citation_in_context(citation: Citation) -> str:
    if citation.pk is None or citation.start is None or citation.end is None:
        return "—"
    return quote_in_context(
        text=citation.article.text, start=citation.start, end=citation.end, language=citation.article.language
    )


def citation_input(data: dict) -> CitationInput:
    """A citation form's cleaned data as the citation services take it."""
    return CitationInput(
        article=data["article"],
        quote=data["quote"],
        start=data.get("start"),
        end=data.get("end"),
        date_span_start=data.get("date_span_start"),
        date_span_end=data.get("date_span_end"),
    )


class CitationInlineFormSet(forms.BaseInlineFormSet):
    """The claim's citations: a public claim keeps an anchored one (said on the form, before anything is
    written; the service refuses it too)."""

    def clean(self) -> None:
        super().clean()
        claim = self.instance
        if any(self.errors):
            return
        if claim.pk is None:
            if not any(f.cleaned_data for f in self.forms if f not in self.deleted_forms and f.has_changed()):
                raise ValidationError("A claim needs at least one citation: choose the article and paste the quote.")
            return
        removed = [form.instance for form in self.deleted_forms if form.instance.pk]
        kept_new = [f for f in self.forms if f not in self.deleted_forms and f.cleaned_data and not f.instance.pk]
        if removed and not kept_new:
            try:
                claim_citations_removal_check(claim=Claim.objects.get(pk=claim.pk), removed=removed)
            except ValidationError as error:
                raise ValidationError(error.messages) from None


class CitationInline(WritingDirectionMixin, admin.StackedInline):
    model = Citation
    formset = CitationInlineFormSet
    any_language_fields = ("quote",)
    extra = 0
    autocomplete_fields = ["article"]
    fields = ["article", "quote", "start", "end", "date_span_start", "date_span_end", "in_context", "is_orphaned"]
    readonly_fields = ["in_context", "is_orphaned"]

    @admin.display(description="quote in its text")
    def in_context(self, citation: Citation) -> str:
        return citation_in_context(citation)


class CitationAdminForm(forms.ModelForm):
    """A citation moved to another claim must not leave a public claim uncited: said on the form."""

    class Meta:
        model = Citation
        fields = list(CITATION_EDITABLE_FIELDS)

    def clean(self):
        cleaned = super().clean() or {}
        moved_to = cleaned.get("claim")
        if self.instance.pk and moved_to is not None and moved_to.pk != self.instance.claim_id:
            claim_citations_removal_check(claim=Claim.objects.get(pk=self.instance.claim_id), removed=[self.instance])
        return cleaned


@admin.register(Citation)
class CitationAdmin(WritingDirectionMixin, SimpleHistoryAdmin):
    object_history_list_template = HISTORY_LIST_TEMPLATE
    """Citations on their own: find orphaned ones after re-ingestion, and see each one's history."""

    any_language_fields = ("quote",)
    form = CitationAdminForm
    actions = ["delete_selected"]

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

    def save_model(self, request, citation: Citation, form, change: bool) -> None:
        """Through the citation services: the claim's version rises, a move keeps a public claim cited."""
        if change:
            changes = {
                field: form.cleaned_data[field] for field in form.changed_data if field in CITATION_EDITABLE_FIELDS
            }
            saved = citation_update(citation=citation, by=request.user, **changes)
        else:
            saved = citation_create(
                claim=form.cleaned_data["claim"], citation=citation_input(form.cleaned_data), by=request.user
            )
        citation.pk, citation.version = saved.pk, saved.version

    def delete_model(self, request, citation: Citation) -> None:
        citations_delete(citations=[citation], by=request.user)

    def delete_queryset(self, request, queryset: QuerySet[Citation]) -> None:
        citations_delete(citations=queryset.select_related("claim", "article"), by=request.user)

    def delete_view(self, request, object_id, extra_context=None):
        """Deleting the last anchored citation of a public claim is refused before the confirmation page."""
        citation = self.get_object(request, object_id)
        if citation is not None and (refusal := removal_refusal([citation])):
            self.message_user(request, refusal, messages.ERROR)
            return HttpResponseRedirect(reverse("admin:facts_citation_change", args=[citation.pk]))
        return super().delete_view(request, object_id, extra_context)

    @admin.action(description="Delete selected citations", permissions=["delete"])
    def delete_selected(self, request, queryset: QuerySet[Citation]):
        if refusal := removal_refusal(list(queryset.select_related("claim", "article"))):
            self.message_user(request, refusal, messages.ERROR)
            return None
        return delete_selected(self, request, queryset)

    @admin.display(description="quote")
    def quote_short(self, citation: Citation) -> str:
        quote = citation.quote if len(citation.quote) <= 100 else citation.quote[:99] + "…"
        return format_html('<span lang="{}" dir="auto">{}</span>', citation.article.language, quote)

    @admin.display(description="quote in its text")
    def in_context(self, citation: Citation) -> str:
        return citation_in_context(citation)


def removal_refusal(citations: list[Citation]) -> str:
    """Why removing these citations would be refused (a public claim left uncited), or ""."""
    by_claim: dict[int, list[Citation]] = {}
    for citation in citations:
        by_claim.setdefault(citation.claim_id, []).append(citation)
    for claim in Claim.objects.filter(pk__in=by_claim):
        try:
            claim_citations_removal_check(claim=claim, removed=by_claim[claim.pk])
        except ValidationError as error:
            return " ".join(error.messages)
    return ""


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
        cleaned = super().clean() or {}
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
    object_history_list_template = HISTORY_LIST_TEMPLATE
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
                "<id:pk>/review/",
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
        a, b = citation.date_span_start or 0, citation.date_span_end or 0
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
        return may_review(request.user)

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        """Claims are withdrawn or rejected, and kept with their history; an administrator alone deletes."""
        return request.user.is_superuser

    @admin.action(description="Withdraw selected public claims (hidden, kept with history)", permissions=["review"])
    def withdraw_selected(self, request: HttpRequest, queryset: QuerySet[Claim]) -> None:
        changed = claims_review(claims=queryset.filter(public_claim()), status=Claim.Status.WITHDRAWN, by=request.user)
        self.message_user(request, f"{changed} claim(s) withdrawn.", messages.SUCCESS)

    def save_model(self, request, claim: Claim, form, change: bool) -> None:
        """A change goes through claim_update (its version, history, the stale-write check); a new claim is
        created with its citations in save_related, through claim_create (a claim is never without one)."""
        if not change or not set(form.changed_data) - {"seen_version"}:
            return
        data = form.cleaned_data
        changes = {field: data[field] for field in form.changed_data if field in CLAIM_EDITABLE_FIELDS}
        saved = claim_update(
            claim=claim,
            by=request.user,
            expected_version=data.get("seen_version"),
            actors=data["actors"],
            topics=data["topics"],
            disputes=data["disputes"],
            **changes,
        )
        claim.version = saved.version

    def save_related(self, request, form, formsets, change: bool) -> None:
        """The inline citations, through the citation services: corrections, then additions, then removals (so
        that a public claim always keeps a citation); each says in the claim's history what happened."""
        [citations] = [formset for formset in formsets if formset.model is Citation]
        kept = [f for f in citations.forms if f not in citations.deleted_forms]
        new_forms = [f for f in kept if not f.instance.pk and f.has_changed() and f.cleaned_data]
        citations.new_objects, citations.changed_objects, citations.deleted_objects = [], [], []
        if not change:
            data = form.cleaned_data
            claim = claim_create(
                summary=data["summary"],
                summary_he=data.get("summary_he", ""),
                summary_ar=data.get("summary_ar", ""),
                date=data["date"],
                confidence=data.get("confidence", 1.0),
                key=data.get("key") or None,
                actors=data["actors"],
                topics=data["topics"],
                citations=[citation_input(f.cleaned_data) for f in new_forms],
                by=request.user,
            )
            if data["disputes"]:
                claim_update(claim=claim, by=request.user, disputes=data["disputes"])
            form.instance.pk, form.instance.version = claim.pk, claim.version
            citations.new_objects = list(claim.citations.all())
            return
        claim = form.instance
        for citation_form in kept:
            if citation_form.instance.pk and citation_form.has_changed():
                fields = [f for f in citation_form.changed_data if f in CITATION_EDITABLE_FIELDS]
                if fields:
                    data = citation_form.cleaned_data
                    updated = citation_update(
                        citation=citation_form.instance, by=request.user, **{f: data[f] for f in fields}
                    )
                    citations.changed_objects.append((updated, fields))
        for citation_form in new_forms:
            citations.new_objects.append(
                citation_create(claim=claim, citation=citation_input(citation_form.cleaned_data), by=request.user)
            )
        removed = [f.instance for f in citations.deleted_forms if f.instance.pk]
        if removed:
            citations_delete(citations=removed, by=request.user)
            citations.deleted_objects = removed

    def delete_model(self, request, claim: Claim) -> None:
        claim_delete(claim=claim, by=request.user)

    def delete_queryset(self, request, queryset: QuerySet[Claim]) -> None:
        for claim in queryset:
            claim_delete(claim=claim, by=request.user)

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
        return format_html_join(", ", "{}", ((str(actor),) for actor in claim.actors.all()))

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
        names = ", ".join(str(actor) for actor in added) or "none"
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
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
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
