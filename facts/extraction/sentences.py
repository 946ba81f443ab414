"""Sentences in Hebrew, Arabic and English, as spans of the text. A full stop ends a sentence when white
space follows it; abbreviations written with a quote mark (רה"מ, ארה"ב, צה"ל) have no full stop to break on,
and English abbreviations with one are listed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.ingestion.repair import is_hard_wrapped

ENGLISH_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "St",
    "Gen",
    "Col",
    "Lt",
    "Sen",
    "Rep",
    "Gov",
    "U.S",
    "U.N",
    "U.K",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "No",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "Jr",
    "Sr",
)
BOUNDARY = re.compile(r"[.!?؟۔]+[\"”'’»)]*(?=\s)|\n\s*\n")
# Where each line is a paragraph of its own (a web page as crawlers store it: menus, headline, sub-headline,
# dateline, caption, paragraphs), a line break ends a sentence too.
LINE_BOUNDARY = re.compile(r"[.!?؟۔]+[\"”'’»)]*(?=\s)|\n\s*\n|\n")


def hard_wrapped(text: str) -> bool:
    """Whether the text's lines were broken at a width, inside sentences (a PDF's text layer): repair's own
    judgement (corpus.ingestion.repair), so that a text not repaired first is split as a repaired one is."""
    return is_hard_wrapped(text.split("\n"))


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    paragraph, start = 0, 0
    boundary = BOUNDARY if hard_wrapped(text) else LINE_BOUNDARY
    for match in boundary.finditer(text):
        end = match.end() if not match.group(0).startswith("\n") else match.start()
        before = text[start : match.start()].rsplit(None, 1)
        last_word = before[-1] if before else ""
        if match.group(0).startswith(".") and last_word.rstrip(".") in ENGLISH_ABBREVIATIONS:
            continue
        if match.group(0).startswith(".") and re.fullmatch(r"[A-Z]", last_word):
            continue  # an initial: "J. Epstein"
        piece = text[start:end]
        if piece.strip():
            leading = len(piece) - len(piece.lstrip())
            sentences.append(Sentence(start + leading, end, piece.strip(), paragraph))
        if match.group(0).startswith("\n"):
            paragraph += 1
        start = match.end()
    tail = text[start:]
    if tail.strip():
        leading = len(tail) - len(tail.lstrip())
        sentences.append(Sentence(start + leading, start + leading + len(tail.strip()), tail.strip(), paragraph))
    return sentences
