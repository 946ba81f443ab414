"""Pieces every REST view shares: HTTP caching of public reads, Django validation errors as 400s,
and permissions (anyone reads what is visible; writes need the model permission)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import exceptions, permissions, throttling
from rest_framework.pagination import CursorPagination

from core.authentication import ExpiringTokenAuthentication
from core.errors import FilterError, filtered
from core.http import LastChanged, conditional_get

if TYPE_CHECKING:
    from rest_framework.views import APIView as ViewBase
else:
    ViewBase = object  # a mixin: the view class it is mixed into comes after it


class FreedAfterRendering(ViewBase):
    """DRF keeps a view, its request and its response in reference cycles (the request's parser context
    and the response's renderer context hold the view, the view holds both, and the renderer context holds
    the response itself). Whatever hangs from them, a page of data included, then waits for the garbage
    collector's full passes, which free a dozen pages at once in one long pause (bench/gc_bench.py). Once
    the response is rendered these links are cut, and the page is freed with the response."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if hasattr(response, "add_post_render_callback"):
            response.add_post_render_callback(self.let_go_of_response)
        return response

    def let_go_of_response(self, response) -> None:
        self.response = None  # type: ignore[assignment]  # cut: the response no longer needs the view
        self._paginator = None
        response.renderer_context.pop("response", None)


class ConditionalGetMixin(FreedAfterRendering):
    """ETag / Last-Modified from the data's last change; 304 when the client's copy is current."""

    last_changed_fn: LastChanged | None = None  # set by the app: when its data last changed

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)

        def respond():
            return super(ConditionalGetMixin, self).dispatch(request, *args, **kwargs)

        return conditional_get(request, respond, last_changed_fn=type(self).last_changed_fn)


def as_api_error(error: DjangoValidationError) -> exceptions.ValidationError:
    if hasattr(error, "error_dict"):
        return exceptions.ValidationError(error.message_dict)
    return exceptions.ValidationError({"non_field_errors": error.messages})


class ReadAnyoneWriteWithModelPermission(permissions.DjangoModelPermissionsOrAnonReadOnly):
    """Reads are open (the queryset decides what is visible); writes need add/change/delete permission."""

    perms_map = {
        **permissions.DjangoModelPermissions.perms_map,
        "GET": [],
        "HEAD": [],
        "OPTIONS": [],
    }


class TypedFilterBackend(DjangoFilterBackend):
    """django-filter treats `?kind=` as "no filter", as an HTML form needs. An API client that sends a typed
    parameter (a choice, a date-time, a number, a boolean) empty has made a mistake the contract refuses:
    say so (400) rather than answer a query it did not ask."""

    TYPED = (
        django_filters.ChoiceFilter,
        django_filters.MultipleChoiceFilter,
        django_filters.DateTimeFilter,
        django_filters.NumberFilter,
        django_filters.BooleanFilter,
    )

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            empty = empty_typed_parameters(filterset.filters, request.query_params)
            if empty:
                raise FilterError(empty)
        return filterset

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is not None and not names_a_filter(filterset_class, request.query_params):
            # Nothing to filter by (a plain page, a cursor): a FilterSet and its form are a twentieth of a page
            # of 100's time to build, and would do nothing.
            return queryset
        filterset = self.get_filterset(request, queryset, view)
        return queryset if filterset is None else filtered(filterset)


def names_a_filter(filterset_class, parameters: Mapping[str, str]) -> bool:
    """Whether any parameter could be read by one of the FilterSet's filters: its name, or its name and a
    suffix (a range's `_min`/`_after`: django-filter's multi-value widgets)."""
    names = filterset_class.base_filters
    return any(
        parameter in names or any(parameter.startswith(f"{name}_") for name in names) for parameter in parameters
    )


def empty_typed_parameters(filters: Mapping, parameters: Mapping[str, str]) -> dict[str, list[str]]:
    """The typed filters (TypedFilterBackend.TYPED) sent with no value, each with its message; for views
    outside DRF that take the same filters (the exports)."""
    return {
        name: ["Give a value, or leave the parameter out."]
        for name, declared in filters.items()
        if isinstance(declared, TypedFilterBackend.TYPED) and name in parameters and not parameters[name].strip()
    }


MAX_PAGE_SIZE = 100


def page_size_from(request, default: int, maximum: int = MAX_PAGE_SIZE) -> int:
    """The page_size parameter, or a 400: DRF's paginations quietly fall back to their default for
    page_size=0, =true or =null, which hides the client's mistake (and breaks the documented contract)."""
    raw = request.query_params.get("page_size")
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= maximum:
        raise exceptions.ValidationError({"page_size": [f"A whole number from 1 to {maximum}."]})
    return int(raw)


