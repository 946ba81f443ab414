from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from facts.selectors import timeline


def timeline_page(request: HttpRequest) -> HttpResponse:
    """The public timeline: approved claims in chronological order with their citations.
    Public means public: a logged-in curator sees here exactly what everyone else sees."""
    from embed.views import oembed_discovery_url

    context = {"claims": timeline(viewer=None), "oembed_url": oembed_discovery_url(request)}
    return render(request, "facts/timeline.html", context)
