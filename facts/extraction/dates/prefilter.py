"""Which paragraphs a rule can match in, found without running the rule (the literal prefilter of RE2 and
Hyperscan, in small).

A grammar runs some seventy rules over a document. Python's regex engine tries each rule at every position
of the text, so the cost is rules × characters, and most paragraphs hold no date at all. From each rule's
parsed pattern we derive a set of strings at least one of which every match contains ("any of
אוקטובר, ספטמבר, …" or "any of 15, 16, …, 20"); a paragraph that contains none of them cannot hold a match,
and the rule is not run there. The result is the same set of matches: the derivation only ever
over-approximates, and a rule it cannot reason about is run everywhere.

Deriving the strings parses every rule's pattern a second time (re.compile parsed it once): ~0.6 s of a
process's start-up, before its first extraction. What was derived is kept on disk between processes
(`StoredAnalyses`), keyed by the pattern's text and flags, in a file named after the Python version and this
module's source, so a process that starts after another reads it instead of parsing again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import re._constants as sre
import re._parser as sre_parse
import sys
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import product
from pathlib import Path
from typing import Protocol

import ahocorasick

from facts.extraction.wordlists import alternatives

MAX_STRINGS = 64  # beyond this many alternatives a set is dropped rather than grown
MAX_CLASS = 24  # a character class of more characters than this says nothing useful
DIGITS = frozenset("0123456789")

Strings = frozenset[str]


class Written(Protocol):
    """What the analysis reads of a pattern: its text and flags (a compiled pattern, or core.LazyPattern, which
    is compiled only when its rule runs)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


