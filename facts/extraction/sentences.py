"""Sentences in Hebrew, Arabic and English, as spans of the text. A full stop ends a sentence when white
space follows it; abbreviations written with a quote mark (רה"מ, ארה"ב, צה"ל) have no full stop to break on,
and English abbreviations with one are listed, or come from CLDR (months and weekdays)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

from corpus.ingestion.repair import is_hard_wrapped
from facts.extraction.dates.vocabulary import locales_of, weekday_abbreviations

# Titles and company forms; months and weekdays come from CLDR (calendar_abbreviations).
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
    "Inc",
    "Ltd",
    "Co",
    "Corp",
    "Jr",
    "Sr",
)
# Written before a number with a full stop that ends nothing: "c. 1998", "approx. 300", "p. 12", "No. 5".
BEFORE_A_NUMBER = frozenset({"c", "ca", "approx", "est", "p", "pp", "no", "nos", "vol", "fig", "art", "b", "d"})
A_NUMBER_NEXT = re.compile(r"\s+\d")


@cache
def calendar_abbreviations() -> frozenset[str]:
    """Months and weekdays as CLDR's English locales abbreviate them ("Jun.", "Sept.", "Thu."; with dateparser's
    "Tues.", "Thurs."), lower-cased; an abbreviation that is the whole name ("May") is left out."""
    months = {
        name.rstrip(".").lower()
        for code in locales_of("en")
        for name in Locale.parse(code).months["format"]["abbreviated"].values()
    }
    wide = {name.lower() for name in Locale.parse("en").months["format"]["wide"].values()}
    return frozenset((months - wide) | set(weekday_abbreviations("en")))


def ends_no_sentence(last_word: str, text: str, after: int) -> bool:
    """Whether a full stop after `last_word` belongs to an abbreviation, not to the end of a sentence."""
    word = last_word.rstrip(".")
    if word in ENGLISH_ABBREVIATIONS:
        return True
    if re.fullmatch(r"[A-Z]", word):
        return True  # an initial: "J. Epstein"
    if word[:1].isupper() and word.lower() in calendar_abbreviations():
        return True  # "on Thu. the ministers", "in Jun. 2019"
    return word.lower() in BEFORE_A_NUMBER and A_NUMBER_NEXT.match(text, after) is not None


# After two dots or more, a sentence goes on when "and" or a small letter comes next
GOES_ON = re.compile(r"[ \t]+(?:[וو][\u05d0-\u05ea\u0621-\u064a]|and\b|[a-z])")
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
        if match.group(0).startswith(".") and ends_no_sentence(last_word, text, match.end()):
            continue
        if match.group(0).startswith("..") and GOES_ON.match(text, match.end()):
            continue  # "تبريز تودّع رئيسي اليوم.. وطهران غداً", "talks went on... and on": one sentence
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
