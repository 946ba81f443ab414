"""Articles for the benchmarks that need a corpus of a given size: recombined sentences of the seeds and of the
evaluation texts (../shared/eval/dev/texts and ../shared/eval/web/texts), with varied names and dates.

Each article draws thirty sentences of one language, then varies them as one page would differ from another:
every year from 1990 on moves by the article's own offset (-6 to +6, no later than 2026), every day of a month
(a number of 1–31 beside a month's name) becomes another, and the people and organisations the curated actors
name are swapped for others of the same kind, in the article's language and consistently within the article.
Without the variation each sentence recurs in hundreds of articles at 10,000 and every sentence shares its
words with every other copy, which real pages do not: the same-fact index would be measured on a corpus no
outlet writes. The texts stay in the three languages the extraction reads, and each page is told apart by a
final reference line; no network, nothing downloaded.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV_TEXTS = SHARED_EVAL / "dev" / "texts"
WEB_TEXTS = SHARED_EVAL / "web" / "texts"
LANGUAGES = ("he", "ar", "en")
# Kinds whose names can stand for each other in a sentence without making it another kind of sentence.
SWAPPED_KINDS = ("person", "organisation", "company")
YEAR = re.compile(r"(?<![\d٠-٩])(?:199\d|20[0-2]\d|١٩٩[٠-٩]|٢٠[٠-٢][٠-٩])(?![\d٠-٩])")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
MONTH_WORDS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "he": "ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר",
    "ar": "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر",
}
DAY = r"(?<![\d])(?:[1-9]|[12]\d|3[01])(?![\d])"
# A day of the month beside its month's name, in either order ("14 April", "April 14", "14 באפריל", "14 ابريل").
DAY_BESIDE_MONTH = {
    language: re.compile(rf"(?P<day>{DAY})(?=\s*(?:ב|ل|في\s)?(?:{months}))|(?P<month>(?:{months}) )(?P<after>{DAY})")
    for language, months in MONTH_WORDS.items()
}


def source_texts(folders: tuple[Path, ...] = (DEV_TEXTS, WEB_TEXTS)) -> list[tuple[str, str]]:
    """(text, language) of the seeds and of the evaluation texts in `folders`; refuses to go on without them,
    which give the corpus its variety."""
    for folder in folders:
        if not folder.is_dir():
            raise SystemExit(f"no texts at {folder}: the corpus would repeat the seeds alone")
    manifest = json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    texts = [((ROOT / "seeds" / e["file"]).read_text(encoding="utf-8"), e["language"]) for e in manifest["articles"]]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            texts.append((path.read_text(encoding="utf-8"), path.name.split("_")[1]))
    return texts


def sentences_by_language(folders: tuple[Path, ...] = (DEV_TEXTS, WEB_TEXTS)) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for text, language in source_texts(folders):
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if 40 <= len(sentence) <= 400 and "\n" not in sentence.strip():
                found.setdefault(language, []).append(sentence.strip())
    return found


def names_by_kind() -> dict[tuple[str, str], list[str]]:
    """(language, kind) → the curated actors' names of that kind in that language."""
    actors = json.loads((ROOT / "fixtures" / "actors.json").read_text(encoding="utf-8"))["actors"]
    names: dict[tuple[str, str], list[str]] = {}
    for actor in actors:
        if actor["kind"] not in SWAPPED_KINDS:
            continue
        for language, field in (("en", "name"), ("he", "name_he"), ("ar", "name_ar")):
            if actor.get(field):
                names.setdefault((language, actor["kind"]), []).append(actor[field])
    return names


class Variation:
    """One article's way of differing: a year offset, a day for each day it meets, a name for each name."""

    def __init__(self, language: str, rng: random.Random, names: dict[tuple[str, str], list[str]]) -> None:
        self.rng = rng
        self.offset = rng.randint(-6, 6)
        self.days: dict[str, str] = {}
        self.swap: dict[str, str] = {}
        for (name_language, _kind), group in names.items():
            if name_language != language or len(group) < 2:
                continue
            shuffled = rng.sample(group, k=len(group))
            self.swap.update(zip(group, shuffled, strict=True))
        self.names = (
            re.compile("|".join(re.escape(name) for name in sorted(self.swap, key=len, reverse=True)))
            if self.swap
            else None
        )
        self.day_pattern = DAY_BESIDE_MONTH[language]

    def year(self, match: re.Match[str]) -> str:
        written = match.group()
        year = str(min(2026, max(1990, int(written) + self.offset)))  # int() reads Arabic-Indic digits too
        return year if written.isascii() else year.translate(ARABIC_INDIC)

    def day(self, match: re.Match[str]) -> str:
        day = match.group("day") or match.group("after")
        new = self.days.setdefault(day, str(self.rng.randint(1, 28)))
        return (match.group("month") or "") + new

    def __call__(self, sentence: str) -> str:
        sentence = YEAR.sub(self.year, sentence)
        sentence = self.day_pattern.sub(self.day, sentence)
        if self.names is not None:
            sentence = self.names.sub(lambda match: self.swap[match.group()], sentence)
        return sentence


def article_text(
    number: int,
    language: str,
    sentences: dict[str, list[str]],
    rng: random.Random,
    names: dict[tuple[str, str], list[str]],
) -> str:
    vary = Variation(language, rng, names)
    chosen = [vary(sentence) for sentence in rng.sample(sentences[language], k=min(30, len(sentences[language])))]
    paragraphs = [" ".join(chosen[i : i + 3]) for i in range(0, len(chosen), 3)]
    paragraphs.append(f"Reference {number}.")
    return "\n\n".join(paragraphs)


def write_articles(folder: Path, count: int, sentences: dict[str, list[str]], rng: random.Random, first: int) -> None:
    """`count` articles numbered from `first`, languages in turn, as text files with the manifest `ingest`
    reads (title, language, publication day, one of seven outlets)."""
    folder.mkdir(parents=True, exist_ok=True)
    names = names_by_kind()
    entries = []
    languages = sorted(sentences)
    for number in range(first, first + count):
        language = languages[number % len(languages)]
        name = f"bench_{number:05d}.txt"
        (folder / name).write_text(article_text(number, language, sentences, rng, names), encoding="utf-8")
        entries.append(
            {
                "file": name,
                "title": f"Benchmark article {number}",
                "language": language,
                "published": f"20{10 + number % 15}-0{1 + number % 9}-1{number % 9}",
                "source": {"name": f"Bench outlet {number % 7}", "kind": "news"},
            }
        )
    (folder / "manifest.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")
