"""Matching text: the stored text folded so that the ways sites write one word read as one, with a map back
to the stored text's offsets.

Sites write Arabic with or without hamza (أمس / امس, الأسبوع / الاسبوع, أذار / اذار), ta marbuta as ha
(السنة / السنه), alef maqsura as ya (الأولى / الاولي), with tatweel (بـاكـو) and harakat or without, digits in
three scripts; Hebrew with or without niqqud, a maqaf or a hyphen, geresh and gershayim or ASCII quotes; all
three with direction marks, no-break spaces, typographic dashes and quotes. The grammar, the gazetteer and the
cue words match the folded text, and the words they are written with are folded the same way
(`fold_pattern`, `with_folded_keys`), so one spelling in a word list serves every spelling of the word.
What is found is mapped back (`Folded.span`): quotes and offsets stay exact slices of the stored text.

Folding only replaces one character by one character or deletes one: a folded offset maps to exactly one
stored offset."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

# One character for another.
SAME_LENGTH = {
    # Arabic letters as sites write them: hamza seats, madda and wasla on alef to bare alef; alef maqsura to ya;
    # ta marbuta to ha; Persian kaf, ya and ha to Arabic ones.
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ک": "ك",
    "ی": "ي",
    # Digits of the Arabic script (Arabic-Indic, and Persian/Urdu extended) and its decimal and thousands marks.
    **{chr(0x0660 + n): str(n) for n in range(10)},
    **{chr(0x06F0 + n): str(n) for n in range(10)},
    "٫": ".",
    "٬": ",",
    # Hebrew punctuation and its ASCII stand-ins.
    "\u05be": "-",  # maqaf
    "\u05f3": "'",  # geresh
    "\u05f4": '"',  # gershayim
    # Spaces, dashes and quotes of typography.
    **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
}
# Characters that change no word: Arabic tatweel and harakat, Hebrew points and accents, direction and
# zero-width marks, soft hyphens.
ON_A_LETTER_RANGES = [  # written on the letter before: a span ending at that letter takes them along
    (0x0640, 0x0640),  # tatweel
    (0x064B, 0x065F),  # harakat
    (0x0670, 0x0670),  # superscript alef
    (0x0591, 0x05BD),  # Hebrew accents and points
    (0x05BF, 0x05BF),
    (0x05C1, 0x05C2),
    (0x05C4, 0x05C5),
    (0x05C7, 0x05C7),
]
DELETED_RANGES = [
    *ON_A_LETTER_RANGES,
    (0x200B, 0x200F),  # zero-width and direction marks
    (0x202A, 0x202E),
    (0x2066, 0x2069),
    (0xFEFF, 0xFEFF),
    (0x061C, 0x061C),  # Arabic letter mark
    (0x00AD, 0x00AD),  # soft hyphen
]
DELETED = frozenset(chr(code) for first, last in DELETED_RANGES for code in range(first, last + 1))
ON_A_LETTER = frozenset(chr(code) for first, last in ON_A_LETTER_RANGES for code in range(first, last + 1))
TABLE = str.maketrans({**SAME_LENGTH, **dict.fromkeys(DELETED, None)})
# In a pattern a dash becomes an escaped hyphen: a class such as `[-–־]` stays one character (`[-\-\-]`), where a
# bare "-" would read as a range or, doubled, as a set operation.
PATTERN_TABLE = str.maketrans(
    {
        **SAME_LENGTH,
        **{dash: "\\-" for dash, folded in SAME_LENGTH.items() if folded == "-"},
        **dict.fromkeys(DELETED, None),
    }
)


def fold_word(text: str) -> str:
    """A word or phrase folded as matching text is (for word lists)."""
    return text.translate(TABLE)


def fold_pattern(pattern: str) -> str:
    """A regular expression's source folded as matching text is. Safe for this module's mapping: every
    character it changes is a letter, a mark, a digit, a space, a dash or a quote, none of them regex syntax;
    dashes become escaped hyphens."""
    return pattern.translate(PATTERN_TABLE)


Value = TypeVar("Value")


def with_folded_keys(table: Mapping[str, Value]) -> dict[str, Value]:
    """A word list that answers for each word as written and as folded."""
    return {**{fold_word(word): value for word, value in table.items()}, **table}


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its offsets, the stored text's offset."""

    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries: origin[i] is where folded character i stood
    # For each folded character, the stored offset after it and the marks written on it (tatweel, harakat,
    # niqqud: "أغشتـ" ends after its tatweel); None when nothing was deleted
    ends: tuple[int, ...] | None = None

    def start(self, folded: int) -> int:
        return self.origin[folded]

    def end(self, folded: int) -> int:
        """The stored offset just after folded character `folded - 1` and the marks on it (a direction or
        zero-width mark after it stays out)."""
        if folded <= 0:
            return 0
        return self.ends[folded - 1] if self.ends is not None else self.origin[folded - 1] + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end) if end > start else self.start(start)


def fold(text: str) -> Folded:
    """The matching text of `text`."""
    folded = text.translate(TABLE)
    if len(folded) == len(text):  # nothing deleted: offsets are the same
        return Folded(folded, tuple(range(len(text) + 1)))
    origin = [index for index, char in enumerate(text) if char not in DELETED]
    ends = []
    for index in origin:
        end = index + 1
        while end < len(text) and text[end] in ON_A_LETTER:
            end += 1
        ends.append(end)
    origin.append(len(text))
    return Folded(folded, tuple(origin), tuple(ends))
