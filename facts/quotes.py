"""Finding a quote in an article's text. Pure functions: no ORM.

A curator pastes or types a quote the way people type: a hyphen for the Hebrew maqaf or a dash, ASCII quotes
for geresh and gershayim or curly quotes, without the Arabic tatweel, harakat or Hebrew niqqud the text has,
one space for a line break. Matching ignores those differences (`folded`); what is stored is always the exact
slice of the article's text, so a citation's integrity stays byte for byte."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

DASHES = "\u05be\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"  # maqaf, hyphens, dashes, minus
SINGLE_QUOTES = "\u05f3\u2018\u2019\u201a\u201b\u02bc\u02b9\u0060\u00b4"  # geresh, curly, modifier, grave, acute
DOUBLE_QUOTES = "\u05f4\u201c\u201d\u201e\u201f\u02ba"  # gershayim, curly
FOLD = {ord(mark): "-" for mark in DASHES} | {ord(mark): "'" for mark in SINGLE_QUOTES}
FOLD |= {ord(mark): '"' for mark in DOUBLE_QUOTES}
# Left out when comparing: Arabic tatweel and harakat (with the superscript alef), Hebrew niqqud and
# cantillation marks, and the invisible direction marks and zero-width characters copied with RTL text.
IGNORED = re.compile(
    "[\u0640\u064b-\u065f\u0670\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
CLOSE_ENOUGH = 60  # percent alike: below it, no passage is offered as "the closest"


def folded(text: str) -> tuple[str, list[int]]:
    """`text` as quotes are compared (see the module), and where each of its characters starts in `text`
    (one more entry: len(text)), so that a match maps back to the exact slice."""
    characters: list[str] = []
    starts: list[int] = []
    at = 0
    length = len(text)
    while at < length:
        character = text[at]
        if character.isspace():
            run_start = at
            while at < length and text[at].isspace():
                at += 1
            characters.append(" ")
            starts.append(run_start)
            continue
        if not IGNORED.match(character):
            characters.append(character.translate(FOLD))
            starts.append(at)
        at += 1
    starts.append(length)
    return "".join(characters), starts


def quote_spans(
    text: str, quote: str, *, flexible_whitespace: bool = False, tolerant: bool = False
) -> list[tuple[int, int]]:
    """Every (start, end) where `quote` occurs in `text`. With flexible_whitespace, any run of white
    space in the quote matches any run in the text (a curator types one space where the text has a line
    break); with tolerant, also the differences of typing (see the module). The caller then stores
    text[start:end] as the quote, so integrity still holds exactly."""
    if not quote.strip():
        return []
    if tolerant:
        folded_text, starts = folded(text)
        needle = folded(quote)[0].strip()
        spans, at = [], folded_text.find(needle)
        while at >= 0:
            spans.append((starts[at], starts[at + len(needle)] if at + len(needle) < len(starts) else len(text)))
            at = folded_text.find(needle, at + 1)
        return [(start, trimmed_end(text, start, end)) for start, end in spans]
    if not flexible_whitespace:
        spans, at = [], text.find(quote)
        while at >= 0:
            spans.append((at, at + len(quote)))
            at = text.find(quote, at + 1)
        return spans
    pattern = r"\s+".join(re.escape(word) for word in quote.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def trimmed_end(text: str, start: int, end: int) -> int:
    """A match ends where the next compared character starts: give back the white space and invisible marks
    before it (the marks that sit on the last letter, niqqud or harakat, stay)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\u200b\u200c\u200d\u200e\u200f\ufeff"):
        end -= 1
    return end


def locate_quote(text: str, quote: str, *, article_name: str) -> tuple[int, int]:
    """Where the quote is: exactly, else as typed (see the module). Not found: the error shows the closest
    passage; found more than once: the error lists the places."""
    spans = quote_spans(text, quote) or quote_spans(text, quote, tolerant=True)
    if not spans:
        raise ValidationError(
            {"quote": f"The quote does not occur in “{article_name}”: {clip(quote)!r}.{closest_passage(text, quote)}"},
            code="quote_not_found",
        )
    if len(spans) > 1:
        places = ", ".join(f"{s}–{e}" for s, e in spans[:5])
        raise ValidationError(
            {
                "start": f"The quote occurs {len(spans)} times in “{article_name}” (at {places}); "
                "give its start and end."
            },
            code="quote_ambiguous",
        )
    return spans[0]


def closest_passage(text: str, quote: str) -> str:
    """ " The closest passage (N% alike, at S–E): '…'.", or "" when nothing is close."""
    from rapidfuzz import fuzz

    folded_text, starts = folded(text)
    needle = folded(quote)[0].strip()
    if not needle or not folded_text:
        return ""
    best = fuzz.partial_ratio_alignment(needle, folded_text)
    if best is None or best.score < CLOSE_ENOUGH:
        return " Nothing in the article is close to it."
    start, end = starts[best.dest_start], trimmed_end(text, starts[best.dest_start], starts[best.dest_end])
    return f" The closest passage ({best.score:.0f}% alike, at {start}–{end}): {clip(text[start:end], 160)!r}."


def mismatch_message(text: str, quote: str, start: int, end: int, article_name: str) -> str:
    message = (
        f"The quote is not the text of “{article_name}” at {start}–{end}: "
        f"the article has {clip(text[start:end])!r} there, the citation says {clip(quote)!r}."
    )
    elsewhere = quote_spans(text, quote) or quote_spans(text, quote, tolerant=True)
    if elsewhere:
        message += f" The quote does occur at {elsewhere[0][0]}–{elsewhere[0][1]}."
    elif end > len(text):
        message += f" The article's text is only {len(text)} characters long."
    else:
        message += closest_passage(text, quote)
    return message


def clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
