"""Which sentence of a news item tells the event a headline (or an undated lead) reports, by the words they
share: "Armenia recalls envoy to Israel" is told by "The Armenian Foreign Ministry announced the recall on
Thursday", not by the first sentence that happens to hold a date. Words are compared as a reader compares
them across inflection: English and Arabic by their Snowball stems, Hebrew and Arabic also without their
one-letter prefixes and the article (ו, ה, ב, ל, מ, ש, כ; و, ف, ب, ل, ك, ال). Each shared word counts by how
rare it is among the sentences compared, so the names every sentence repeats (Israel, Azerbaijan) decide little.

The day found is refined by a more precise one the same passage gives within it ("in two weeks … prepared for
May 30-31"). Pure: no ORM."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache

import snowballstemmer

from core.edtf import edtf_parse
from facts.extraction.dates import Anchor, DateMention
from facts.extraction.normalise import fold_word
from facts.extraction.sentences import Sentence

WORD = re.compile(r"[^\W\d_][\w'’\"״׳-]*")
HEBREW_PREFIXES = "והבלמשכ"
ARABIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "س")
MIN_BASE = 3
STORY_SENTENCES = 6  # the body sentences a headline's event is looked for in
MIN_SHARED = 2  # words in common
MIN_SCORE = 0.6  # more than two words that half the sentences share
EVENT_BEFORE_DAYS = 14  # a news item's event: from two weeks before publication …
EVENT_AFTER_DAYS = 90  # … to a planned event within three months
# A wire dateline's day ("BAKU, Dec. 15 (Reuters) —") is the report's, not the event's.
DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{2,40}\)\s*)?[—–-]\s")
# What an event's date is not: a status held since, a named period, a year counted back.
NOT_AN_EVENT = frozenset({"since", "named-period", "anniversary", "year", "decade", "century"})
# Words that tell nothing of the event: function words of the three languages, and the reporting verbs.
STOPWORDS = frozenset(
    fold_word(word).casefold()
    for word in (  # noqa: SIM905 - three languages' words, read as prose
        "the a an of in on at to for from with by and or but as is are was were has have had be been will would "
        "that this these those its their his her they he she it who which said says told after before over about "
        "את של על עם אל כי גם לא זה זו הוא היא הם הן אשר כך כן אך רק עוד יותר בין אמר אמרה אמרו לפי "
        "في من على إلى الى عن مع أن ان إن التي الذي الذين هذا هذه ذلك تلك كما بعد قبل قال قالت حيث بين أو او"
    ).split()
)


def words_of(text: str, language: str) -> list[frozenset[str]]:
    """The text's content words, each as the set of forms it may be compared by."""
    found = []
    for raw in WORD.findall(fold_word(text).casefold()):
        word = raw.strip("'’\"״׳-")
        if len(word) >= MIN_BASE and word not in STOPWORDS and (forms := bases(word, language)):
            found.append(forms)
    return found


def told_words(heading: list[frozenset[str]], sentence: frozenset[str]) -> list[int]:
    """Which of the heading's words the sentence (the union of its words' forms) holds."""
    return [index for index, forms in enumerate(heading) if forms & sentence]


STEMMERS = {"en": snowballstemmer.stemmer("english"), "ar": snowballstemmer.stemmer("arabic")}


@lru_cache(maxsize=8192)
def bases(word: str, language: str) -> frozenset[str]:
    """The forms a word is compared by: Snowball's stem in English; in Arabic, the stems of the word without
    each of its prefixes (Snowball's Arabic stemmer leaves "وال" combinations); in Hebrew, for which Snowball
    has no stemmer, the word without each of its one-letter prefixes."""
    if language == "en":
        return frozenset({STEMMERS["en"].stemWord(word)}) if len(word) > MIN_BASE else frozenset()
    found = {word}
    if language == "he":
        stripped = word
        while len(stripped) > MIN_BASE + 1 and stripped[0] in HEBREW_PREFIXES:
            stripped = stripped[1:]
            found.add(stripped)
    else:
        frontier = {word}
        for _ in range(2):
            frontier = {w[len(p) :] for w in frontier for p in ARABIC_PREFIXES if w.startswith(p)}
            frontier = {w for w in frontier if len(w) >= MIN_BASE}
            found |= frontier
        found = {STEMMERS["ar"].stemWord(variant) for variant in found} | found
    return frozenset(b for b in found if len(b) >= MIN_BASE and b not in STOPWORDS)


