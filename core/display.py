"""HTML fragments for showing article text: always escaped, always with its language and direction."""

import re

from django.utils.html import format_html, format_html_join

from core.models import text_direction


def whole_words(before: str, after: str, *, cut_before: bool, cut_after: bool) -> tuple[str, str]:
    """Context around a quote cut at a number of characters, without the part-word (or part-number: "20|23")
    at the cut: what is shown is whole words, the ellipsis standing for the rest."""
    if cut_before:
        before = re.sub(r"^\S+", "", before)
    if cut_after:
        after = re.sub(r"\S+$", "", after)
    return before, after


def quote_in_context(*, text: str, start: int, end: int, language: str, context_chars: int = 200) -> str:
    """The quote highlighted inside the text around it, escaped, right-to-left where the language is."""
    before, after = whole_words(
        text[max(0, start - context_chars) : start],
        text[end : end + context_chars],
        cut_before=start > context_chars,
        cut_after=end + context_chars < len(text),
    )
    return format_html(
        '<div lang="{}" dir="{}" class="quote-context" style="white-space:pre-wrap;max-width:60em">'
        "{}{}<mark>{}</mark>{}{}</div>",
        language,
        text_direction(language),
        "…" if start > context_chars else "",
        before,
        text[start:end],
        after,
        "…" if end + context_chars < len(text) else "",
    )


def text_with_highlights(*, text: str, spans: list[tuple[int, int, str]], language: str) -> str:
    """The whole text with each (start, end, title) span marked; overlapping spans are merged."""
    pieces: list[tuple[str, str, str]] = []  # (plain text, marked text, title)
    cursor = 0
    for start, end, title in sorted(spans):
        if start < cursor:  # overlaps the previous mark: extend nothing, keep the text whole
            continue
        pieces.append((text[cursor:start], text[start:end], title))
        cursor = end
    body = format_html_join("", '{}<mark title="{}">{}</mark>', ((p, t, m) for p, m, t in pieces))
    return format_html(
        '<div lang="{}" dir="{}" class="article-text" style="white-space:pre-wrap;max-width:60em">{}{}</div>',
        language,
        text_direction(language),
        body,
        text[cursor:],
    )
