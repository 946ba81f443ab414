from rest_framework import serializers

from corpus.models import Article, Source


class SourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["id", "name", "name_native", "kind", "homepage"]


class ArticleSummarySerializer(serializers.ModelSerializer):
    source = SourceSerializer(read_only=True)

    class Meta:
        model = Article
        fields = ["id", "key", "title", "language", "url", "authors", "published", "source"]
        read_only_fields = fields


class CitedQuoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    claim = serializers.IntegerField(source="claim_id")
    quote = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()


class ArticleSerializer(ArticleSummarySerializer):
    """An article with the quotes the public timeline cites from it; `text` only for curators."""

    translation_of = serializers.SlugRelatedField(slug_field="key", read_only=True)
    quotes = CitedQuoteSerializer(source="visible_citations", many=True, read_only=True)
    text = serializers.SerializerMethodField()

    class Meta(ArticleSummarySerializer.Meta):
        fields = [*ArticleSummarySerializer.Meta.fields, "translation_of", "notes", "quotes", "text"]
        read_only_fields = fields

    def get_text(self, article: Article) -> str | None:
        return article.text if self.context.get("show_text") else None
