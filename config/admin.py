"""The curation site: Django's admin, with the review screen among the models of its index and menu, saying how
many proposals wait."""

from django.contrib import admin
from django.urls import reverse

from facts.selectors import proposals_waiting


class TimelineAdminSite(admin.AdminSite):
    site_header = "Israel–Azerbaijan timeline: curation"
    site_title = "Timeline curation"

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        if request.user.has_perm("facts.change_claim"):
            for app in apps:
                if app["app_label"] == "facts":
                    waiting = proposals_waiting()
                    app["models"].insert(0, review_entry(waiting))
        return apps


def review_entry(waiting: int) -> dict:
    """The review screen, shaped as the index lists a model (a link, no add button)."""
    return {
        "name": f"Review proposals ({waiting} waiting)",
        "object_name": "ReviewProposals",
        "admin_url": reverse("admin:facts_claim_review_first"),
        "add_url": None,
        "view_only": True,
        "perms": {"add": False, "change": False, "delete": False, "view": True},
    }
