"""Named periods: wars, terms of office, governments, elections and events, with their names in three
languages and their EDTF spans. Expressions dated only through a period ("during the Second Karabakh War",
"בתחילת כהונתו השנייה של טראמפ", "منذ بدء الحرب على غزة", "after the 2013 elections") are resolved
through them; the mention's anchor is "period:<slug>".

A period still running has an open end and is read as ending at the publication date; so is a period
that had not ended by then. Periods are data (fixtures/periods.json, edited by curators in the admin):
the rules that find them are made from their names, per language, once per set of periods."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from core.edtf import InvalidEdtf, edtf_parse
from facts.extraction.dates.core import Context, Found, LazyPattern, Rule, month_edtf, shift_month
from facts.extraction.normalise import fold_pattern, fold_word

PERIODS_FILE = Path(__file__).resolve().parents[3] / "fixtures" / "periods.json"


@dataclass(frozen=True)
class Period:
    slug: str
    edtf: str
    names: tuple[tuple[str, tuple[str, ...]], ...]  # (language, names)
    places: tuple[str, ...] = ()

    def names_in(self, language: str) -> tuple[str, ...]:
        return dict(self.names).get(language, ())

    @property
    def start(self) -> str:
        return self.edtf.split("/")[0]

    @property
    def end(self) -> str:
        return self.edtf.split("/")[-1]


Periods = tuple[Period, ...]


def periods_from_entries(entries: list[dict]) -> Periods:
    return tuple(
        Period(
            slug=entry["slug"],
            edtf=entry["edtf"],
            names=tuple((language, tuple(names)) for language, names in sorted(entry.get("names", {}).items())),
            places=tuple(entry.get("places", ())),
        )
        for entry in entries
    )


@cache
def periods_from_fixture(path: Path = PERIODS_FILE) -> Periods:
    if not path.exists():
        return ()
    return periods_from_entries(json.loads(path.read_text(encoding="utf-8"))["periods"])


# --- Values --------------------------------------------------------------------------------------------


def clipped_end(period: Period, c: Context) -> str:
    """The period's end, or publication when the period was still running then."""
    if c.published is None:
        return period.end
    if period.end == "..":
        return c.published.edtf
    try:
        ends = edtf_parse(period.end).end
    except InvalidEdtf:
        return period.end
    return c.published.edtf if ends is not None and ends > c.published.day else period.end


def span(period: Period, c: Context) -> str:
    if "/" not in period.edtf:
        return period.edtf
    return f"{period.start}/{clipped_end(period, c)}"


def early_in(period: Period, c: Context) -> str:
    """Early in a period: its first two months."""
    parsed = edtf_parse(period.start)
    if parsed.start is None:
        return period.start
    year, month = parsed.start.year, parsed.start.month
    return f"{month_edtf(year, month)}/{month_edtf(*shift_month(year, month, 1))}"


def since_start(period: Period, c: Context) -> str:
    return f"{period.start}/{c.published.edtf if c.published else '..'}"


def since_end(period: Period, c: Context) -> str:
    return f"{clipped_end(period, c)}/{c.published.edtf if c.published else '..'}"


def after(period: Period, c: Context) -> str:
    return f"{clipped_end(period, c)}/.."


