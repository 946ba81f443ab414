"""Articles as the public sees them: their metadata and the quotes the visible claims cite from them."""

from drf_spectacular.utils import extend_schema
from rest_framework import viewsets

from core.api import ConditionalGetMixin, ReadAnyoneWriteWithModelPermission, StableCursorPagination, TypedFilterBackend
from corpus.models import Article
from facts.api.serializers import ArticleSerializer
from facts.filters import ArticleFilterSet
from facts.permissions import is_curator
from facts.selectors import articles_with_visible_quotes, data_last_changed


@extend_schema(tags=["articles"])
class ArticleViewSet(ConditionalGetMixin, viewsets.ReadOnlyModelViewSet):
    """Articles with their metadata and the quotes the public timeline cites from them.
    The full text is shown to curators only."""

    last_changed_fn = staticmethod(data_last_changed)
    permission_classes = [ReadAnyoneWriteWithModelPermission]
    serializer_class = ArticleSerializer
    pagination_class = StableCursorPagination
    filter_backends = [TypedFilterBackend]
    filterset_class = ArticleFilterSet
    queryset = Article.objects.none()

    def get_queryset(self):
        return articles_with_visible_quotes(viewer=self.request.user)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "show_text": is_curator(self.request.user)}
