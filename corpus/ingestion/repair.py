"""Repairing what real documents bring, before anything reads them. Pure functions: text in, text out.

Order matters: reversed lines are restored before lines are joined, and footnotes are removed before
sentences and dates are read. `raw_text` keeps what was received; citations point into the repaired text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HEBREW = "\u0590-\u05ff"
SENTENCE_END = tuple(".!?:;\"”'׳״)]؟۔…")
# A stamp some stores put at the very start: " date 2025-10-22 ".
STAMP = re.compile(r"\A\s*date (\d{4}-\d{2}-\d{2})\s+")
GAP = re.compile(r"\S {2,}\S")
# Footnote numbers the PDF glued to the word before them ("בבאקו.18", "עיתונאים34)") or, with the
# bidi reordering, put before a year ("40.2025" is the year 2025 with footnote 40).
# An apostrophe after a space or a hyphen opens a year ("מאז '92", "ב-’04"), not a quotation's end: its digits stay.
# A footnote number glued to a word's last letter (or its marks, a closing quote or bracket); not to a prefix
# joined by a maqaf to a number ("ב־7 באוקטובר", "ה־30 ביוני": the maqaf is in the Hebrew block, not a letter).
HEBREW_WORD_END = "\u0591-\u05bd\u05bf-\u05c7\u05d0-\u05ea"
FOOTNOTE_AFTER_WORD = re.compile(rf"(?:(?<=[{HEBREW_WORD_END}\"”)])|(?<=\w['’]))([.,]?)\d{{1,2}}(?=[\s.,)]|$)")
FOOTNOTE_BEFORE_YEAR = re.compile(r"(?<=\s)\d{1,2}\.((?:1[89]|20)\d\d)(?=\s|$)")
# A footnote number after a year and its punctuation, before the next word: "כוננו באפריל 1992.1 שגרירות".
FOOTNOTE_AFTER_YEAR = re.compile(r"(?<=(?<!\d)(?:1[89]|20)\d\d)([.,])\d{1,2}(?=\s)")
BOILERPLATE_MARKERS = (
    "הכתבה עניינה אותך", "תגובות", "תוכן שאסור לפספס", "עכשיו בכותרות", "לקריאת תהילים", "נקראים כעת",
    "אין לשלוח תגובות", "Share this", "Read more", "Related articles", "Comments", "اقرأ أيضا", "اقرأ أيضاً",
    "التعليقات", "شارك",
)  # fmt: skip


@dataclass(frozen=True)
class RepairReport:
    stamp_date: str | None = None
    reversed_lines: int = 0
    footnotes: int = 0
    pull_quotes: int = 0
    boilerplate_lines: int = 0


def strip_stamp(text: str) -> tuple[str, str | None]:
    match = STAMP.match(text)
    return (text[match.end() :], match.group(1)) if match else (text, None)


def is_reversed_line(line: str) -> bool:
    """A Hebrew line whose words a PDF extractor wrote left to right: runs of two or more spaces split it
    into segments (table rows with `|` are not such lines)."""
    return bool(GAP.search(line)) and "|" not in line and bool(re.search(f"[{HEBREW}]", line))


MIXED_SEGMENT = re.compile(rf"\d.*[{HEBREW}]|[{HEBREW}].*\d")
LEADING_PUNCTUATION = re.compile(r"^([:;,.]+)(\d\S*)$")


def visual_segment(segment: str) -> str:
    """A segment mixing a number with Hebrew words came out in display order, as mixed-direction text is
    shown: its words reversed, the punctuation after the number in front of it. "10 רכשה" is "רכשה 10",
    ":2023 בינואר" is "בינואר 2023:"."""
    words = segment.split(" ")
    if len(words) < 2 or not MIXED_SEGMENT.search(segment):
        return segment
    return " ".join(LEADING_PUNCTUATION.sub(r"\2\1", word) for word in reversed(words))


LINE_END_PUNCTUATION = tuple(".:,;?!")

# A right-to-left line that ends with a number and a full stop comes out of many PDFs' text layers (PDFium's
# among them) as "בשנת .1992": the stop, a neutral character, was laid out beside the number on its left.
STOP_BEFORE_FINAL_NUMBER = re.compile(r"(?<=\s)([.:,;!?])(\d[\d,./]*)(?=\s*$)")


def leftmost_segment(segment: str) -> str:
    """The leftmost segment (the line's logical end) holds two runs in display order, A then B, which read
    B then A; where A ends is not marked. The split chosen is the one the text supports best: A ending in
    punctuation (the line's last word often closes a clause) and B opening with the conjunction ו; among
    equals, the shortest A (one word, the common case). "דולר: והגיע לסכום של כמיליארד" → "והגיע לסכום של
    כמיליארד דולר:", "ובעיקר מתח. ומורדות," → "ומורדות, ובעיקר מתח.", "נפגש עם הנשיא ושם" → "ושם נפגש עם
    הנשיא"."""
    words = segment.split(" ")
    if len(words) < 2 or words[0].startswith((":", "(", "-", "–")):
        return segment

    def support(split: int) -> int:
        return 2 * words[split - 1].endswith(LINE_END_PUNCTUATION) + words[split].startswith("ו")

    split = max(range(1, len(words)), key=lambda k: (support(k), -k))
    return " ".join(words[split:] + words[:split])


def restore_reversed_line(line: str) -> str:
    """Segments stand in reverse order, each in its own order (unless it mixes a number with words, see
    `visual_segment`), except the leftmost one (the line's logical end, see `leftmost_segment`)."""
    segments = [segment for segment in re.split(r" {2,}", line.strip()) if segment]
    segments = [leftmost_segment(segments[0])] + [visual_segment(segment) for segment in segments[1:]]
    segments.reverse()
    return " ".join(segments)


HEBREW_PREFIX_ONLY = re.compile(r"(?:^|[^\u05d0-\u05ea])[ובלמהשכ]{1,3}$")


def after_prefix(text: str, at: int) -> bool:
    """Whether the letters before `at` are a Hebrew prefix alone ("ב27 בפברואר", "מ11 באוגוסט", "ה30"): a
    number's prefix, not a word a footnote number is glued to."""
    return bool(HEBREW_PREFIX_ONLY.search(text, max(0, at - 4), at))


def remove_footnotes(text: str) -> tuple[str, int]:
    text, before_year = FOOTNOTE_BEFORE_YEAR.subn(r"\1.", text)  # the full stop was the sentence's
    text, after_word = FOOTNOTE_AFTER_WORD.subn(lambda m: m[0] if after_prefix(text, m.start()) else m[1], text)
    text, after_year = FOOTNOTE_AFTER_YEAR.subn(r"\1", text)
    return text, before_year + after_word + after_year


def is_table_row(line: str) -> bool:
    """A line with cells between bars (running headers with bars are gone by the time lines are joined)."""
    return line.count("|") >= 2


COLUMN_LINE_CHARS = 100
COLUMN_MIN_LINES = 8  # lines of four words or more: the PDFs of the seeds and the dev set have 33–253
HEADER_BLOCK_CHARS = 120  # a title block of a line or two before a blank line


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most lines end mid-sentence: the document was laid out in columns (a PDF), not written in paragraphs."""
    content = [line.strip() for line in lines if len(line.strip().split()) >= 4 and not is_table_row(line)]
    if len(content) < 6:
        return False
    # The last line may be cut mid-sentence (a crawler keeps a page's first kilobytes): it says nothing.
    judged = content[:-1]
    open_lines = [line for line in judged if not line.endswith(SENTENCE_END)]
    # The share of the text (in characters) that stands in lines ending mid-sentence: a web page's menus,
    # headline and dateline end without a full stop too, but they are short beside its paragraphs.
    open_ended = sum(map(len, open_lines)) / sum(map(len, judged))
    # Columns have short lines of about the same length, and a line ending mid-sentence is as long as the
    # others; a text written in paragraphs has long lines. Where footnote numbers have been taken off line ends
    # ("1992.1"), fewer lines look open-ended.
    lengths = sorted(len(line) for line in judged)
    median_length, longest = lengths[len(lengths) // 2], lengths[-1]
    open_as_long = bool(open_lines) and sorted(map(len, open_lines))[len(open_lines) // 2] >= 0.6 * longest
    # A short web page (a one-paragraph item beside its headline, sub-headline, caption and a quote) has a third
    # or more of its text in lines without a full stop too; but a column runs to more lines, and its lines are
    # about as wide as each other where a page's paragraph is far wider than its headings.
    as_wide = median_length >= 0.6 * longest and len(judged) >= COLUMN_MIN_LINES
    columns = open_ended >= 0.3 and median_length <= COLUMN_LINE_CHARS
    return open_as_long and as_wide and (open_ended > 0.5 or columns)


def is_double_spaced(lines: list[str]) -> bool:
    """Most lines are followed by a blank line (some PDF extractions space every line)."""
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()]
    return bool(filled) and sum(1 for i in filled if not lines[i + 1].strip()) / len(filled) > 0.5


def join_lines(lines: list[str]) -> list[str]:
    """Join a hard-wrapped text into paragraphs: a line that does not end a sentence continues on the next;
    a line ending in a hyphen or maqaf continues the same word."""
    paragraphs: list[str] = []
    current = ""
    blanks_separate = not is_double_spaced(lines)
    for raw in lines:
        line = raw.strip()
        if not line:
            # A blank line ends a block that has not begun a sentence's flow (a title, a byline, a date
            # line); within a running sentence it is a page or column break, and the sentence goes on.
            # In a double-spaced extraction, blank lines stand between all lines and say nothing.
            if (
                blanks_separate
                and current
                and len(current) <= HEADER_BLOCK_CHARS
                and not current.endswith((",", "-", "־", "،"))
            ):
                paragraphs.append(current)
                current = ""
            continue
        if is_table_row(line):  # a row of a table is a line of its own, never part of a paragraph
            if current:
                paragraphs.append(current)
                current = ""
            paragraphs.append(line)
            continue
        if not current:
            current = line
        elif current.endswith(("־", "-")) and not current.endswith(" -"):
            current = current + line
        else:
            current = current + " " + line
        short_heading = len(line.split()) <= 4 and not current.rstrip().endswith(SENTENCE_END) and current == line
        if current.endswith(SENTENCE_END) or short_heading:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def comparable(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("׳", "'")
    return re.sub(r"[^\w']+", " ", text).strip()


PULL_QUOTE_MAX_LINES = 20  # a pull-quote is a few lines in large type; a longer run of short lines is a list


def drop_pull_quote_lines(lines: list[str]) -> tuple[list[str], int]:
    """In a column layout the pull-quote comes as a run of short lines between the lines of the text: drop a
    run of four or more short lines whose words stand elsewhere in the document. Linear in the text: every
    run of four words is indexed once, and each candidate is looked up by its rarest four, not searched for
    in a copy of the rest of the text."""
    short = [0 < len(line.split()) <= 5 for line in lines]
    words_of = [comparable(line).split() for line in lines]
    first_word = []  # the index in `document` of each line's first word
    document: list[str] = []
    for words in words_of:
        first_word.append(len(document))
        document.extend(words)
    first_word.append(len(document))
    at: dict[tuple[str, ...], list[int]] = {}
    for position in range(len(document) - 3):
        at.setdefault(tuple(document[position : position + 4]), []).append(position)

    def stands_elsewhere(needle: list[str], span: tuple[int, int]) -> bool:
        if len(at.get(tuple(needle[:4]), ())) < 2:  # its first four words stand nowhere else, so neither does it
            return False
        # Anchored on the needle's rarest four words: the places to compare are few whatever the text.
        offset = min(range(len(needle) - 3), key=lambda i: len(at.get(tuple(needle[i : i + 4]), ())))
        for anchor in at.get(tuple(needle[offset : offset + 4]), ()):
            position = anchor - offset
            outside = position + len(needle) <= span[0] or position >= span[1]
            if position >= 0 and outside and document[position : position + len(needle)] == needle:
                return True
        return False

    def is_pull_quote(first: int, end: int) -> bool:
        if sum(1 for line in lines[first:end] if line.strip()) < 4 or end - first > PULL_QUOTE_MAX_LINES:
            return False
        words = document[first_word[first] : first_word[end]]
        # A pull-quote may paraphrase its sentence's start or end: two thirds of it, at either end, suffice.
        two_thirds = max(len(words) * 2 // 3, 4)
        span = (first_word[first], first_word[end])
        return len(words) >= 8 and (
            stands_elsewhere(words[:two_thirds], span) or stands_elsewhere(words[-two_thirds:], span)
        )

    kept: list[str] = []
    dropped, index = 0, 0
    while index < len(lines):
        if not short[index]:
            kept.append(lines[index])
            index += 1
            continue
        run_end = index
        while run_end < len(lines) and (short[run_end] or not lines[run_end].strip()):
            run_end += 1
        # The run, or the run after its first line (the short last line of the paragraph before it).
        if is_pull_quote(index, run_end):
            dropped += 1
        elif is_pull_quote(index + 1, run_end):
            kept.append(lines[index])
            dropped += 1
        else:
            kept.extend(lines[index:run_end])
        index = run_end
    return kept, dropped


def drop_pull_quotes(paragraphs: list[str]) -> tuple[list[str], int]:
    """A magazine repeats a sentence in large type beside the text: drop a paragraph whose words stand
    elsewhere in the document already (inside a longer paragraph). Linear: every run of four words is
    indexed once, and each paragraph is looked up by its rarest four."""
    words_of = [comparable(paragraph).split() for paragraph in paragraphs]
    at: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for number, words in enumerate(words_of):
        for position in range(len(words) - 3):
            at.setdefault(tuple(words[position : position + 4]), []).append((number, position))

    def repeated(number: int) -> bool:
        words = words_of[number]
        if len(words) < 6 or len(at.get(tuple(words[:4]), ())) < 2:  # its first four words stand only here
            return False
        # Anchored on the paragraph's rarest four words: the places to compare are few whatever the text.
        offset = min(range(len(words) - 3), key=lambda i: len(at.get(tuple(words[i : i + 4]), ())))
        for other, anchor in at.get(tuple(words[offset : offset + 4]), ()):
            position = anchor - offset
            if other == number or position < 0 or words_of[other] == words:
                continue
            if words_of[other][position : position + len(words)] == words:
                return True
        return False

    kept, dropped = [], 0
    for number, paragraph in enumerate(paragraphs):
        if repeated(number):
            dropped += 1
        else:
            kept.append(paragraph)
    return kept, dropped


def cut_boilerplate(paragraphs: list[str]) -> tuple[list[str], int]:
    """Site furniture after the article (comments, prayer links, "now in the headlines"): cut at the first
    marker past the first third of the document after which only short lines follow."""
    for index in range(len(paragraphs) // 3, len(paragraphs)):
        line = paragraphs[index].strip().lstrip("-").strip()
        marked = any(line.startswith(marker) or line.endswith(marker) for marker in BOILERPLATE_MARKERS)
        marked = marked or bool(re.fullmatch(r"\d+ (תגובות|comments|تعليقات)", line))
        if marked and all(len(rest.split()) < 20 for rest in paragraphs[index:]):
            return paragraphs[:index], len(paragraphs) - index
    return paragraphs, 0


def is_page_furniture(line: str) -> bool:
    """Running headers and footers ("61 עדכן אסטרטגי | כרך 17 | גיליון 4 | ינואר 2015", "| כיכר השבת |") and
    lines that are only a link (a block of source URLs set in the middle of the text)."""
    return line.count("|") >= 2 or bool(re.fullmatch(r"\s*https?://\S+\s*", line))


TABLE_MIN_ROWS = 3


def table_rows(lines: list[str]) -> set[int]:
    """The lines that are rows of a table: at least three lines in a row, each with the same number of
    cells between bars. A running header has bars too, but stands alone."""
    rows: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*lines, ""]):
        cells = line.count("|")
        if cells >= 2 and (not run or lines[run[-1]].count("|") == cells):
            run.append(index)
            continue
        if len(run) >= TABLE_MIN_ROWS:
            rows.update(run)
        run = [index] if cells >= 2 else []
    return rows


def repair_text(text: str, *, language: str) -> tuple[str, RepairReport]:
    text, stamp = strip_stamp(text)
    lines = text.split("\n")
    reversed_count = 0
    if language == "he":
        for index, line in enumerate(lines):
            if is_reversed_line(line):
                lines[index] = restore_reversed_line(line)
                reversed_count += 1
    if language in ("he", "ar"):
        lines = [STOP_BEFORE_FINAL_NUMBER.sub(r"\2\1", line) for line in lines]
    table = table_rows(lines)
    lines = [line for index, line in enumerate(lines) if index in table or not is_page_furniture(line)]
    text, footnotes = remove_footnotes("\n".join(lines)) if language in ("he", "ar") else ("\n".join(lines), 0)
    lines = text.split("\n")
    pull_quote_runs = 0
    if is_hard_wrapped(lines):
        lines, pull_quote_runs = drop_pull_quote_lines(lines)
        paragraphs = join_lines(lines)
    else:
        paragraphs = [line.strip() for line in lines if line.strip()]
    paragraphs, pull_quotes = drop_pull_quotes(paragraphs)
    pull_quotes += pull_quote_runs
    paragraphs, boilerplate = cut_boilerplate(paragraphs)
    repaired = "\n\n".join(paragraphs) + "\n"
    report = RepairReport(stamp, reversed_count, footnotes, pull_quotes, boilerplate)
    return repaired, report