FRAMES = {
    # (frame name, template around {name}, value)
    "en": [
        ("during", r"\b(?:during|in|throughout|amid|under|over)\s+(?:the\s+)?{name}", span),
        ("early in", r"\b(?:early\s+in|at\s+the\s+(?:start|beginning|outset)\s+of)\s+(?:the\s+)?{name}", early_in),
        (
            "since the start of",
            r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?{name}",
            since_start,
        ),
        ("since the end of", r"\bsince\s+(?:the\s+)?end\s+of\s+(?:the\s+)?{name}", since_end),
        ("since", r"\bsince\s+(?:the\s+)?{name}", since_start),
        ("after", r"\b(?:after|following)\s+(?:the\s+)?{name}", after),
        ("name", r"(?:\bthe\s+)?{name}", span),
    ],
    "he": [
        ("during", r"(?<![\u0590-\u05ff\w])ו?(?:ב|ל)(?:מהלך\s+|תקופת\s+|ימי\s+|זמן\s+|עת\s+)?{name}", span),
        ("early in", r"(?<![\u0590-\u05ff\w])ו?ב(?:תחילת|ראשית)\s+{name}", early_in),
        ("since the start of", r"(?<![\u0590-\u05ff\w])ו?מאז\s+(?:פרוץ|תחילת|ראשית|פתיחת)\s+{name}", since_start),
        ("since the end of", r"(?<![\u0590-\u05ff\w])ו?מאז\s+(?:סיום|תום|סוף)\s+{name}", since_end),
        ("since", r"(?<![\u0590-\u05ff\w])ו?מאז\s+{name}", since_start),
        ("after", r"(?<![\u0590-\u05ff\w])ו?(?:אחרי|לאחר|בעקבות)\s+{name}", after),
        ("name", r"(?<![\u0590-\u05ff\w])[ובלמהשכ]{0,2}{name}", span),
    ],
    "ar": [
        (
            "during",
            r"(?<![\u0600-\u06ff\w])(?:و|ف)?(?:خلال|في|أثناء|إبان|طوال|إبّان)\s+(?:عهد\s+|فترة\s+|زمن\s+)?{name}",
            span,
        ),
        ("early in", r"(?<![\u0600-\u06ff\w])(?:و|ف)?(?:في\s+)?(?:بداية|مطلع|أوائل|مستهل)\s+{name}", early_in),
        (
            "since the start of",
            r"(?<![\u0600-\u06ff\w])(?:و|ف)?منذ\s+(?:بدء|بداية|اندلاع|انطلاق)\s+{name}",
            since_start,
        ),
        ("since the end of", r"(?<![\u0600-\u06ff\w])(?:و|ف)?منذ\s+(?:نهاية|انتهاء)\s+{name}", since_end),
        ("since", r"(?<![\u0600-\u06ff\w])(?:و|ف)?منذ\s+{name}", since_start),
        ("after", r"(?<![\u0600-\u06ff\w])(?:و|ف)?(?:بعد|عقب)\s+{name}", after),
        ("name", r"(?<![\u0600-\u06ff\w])(?:و|ف)?(?:ب|ل)?{name}", span),
    ],
}


def name_pattern(name: str) -> str:
    """A period's name as written, with any hyphen or dash for any other, and any space for any run of
    space."""
    parts = re.split(r"(\s+|[-–־])", name)
    pattern = "".join(
        r"\s+" if part.isspace() else r"[\-–־\s]" if part in "-–־" and part else re.escape(part) for part in parts
    )
    return pattern


@lru_cache(maxsize=16)
def period_rules(language: str, periods: Periods) -> tuple[Rule, ...]:
    """One rule per frame, matching every period's names in this language."""
    by_name: dict[str, list[Period]] = {}
    for period in periods:
        for name in period.names_in(language):
            periods_named = by_name.setdefault(normal_name(name, language), [])
            if period not in periods_named:
                periods_named.append(period)
    if not by_name:
        return ()
    names = "|".join(sorted((name_pattern(n) for n in by_name), key=len, reverse=True))
    flags = re.IGNORECASE if language == "en" else 0
    rules = []
    for frame, template, value in FRAMES.get(language, FRAMES["en"]):
        pattern = LazyPattern(fold_pattern(template.replace("{name}", f"(?P<period>{names})")), flags)
        rules.append(
            Rule(
                name=f"period: {frame}",
                kind="named-period",
                pattern=pattern,
                value=period_valuer(value, by_name, language),
                anchor="period",
                anchor_of=period_anchor(by_name, language),
            )
        )
    return tuple(rules)


def period_valuer(value, by_name: dict[str, list[Period]], language: str):
    def resolve(f: Found, c: Context) -> str | None:
        period = chosen_period(f, by_name, language)
        return None if period is None else value(period, c)

    return resolve


def period_anchor(by_name: dict[str, list[Period]], language: str):
    def anchor(f: Found) -> str:
        period = chosen_period(f, by_name, language)
        return f"period:{period.slug}" if period else "period"

    return anchor


def normal_name(text: str, language: str) -> str:
    """A period's name as matching text writes it (facts.extraction.normalise), white space made one."""
    text = re.sub(r"\s+", " ", fold_word(text).strip())
    return text.lower() if language == "en" else text


def chosen_period(f: Found, by_name: dict[str, list[Period]], language: str) -> Period | None:
    """The period a name stands for; where several share it (elections of one year), the one whose places
    stand in the sentence."""
    written = normal_name(f["period"] or "", language)
    candidates = by_name.get(written)
    if candidates is None:
        flexible = re.sub(r"[\-–־]", " ", written)
        candidates = next(
            (periods for name, periods in by_name.items() if re.sub(r"[\-–־]", " ", name) == flexible), None
        )
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    around = f.text[max(0, f.match.start() - 120) : f.match.end() + 120]
    placed = [
        p for p in candidates if any(re.search(rf"(?<!\w){re.escape(fold_word(place))}", around) for place in p.places)
    ]
    return placed[0] if len(placed) == 1 else None  # which one is not said: the words' own date speaks
