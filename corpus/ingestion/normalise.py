"""Basic normalisation of received text into the text that citations point into."""

import unicodedata


def normalise_text(raw_text: str) -> str:
    """Unicode NFC (Hebrew points and Arabic marks in one canonical order) and Unix line endings."""
    text = raw_text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)
