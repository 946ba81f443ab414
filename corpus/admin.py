from django.contrib import admin
from django.utils.html import format_html

from core.display import text_with_highlights
from corpus.models import Article, Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "name_native", "kind", "homepage"]
    list_filter = ["kind"]
    search_fields = ["name", "name_native"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
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
        return article.citation_total

    @admin.display(description="text (cited passages marked)")
    def text_with_citations(self, article: Article) -> str:
        spans = [
            (citation.start, citation.end, f"claim {citation.claim_id}: {citation.claim.summary[:120]}")
            for citation in article.citations.select_related("claim").filter(is_orphaned=False)
        ]
        return text_with_highlights(text=article.text, spans=spans, language=article.language)

    def has_add_permission(self, request) -> bool:
        return False  # articles arrive through `manage.py ingest`, which repairs and hashes them
