"""The speed-ups of date and actor recognition must not change what is found: a rule run only in the
paragraphs its required strings occur in finds what it finds over the whole text, and a word list shaped
like a trie matches what the flat longest-first list matches."""

import json
import os
import re
import subprocess
import sys

import pytest

from corpus.ingestion.repair import repair_text
from facts.extraction.dates import grammar, period_rules, periods_from_fixture
from facts.extraction.dates.prefilter import StoredAnalyses, Windows, derived_strings, required_strings
from facts.extraction.normalise import fold as matching_text
from facts.extraction.wordlists import alternatives, word_trie
from tests.conftest import ROOT, SEEDS

MANIFEST = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))["articles"]

# Paragraphs of each kind of expression the grammars know, in three languages, beside the seeds.
WRITTEN = {
    "en": "On Feb. 3, 2019 the envoy came.\nIn the early 1990s, and again in mid-2021.\n"
    "Three weeks later, on Monday, 14.6.2021, the 1990s ended. From 1991 to 1993.\nNothing here.\n",
    "he": "ב־3 בפברואר 2019 הגיע השגריר.\nבתחילת שנות ה־90, ושוב באמצע 2021.\n"
    'כעבור שלושה שבועות, ביום שני, 14.6.2021. מ־1991 עד 1993.\nכ"ט בניסן תשפ"ה.\nאין כאן דבר.\n',
    "ar": "في 3 شباط/فبراير 2019 وصل السفير.\nفي أوائل التسعينيات، ثم في منتصف ٢٠٢١.\n"
    "بعد ذلك بثلاثة أسابيع، يوم الإثنين 14/6/2021. من 1991 إلى 1993.\n15 شعبان 1445هـ.\nلا شيء هنا.\n",
}


def texts():
    for entry in MANIFEST:
        raw = (SEEDS / entry["file"]).read_text(encoding="utf-8")
        yield entry["language"], repair_text(raw, language=entry["language"])[0]
    yield from WRITTEN.items()


def spans(pattern: re.Pattern, text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [m.span() for start, end in windows for m in pattern.finditer(text, start, end)]


def wanted(rules) -> list[tuple[frozenset[str] | None, bool]]:
    return [(required_strings(rule.pattern), bool(rule.pattern.flags & re.IGNORECASE)) for rule in rules]


# A letter that lower-cases to two characters ("İ" to "i̇") moves every offset after it: such a text is searched
# with each rule's own pattern of strings instead of the shared automaton, and must find the same.
@pytest.mark.parametrize("widen", ["", "İstanbul. "], ids=["as-is", "lowering-widens"])
@pytest.mark.parametrize("language,text", list(texts()), ids=lambda v: v if len(v) < 4 else "")
def test_every_rule_finds_in_its_windows_what_it_finds_in_the_whole_text(language, text, widen):
    searchable = matching_text(widen + text).text  # what the engine reads (facts.extraction.normalise)
    rules = grammar(language).rules + period_rules(language, periods_from_fixture())
    windows = Windows(searchable, wanted(rules))
    found = 0
    for rule, (strings, fold) in zip(rules, wanted(rules), strict=True):
        everywhere = spans(rule.pattern, searchable, [(0, len(searchable))])
        assert spans(rule.pattern, searchable, windows.of(strings, fold)) == everywhere, rule.name
        found += len(everywhere)
    assert found > 0  # the comparison is over real matches, not over nothing


def test_required_strings_are_derived_for_every_rule_and_skip_paragraphs_without_them():
    for language in ("he", "ar", "en"):
        for rule in grammar(language).rules:
            assert required_strings(rule.pattern), (language, rule.name)
    month_day = next(rule for rule in grammar("en").rules if rule.name == "day month year")
    windows = Windows("Nothing at all.\nOn 3 February 2019 the envoy came.\nNor here.\n", wanted([month_day]))
    assert windows.of(required_strings(month_day.pattern), True) == [(16, 51)]


@pytest.mark.parametrize(
    "words",
    [
        ["may", "march", "mar", "mar.", "marching"],
        ["שעבר", "שעברה", "ש", "שנה", "שנתיים"],
        ["ال", "الأول", "الأولى", "الآخر"],
        ["a-b", "a", "a-", "ab"],
        ["Sept", "sept.", "September"],  # differ only in case: kept flat
    ],
)
def test_a_trie_matches_what_the_flat_longest_first_list_matches(words):
    flat = re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?=\W|$)", re.I)
    trie = re.compile("(?:" + alternatives(words) + r")(?=\W|$)", re.I)
    sample = " ".join(words + [w + w for w in words] + [w.upper() for w in words]) + " marc septembe"
    assert [m.span() for m in trie.finditer(sample)] == [m.span() for m in flat.finditer(sample)]
    assert word_trie([]) == ""


