"""Finding a quote in an article's text. Pure functions: no ORM."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError


def quote_spans(text: str, quote: str, *, flexible_whitespace: bool = False) -> list[tuple[int, int]]:
    """Every (start, end) where `quote` occurs in `text`. With flexible_whitespace, any run of white
    space in the quote matches any run in the text (a curator types one space where the text has a line
    break); the caller then stores text[start:end] as the quote, so integrity still holds exactly."""
    if not quote.strip():
        return []
    if not flexible_whitespace:
        spans, at = [], text.find(quote)
        while at >= 0:
            spans.append((at, at + len(quote)))
            at = text.find(quote, at + 1)
        return spans
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def locate_quote(text: str, quote: str, *, article_key: str, flexible_whitespace: bool = False) -> tuple[int, int]:
    spans = quote_spans(text, quote, flexible_whitespace=flexible_whitespace)
    if not spans:
        raise ValidationError(
            {"quote": f"The quote does not occur in the text of article {article_key!r}: {clip(quote)!r}."},
            code="quote_not_found",
        )
    if len(spans) > 1:
        places = ", ".join(f"{s}–{e}" for s, e in spans[:5])
        raise ValidationError(
            {
                "start": f"The quote occurs {len(spans)} times in article {article_key!r} (at {places}); "
                "give its start and end."
            },
            code="quote_ambiguous",
        )
    return spans[0]


def mismatch_message(text: str, quote: str, start: int, end: int, article_key: str) -> str:
    message = (
        f"The quote is not the text of article {article_key!r} at {start}–{end}: "
        f"the article has {clip(text[start:end])!r} there, the citation says {clip(quote)!r}."
    )
    elsewhere = text.find(quote)
    if elsewhere >= 0:
        message += f" The quote does occur at {elsewhere}–{elsewhere + len(quote)}."
    elif end > len(text):
        message += f" The article's text is only {len(text)} characters long."
    return message


def clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
