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
from dataclasses import dataclass

from corpus.ingestion.repair import strip_stamp
from facts.extraction.dates import DateMention, find_dates
from facts.extraction.normalise import fold_word
from facts.extraction.proposals import DATELINE, is_body, line_spans

# The words a site labels its stamps with, in the three languages (matched folded: hamza, maqaf, case).
LABELS = {
    "published": (
        "published", "posted", "first published", "publication date", "date published", "issued", "released",
        "פורסם", "פורסמה", "תאריך פרסום", "נכתב", "נכתבה",
        "نشر", "نشر في", "تاريخ النشر", "منشور", "نشرت", "بتاريخ", "كتب",
    ),
    "updated": (
        "updated", "last updated", "modified", "last modified", "edited", "revised",
        "עודכן", "עודכנה", "עדכון", "עדכון אחרון", "עודכן לאחרונה",
        "تحديث", "آخر تحديث", "تاريخ التحديث", "محدث", "حدث في", "تم التحديث",
    ),
    # Lines whose date belongs to something else: another article, a photograph, a copyright.
    "other": (
        "read also", "read more", "also read", "see also", "related", "most read", "more on", "popular",
        "trending", "photo", "photograph", "picture", "image", "credit", "copyright", "©", "(c)",
        "קראו גם", "קרא גם", "עוד בנושא", "ראו גם", "כתבות נוספות", "הנקראים ביותר", "צילום", "תמונה", "קרדיט",
        "اقرأ أيضا", "اقرأ ايضا", "اقرأ المزيد", "ذات صلة", "الأكثر قراءة", "شاهد أيضا", "صورة", "الصورة", "تصوير",
        "حقوق",
    ),
}  # fmt: skip
LABEL_PATTERNS = {
    kind: re.compile(
        r"(?<!\w)(?:" + "|".join(sorted((re.escape(fold_word(w).casefold()) for w in words), key=len, reverse=True))
        + r")(?!\w)"
    )
    for kind, words in LABELS.items()
}  # fmt: skip
# Between the parts of a stamp line: bars, middle dots, bullets, dashes between spaces, wide runs of spaces.
SEGMENT_BREAK = re.compile(r"\s*[|·•]\s*|\s+[—–-]\s+|\s*[—–]\s*|\s{3,}")
# What a stamp may hold beside its date: a time, a zone in brackets, an era's letter.
TIME = re.compile(r"\(.*?\)|\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[صم])?(?!\S)", re.IGNORECASE)
STAMP_MAX_OTHER_WORDS = 3  # a weekday, a place, "on": more is a sentence (a caption) that holds a date
MASTHEAD_MAX_LINES = 20
DAY_KINDS = frozenset({"full-date", "numeric", "hebrew-calendar", "hijri", "day-month"})


@dataclass(frozen=True)
class Stamp:
    """A date printed as a stamp before the page's body, with its label ("" when it has none)."""

    day: str  # ISO day, or "--MM-DD" when the stamp gives no year
    label: str
    at: int

    @property
    def yearless(self) -> bool:
        return self.day.startswith("--")


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
    body = next((start for start, line in line_spans(text) if is_body(line)), None)
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
    for start, line in lines:
        if is_body(line):
            dateline = DATELINE.match(line)
            if dateline:
                stamps.extend(line_stamps(dateline.group(0), start, language, within_body=True))
            break
        stamps.extend(line_stamps(line, start, language, within_body=False))
    return stamps


def line_stamps(line: str, offset: int, language: str, *, within_body: bool) -> list[Stamp]:
    """Each day a line prints as a stamp: a segment holding a date and little else, or a labelled date."""
    mentions = [m for m in yearless_aware(line, language) if m.kind in DAY_KINDS]
    if not mentions:
        return []

    def before(mention: DateMention) -> str:
        return fold_word(line[: mention.start]).casefold()

    line_label = label_at(before(mentions[0]), whole_line=True)
    stamps = []
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        label = line_label if line_label == "other" else label_at(before(mention), whole_line=False)
        segment = segment_of(line, mention)
        if not label and not within_body and other_words(segment, mention) > STAMP_MAX_OTHER_WORDS:
            continue  # a sentence with a date in it (a caption), not a stamp
        day = mention.edtf if mention.kind != "day-month" else "--" + mention.edtf[5:]
        if (day, label) in seen:
            continue  # a Hijri or Hebrew date beside its Gregorian day
        seen.add((day, label))
        stamps.append(Stamp(day, label, offset + mention.start))
    return stamps


def yearless_aware(line: str, language: str) -> list[DateMention]:
    """The line's dates; a day and month without a year is read as such (kind "day-month"), whatever year
    the grammar would give it, by reading the line against a fixed leap-year reference."""
    return find_dates(line, language=language, published="2000-12-31")


def label_at(before: str, *, whole_line: bool) -> str:
    """The label of the last part of a line before a date: the nearest label word in the segment that holds
    the date; for the whole line, only whether it belongs to something else."""
    if whole_line:
        return "other" if LABEL_PATTERNS["other"].search(before) else ""
    segment = SEGMENT_BREAK.split(before)[-1] if before.strip() else ""
    found = [(m.start(), kind) for kind, pattern in LABEL_PATTERNS.items() for m in pattern.finditer(segment)]
    if not found:  # "Published 18 February 2025" in one segment, or "Posted on Jun. 28 by Leyla R."
        found = [(m.start(), kind) for kind, pattern in LABEL_PATTERNS.items() for m in pattern.finditer(before)]
        found = [f for f in found if not SEGMENT_BREAK.search(before[f[0] :])]
    return max(found)[1] if found else ""


def segment_of(line: str, mention: DateMention) -> str:
    """The part of the line (between bars, dots, dashes or wide spaces) that holds the date."""
    starts = [0] + [m.end() for m in SEGMENT_BREAK.finditer(line) if m.end() <= mention.start]
    ends = [m.start() for m in SEGMENT_BREAK.finditer(line) if m.start() >= mention.end] + [len(line)]
    return line[max(starts) : min(ends)]


def other_words(segment: str, mention: DateMention) -> int:
    rest = TIME.sub(" ", segment.replace(mention.text, " "))
    return sum(1 for word in re.findall(r"\w+", rest) if len(word) > 1 and not word.isdigit())


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
