"""Actor mentions: the gazetteer's names and aliases in three languages, found behind Hebrew and Arabic
clitics (לישראל, מאזרבייג'ן, ובאקו, لإيران, والإسرائيلية, للفلسطينيين)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

HE = "\u0590-\u05ff"
AR = "\u0600-\u06ff"
GAZETTEER_FILE = Path(__file__).resolve().parents[2] / "fixtures" / "actors.json"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: str  # canonical English name


class Gazetteer:
    def __init__(self, entries: list[dict]) -> None:
        self.patterns: dict[str, re.Pattern] = {}
        self.surface: dict[str, dict[str, str]] = {"he": {}, "ar": {}, "en": {}}
        for entry in entries:
            name = entry["name"]
            forms = {
                "en": {name, *entry.get("aliases", {}).get("en", [])},
                "he": {entry.get("name_he", ""), *entry.get("aliases", {}).get("he", [])},
                "ar": {entry.get("name_ar", ""), *entry.get("aliases", {}).get("ar", [])},
            }
            for form in forms["ar"].copy():
                if form.startswith("ال"):
                    forms["ar"].add("لل" + form[2:])  # ل + ال: the alef drops ("للفلسطينيين")
            for language, words in forms.items():
                for word in words:
                    if word and len(word) >= 2:
                        self.surface[language].setdefault(word.lower() if language == "en" else word, name)
        latin = dict(self.surface["en"])
        self.patterns["he"] = self._pattern(
            self.surface["he"], rf"(?<![{HE}\w])(?:[ובלמהשכ]{{0,3}}[־\-]?)", rf"(?![{HE}])"
        )
        self.patterns["ar"] = self._pattern(self.surface["ar"], rf"(?<![{AR}\w])(?:[وف]?(?:ب|ل|ك)?)", rf"(?![{AR}])")
        self.patterns["en"] = re.compile(
            r"(?i)\b(" + "|".join(sorted(map(re.escape, latin), key=len, reverse=True)) + r")\b"
        )

    @staticmethod
    def _pattern(forms: dict[str, str], prefix: str, suffix: str) -> re.Pattern:
        words = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        return re.compile(f"{prefix}({words}){suffix}")

    @classmethod
    def from_fixture(cls, path: Path = GAZETTEER_FILE) -> Gazetteer:
        return cls(json.loads(path.read_text(encoding="utf-8"))["actors"])

    def find(self, text: str, *, language: str) -> list[ActorMention]:
        mentions = []
        # Latin-script names (SOCAR, Atlantic Council) occur in Hebrew and Arabic text too.
        for lang in dict.fromkeys([language, "en"]):
            for match in self.patterns[lang].finditer(text):
                form = match.group(1)
                actor = self.surface[lang].get(form.lower() if lang == "en" else form)
                if actor:
                    mentions.append(ActorMention(match.start(1), match.end(1), form, actor))
        unique = {(mention.start, mention.end): mention for mention in mentions}  # SOCAR: alias and Latin name
        return sorted(unique.values(), key=lambda mention: mention.start)
