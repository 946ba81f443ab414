import graphene
from graphene import relay
from graphene_django import DjangoConnectionField, DjangoObjectType

from core.graphql_records import Record, RecordAware, read, request_records
from corpus.models import Article, Source


class ArticleRecord(Record):
    pass


class SourceRecord(Record):
    pass


class SourceType(RecordAware, DjangoObjectType):
    record_class = SourceRecord

    class Meta:
        model = Source
        fields = ("name", "name_native", "kind", "homepage")


class ArticleType(RecordAware, DjangoObjectType):
    """An article, with the citations the viewer may see (`text` for curators only)."""

    # Reached through a claim's citations its value is a record; what a record does not carry comes from
    # the article, loaded for all of the request's article records at once (full_article).

    record_class = ArticleRecord

    database_id = graphene.Int(required=True, resolver=read("id"))
    text = graphene.String(description="The full text: curators only.")
    citations = graphene.List(graphene.NonNull("facts.graphql.schema.CitationType"), required=True)

    class Meta:
        model = Article
        interfaces = (relay.Node,)
        fields = ("key", "title", "language", "url", "authors", "published", "source", "translation_of")

    def resolve_source(article: Article | ArticleRecord, info):
        if isinstance(article, Record):
            return SourceRecord(article["source"])
        return article.source

    def resolve_translation_of(article: Article | ArticleRecord, info):
        return full_article(article, info).translation_of

    def resolve_text(article: Article | ArticleRecord, info) -> str | None:
        from facts.selectors import viewer_is_curator

        return full_article(article, info).text if viewer_is_curator(info.context.user) else None

    def resolve_citations(article: Article | ArticleRecord, info):
        article = full_article(article, info)
        visible = getattr(article, "visible_citations", None)
        if visible is None:  # not prefetched (e.g. reached through a citation): one query for this article
            from facts.selectors import articles_with_visible_quotes

            visible = articles_with_visible_quotes(viewer=info.context.user).get(pk=article.pk).visible_citations
        return visible


def full_article(article: Article | ArticleRecord, info) -> Article:
    """The article behind a record, loaded with those of every article record of the request at once."""
    if not isinstance(article, Record):
        return article
    from facts.selectors import articles_with_visible_quotes

    def fetch(ids: set[int]) -> dict[int, Article]:
        return {a.pk: a for a in articles_with_visible_quotes(viewer=info.context.user).filter(pk__in=ids)}

    from facts.graphql.schema import ClaimRecord

    def article_ids(claim) -> list[int]:
        return [citation["article"]["id"] for citation in claim["citation_list"]]

    return request_records(info).related("articles", ClaimRecord, article_ids, fetch)[article["id"]]


class CorpusQueries(graphene.ObjectType):
    articles = DjangoConnectionField(ArticleType)
    article = graphene.Field(ArticleType, id=graphene.ID(required=True), description="Global id, id or key.")

    def resolve_articles(root, info, **kwargs):
        from facts.selectors import articles_with_visible_quotes

        return articles_with_visible_quotes(viewer=info.context.user)

    def resolve_article(root, info, id: str):
        from facts.selectors import articles_with_visible_quotes

        articles = articles_with_visible_quotes(viewer=info.context.user)
        if id.isdigit():
            return articles.filter(pk=int(id)).first()
        try:
            type_name, pk = relay.Node.from_global_id(id)
            if type_name == "ArticleType" and pk.isdigit():
                return articles.filter(pk=int(pk)).first()
        except Exception:  # noqa: S110 (not a global id: try it as a key)
            pass
        return articles.filter(key=id).first()