def near_the_news(date: DateMention, anchor: Anchor) -> bool:
    """A date that can be a news item's event: a day or a short span around publication."""
    if date.kind in NOT_AN_EVENT:
        return False
    parsed = edtf_parse(date.edtf)
    if parsed.start is None or parsed.end is None or (parsed.end - parsed.start).days > 31:
        return False
    day = anchor.day
    earliest, latest = day - dt.timedelta(days=EVENT_BEFORE_DAYS), day + dt.timedelta(days=EVENT_AFTER_DAYS)
    return parsed.end >= earliest and parsed.start <= latest


def story_date(
    told: str,
    sentences: Sequence[Sentence],
    dates: Sequence[DateMention],
    anchor: Anchor,
    language: str,
    names: Sequence[str] = (),
) -> DateMention | None:
    """The date of the sentence among `sentences` (the body's first few) that shares the most words with
    `told`, among those dating an event near publication; refined by a more precise date within it in the same
    or the next sentence of its paragraph. None when no dated sentence shares enough words, or shares only
    `names` (the actors' names, which every sentence of such a text repeats)."""
    candidates = list(sentences[:STORY_SENTENCES])
    forms = [frozenset().union(*words_of(s.text, language)) for s in candidates]
    heading = words_of(told, language)
    name_forms = frozenset().union(*(form for name in names for form in words_of(name, language)))
    named = {index for index, forms_of_word in enumerate(heading) if forms_of_word & name_forms}
    shared = [told_words(heading, sentence_forms) for sentence_forms in forms]
    frequency = [sum(index in words for words in shared) for index in range(len(heading))]
    best: tuple[float, int] | None = None

    def told_in(sentence: Sentence) -> list[DateMention]:
        return [
            d
            for d in dates
            if sentence.start <= d.start < sentence.end
            and near_the_news(d, anchor)
            and not DATELINE_AFTER.match(sentence.text, d.end - sentence.start)
        ]

    for index, sentence in enumerate(candidates):
        dated = told_in(sentence)
        if not dated:
            continue
        if len(shared[index]) < MIN_SHARED or not set(shared[index]) - named:
            continue  # one word in common is chance ("cooperation"); names alone are every sentence's
        score = sum(1.0 / frequency[word] for word in shared[index])
        if score >= MIN_SCORE and (best is None or score > best[0]):
            best = (score, index)
    if best is None:
        return None
    index = best[1]
    sentence = candidates[index]
    return refined(told_in(sentence)[0], candidates, index, dates, anchor)


def refined(
    chosen: DateMention, sentences: Sequence[Sentence], index: int, dates: Sequence[DateMention], anchor: Anchor
) -> DateMention:
    """A more precise date within the chosen one, in the same sentence or the next of its paragraph."""
    outer = edtf_parse(chosen.edtf)
    passage = [sentences[index]]
    if index + 1 < len(sentences) and sentences[index + 1].paragraph == sentences[index].paragraph:
        passage.append(sentences[index + 1])
    best = chosen
    for sentence in passage:
        for date in dates:
            if not (sentence.start <= date.start < sentence.end) or date is chosen or not near_the_news(date, anchor):
                continue
            inner = edtf_parse(date.edtf)
            if inner.start is None or inner.end is None or outer.start is None or outer.end is None:
                continue
            if outer.start <= inner.start and inner.end <= outer.end and days(inner) < days(edtf_parse(best.edtf)):
                best = date
    return best


def days(parsed) -> int:
    return (parsed.end - parsed.start).days if parsed.start and parsed.end else 10**6
