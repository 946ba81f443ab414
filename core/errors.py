"""Errors every layer may raise and every surface knows how to answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class FilterError(Exception):
    """Invalid filter values, with one list of messages per parameter: a 400 on every surface. `codes`: the
    validation codes per parameter (Django's: "invalid", "period_reversed", …), for a surface that words the
    problem itself (the public page, in the reader's language)."""

    def __init__(
        self, errors: Mapping[str, Iterable[object]], codes: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        self.errors = {field: [str(m) for m in messages] for field, messages in errors.items()}
        self.codes = {field: [str(code) for code in found] for field, found in (codes or {}).items()}
        super().__init__("; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in self.errors.items()))


def filtered(filterset):
    """A FilterSet's queryset, or FilterError with its messages per parameter: the one path from invalid filter
    values to the error every surface answers (REST's 400 body, GraphQL's `extensions.fields`, the exports' and
    the public page's 400)."""
    if not filterset.is_valid():
        codes = {
            field: [error.code or "invalid" for error in errors]
            for field, errors in filterset.form.errors.as_data().items()
        }
        raise FilterError(filterset.errors, codes)
    return filterset.qs


class StaleWrite(Exception):
    """A change made on a version of an object that is no longer current (If-Match, or the admin form's
    version): refused, so that nobody's edit is silently lost. A 412 on the API."""

    def __init__(self, *, current_version: int, changed_by: str | None = None, what: str = "claim") -> None:
        self.current_version = current_version
        self.changed_by = changed_by
        who = f" by {changed_by}" if changed_by else ""
        super().__init__(
            f"The {what} was changed{who} since you read it (it is now at version {current_version}): "
            "read it again and make your change on that."
        )
