"""Django's admin app, serving the curation site of config/admin.py (imported once the apps are ready)."""

from django.contrib.admin.apps import AdminConfig


class TimelineAdminConfig(AdminConfig):
    default_site = "config.admin.TimelineAdminSite"
