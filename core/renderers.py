"""JSON for the API, encoded by orjson: a timeline page is hundreds of kilobytes of JSON, which orjson encodes
several times faster than the standard library (docs/benchmarks.md, API figures). The bytes are DRF's: dates,
times and anything orjson does not know go through DRF's own encoder, and U+2028/U+2029 are escaped as DRF
escapes them."""

from __future__ import annotations

import orjson
from rest_framework import renderers

OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


class JSONRenderer(renderers.JSONRenderer):
    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        if self.ensure_ascii or not self.compact or self.get_indent(accepted_media_type, renderer_context or {}):
            return super().render(data, accepted_media_type, renderer_context)
        try:
            encoded = orjson.dumps(data, default=self.encoder_class().default, option=OPTIONS)
        except TypeError:  # an integer beyond 64 bits, a dict with non-string keys: the standard path
            return super().render(data, accepted_media_type, renderer_context)
        return encoded.replace("\u2028".encode(), b"\\u2028").replace("\u2029".encode(), b"\\u2029")
