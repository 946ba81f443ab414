"""Jinja2 for the few templates compiled for speed (the timeline's list of entries). Every `{{ }}` is escaped as
Django escapes (`html.escape`, which is what django.utils.html.escape does, without its lazy-string wrapper that
costs more than the escaping), so the output is byte for byte a Django template's, and a value that knows its
own HTML (a SafeString) passes as it does there."""

from __future__ import annotations

import html

from jinja2 import Environment


def escaped(value) -> str:
    """django.utils.html.conditional_escape, for plain values."""
    kind = type(value)
    if kind is str:  # most values, first: a SafeString is a subclass and takes the __html__ path
        return html.escape(value)
    if kind is int:
        return str(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def environment(**options) -> Environment:
    options["autoescape"] = False  # escaping is the finalize step: Django's spelling, not markupsafe's
    return Environment(finalize=escaped, **options)  # noqa: S701 - finalize escapes every output
