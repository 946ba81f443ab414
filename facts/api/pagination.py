"""Keyset ("cursor") pagination in timeline order. DRF's CursorPagination positions on one field; the
timeline is ordered by (date_start, date_end, id), so the cursor carries all three: pages stay
stable when claims are added and each page is one index range scan, however deep."""

from __future__ import annotations

from collections import OrderedDict

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from core.api import MAX_PAGE_SIZE, page_size_from
from facts.keyset import InvalidCursor, decode_cursor, encode_cursor
from facts.selectors import claims_page

DEFAULT_PAGE_SIZE = 25


class TimelineCursorPagination(BasePagination):
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"

    def paginate_queryset(self, queryset, request, view=None) -> list:
        self.request = request
        size = page_size_from(request, default=DEFAULT_PAGE_SIZE)
        cursor = request.query_params.get(self.cursor_query_param)
        direction, position = "n", None
        if cursor:
            try:
                direction, *values = decode_cursor(cursor)
                position = tuple(values)
            except InvalidCursor:
                message = "Invalid cursor: use the next or previous link of a page."
                raise ValidationError({"cursor": [message]}) from None
        if direction == "p":
            rows, more = claims_page(queryset, viewer=request.user, size=size, before=position, backwards=True)
            self.has_next, self.has_previous = bool(rows), more
        else:
            rows, more = claims_page(queryset, viewer=request.user, size=size, after=position)
            self.has_next, self.has_previous = more, bool(cursor) and bool(rows)
        self.rows = rows
        return rows

    def link(self, direction: str) -> str | None:
        url = self.request.build_absolute_uri()
        if direction == "n" and self.has_next:
            return replace_query_param(url, self.cursor_query_param, encode_cursor("n", self.rows[-1]))
        if direction == "p" and self.has_previous:
            return replace_query_param(url, self.cursor_query_param, encode_cursor("p", self.rows[0]))
        return None

    def get_paginated_response(self, data) -> Response:
        return Response(OrderedDict([("next", self.link("n")), ("previous", self.link("p")), ("results", data)]))

    def get_paginated_response_schema(self, schema: dict) -> dict:
        return {
            "type": "object",
            "required": ["results"],
            "properties": {
                "next": {"type": "string", "nullable": True, "format": "uri"},
                "previous": {"type": "string", "nullable": True, "format": "uri"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view) -> list[dict]:
        return [
            {"name": "cursor", "required": False, "in": "query", "description": "Page position (from a link).",
             "schema": {"type": "string"}},
            {"name": "page_size", "required": False, "in": "query",
             "description": f"Items per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}).",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        ]  # fmt: skip
