class FrameAncestorsMiddleware:
    """Only pages that opt in may be framed by other sites. X-Frame-Options covers old browsers;
    CSP frame-ancestors is the modern rule, and it must say the same thing."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "frame_ancestors_any", False):
            return response
        policy = response.get("Content-Security-Policy")
        if policy is None:
            response["Content-Security-Policy"] = "frame-ancestors 'none'"
        elif "frame-ancestors" not in policy:
            response["Content-Security-Policy"] = policy + "; frame-ancestors 'none'"
        return response


SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class ReadOnlyCorsMiddleware:
    """Other sites may read the public API (django-cors-headers answers them), never write through it: a
    write's response carries no Access-Control-Allow-Origin, so a page elsewhere cannot read what it did.
    Placed before CorsMiddleware in MIDDLEWARE, so it sees the response after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS:
            for header in ("Access-Control-Allow-Origin", "Access-Control-Allow-Credentials"):
                if header in response:
                    del response[header]
        return response
