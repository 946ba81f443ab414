"""The evaluation set's table of date expressions (../shared/eval/dev/dates.jsonl: 555 rows in Hebrew,
Arabic and English, of 22 kinds, traps included): the exact EDTF of each expression given its publication
date, at least 95% per language, and every trap rejected. `bench/dates_table.py` prints the accuracy per kind
and language. The rows are test material, never a source of rules."""

import json
from collections import Counter

import pytest

from facts.extraction.dates import find_dates
from tests.conftest import ROOT

TABLE = ROOT.parent / "shared" / "eval" / "dev" / "dates.jsonl"
ROWS = [json.loads(line) for line in TABLE.read_text(encoding="utf-8").splitlines()] if TABLE.exists() else []
pytestmark = pytest.mark.skipif(
    not ROWS, reason="../shared/eval is beside the project in CI and on developers' machines"
)


def dated_over(row: dict) -> list:
    """The mentions found over the row's expression (a span with its clitic or preposition counts)."""
    mentions = find_dates(row["text"], language=row["language"], published=row["published"])
    start = row["text"].index(row["expression"])
    end = start + len(row["expression"])
    return [m for m in mentions if m.start < end and start < m.end]


def is_right(row: dict) -> bool:
    hits = dated_over(row)
    if row["edtf"] is None:
        return not hits
    start = row["text"].index(row["expression"])
    return bool(hits) and hits[0].value_over(start, start + len(row["expression"])) == row["edtf"]


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_at_least_95_percent_of_each_languages_expressions_get_their_exact_edtf(language):
    rows = [row for row in ROWS if row["language"] == language]
    right = Counter(is_right(row) for row in rows)

    assert len(rows) > 150
    assert right[True] / len(rows) >= 0.95, f"{right[True]}/{len(rows)}"


@pytest.mark.parametrize(
    "row", [row for row in ROWS if row["edtf"] is None], ids=lambda r: f"{r['language']}-{r['expression']}"
)
def test_every_trap_is_rejected(row):
    assert not dated_over(row)


WEB_TABLE = ROOT.parent / "shared" / "eval" / "web" / "dates.jsonl"
WEB_ROWS = (
    [json.loads(line) for line in WEB_TABLE.read_text(encoding="utf-8").splitlines()] if WEB_TABLE.exists() else []
)
# Measured on 2026-12-06 (docs/extraction.md, "Summary"): floors, not the 0.97 target.
# Arabic: "بعد عيد الفطر" is read whole, after the holiday (`2024-04-10/..`, the claim's date), where the table's
# row values the holiday alone (one row lost, 2026-12-06; one gained by "since the start of").
WEB_FLOORS = {"he": 0.98, "ar": 0.97, "en": 0.96}


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_web_pages_date_table_holds_its_floor_in_each_language(language):
    """../shared/eval/web/dates.jsonl: the date expressions of pages as crawlers store them."""
    rows = [row for row in WEB_ROWS if row["language"] == language]
    right = Counter(is_right(row) for row in rows)

    assert len(rows) > 70
    assert right[True] / len(rows) >= WEB_FLOORS[language], f"{right[True]}/{len(rows)}"