def cache_directory() -> Path:
    """TIMELINE_CACHE_DIR, else the user's cache directory (XDG_CACHE_HOME, else ~/.cache)."""
    if os.environ.get("TIMELINE_CACHE_DIR"):
        return Path(os.environ["TIMELINE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "israel-azerbaijan-timeline"


class StoredAnalyses:
    """Required strings derived by earlier processes: {flags:pattern → sorted strings, or null}.

    The file's name holds the Python version (its regex parser is what is walked) and a digest of this
    module's source (the derivation), so a changed derivation or parser starts a new file rather than reading
    an old answer. A file that cannot be read is ignored and one that cannot be written is not written: the
    strings are then derived in each process, as before."""

    def __init__(self, directory: Path) -> None:
        digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
        version = "".join(map(str, sys.version_info[:2]))
        self.path = directory / f"prefilter-py{version}-{digest}.json"
        self.entries: dict[str, list[str] | None] = {}
        self.unsaved = 0
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = None
        if isinstance(loaded, dict) and all(v is None or isinstance(v, list) for v in loaded.values()):
            self.entries = loaded

    @staticmethod
    def key(pattern: Written) -> str:
        return f"{pattern.flags}:{pattern.pattern}"

    def get(self, pattern: Written) -> tuple[bool, Strings | None]:
        key = self.key(pattern)
        if key not in self.entries:
            return False, None
        strings = self.entries[key]
        return True, (None if strings is None else frozenset(strings))

    def put(self, pattern: Written, strings: Strings | None) -> None:
        self.entries[self.key(pattern)] = None if strings is None else sorted(strings)
        self.unsaved += 1

    def save(self) -> None:
        """Written whole to a file beside it, then renamed over it: a process reading meanwhile sees the old
        file or the new one, never half of one."""
        if not self.unsaved:
            return
        self.unsaved = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
            partial.write_text(json.dumps(self.entries, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:  # a read-only disk: each process derives what it needs
            pass


@lru_cache(maxsize=1)
def stored_analyses() -> StoredAnalyses:
    return StoredAnalyses(cache_directory())


@lru_cache(maxsize=4096)
def required_strings(pattern: Written) -> Strings | None:
    """Strings at least one of which every match of `pattern` contains, or None when none can be told.
    Under IGNORECASE the strings are lower-cased and must be searched for without case. Read from what an
    earlier process derived (`stored_analyses`) when it is there; `StoredAnalyses.save` keeps what is new."""
    stored = stored_analyses()
    known, strings = stored.get(pattern)
    if known:
        return strings
    strings = derived_strings(pattern)
    stored.put(pattern, strings)
    return strings


def derived_strings(pattern: Written) -> Strings | None:
    """`required_strings` derived from the pattern itself."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, RecursionError):  # pragma: no cover - the pattern compiled once already
        return None
    _, required = sequence(list(parsed), fold=bool(pattern.flags & re.IGNORECASE))
    if required is None or "" in required:
        return None
    return required


def sequence(items: list, *, fold: bool) -> tuple[Strings | None, Strings | None]:
    """(every string the sequence can match, when few; strings one of which any match contains)."""
    candidates: list[Strings] = []
    run: Strings | None = frozenset({""})  # the strings of the current run of exactly-known items
    whole: Strings | None = frozenset({""})
    for op, av in with_words_joined(items, fold=fold):
        exact, required = element(op, av, fold=fold)
        if exact is not None:
            run = joined(run, exact) if run is not None else exact
            if run is None:  # too many: what the run had so far stays a candidate, a new run begins
                run = exact
            whole = joined(whole, exact) if whole is not None else None
            if run is not None:
                candidates.append(run)
        else:
            whole = None
            run = frozenset({""})
            if required is not None:
                candidates.append(required)
    useful = [c for c in candidates if "" not in c]
    best = max(useful, key=selectivity, default=None)
    return whole, best


WORD = object()  # a run of literal characters, taken as one string


def with_words_joined(items: list, *, fold: bool) -> list:
    """A sequence's runs of literal characters as single strings: a word of nine letters is one element, not
    nine sets joined one by one (the same strings result, with a fifth less of the analysis's start-up time)."""
    joined_items: list = []
    for op, av in items:
        if op is sre.LITERAL:
            char = chr(av).lower() if fold else chr(av)
            if joined_items and joined_items[-1][0] is WORD:
                joined_items[-1] = (WORD, joined_items[-1][1] + char)
            else:
                joined_items.append((WORD, char))
        else:
            joined_items.append((op, av))
    return joined_items


def joined(left: Strings, right: Strings) -> Strings | None:
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(left, right))


def selectivity(strings: Strings) -> tuple[int, int]:
    return (min(len(s) for s in strings), -len(strings))


def element(op, av, *, fold: bool) -> tuple[Strings | None, Strings | None]:
    """(exact strings, required strings) of one parsed element."""
    if op is WORD:
        return frozenset({av}), None
    if op is sre.LITERAL:
        char = chr(av)
        return frozenset({char.lower() if fold else char}), None
    if op is sre.IN:
        chars = class_chars(av, fold=fold)
        return chars, None
    if op is sre.SUBPATTERN:
        return sequence(list(av[-1]), fold=fold)
    if op is sre.BRANCH:
        results = [sequence(list(branch), fold=fold) for branch in av[1]]
        exacts = [exact for exact, _ in results if exact is not None]
        exact = frozenset().union(*exacts) if len(exacts) == len(results) else None
        if exact is not None and len(exact) > MAX_STRINGS:
            exact = None
        requireds: list[Strings] = []
        for e, required in results:
            if required is not None:
                requireds.append(required)
            elif e is not None and "" not in e:
                requireds.append(e)
        required = frozenset().union(*requireds) if len(requireds) == len(results) else None
        return exact, required
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        exact, required = sequence(list(inner), fold=fold)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        if low == high == 1:
            return exact, required
        return None, required if required is not None else (exact if exact and "" not in exact else None)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return frozenset({""}), None  # zero-width
    return None, None


def class_chars(items, *, fold: bool) -> Strings | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.NEGATE:
            return None
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE:
            low, high = av
            if high - low > MAX_CLASS:
                return None
            chars.update(chr(c) for c in range(low, high + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.update(DIGITS)  # the searched text has its Arabic-Indic digits made ASCII
        else:
            return None
    if len(chars) > MAX_CLASS:
        return None
    return frozenset(c.lower() for c in chars) if fold else frozenset(chars)


@lru_cache(maxsize=512)
def finder(strings: Strings, fold: bool) -> re.Pattern[str]:
    """One pattern for "any of these strings"."""
    return re.compile(alternatives(strings), re.IGNORECASE if fold else 0)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The text's lines, each with its line break (a date never runs across a paragraph)."""
    spans, start = [], 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end + 1
        spans.append((start, end))
        start = end
    return spans


class Windows:
    """The stretches of one text a rule needs to be run over.

    Every string of every rule is looked for in one pass over the text (an Aho-Corasick automaton of all
    of them, from pyahocorasick: a regex alternation per rule cost a scan of the text per rule), and a rule's
    paragraphs are the union of its strings' paragraphs."""

    def __init__(self, text: str, wanted: Iterable[tuple[Strings | None, bool]]) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.starts = [start for start, _ in self.paragraphs]
        self.cache: dict[tuple[Strings, bool], list[tuple[int, int]]] = {}
        self.holding: dict[tuple[str, bool], list[int]] = {}
        lowered = text.lower()
        # Searched without case where lower-casing keeps every offset ("İ" becomes two characters); else
        # each rule's strings are looked for with a pattern of them.
        self.lowered = lowered if len(lowered) == len(text) else None
        for fold in (False, True):
            strings = frozenset().union(*(s for s, f in wanted if s is not None and f == fold))
            haystack = self.lowered if fold else text
            if strings and haystack is not None:
                self.index(automaton(strings), haystack, fold)

    def index(self, strings: ahocorasick.Automaton, haystack: str, fold: bool) -> None:
        for string in strings:
            self.holding[(string, fold)] = []
        for end, string in strings.iter(haystack):
            paragraph = bisect_right(self.starts, end) - 1
            held = self.holding[(string, fold)]
            if not held or held[-1] != paragraph:
                held.append(paragraph)

    def of(self, strings: Strings | None, fold: bool) -> list[tuple[int, int]]:
        if strings is None:
            return [(0, len(self.text))]
        key = (strings, fold)
        if key not in self.cache:
            if all((string, fold) in self.holding for string in strings):
                held: set[int] = set()
                for string in strings:
                    held.update(self.holding[(string, fold)])
                self.cache[key] = self.runs(sorted(held))
            else:
                self.cache[key] = self.find(finder(strings, fold))
        return self.cache[key]

    def runs(self, indexes: list[int]) -> list[tuple[int, int]]:
        """Runs of paragraphs, merged where they touch."""
        windows: list[tuple[int, int]] = []
        for index in indexes:
            start, end = self.paragraphs[index]
            if windows and windows[-1][1] == start:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
        return windows

    def find(self, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
        """Runs of paragraphs that contain one of the strings, merged where they touch."""
        windows: list[tuple[int, int]] = []
        position = 0
        while True:
            match = pattern.search(self.text, position)
            if match is None:
                return windows
            index = bisect_right(self.starts, match.start()) - 1
            start, end = self.paragraphs[index]
            if windows and windows[-1][1] == start:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
            position = end


@lru_cache(maxsize=64)
def automaton(strings: Strings) -> ahocorasick.Automaton:
    """One automaton for a grammar's strings (with its named periods): built once, kept across texts."""
    built = ahocorasick.Automaton()
    for string in strings:
        built.add_word(string, string)
    built.make_automaton()
    return built
