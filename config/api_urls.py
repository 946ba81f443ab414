"""REST API v1: each app's views joined under one router."""

from django.urls import include, path
from rest_framework.routers import DefaultRouter

from core.api import token_view
from facts.api import exports, feeds
from facts.api.changes import ChangesView
from facts.api.views import ActorViewSet, CitationViewSet, ClaimViewSet, TimelineView, TopicViewSet
from intake.api import ArticleIntakeViewSet, JobViewSet

app_name = "api"

router = DefaultRouter()
router.register("claims", ClaimViewSet, basename="claim")
router.register("citations", CitationViewSet, basename="citation")
router.register("actors", ActorViewSet, basename="actor")
router.register("topics", TopicViewSet, basename="topic")
router.register("articles", ArticleIntakeViewSet, basename="article")
router.register("jobs", JobViewSet, basename="job")

urlpatterns = [
    path("timeline/", TimelineView.as_view(), name="timeline"),
    path("changes/", ChangesView.as_view(), name="changes"),
    path("claims/<id:pk>/jsonld/", exports.claim_jsonld_export, name="claim-jsonld"),
    path("exports/timelinejs.json", exports.timelinejs_export, name="export-timelinejs"),
    path("exports/timeline.csv", exports.csv_export, name="export-csv"),
    path("exports/timeline.ics", exports.ical_export, name="export-ical"),
    path("exports/timeline.jsonld", exports.jsonld_export, name="export-jsonld"),
    *(
        path(f"exports/sources.{suffix}", exports.sources_export(suffix), name=f"export-sources-{suffix}")
        for suffix in exports.SOURCE_FORMATS
    ),
    *(
        path(f"claims/<id:pk>/sources.{suffix}", exports.claim_sources_export(suffix), name=f"claim-sources-{suffix}")
        for suffix in exports.SOURCE_FORMATS
    ),
    path("feeds/changes.atom", feeds.atom_feed_view, name="feed-atom"),
    path("feeds/changes.json", feeds.json_feed_view, name="feed-json"),
    path("auth/token/", token_view(), name="token"),
    path("", include(router.urls)),
]
