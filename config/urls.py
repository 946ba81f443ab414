from django.contrib import admin
from django.urls import path

from facts import views as facts_views

admin.site.site_header = "Israel–Azerbaijan timeline: curation"
admin.site.site_title = "Timeline curation"

urlpatterns = [
    path("", facts_views.timeline_page, name="timeline"),
    path("admin/", admin.site.urls),
]
