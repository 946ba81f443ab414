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
