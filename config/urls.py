from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerView

from core.graphql.view import TimelineGraphQLView
from core.openapi_views import SchemaView
from facts.selectors import data_last_changed

handler400 = "core.http.bad_request"
handler404 = "core.http.not_found"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("config.api_urls")),
    path("api/schema/", SchemaView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    path("graphql", TimelineGraphQLView.as_view(graphiql=True, last_changed_fn=data_last_changed), name="graphql"),
    path("", include("embed.urls")),  # the public timeline at /, the embed and its builder
]
