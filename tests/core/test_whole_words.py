"""The context shown around a quote is whole words: a cut at so many characters never shows part of a word or
of a number ("…23 the two ministers" for "2023"), in any script."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from core.display import quote_in_context, whole_words

WORDS = st.lists(
    st.sampled_from(["2023", "15", "במאי", "אזרבייג'ן", "أذربيجان", "٢٠٢٣", "ministers", "Baku,", "met"]),
    min_size=3,
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(words=WORDS, data=st.data())
def test_context_cut_anywhere_shows_only_whole_words(words, data):
    text = " ".join(words)
    word_spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    cut = data.draw(st.integers(0, len(text)))

    before, _ = whole_words(text[cut:], "", cut_before=cut > 0, cut_after=False)
    _, after = whole_words("", text[:cut], cut_before=False, cut_after=cut < len(text))

    starts, ends = {s for s, _ in word_spans}, {e for _, e in word_spans}
    shown_from = len(text) - len(before)
    assert not before.strip() or shown_from in starts or text[shown_from].isspace()
    assert not after.strip() or len(after) in ends or text[len(after) - 1].isspace()
    assert text.endswith(before) and text.startswith(after)


def test_the_admin_s_context_does_not_begin_inside_a_number():
    text = "In 2023 the two ministers met in Baku. " * 10
    start = text.index("met", 200)
    # A context length whose cut falls inside "2023".
    context = next(n for n in range(100, 200) if text[start - n - 1 : start - n + 1] in ("20", "02", "23"))

    shown = quote_in_context(text=text, start=start, end=start + 3, language="en", context_chars=context)

    before = shown.split("<mark>")[0].split("…", 1)[1]
    assert before.startswith(" the two ministers")
