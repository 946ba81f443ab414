"""Pieces every REST view shares: HTTP caching of public reads, Django validation errors as 400s,
and permissions (anyone reads what is visible; writes need the model permission)."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import exceptions, permissions
from rest_framework.pagination import CursorPagination

from core.http import conditional_get


class ConditionalGetMixin:
    """ETag / Last-Modified from the data's last change; 304 when the client's copy is current."""

    last_changed_fn = None  # set by the app: a callable returning a datetime

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


class StableCursorPagination(CursorPagination):
    ordering = "id"
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 100


def exception_handler(exc, context):
    """DRF's handler, plus: a Django ValidationError or a FilterError that escaped a view is a 400 with
    per-field messages, never a 500."""
    from rest_framework.views import exception_handler as drf_exception_handler

    from facts.filters import FilterError

    if isinstance(exc, DjangoValidationError):
        exc = as_api_error(exc)
    elif isinstance(exc, FilterError):
        exc = exceptions.ValidationError(exc.errors)
    return drf_exception_handler(exc, context)
