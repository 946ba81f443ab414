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


class TokenAuthenticationMiddleware:
    """The API's tokens on every surface, not only DRF's views: the exports, the JSON-LD, GraphQL and the
    embed's data read `request.user`, which Django fills from the session alone. A request with
    `Authorization: Token …` is that token's user everywhere (DRF's own views authenticate again, the same
    way); a wrong or expired token is a 401 saying so, never quietly the public's answer."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http import JsonResponse
        from rest_framework import exceptions

        from core.authentication import ExpiringTokenAuthentication

        if request.META.get("HTTP_AUTHORIZATION", "").split(" ", 1)[0].lower() == "token":
            authentication = ExpiringTokenAuthentication()
            try:
                found = authentication.authenticate(request)
            except exceptions.AuthenticationFailed as error:
                response = JsonResponse({"detail": str(error.detail)}, status=401)
                response["WWW-Authenticate"] = authentication.authenticate_header(request) or "Token"
                return response
            if found is not None:
                request.user, request.auth = found
        return self.get_response(request)
