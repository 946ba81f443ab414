import graphene
from graphene import relay
from graphene_django import DjangoConnectionField, DjangoObjectType

from corpus.models import Article, Source


class SourceType(DjangoObjectType):
    class Meta:
        model = Source
        fields = ("name", "name_native", "kind", "homepage")


class ArticleType(DjangoObjectType):
    """An article, with the citations the viewer may see (`text` for curators only)."""

    database_id = graphene.Int(required=True)
    text = graphene.String(description="The full text: curators only.")
    citations = graphene.List(graphene.NonNull("facts.graphql.schema.CitationType"), required=True)

    class Meta:
        model = Article
        interfaces = (relay.Node,)
        fields = ("key", "title", "language", "url", "authors", "published", "source", "translation_of")

    def resolve_database_id(article: Article, info) -> int:
        return article.pk

    def resolve_text(article: Article, info) -> str | None:
        from facts.selectors import viewer_is_curator

        return article.text if viewer_is_curator(info.context.user) else None

    def resolve_citations(article: Article, info):
        visible = getattr(article, "visible_citations", None)
        if visible is None:  # not prefetched (e.g. reached through a citation): one query for this article
            from facts.selectors import articles_with_visible_quotes

            visible = articles_with_visible_quotes(viewer=info.context.user).get(pk=article.pk).visible_citations
        return visible


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
