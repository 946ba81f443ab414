"""The stamps a page prints: a date with a label ("Published 18 February 2025", "עודכן: 04.10.2022", "نشر في 30
مارس، 2023"), alone in its segment of a line ("Baku, 10/04/2017", "01 جوان 2023 — آخر تحديث: …"), or in a line
that belongs to something else (a photo credit, a "read also" line, a copyright). Pure: the date grammar reads
the dates; this module says which of a line's dates are stamps and what they are labelled. Used to decide when a
page was published (facts.extraction.publication) and which lines are furniture, not claims
(facts.extraction.proposals)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facts.extraction.dates import DateMention, find_dates
from facts.extraction.normalise import fold_word

# The words a site labels its stamps with, in the three languages (matched folded: hamza, maqaf, case).
LABELS = {
    "published": (
        "published", "posted", "first published", "publication date", "date published", "issued", "released",
        "prepared", "prepared by", "recorded", "broadcast", "aired", "first aired",
        "פורסם", "פורסמה", "תאריך פרסום", "נכתב", "נכתבה", "הוכן", "הוכנה", "שודר", "שודרה", "הוקלט", "הוקלטה",
        "نشر", "نشر في", "تاريخ النشر", "منشور", "نشرت", "بتاريخ", "كتب", "بث", "بثت", "أذيع", "أذيعت",
        "سجل", "سجلت", "أعد", "أعدت",
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
