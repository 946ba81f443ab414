"""When a page was published, read from the page itself: the stamps a site prints around its headline.

A stored web page carries several dates before its body: the day the store rendered the page (a masthead's
"Sat 27.05.2023 18:05"), the article's own stamp ("פורסם: 30/03/23", "نشر في 30 مارس، 2023", a byline's
"Jane Doe · 18 February 2025 · 7 min read", a press release's "Baku, 10/04/2017"), an update, a photo's day,
a "read also" line's date. A reader takes the article's stamp: one labelled as publication, else the plain
stamp nearest the body (the store's masthead comes first), else an update; a stamp without its year
("16 May. 9:30", a dateline's "Mar. 30") takes the year of the store's stamp, or follows the latest date the
text states. Captions, related articles and photo credits never date the page.

Pure: the date grammar of facts.extraction.dates reads every date; this module only decides which one is the
page's. Used by the extraction pipeline and by intake's preview (a suggestion the curator confirms)."""

from __future__ import annotations

import datetime as dt
import re

from corpus.ingestion.repair import strip_stamp
from facts.extraction.dates import find_dates
from facts.extraction.normalise import fold_word
from facts.extraction.proposals import DATELINE, TABLE_ROW, is_body, line_spans
from facts.extraction.stamps import LABEL_PATTERNS, MASTHEAD_MAX_LINES, Stamp, line_stamps


def published_from_text(text: str, language: str) -> str | None:
    """The page's publication day (ISO), or None when its stamps do not say. A store's own stamp at the very
    start (" date 2025-10-22 ", when the crawler stored the page) is no publication date, but the page was
    published on or before it: it gives a yearless stamp its year, and stands in when the page has none."""
    text, stored = strip_stamp(text)
    stamps = page_stamps(text, language)
    published = [s for s in stamps if s.label == "published"]
    plain = [s for s in stamps if not s.label]
    updated = [s for s in stamps if s.label == "updated"]
    chosen = published[:1] or plain[-1:] or updated[:1]
    if not chosen:
        return stored or stated_at_the_end(text, language)
    stamp = chosen[0]
    if not stamp.yearless:
        return stamp.day
    rendered = [stored] if stored else [s.day for s in stamps if not s.yearless and s.label != "other"]
    if rendered:  # the store or the site's clock showed the page on or after the day it was published
        return latest_on_or_before(stamp.day, dt.date.fromisoformat(rendered[0]))
    return after_stated(stamp.day, text, language)


def stated_at_the_end(text: str, language: str) -> str | None:
    """A page without stamps before its body may sign off with its day ("פורסם ... בתאריך 27 במאי, 2025"):
    the last day in its last lines after the body, not in a line that dates something else."""
    body = next((start for start, line in line_spans(text) if is_body(line, language)), None)
    if body is None:
        return None
    tail_start = max(body, len(text) - 400)
    days = [
        m
        for start, line in line_spans(text[tail_start:])
        if not LABEL_PATTERNS["other"].search(fold_word(line).casefold())
        for m in find_dates(line, language=language)
        if len(m.edtf) == 10 and m.absolute
    ]
    return days[-1].edtf if days else None


def page_stamps(text: str, language: str) -> list[Stamp]:
    """The stamps of the lines before the body (the first line that is a paragraph), and of a wire dateline
    opening the body ("BAKU, Mar. 30 (Kaspi Press) -")."""
    lines = line_spans(text[:4000])[:MASTHEAD_MAX_LINES]
    stamps: list[Stamp] = []
    in_table = False
    for index, (start, line) in enumerate(lines):
        in_table = bool(TABLE_ROW.match(line.strip())) and (
            in_table or starts_a_table(lines[index : index + 2], language)
        )
        if in_table:
            continue  # a table of dated rows is content, however short its cells
        if is_body(line, language):
            dateline = DATELINE.match(line)
            if dateline:
                stamps.extend(line_stamps(dateline.group(0), start, language, within_body=True))
            else:
                stamps.extend(opening_stamps(line, start, language))
            break
        stamps.extend(line_stamps(line, start, language, within_body=False))
    return stamps


def starts_a_table(lines: list[tuple[int, str]], language: str) -> bool:
    """Two rows of cells between bars in a row, the second opening with a date: a table's header and first
    row ("التاريخ | الزائر | المكان" / "7/4/1992 | …"), not a masthead's "04.10.2022 | 11:40" line."""
    if len(lines) < 2 or not all(TABLE_ROW.match(line.strip()) for _, line in lines):
        return False
    first_cell = lines[1][1].split("|", 1)[0]
    return bool(find_dates(first_cell, language=language, published="2000-12-31"))


def opening_stamps(line: str, offset: int, language: str) -> list[Stamp]:
    """A first paragraph may open with a labelled stamp of its own short sentences ("Transcript. Recorded
    and released February 12, 2026. Host: …"): only a publication label makes it the page's."""
    stamps: list[Stamp] = []
    for sentence in OPENING_SENTENCE.finditer(line):
        if len(sentence.group(0).split()) > OPENING_SENTENCE_MAX_WORDS:
            break
        found = line_stamps(sentence.group(0), offset + sentence.start(), language, within_body=False)
        stamps.extend(s for s in found if s.label == "published")
    return stamps


OPENING_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))+(?:[.!?](?=\s|$)|$)")  # "01.01.2012" is no end
OPENING_SENTENCE_MAX_WORDS = 8


def latest_on_or_before(month_day: str, limit: dt.date) -> str:
    month, day = int(month_day[2:4]), int(month_day[5:7])
    for year in (limit.year, limit.year - 1, limit.year - 4):  # a 29 February takes the leap year before
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate.isoformat()
    return dt.date(limit.year - 1, month, day).isoformat()


def after_stated(month_day: str, text: str, language: str) -> str | None:
    """A stamp's day and month without a year and no store stamp to take it from: the first such day after
    the latest day or month the text states (a report follows what it reports). None when the text states
    none."""
    stated = [
        m.edtf
        for m in find_dates(text, language=language)
        if m.absolute and len(m.edtf) in (7, 10) and "X" not in m.edtf
    ]
    if not stated:
        return None
    latest = max(stated)
    year = int(latest[:4])
    for candidate_year in (year, year + 1, year + 2):
        candidate = f"{candidate_year:04d}{month_day[1:]}"
        try:
            dt.date.fromisoformat(candidate)
        except ValueError:
            continue
        if candidate > latest:
            return candidate
    return None
