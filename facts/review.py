"""The review screen in the admin: a proposal led by its quote. The quote in its text (right to left where it
should be, the date words marked), the proposed date and what it was resolved against, the actors and the
suggested ones, the other sources and any dispute; then the summaries in three languages, the date, actors and
topics to write; Approve, Reject, Merge into, Save, Next — each a key (a, r, m, s, n). Writes go through the
claim services, so the review permission and the publication rule hold here as everywhere."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html

from core.display import whole_words
from core.edtf import edtf_display
from core.errors import StaleWrite
from core.models import Language, text_direction
from facts.models import Actor, Citation, Claim, Topic
from facts.permissions import may_review as may_review_claims
from facts.representation import field_in
from facts.services.claims import claim_update, claims_merge, claims_reject

CONTEXT_CHARACTERS = 300
ANCHORS = {
    "published": "resolved against the article's publication date",
    "previous": "resolved against the date the text mentioned before",
    "publication": "the article's publication date (a news report's present tense)",
}


class ReviewForm(forms.Form):
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 2, "lang": "en", "dir": "ltr"}))
    summary_he = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "lang": "he", "dir": "rtl"}))
    summary_ar = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2, "lang": "ar", "dir": "rtl"}))
    date = forms.CharField(max_length=100, help_text="EDTF: 2014-09, 1992/.., 199X, 2023-01~")
    actors = forms.ModelMultipleChoiceField(Actor.objects.order_by("name"), required=False)
    topics = forms.ModelMultipleChoiceField(Topic.objects.order_by("name"), required=False)
    seen_version = forms.IntegerField(widget=forms.HiddenInput)
    merge_into = forms.IntegerField(required=False, help_text="The id of the claim this one repeats.")
    merge_dates_differ = forms.BooleanField(required=False, label="merge although the dates differ")

    def __init__(self, *args, admin_site, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Actors and topics are found by typing part of a name (the admin's autocomplete, searching the names in
        # three languages and the aliases): a plain multi-select of sixty entries drops the others on a click.
        for name in ("actors", "topics"):
            field = self.fields[name]
            field.widget = AutocompleteSelectMultiple(Claim._meta.get_field(name), admin_site)
            field.widget.choices = field.choices  # type: ignore[attr-defined]


def proposals() -> QuerySet[Claim]:
    return Claim.objects.filter(status=Claim.Status.PROPOSED).order_by("pk")


def review_next(request: HttpRequest, *, after: int = 0) -> HttpResponse:
    """The next proposal after `after` (from the first again at the end), or the list when none is left."""
    following = proposals().filter(pk__gt=after).first() or proposals().exclude(pk=after).first()
    if following is None:
        messages.success(request, "No proposal is left to review.")
        return HttpResponseRedirect(reverse("admin:facts_claim_changelist") + "?status__exact=proposed")
    return HttpResponseRedirect(reverse("admin:facts_claim_review", args=[following.pk]))


def quote_with_date_words(citation: Citation, *, context: int = CONTEXT_CHARACTERS) -> str:
    """The quote marked inside its text, and the date words marked inside the quote; escaped."""
    text, start, end = citation.article.text, citation.start or 0, citation.end or 0  # anchored or orphaned
    quote = text[start:end]
    if citation.date_span_start is not None:
        a, b = citation.date_span_start, citation.date_span_end or citation.date_span_start
        marked = format_html('{}<b class="date-words">{}</b>{}', quote[:a], quote[a:b], quote[b:])
    else:
        marked = format_html("{}", quote)
    before, after = whole_words(
        text[max(0, start - context) : start],
        text[end : end + context],
        cut_before=start > context,
        cut_after=end + context < len(text),
    )
    return format_html(
        '<div class="review-quote" lang="{}" dir="{}">{}{}<mark>{}</mark>{}{}</div>',
        citation.article.language,
        text_direction(citation.article.language),
        "…" if start > context else "",
        before,
        marked,
        after,
        "…" if end + context < len(text) else "",
    )


def anchor_words(claim: Claim) -> str:
    anchor = claim.date_anchor
    if anchor.startswith("period:"):
        return f"resolved through the named period {anchor.removeprefix('period:')}"
    return ANCHORS.get(anchor, anchor or "stated in the words themselves")


def review_view(model_admin, request: HttpRequest, pk: int) -> HttpResponse:
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    claim = get_object_or_404(Claim.objects.prefetch_related("actors", "topics", "disputes"), pk=pk)
    may_review = may_review_claims(request.user)
    form = ReviewForm(
        request.POST or None,
        admin_site=model_admin.admin_site,
        initial={
            "summary": claim.summary,
            "summary_he": claim.summary_he,
            "summary_ar": claim.summary_ar,
            "date": claim.date,
            "actors": list(claim.actors.all()),
            "topics": list(claim.topics.all()),
            "seen_version": claim.version,
        },
    )
    action = request.POST.get("action", "")
    if request.method == "POST":
        if action == "next":
            return review_next(request, after=claim.pk)
        if action in ("approve", "reject", "merge") and not may_review:
            raise PermissionDenied
        if form.is_valid():
            try:
                done = review_act(claim, form.cleaned_data, action=action, by=request.user)
            except StaleWrite as error:
                form.add_error(None, f"{error} Open the proposal again to see their change.")
            except ValidationError as error:
                for field, problems in (
                    error.message_dict.items() if hasattr(error, "error_dict") else [(None, error.messages)]
                ):
                    form.add_error(field if field in form.fields else None, problems)
            else:
                messages.success(request, done)
                return review_next(request, after=claim.pk) if action != "save" else HttpResponseRedirect(request.path)
    citations = list(claim.citations.select_related("article", "article__source").order_by("pk"))
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Review: claim {claim.pk}",
        "opts": Claim._meta,
        "claim": claim,
        "form": form,
        "may_review": may_review,
        "quotes": [(citation, quote_with_date_words(citation)) for citation in citations],
        "date_words": edtf_display(claim.date),
        "anchor": anchor_words(claim),
        "left": proposals().count(),
        "disputes": list(claim.disputes.all()),
        "has_view_permission": True,
    }
    return TemplateResponse(request, "admin/facts/claim/review.html", context)


def source_summary_check(claim: Claim, data: dict) -> None:
    """The review screen asks at least for the summary in the language of the claim's first source (the public
    pages show the others in English until they are written)."""
    first = claim.citations.select_related("article").order_by("pk").first()
    language = first.article.language if first is not None else "en"
    field = field_in("summary", language)
    if not (data.get(field) or "").strip():
        name = Language(language).label
        raise ValidationError({field: f"Write the {name} summary before approving: the claim cites a {name} source."})


def review_act(claim: Claim, data: dict, *, action: str, by) -> str:
    """Apply a reviewer's decision with what they wrote; the message to show."""
    if action == "reject":
        claims_reject(claims=[claim], by=by)
        return f"Claim {claim.pk} rejected."
    if action == "merge":
        target = Claim.objects.filter(pk=data.get("merge_into") or 0).exclude(pk=claim.pk).first()
        if target is None:
            raise ValidationError({"merge_into": "Give the id of another claim to merge this one into."})
        if target.date != claim.date and not data.get("merge_dates_differ"):
            raise ValidationError(
                {
                    "merge_into": f"Claim {target.pk} is dated {edtf_display(target.date)} ({target.date}), this one "
                    f"{edtf_display(claim.date)} ({claim.date}); the merged claim keeps claim {target.pk}'s date. "
                    "Tick “merge although the dates differ” and merge again, or correct a date first."
                }
            )
        claims_merge(target=target, others=[claim], by=by)
        return f"Claim {claim.pk} merged into claim {target.pk}."
    changes = {field: data[field] for field in ("summary", "summary_he", "summary_ar", "date")}
    if action == "approve":
        source_summary_check(claim, data)
        changes["status"] = Claim.Status.APPROVED
    claim_update(
        claim=claim,
        by=by,
        actors=data["actors"],
        topics=data["topics"],
        expected_version=data["seen_version"],
        **changes,
    )
    return f"Claim {claim.pk} approved." if action == "approve" else f"Claim {claim.pk} saved."
