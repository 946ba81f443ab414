from django import forms
from django.contrib import admin
from django.utils.html import format_html

from core.admin import WritingDirectionMixin
from core.display import text_with_highlights
from corpus.models import Article, Source


@admin.register(Source)
class SourceAdmin(WritingDirectionMixin, admin.ModelAdmin):
    any_language_fields = ("name_native",)
    list_display = ["name", "name_native", "kind", "homepage"]
    list_filter = ["kind"]
    search_fields = ["name", "name_native"]


class AuthorsField(forms.CharField):
    """Authors one a line, as a person writes them (stored as a JSON list)."""

    widget = forms.Textarea(attrs={"rows": 3, "dir": "auto"})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(str(author) for author in value)
        return value

    def to_python(self, value):
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


class ArticleForm(forms.ModelForm):
    authors = AuthorsField(required=False, help_text="One a line.")

    class Meta:
        model = Article
        fields = ["title", "source", "language", "url", "authors", "translation_of", "notes", "published"]


@admin.register(Article)
class ArticleAdmin(WritingDirectionMixin, admin.ModelAdmin):
    form = ArticleForm
    any_language_fields = ("title", "notes")
    list_display = ["key", "title_display", "source", "language", "published", "citation_count", "updated_at"]
    list_filter = ["language", "source", "source__kind"]
    search_fields = ["key", "title", "text"]
    list_select_related = ["source"]
    autocomplete_fields = ["source", "translation_of"]
    readonly_fields = [
        "key",
        "published_start",
        "published_end",
        "content_hash",
        "text_with_citations",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["key", "title", "source", "language", "url", "authors", "translation_of", "notes"]}),
        ("Publication date", {"fields": ["published", "published_start", "published_end"]}),
        ("Text and its citations", {"fields": ["text_with_citations"]}),
        ("Provenance", {"fields": ["content_hash", "created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_queryset(self, request):
        from django.db.models import Count

        return super().get_queryset(request).annotate(citation_total=Count("citations"))

    @admin.display(description="title")
    def title_display(self, article: Article) -> str:
        return format_html('<span lang="{}" dir="{}">{}</span>', article.language, article.direction, article.title)

    @admin.display(description="citations", ordering="citation_total")
    def citation_count(self, article: Article) -> int:
        return article.citation_total  # type: ignore[attr-defined]  # annotated by get_queryset

    @admin.display(description="text (cited passages marked)")
    def text_with_citations(self, article: Article) -> str:
        spans = [
            (citation.start, citation.end, f"claim {citation.claim_id}: {citation.claim.summary[:120]}")
            for citation in article.citations.select_related("claim").filter(is_orphaned=False)
            if citation.start is not None and citation.end is not None  # anchored
        ]
        return text_with_highlights(text=article.text, spans=spans, language=article.language)

    def has_add_permission(self, request) -> bool:
        return False  # articles arrive through `manage.py ingest`, which repairs and hashes them

    def get_fieldsets(self, request, obj=None):
        """Read-only (a curator who may not change articles), authors show as names, not as JSON."""
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or self.has_change_permission(request, obj):
            return fieldsets
        return [
            (name, {**options, "fields": ["authors_list" if f == "authors" else f for f in options["fields"]]})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "authors_list"]

    @admin.display(description="authors")
    def authors_list(self, article: Article) -> str:
        return ", ".join(article.authors) or "—"

    def view_on_site(self, article: Article) -> str | None:
        """The article where its outlet published it (an article has no public page of its own)."""
        return article.url or None
