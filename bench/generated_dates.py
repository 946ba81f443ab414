"""Exact EDTF on date expressions composed from parts (tests/facts/extraction/date_expressions.py), per language
and per kind of expression: thousands of cases nobody wrote down, with the expected value computed apart from the
grammar. The suite runs a seeded sample of the same composers through Hypothesis.

    .venv/bin/python bench/generated_dates.py                 # 500 cases per kind and language, seed 1
    .venv/bin/python bench/generated_dates.py --cases 2000 --seed 7 --misses 5
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from tests.facts.extraction.date_expressions import COMPOSERS, LANGUAGES, RandomChooser, read_as


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=500, help="cases per kind and language (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per kind and language")
    args = parser.parse_args()
    chooser = RandomChooser(args.seed)
    right: dict[tuple[str, str], int] = defaultdict(int)
    for kind, compose in COMPOSERS.items():
        for language in LANGUAGES:
            shown = 0
            for _ in range(args.cases):
                case = compose(chooser, language)
                found = read_as(case)
                if len(found) == 1 and found[0][1] == case.edtf:
                    right[(kind, language)] += 1
                elif shown < args.misses:
                    shown += 1
                    print(f"miss {language} {kind}: {case.expression!r} ({case.published}) → {case.edtf}, read {found}")
    print(f"| kind | {' | '.join(LANGUAGES)} |")
    print(f"|---|{'---|' * len(LANGUAGES)}")
    for kind in COMPOSERS:
        print(f"| {kind} | {' | '.join(f'{right[(kind, lang)] / args.cases:.3f}' for lang in LANGUAGES)} |")
    totals = [sum(right[(kind, lang)] for kind in COMPOSERS) / (args.cases * len(COMPOSERS)) for lang in LANGUAGES]
    print(f"| all | {' | '.join(f'**{total:.3f}**' for total in totals)} |")


if __name__ == "__main__":
    main()