def every_rule():
    for language in ("he", "ar", "en"):
        yield from grammar(language).rules + period_rules(language, periods_from_fixture())


def test_stored_analyses_give_what_deriving_gives_and_a_new_process_reads_them(tmp_path):
    """What one process derived and saved, the next reads back for every rule, equal to deriving it again."""
    first = StoredAnalyses(tmp_path)
    for rule in every_rule():
        first.put(rule.pattern, derived_strings(rule.pattern))
    first.save()
    assert list(tmp_path.glob("prefilter-*.partial")) == []  # written beside, then renamed over
    second = StoredAnalyses(tmp_path)
    for rule in every_rule():
        known, strings = second.get(rule.pattern)
        assert known, rule.name
        assert strings == derived_strings(rule.pattern), rule.name


def test_a_damaged_or_unwritable_store_is_derived_around(tmp_path):
    store = StoredAnalyses(tmp_path)
    store.path.write_text('{"0:x": [1, 2', encoding="utf-8")  # cut off mid-write by another tool
    rule = next(every_rule())
    assert StoredAnalyses(tmp_path).get(rule.pattern) == (False, None)
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("", encoding="utf-8")
    unwritable = StoredAnalyses(blocked)
    unwritable.put(rule.pattern, derived_strings(rule.pattern))
    unwritable.save()  # no directory can be made under a file: nothing is written, nothing raised
    assert not unwritable.path.exists()


# Prints a digest of every rule's pattern: the store finds an analysis by the pattern's text, so a word list
# that came out in another order under another hash seed would miss it in every new process.
PATTERNS_DIGEST = """
import hashlib, os, sys
sys.path.insert(0, os.getcwd())
from facts.extraction.dates import grammar, period_rules, periods_from_fixture
digest = hashlib.sha256()
for language in ("he", "ar", "en"):
    for rule in grammar(language).rules + period_rules(language, periods_from_fixture()):
        digest.update(f"{rule.pattern.flags}:{rule.pattern.pattern}".encode())
print(digest.hexdigest())
"""


def test_every_process_writes_the_same_patterns_whatever_its_hash_seed():
    digests = {
        subprocess.run(
            [sys.executable, "-c", PATTERNS_DIGEST],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1 and len(next(iter(digests))) == 65


COMPILED_AS_NEEDED = """
import os, sys
sys.path.insert(0, os.getcwd())
from facts.extraction.dates import find_dates, grammar
rules = grammar("he").rules
before = sum(rule.pattern.compiled_once is not None for rule in rules)
found = find_dates("ב-3 במאי 2023 נפגשו השרים בבאקו.", language="he", published="2024-05-15")
after = sum(rule.pattern.compiled_once is not None for rule in rules)
print(before, after, len(rules), found[0].edtf)
"""


def test_a_new_process_compiles_only_the_rules_a_text_needs():
    """A worker that starts builds its grammars without compiling them (core.LazyPattern): a text compiles the
    rules whose strings it holds, and reads what the fully compiled grammar reads."""
    before, after, total, edtf = subprocess.run(
        [sys.executable, "-c", COMPILED_AS_NEEDED], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(before) == 0
    assert 0 < int(after) < int(total) / 2
    assert edtf == "2023-05-03"
