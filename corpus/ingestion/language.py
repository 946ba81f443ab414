"""The language of a text, offline: lingua (its models ship in the package), among the timeline's languages and
the others a curator is likely to paste by mistake (so that French is not taken for English). One detector for
every way in: intake (the admin, REST, the command line) and `manage.py extract`."""

from __future__ import annotations

from functools import lru_cache

LANGUAGES_READ = ("he", "ar", "en")
SAMPLE_CHARACTERS = 20_000


class LanguageNotRead(Exception):
    """The text is in another language (`name`), or its language could not be told (`name` is None)."""

    def __init__(self, name: str | None) -> None:
        super().__init__(name or "unknown")
        self.name = name


@lru_cache(maxsize=1)
def language_detector():
    from lingua import Language, LanguageDetectorBuilder

    candidates = [
        Language.HEBREW,
        Language.ARABIC,
        Language.ENGLISH,
        Language.FRENCH,
        Language.GERMAN,
        Language.RUSSIAN,
        Language.SPANISH,
        Language.TURKISH,
        Language.AZERBAIJANI,
        Language.PERSIAN,
    ]
    return LanguageDetectorBuilder.from_languages(*candidates).build()


def language_of(text: str) -> str:
    """ "he", "ar" or "en"; LanguageNotRead when it is another one or cannot be told."""
    detected = language_detector().detect_language_of(text[:SAMPLE_CHARACTERS])
    if detected is None:
        raise LanguageNotRead(None)
    code = detected.iso_code_639_1.name.lower()
    if code not in LANGUAGES_READ:
        raise LanguageNotRead(detected.name.title())
    return code
