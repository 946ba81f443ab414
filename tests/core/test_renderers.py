"""The API's orjson renderer must send the bytes DRF's own JSON renderer sends."""

import datetime as dt
import decimal
import uuid

import pytest
from django.utils.translation import gettext_lazy
from rest_framework import renderers
from rest_framework.utils.serializer_helpers import ReturnDict, ReturnList

from core.renderers import JSONRenderer

pytestmark = pytest.mark.django_db


def both(data, accepted="application/json"):
    context = {}
    return JSONRenderer().render(data, accepted, context), renderers.JSONRenderer().render(data, accepted, context)


@pytest.mark.parametrize(
    "data",
    [
        {"when": dt.datetime(2025, 10, 22, 9, 30, 1, 123456, tzinfo=dt.UTC), "day": dt.date(1992, 4, 7)},
        {"time": dt.time(12, 30, 5, 250000), "span": dt.timedelta(days=2, seconds=5)},
        {"amount": decimal.Decimal("1.58"), "id": uuid.UUID("12345678-1234-5678-1234-567812345678")},
        {"lazy": gettext_lazy("Not found."), "set": ReturnList([1, 2.5, None, True], serializer=None)},
        ReturnDict({"quote": 'אזרבייג\'ן "דוז פואה" \u2028 ביולי 2024 — «بين عامي 2023 و2024»'}, serializer=None),
        {"big": 2**70, "nested": [{"a": []}, {}]},
        None,
    ],
)
def test_the_same_bytes_as_drf(data):
    ours, drf = both(data)
    assert ours == drf


def test_a_timeline_page_is_rendered_byte_for_byte_as_drf_would(client, curated_timeline):
    response = client.get("/api/v1/claims/", {"page_size": 100})
    ours, drf = both(response.data)
    assert len(ours) > 20_000 and ours == drf


def test_an_indented_request_is_still_indented():
    ours, drf = both({"a": [1, 2]}, "application/json; indent=2")
    assert ours == drf and b"\n  " in ours
