"""What is planned takes the first such day or month after publication; the future is told by words that say
so and, in Arabic, by the future prefix on a verb (سـ), recognised by what is left without it being a verb of
the language (wordfreq's frequencies), not by a list of verbs. The generated kinds "planned" and
"said-before-a-plan" (date_expressions.py) cover the expressions; these hold the two borders of the Arabic
reading: nouns that begin with the prefix's letters, and the common words that carry it."""

import datetime as dt

import pytest

from facts.extraction.dates import find_dates
from facts.extraction.dates.vocabulary import a_word_of_its_own

PUBLISHED = dt.date(2024, 3, 10)


def may_in(sentence: str) -> str:
    [mention] = [m for m in find_dates(sentence, language="ar", published=PUBLISHED.isoformat()) if "مايو" in m.text]
    return mention.edtf


@pytest.mark.parametrize(
    "noun",
    ["السياسة", "سيارة", "سنوات", "ستة", "سيطرة", "سيادة", "سيناء", "لا سيما", "سيدة", "سنغافورة", "ستالين"],
)
def test_a_word_that_only_begins_with_the_future_prefix_leaves_the_narration_in_the_past(noun):
    assert may_in(f"تحدث الوزير عن {noun} في مايو.") == "2023-05"


@pytest.mark.parametrize(
    "verb",
    ["سيزور", "سيصل", "ستعقد", "سيلتقي", "ستفتتح", "سيبدأ", "سنعمل", "ستشهد", "سيشارك", "وسيوقع", "فستستضيف"],
)
def test_a_verb_with_the_future_prefix_puts_a_month_after_publication(verb):
    assert may_in(f"{verb} الوفد باكو في مايو.") == "2024-05"


def test_what_a_prefix_leaves_must_be_a_word_at_least_as_common_as_the_whole():
    assert a_word_of_its_own("يزور", "سيزور", "ar")
    assert not a_word_of_its_own("ياسة", "سياسة", "ar")  # what is left of "politics" is no word
    assert not a_word_of_its_own("يما", "سيما", "ar")  # "لا سيما": far commoner whole than cut
