from django.urls import path

from embed import views

urlpatterns = [
    path("", views.timeline_page, name="timeline"),
    path("claims/<id:pk>/", views.claim_page, name="claim-page"),
    path("embed/timeline/", views.embed_timeline, name="embed-timeline"),
    path("embed/", views.embed_builder, name="embed-builder"),
    path("embed.js", views.embed_js, name="embed-js"),
    path("oembed", views.oembed, name="oembed"),
]
