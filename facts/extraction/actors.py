"""Actor mentions: the gazetteer's names and aliases in three languages, found behind Hebrew and Arabic
clitics (לישראל, מאזרבייג'ן, ובאקו, لإيران, والإسرائيلية, للفلسطينيين)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from facts.extraction.normalise import fold, fold_word
from facts.extraction.wordlists import alternatives

HE = "\u0590-\u05ff"
# Arabic letters and marks; not its comma, semicolon, question mark or digits, which end a name as ASCII
# punctuation does ("إسرائيل،").
AR = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff"
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
            if entry.get("kind") == "state":
                forms["he"] |= hebrew_demonyms(entry.get("name_he", ""))
                forms["ar"] |= arabic_demonyms(entry.get("name_ar", ""))
            for form in forms["ar"].copy():
                if form.startswith("ال"):
                    forms["ar"].add("لل" + form[2:])  # ل + ال: the alef drops ("للفلسطينيين")
            for language, words in forms.items():
                for word in words:
                    if word and len(word) >= 2:
                        self.surface[language].setdefault(surface_key(word, language), name)
        # Tells one gazetteer's readings from another's (a kept sentence index, or a stored reading, is only
        # good for its own); the same in every process.
        self.fingerprint = hashlib.sha256(
            repr(
                sorted((lang, form, name) for lang in self.surface for form, name in self.surface[lang].items())
            ).encode()
        ).hexdigest()[:16]
        latin = dict(self.surface["en"])
        self.patterns["he"] = self._pattern(
            self.surface["he"], rf"(?<![{HE}\w])(?:[ובלמהשכ]{{0,3}}[־\-]?)", rf"(?![{HE}])"
        )
        self.patterns["ar"] = self._pattern(self.surface["ar"], rf"(?<![{AR}\w])(?:[وف]?(?:ب|ل|ك)?)", rf"(?![{AR}])")
        self.patterns["en"] = re.compile(r"(?i)\b(" + alternatives(latin) + r")\b")

    @staticmethod
    def _pattern(forms: dict[str, str], prefix: str, suffix: str) -> re.Pattern:
        words = alternatives(forms)
        return re.compile(f"{prefix}({words}){suffix}")

    @classmethod
    def from_fixture(cls, path: Path = GAZETTEER_FILE) -> Gazetteer:
        return cls(json.loads(path.read_text(encoding="utf-8"))["actors"])

    def find(self, text: str, *, language: str) -> list[ActorMention]:
        """Each name or alias in `text`, however the site spells it (hamza or not, niqqud, tatweel: the
        folded text is matched, facts.extraction.normalise); spans and forms are those of `text`."""
        mentions = []
        folded = fold(text)
        # Latin-script names (SOCAR, Atlantic Council) occur in Hebrew and Arabic text too.
        for lang in dict.fromkeys([language, "en"]):
            for match in self.patterns[lang].finditer(folded.text):
                actor = self.surface[lang].get(surface_key(match.group(1), lang))
                if actor:
                    start, end = folded.span(*match.span(1))
                    mentions.append(ActorMention(start, end, text[start:end], actor))
        unique = {(mention.start, mention.end): mention for mention in mentions}  # SOCAR: alias and Latin name
        return sorted(unique.values(), key=lambda mention: mention.start)


HEBREW_FINAL_TO_MEDIAL = str.maketrans("ךםןףץ", "כמנפצ")


def hebrew_demonyms(name: str) -> set[str]:
    """What a state's people and things are called, by Hebrew's regular suffixes: ישראל → ישראלי, ישראלית,
    ישראלים, ישראליות (and with the article); a name ending in יה or ה drops it (טורקיה → טורקי, סוריה → סורי).
    One-word names only: "ארצות הברית" has no regular form."""
    if not name or " " in name:
        return set()
    stem = name[:-2] if name.endswith("יה") else name[:-1] if name.endswith("ה") else name
    stem = stem[:-1] + stem[-1].translate(HEBREW_FINAL_TO_MEDIAL)  # אזרבייג'ן → אזרבייג'נ־י
    return {f"{article}{stem}{suffix}" for article in ("", "ה") for suffix in ("י", "ית", "ים", "יות")}


def arabic_demonyms(name: str) -> set[str]:
    """The nisba of a state's name: أذربيجان → أذربيجاني, أذربيجانية, الأذربيجاني, الأذربيجانية, أذربيجانيون,
    أذربيجانيين; a final يا, ا or ة drops (تركيا → تركي, سوريا → سوري), the article moves to the adjective
    (المغرب → المغربي). One-word names only."""
    if not name or " " in name:
        return set()
    stem = name[2:] if name.startswith("ال") else name
    stem = stem[:-2] if stem.endswith("يا") else stem[:-1] if stem.endswith(("ا", "ة", "ى")) else stem
    suffixes = ("ي", "ية", "يون", "يين")
    return {f"{article}{stem}{suffix}" for article in ("", "ال") for suffix in suffixes}


def surface_key(form: str, language: str) -> str:
    """How a name is looked up: folded (facts.extraction.normalise), and lower-cased in Latin script."""
    folded = fold_word(form)
    return folded.lower() if language == "en" else folded


# --- People and bodies the gazetteer lacks --------------------------------------------------------------
# A title and a name ("Defence Minister Zakir Hasanov", "שר האוצר בצלאל סמוטריץ'", "وزير الطاقة برويز شهبازوف"):
# the claim is proposed anyway, and the name is suggested to the curator as an actor.

EN_TITLE = (
    r"(?:(?:Defen[cs]e|Foreign|Finance|Energy|Economy|Interior|Prime|Deputy(?:\s+Prime)?)\s+)?Minister"
    r"|President|Vice[\s-]President|Ambassador|Adviser|Advisor|Spokes(?:man|woman|person)|Speaker|Envoy"
    r"|Gen\.|General|Lt\.\s*Gen\.|Colonel|Chairman|Chairwoman|CEO|Governor|Senator|Rep\."
)
EN_NAME = r"[A-Z][a-zà-ÿ'’\-]+(?:\s+[A-Z][a-zà-ÿ'’\-]+){1,2}"
HE_TITLE = (
    rf"(?:ה)?(?:שר|שרת)\s+ה[{HE}]+|ראש\s+הממשלה|(?:ה)?נשיא(?:ה)?(?:\s+ה[{HE}]+)?|(?:ה)?שגריר(?:ה)?(?:\s+ה[{HE}]+)?"
    rf"|(?:ה)?יועץ|(?:ה)?יועצת|(?:ה)?דובר(?:ת)?(?:\s+ה[{HE}]+)?|(?:ה)?מנכ\"ל|(?:ה)?רמטכ\"ל|(?:ה)?אלוף|יו\"ר"
)
HE_NAME = rf"[{HE}][{HE}'׳\"״\-]+(?:\s+[{HE}][{HE}'׳\-]+)"
AR_TITLE = (
    rf"(?:ال)?وزير(?:ة)?\s+(?:ال[{AR}]+)|رئيس\s+الوزراء|(?:ال)?رئيس(?:\s+ال[{AR}]+)?|(?:ال)?سفير(?:ة)?"
    rf"(?:\s+ال[{AR}]+)?|(?:ال)?مستشار(?:ة)?|(?:ال)?متحدث(?:ة)?\s+باسم\s+[{AR}]+|(?:ال)?جنرال|(?:ال)?لواء"
)
AR_NAME = rf"[{AR}]{{2,}}(?:\s+[{AR}]{{2,}})"
TITLED_NAME = {
    "en": re.compile(rf"\b(?:{EN_TITLE})\s+(?P<name>{EN_NAME})"),
    "he": re.compile(rf"(?<![{HE}\w])(?:[ולבמש]?)(?:{HE_TITLE})\s+(?P<name>{HE_NAME})"),
    "ar": re.compile(rf"(?<![{AR}\w])(?:[وف]?(?:ل|ب)?)(?:{AR_TITLE})\s+(?P<name>{AR_NAME})"),
}
NOT_NAMES = {
    "en": {"The", "This", "That", "Israel", "Azerbaijan", "Iran"},
    "he": {"ישראל", "אזרבייג'ן", "איראן", "הודיע", "אמר", "אמרה", "הודיעה"},
    "ar": {"إسرائيل", "أذربيجان", "إيران", "قال", "قالت", "أعلن"},
}


def unknown_titled_names(text: str, *, language: str, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, name) of each person named with a title whose name the gazetteer does not know."""
    pattern = TITLED_NAME.get(language)
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        name = (
            re.sub(r"['’]s$", "", match["name"].rstrip(' ,."”')) if language == "en" else match["name"].rstrip(' ,."”')
        )
        if any(word in NOT_NAMES.get(language, set()) for word in name.split()):
            continue
        start = match.start("name")
        if gazetteer.find(name, language=language):
            continue  # a name or alias the gazetteer has: an actor, not a suggestion
        found.append((start, start + len(name), name))
    return found