class StableCursorPagination(CursorPagination):
    ordering = "id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_from(request, default=self.page_size, maximum=self.max_page_size)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"] = {"type": "integer", "minimum": 1, "maximum": self.max_page_size}
        return parameters

    def decode_cursor(self, request):
        """DRF answers a malformed cursor with 404; it is a bad parameter (400), as on the timeline."""
        try:
            return super().decode_cursor(request)
        except exceptions.NotFound:
            raise exceptions.ValidationError({self.cursor_query_param: ["Invalid cursor."]}) from None


def exception_handler(exc, context):
    """DRF's handler, plus: a Django ValidationError or a FilterError that escaped a view is a 400 with
    per-field messages, never a 500."""
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, DjangoValidationError):
        exc = as_api_error(exc)
    elif isinstance(exc, FilterError):
        exc = exceptions.ValidationError(exc.errors)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.ValidationError):
        response.data = errors_by_field(response.data)
    return response


def errors_by_field(errors, prefix: str = "") -> dict[str, list[str]]:
    """DRF's errors as the documented Error shape: one list of messages per field, a nested field named by its
    path ("citations.0.start", "authors.2"), errors of the whole body under "non_field_errors"."""
    if isinstance(errors, dict):
        flat: dict[str, list[str]] = {}
        for key, value in errors.items():
            flat.update(errors_by_field(value, f"{prefix}.{key}" if prefix else str(key)))
        return flat
    if isinstance(errors, list) and any(isinstance(item, dict | list) for item in errors):
        flat = {}
        for index, item in enumerate(errors):
            if isinstance(item, dict | list):
                flat.update(errors_by_field(item, f"{prefix}.{index}" if prefix else str(index)))
            elif item:
                flat.setdefault(prefix or "non_field_errors", []).append(str(item))
        return flat
    messages = errors if isinstance(errors, list) else [errors]
    return {prefix or "non_field_errors": [str(message) for message in messages]} if messages else {}


class RateThrottleMixin:
    """DRF's rate throttles read their rates once, at import; these read them per request, so that the
    settings (and tests that change them) decide."""

    def get_rate(self):
        from rest_framework.settings import api_settings

        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)  # type: ignore[attr-defined]


class AnonymousRateThrottle(RateThrottleMixin, throttling.AnonRateThrottle):
    """Anonymous reads and writes, per client address: a 429 with Retry-After beyond the rate."""


class TokenRequestThrottle(RateThrottleMixin, throttling.AnonRateThrottle):
    """Token requests, per client address, whoever they claim to be: password guessing meets a 429."""

    scope = "token"


class TokenUsernameThrottle(RateThrottleMixin, throttling.SimpleRateThrottle):
    """Token requests per username, from whatever addresses: guessing one curator's password from many
    addresses meets a 429 too (a token only: the admin's lockout is per username and address)."""

    scope = "token_username"

    def get_cache_key(self, request, view):
        username = request.data.get("username") if hasattr(request.data, "get") else None
        if not isinstance(username, str) or not username:
            return None  # refused by the serializer anyway
        return self.cache_format % {"scope": self.scope, "ident": hashlib.sha256(username.encode()).hexdigest()}


def token_view():
    """POST username and password for a token (a new one when the old has expired); DELETE with the token
    revokes it. Throttled per address."""
    from django.conf import settings
    from django.utils import timezone
    from drf_spectacular.utils import extend_schema
    from rest_framework.authtoken.models import Token
    from rest_framework.authtoken.views import ObtainAuthToken
    from rest_framework.response import Response

    class TokenView(ObtainAuthToken):
        throttle_classes = [TokenRequestThrottle, TokenUsernameThrottle]

        def post(self, request, *args, **kwargs):
            serializer = self.get_serializer(data=request.data)
            serializer.is_valid(raise_exception=True)
            user = serializer.validated_data["user"]
            token, created = Token.objects.get_or_create(user=user)
            max_age = getattr(settings, "API_TOKEN_MAX_AGE", None)
            if not created and max_age and (timezone.now() - token.created).total_seconds() > max_age:
                token.delete()
                token = Token.objects.create(user=user)
            return Response({"token": token.key})

        @extend_schema(request=None, responses={204: None})
        def delete(self, request, *args, **kwargs):
            if not isinstance(request.auth, Token):
                raise exceptions.NotAuthenticated("Send the token to revoke in the Authorization header.")
            request.auth.delete()
            return Response(status=204)

    TokenView.authentication_classes = [ExpiringTokenAuthentication]
    return TokenView.as_view()
