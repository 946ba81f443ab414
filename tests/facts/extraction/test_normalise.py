"""The matching text: folded so that a word's spellings read as one, with offsets that map back to exact slices
of the stored text. Property-based: any text made of letters, marks, digits and punctuation of the three scripts."""

from hypothesis import given, settings
from hypothesis import strategies as st

from facts.extraction.actors import Gazetteer
from facts.extraction.dates import find_dates
from facts.extraction.normalise import DELETED, ON_A_LETTER, SAME_LENGTH, fold, fold_word

ALPHABET = st.sampled_from(sorted(set(SAME_LENGTH) | set(DELETED) | set("abc XYZ 019 .,-'\"אבגדהוש ابتثجحة ىي أمس")))


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=60), st.data())
def test_every_folded_span_maps_back_to_the_stored_text(text, data):
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded.text)))
    end = data.draw(st.integers(start, len(folded.text)))

    stored_start, stored_end = folded.span(start, end)

    assert 0 <= stored_start <= stored_end <= len(text)
    assert fold_word(text[stored_start:stored_end]) == folded.text[start:end]
    # A span ends after the marks written on its last letter, never before one, and takes no direction or
    # zero-width mark along (added 2026-12-07: "أغشتـ" read as a date ended before its tatweel, and the wire
    # dateline after it was not seen)
    if end > start:
        assert stored_end == len(text) or text[stored_end] not in ON_A_LETTER
        assert all(ch in ON_A_LETTER for ch in text[folded.origin[end - 1] + 1 : stored_end])


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=60))
def test_folding_is_idempotent_and_only_deletes_or_replaces_one_for_one(text):
    folded = fold(text)

    assert fold_word(folded.text) == folded.text
    assert len(folded.text) == len(text) - sum(1 for ch in text if ch in DELETED)


SPELLINGS = [
    # (language, as written in a word list, as sites write it, published, EDTF)
    ("ar", "وصل أمس إلى باكو", "وصل امس الى باكو", "2023-03-30", "2023-03-29"),
    ("ar", "في آذار 2023", "في اذار ٢٠٢٣", "2024-01-01", "2023-03"),
    ("ar", "الأسبوع الماضي", "الاسبوع الماضي", "2023-03-30", "2023-03"),
    ("ar", "في السنة الماضية", "في السنه الماضيه", "2023-03-30", "2022"),
    ("ar", "زار باكو أمس", "زار بـاكـو امـس", "2023-03-30", "2023-03-29"),
    ("he", "במרץ 2020", "בְּמַרְץ 2020", "2023-03-30", "2020-03"),
    ("he", "ב־2016", "ב\u200f-2016", "2023-03-30", "2016"),
    ("en", "on 4 April 2023", "on 4\u00a0April\u00a02023", "2023-05-01", "2023-04-04"),
]


def test_a_date_written_as_sites_write_it_is_read_as_written_in_the_word_list():
    for language, canonical, as_written, published, edtf in SPELLINGS:
        for text in (canonical, as_written):
            found = find_dates(f"{text} .", language=language, published=published)
            assert [m.edtf for m in found] == [edtf], (text, found)
            assert all(f"{text} ."[m.start : m.end] == m.text for m in found)


def test_actors_are_found_however_the_site_spells_them_and_quoted_as_stored():
    gazetteer = Gazetteer.from_fixture()
    text = "وصل وزير خارجية اذربيجان الى اسرائيل، ثم عاد إلى أذربيـجان"

    found = gazetteer.find(text, language="ar")

    assert [m.actor for m in found] == ["Azerbaijan", "Israel", "Azerbaijan"]
    assert all(text[m.start : m.end] == m.text for m in found)
