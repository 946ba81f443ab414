"""Accuracy of the date grammar on an evaluation set's dates.jsonl (../shared/eval/dev/ by default), per kind
of expression and language: the share of rows whose expression gets exactly the expected EDTF (traps: no date
at all).

    .venv/bin/python bench/dates_table.py                          # the dev table
    .venv/bin/python bench/dates_table.py --set ../shared/eval/web # the web-page table
    .venv/bin/python bench/dates_table.py --misses                 # and each row missed
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from facts.extraction.dates import find_dates

EVAL = ROOT.parent / "shared" / "eval"
LANGUAGES = ("he", "ar", "en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=EVAL / "dev", help="the set's folder (holding dates.jsonl)")
    parser.add_argument("--misses", action="store_true", help="print each row missed")
    args = parser.parse_args()
    table = args.set / "dates.jsonl"
    if not table.exists():
        parser.error(f"{table} does not exist")
    rows = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines() if line.strip()]
    right: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for row in rows:
        mentions = find_dates(row["text"], language=row["language"], published=row["published"])
        start = row["text"].index(row["expression"])
        hits = [m for m in mentions if m.start < start + len(row["expression"]) and start < m.end]
        ok = (
            not hits
            if row["edtf"] is None
            else bool(hits) and hits[0].value_over(start, start + len(row["expression"])) == row["edtf"]
        )
        right[(row["kind"], row["language"])][0] += ok
        right[(row["kind"], row["language"])][1] += 1
        if not ok:
            misses.append((row, [(m.text, m.edtf) for m in hits]))
    print(f"| kind | {' | '.join(LANGUAGES)} |")
    print(f"|---|{'---|' * len(LANGUAGES)}")
    totals = {language: [0, 0] for language in LANGUAGES}
    for kind in sorted({kind for kind, _ in right}):
        cells = []
        for language in LANGUAGES:
            ok, count = right.get((kind, language), (0, 0))
            totals[language][0] += ok
            totals[language][1] += count
            cells.append(f"{ok}/{count}" if count else "")
        print(f"| {kind} | {' | '.join(cells)} |")
    cells = [f"**{ok}/{count} = {ok / count:.3f}**" for ok, count in totals.values()]
    print(f"| all | {' | '.join(cells)} |")
    if args.misses:
        for row, hits in misses:
            print(f"{row['language']} {row['kind']}: {row['expression']!r} → {row['edtf']}, found {hits}")


if __name__ == "__main__":
    main()
