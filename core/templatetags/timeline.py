from django import template

from core.edtf import InvalidEdtf, edtf_display
from core.models import text_direction

register = template.Library()


@register.filter
def edtf_words(value: str, language: str = "en") -> str:
    """{{ claim.date|edtf_words:"he" }} → 'אפריל 1992'."""
    try:
        return edtf_display(value, language)
    except InvalidEdtf:
        return value


@register.filter
def direction(language: str) -> str:
    return text_direction(language)
