"""How a request says who it is, beyond Django's session: the API's tokens, which expire. Used by DRF's views
(REST_FRAMEWORK's authentication classes) and, for every other surface, by the token middleware."""

from __future__ import annotations

from rest_framework import authentication, exceptions


class ExpiringTokenAuthentication(authentication.TokenAuthentication):
    """DRF's tokens, refused once older than settings.API_TOKEN_MAX_AGE (seconds); a new one is asked for
    with the password again (POST /api/v1/auth/token/), and DELETE there revokes the current one."""

    def authenticate_credentials(self, key):
        import datetime as dt

        from django.conf import settings
        from django.utils import timezone

        user, token = super().authenticate_credentials(key)
        max_age = getattr(settings, "API_TOKEN_MAX_AGE", None)
        if max_age and token.created < timezone.now() - dt.timedelta(seconds=max_age):
            raise exceptions.AuthenticationFailed("The token has expired: ask for a new one at /api/v1/auth/token/.")
        return user, token
