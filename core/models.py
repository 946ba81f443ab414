"""Pieces shared by the corpus and facts apps (no tables of its own)."""

from django.core.exceptions import ValidationError
from django.db import models

from core.edtf import InvalidEdtf, edtf_parse


class Language(models.TextChoices):
    HEBREW = "he", "Hebrew"
    ARABIC = "ar", "Arabic"
    ENGLISH = "en", "English"


RIGHT_TO_LEFT = {Language.HEBREW, Language.ARABIC}


def text_direction(language: str) -> str:
    return "rtl" if language in RIGHT_TO_LEFT else "ltr"


def edtf_bounds_or_error(value: str, field: str) -> dict:
    """Parse an EDTF field for a model; a bad value becomes a ValidationError on that field."""
    try:
        parsed = edtf_parse(value)
    except InvalidEdtf as error:
        raise ValidationError({field: str(error)}, code="invalid_edtf") from None
    return {"value": parsed.value, "start": parsed.start, "end": parsed.end, "parsed": parsed}
