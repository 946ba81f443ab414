"""The OpenAPI contract served for download (apart from core.openapi, which DRF's settings import while
drf-spectacular's views are still loading)."""

from drf_spectacular.views import SpectacularAPIView


class SchemaView(SpectacularAPIView):
    """The contract for download, named in ASCII: drf-spectacular names the file after the API's title, whose
    en dash makes Django encode the whole Content-Disposition header (RFC 2047), which `curl -OJ` refuses
    and browsers save as "download"."""

    def _get_filename(self, request, version):  # drf-spectacular's hook for the name
        suffix = self.perform_content_negotiation(request, force=True)[0].format
        return f"israel-azerbaijan-timeline-api.{suffix}"
