"""What every admin form shares: inputs written in Hebrew or Arabic run right to left, with their language, so
the full stop lands where the writer means it; inputs that may hold any of the three follow their content."""

from __future__ import annotations

from core.models import text_direction


class WritingDirectionMixin:
    """`field_languages`: a field's language (summary_he: "he"), its input gets dir and lang; `any_language_fields`:
    inputs that take the direction of what is typed in them (dir="auto": a quote, a title)."""

    field_languages: dict[str, str] = {}
    any_language_fields: tuple[str, ...] = ()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)  # type: ignore[misc]
        if field is None:
            return field
        language = self.field_languages.get(db_field.name)
        if language:
            field.widget.attrs.update({"lang": language, "dir": text_direction(language)})
        elif db_field.name in self.any_language_fields:
            field.widget.attrs.update({"dir": "auto"})
        return field


# The suffix convention of the models (summary_he, name_ar): one place that says which language a field holds.
TRANSLATED = {"summary_he": "he", "summary_ar": "ar", "name_he": "he", "name_ar": "ar", "summary": "en", "name": "en"}
