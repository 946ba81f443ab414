"""One fact in two articles: the same statement told in other words by another source (SOCAR's purchase of
ten percent of Tamar, in seed 000 and in seed 002), or told with another date (a dispute between sources).

Sentences are compared by what they are about, not by their dates: the words that remain once dates are
masked, Hebrew and Arabic clitics are stripped, numbers are written in digits and actor names become the
actor ("לישראל", "ישראל" and "Israel" are one term). Each term weighs by how rare it is among the corpus's
sentences (inverse document frequency), and two sentences score the cosine of their weighted terms.
Pure: text in, terms and scores out; the services decide what to do with a match.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from wordfreq import zipf_frequency

ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TOKEN = re.compile(r"[%٪]|[0-9]+(?:[.,][0-9]+)?|[\w\u0590-\u05ff\u0600-\u06ff'\"׳״]+")
NIQQUD = re.compile(r"[\u0591-\u05c7\u064b-\u0652]")

HEBREW_CLITICS = "ובלמהשכ"
ARABIC_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
NUMBER_WORDS = {
    # Hebrew, both genders
    "אחד": "1", "אחת": "1", "שניים": "2", "שתיים": "2", "שני": "2", "שתי": "2", "שלושה": "3", "שלוש": "3",
    "ארבעה": "4", "ארבע": "4", "חמישה": "5", "חמש": "5", "שישה": "6", "שש": "6", "שבעה": "7", "שבע": "7",
    "שמונה": "8", "תשעה": "9", "תשע": "9", "עשרה": "10", "עשר": "10", "עשרים": "20", "שלושים": "30",
    "ארבעים": "40", "חמישים": "50", "מאה": "100",
    # Arabic
    "واحد": "1", "اثنان": "2", "اثنين": "2", "ثلاثة": "3", "أربعة": "4", "خمسة": "5", "ستة": "6", "سبعة": "7",
    "ثمانية": "8", "تسعة": "9", "عشرة": "10", "عشر": "10", "عشرين": "20", "عشرون": "20", "مئة": "100", "مائة": "100",
    # English
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "twenty": "20", "hundred": "100",
}  # fmt: skip
PERCENT_WORDS = {"%", "٪", "אחוז", "אחוזים", "percent", "بالمئة", "بالمائة", "المئة", "المائة"}
# Words too common to tell facts apart (space-separated, one line per language).
STOPWORD_LINES = {
    "he": "של את על עם גם כי זה זו זאת הוא היא הם הן לא כל אשר או אך אבל בין אל עד כך רק יותר מאוד כמו היה הייתה "
    "היו יש אין להיות כבר עוד אף לפי אחרי לפני מול ידי בו בה בהם לו לה להם שלו שלה שלהם אותו אותה אותם שם כאן "
    "עכשיו אז אם כן מה מי איך למה כאשר כדי ואת וגם ועל",
    "ar": "في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت قد لقد أن إن أو ثم كما بين عند "
    "منذ حتى لم لن لا ما ماذا كل بعد قبل أيضا وقد وفي ومن وعلى",
    "en": "the a an of to in on at for with by from and or but as is are was were be been has have had it its this "
    "that these those which who whom also not no than then into over after before between since",
}
STOPWORDS = {language: frozenset(line.split()) for language, line in STOPWORD_LINES.items()}


def tokens(text: str) -> list[str]:
    """Lower-cased words and numbers, without niqqud or harakat, Arabic-Indic digits made ASCII."""
    cleaned = NIQQUD.sub("", text.translate(ARABIC_INDIC)).lower()
    return [token.strip("'\"׳״") for token in TOKEN.findall(cleaned)]


def canonical(token: str, language: str, vocabulary: frozenset[str] | set[str]) -> str:
    """The word behind its clitics, when the corpus also writes that word alone: "ממאגר" → "מאגר" only if
    "מאגר" occurs; "מוסלמיות" stays whole, since "וסלמיות" is no word ("והנפט" → "הנפט" → "נפט")."""
    if language == "he":
        stripped = token
        for _ in range(3):
            if len(stripped) > 3 and stripped[0] in HEBREW_CLITICS and stripped[1:] in vocabulary:
                stripped = stripped[1:]
            else:
                break
        return stripped
    if language == "ar":
        for prefix in ARABIC_PREFIXES:
            rest = token[len(prefix) :]
            if token.startswith(prefix) and len(rest) >= 3 and rest in vocabulary:
                return rest
        return token
    if len(token) > 4 and token.endswith("s") and token[:-1] in vocabulary:
        return token[:-1]
    return token


def content_terms(
    text: str,
    language: str,
    *,
    vocabulary: frozenset[str] | set[str] = frozenset(),
    masked: Iterable[tuple[int, int]] = (),
    actors: Iterable[tuple[int, int, str]] = (),
) -> frozenset[str]:
    """What a stretch of text is about. `masked` spans (its dates) are left out; `actors` spans
    (start, end, canonical name) count as the actor ("@Israel"), whatever the spelling or clitic;
    `vocabulary` (the corpus's words) tells a clitic from a word's first letter."""
    characters = list(text)
    terms: set[str] = set()
    for start, end, actor in actors:
        terms.add("@" + actor)
        characters[start:end] = " " * (end - start)
    for start, end in masked:
        characters[start:end] = " " * (end - start)
    stopwords: set[str] | frozenset[str] = STOPWORDS.get(language, set())
    for token in tokens("".join(characters)):
        if token in PERCENT_WORDS:
            terms.add("%")
        elif token in NUMBER_WORDS:
            terms.add(NUMBER_WORDS[token])
        elif token[:1].isdigit():
            terms.add(token)
        elif len(token) >= 2 and token not in stopwords:
            word = canonical(token, language, vocabulary)
            if word not in stopwords:
                terms.add(word)
    return frozenset(terms)


def is_number(term: str) -> bool:
    """A quantity, not a year (years are dates, compared as dates)."""
    return term[:1].isdigit() and not (len(term) == 4 and term[:2] in ("19", "20"))


@dataclass
class TermStatistics:
    """How many of the corpus's sentences each term occurs in."""

    sentences: int = 0
    frequency: Counter = field(default_factory=Counter)

    def add(self, terms: frozenset[str]) -> None:
        self.sentences += 1
        self.frequency.update(terms)

    def remove(self, terms: frozenset[str]) -> None:
        self.sentences -= 1
        self.frequency.subtract(terms)

    def weight(self, term: str) -> float:
        return math.log((self.sentences + 1) / (self.frequency.get(term, 0) + 1)) + 1.0

    language: str = "he"

    def is_specific(self, term: str) -> bool:
        """Rare enough to tell one fact from another: a quantity, or a word that is neither common in the
        language at large (wordfreq's frequencies: a small corpus alone finds "the sea" rare) nor in the
        corpus (in more than five of its sentences, or 1% of a large corpus: "oil", in a corpus about
        Azerbaijan and Israel). Actors never are: the whole corpus is about a few."""
        if term.startswith("@"):
            return False
        if self.frequency.get(term, 0) > max(5, self.sentences // 100):
            return False
        return is_number(term) or is_rare_in_the_language(term, self.language)


def similarity(a: frozenset[str], b: frozenset[str], statistics: TermStatistics) -> float:
    """Cosine of the two sentences' term vectors, each term weighted by its rarity."""
    if not a or not b:
        return 0.0
    shared = sum(statistics.weight(t) ** 2 for t in a & b)
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(statistics.weight(t) ** 2 for t in a))
    norm_b = math.sqrt(sum(statistics.weight(t) ** 2 for t in b))
    return shared / (norm_a * norm_b)


# Zipf 4.7: about fifty times per million words ("national", "company", "the sea" are above it).
COMMON_WORD_ZIPF = 4.7


def is_rare_in_the_language(word: str, language: str) -> bool:
    """Below COMMON_WORD_ZIPF in wordfreq's frequencies. Its "small" lists hold every word down to Zipf 3 (once
    per million words), far below the threshold, so they decide as the large ones do (checked on the 6,423
    distinct words of the evaluation texts: no difference) at a tenth of the memory: ~20 MB for the three
    languages where the large lists take ~200 MB in every worker."""
    return zipf_frequency(word, language, wordlist="small") < COMMON_WORD_ZIPF


SAME_FACT_SIMILARITY = 0.35
SAME_FACT_SPECIFIC_TERMS = 3


def same_fact(a: frozenset[str], b: frozenset[str], statistics: TermStatistics) -> bool:
    """Whether two sentences state the same fact (whatever their dates say): similar overall, sharing at
    least three specific terms, and, when both give quantities, sharing one ("10%" is not "12%")."""
    shared = a & b
    if sum(statistics.is_specific(term) for term in shared) < SAME_FACT_SPECIFIC_TERMS:
        return False
    numbers_a, numbers_b = {t for t in a if is_number(t)}, {t for t in b if is_number(t)}
    if numbers_a and numbers_b and not numbers_a & numbers_b:
        return False
    return similarity(a, b, statistics) >= SAME_FACT_SIMILARITY


@dataclass(frozen=True)
class IndexedSentence:
    document: int
    start: int
    end: int
    terms: frozenset[str]
    dated: bool

    def stored(self) -> list:
        """As JSON keeps it (facts.models.ArticleReading); terms sorted, so a reading stores the same way."""
        return [self.start, self.end, self.dated, sorted(self.terms)]

    @classmethod
    def from_stored(cls, document: int, stored: list) -> IndexedSentence:
        start, end, dated, terms = stored
        return cls(document, start, end, frozenset(terms), dated)


def stem_candidates(words: Iterable[str], language: str) -> set[str]:
    """Every word `canonical` may ask the vocabulary about for these words: each without the clitics or the
    plural ending it may carry. Asking a stored vocabulary for these alone costs what the text costs, not
    what the corpus does."""
    found: set[str] = set()
    for word in words:
        if language == "he":
            found.update(word[cut:] for cut in (1, 2, 3) if len(word) - cut + 1 > 3)
        elif language == "ar":
            found.update(word[len(p) :] for p in ARABIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3)
        elif len(word) > 4 and word.endswith("s"):
            found.add(word[:-1])
    return found


def read_sentences(
    document: int, text: str, published: str | None, *, language: str, gazetteer, vocabulary: frozenset[str] | set[str]
) -> list[IndexedSentence]:
    """What each sentence of a document is about: its content terms, its dates masked and its actors named as
    the gazetteer knows them; `vocabulary`, the corpus's words, tells a clitic from a word's first letter. The
    costly part of indexing (dates and actors are found in the whole text), which is why readings are stored
    (facts.services.sentences)."""
    from facts.extraction.dates import find_dates
    from facts.extraction.sentences import split_sentences

    dates = find_dates(text, language=language, published=published or None)
    mentions = gazetteer.find(text, language=language)
    sentences = []
    for sentence in split_sentences(text):
        inside = [d for d in dates if sentence.start <= d.start and d.end <= sentence.end]
        terms = content_terms(
            sentence.text,
            language,
            vocabulary=vocabulary,
            masked=[(d.start - sentence.start, d.end - sentence.start) for d in inside],
            actors=[
                (m.start - sentence.start, m.end - sentence.start, m.actor)
                for m in mentions
                if sentence.start <= m.start and m.end <= sentence.end
            ],
        )
        sentences.append(IndexedSentence(document, sentence.start, sentence.end, terms, bool(inside)))
    return sentences
