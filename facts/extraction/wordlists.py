"""Word lists as regular expressions shaped like tries.

Month names, units and the gazetteer's names are tried at every position of every text; as a flat
alternation the engine tests each word in turn, as a trie it tests each letter once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternatives(words: Iterable[str]) -> str:
    return word_trie([[re.escape(char) for char in word] for word in sorted(set(words))])


# A regex atom of a plain word: one character, or one escaped character (not a class such as \s or \d).
WORD_ATOM = re.compile(r"\\[^A-Za-z0-9]|[^\\.^$]")


def word_atoms(pattern: str) -> list[str] | None:
    """`pattern` as a list of literal atoms, or None when it is not one plain word."""
    atoms = WORD_ATOM.findall(pattern)
    return atoms if "".join(atoms) == pattern else None


def word_trie(words: list[list[str]]) -> str:
    """Words (as lists of literal atoms) as one alternation shaped like a trie, so the regex engine tests
    each letter once per position instead of once per word: month and unit lists are tried at every
    position of every text. Longer words are tried before their prefixes, as a longest-first
    alternation would: the words that can match at one position are prefixes of one another."""
    children: dict[str, list[list[str]]] = {}
    ends = False
    for atoms in words:
        if atoms:
            children.setdefault(atoms[0], []).append(atoms[1:])
        else:
            ends = True
    folded = {atom.lstrip("\\").casefold() for atom in children}
    if len(folded) < len(children):
        # Two branches differ only in case, and under IGNORECASE both would match: keep the flat order.
        flat = sorted(("".join(atoms) for atoms in words), key=lambda word: (-len(word), word))
        return "|".join(flat)
    # Longest first; among branches of one length, in the order of their text, so that the same words give
    # the same pattern in every process (prefilter.StoredAnalyses finds a pattern by its text).
    branches = [atom + trie_group(word_trie(rest)) for atom, rest in children.items()]
    branches.sort(key=lambda branch: (-len(branch), branch))
    if ends:
        branches.append("")
    return "|".join(branches)


def trie_group(pattern: str) -> str:
    return f"(?:{pattern})" if "|" in pattern else pattern
