"""Errors every layer may raise and every surface knows how to answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class FilterError(Exception):
    """Invalid filter values, with one list of messages per parameter: a 400 on every surface."""

    def __init__(self, errors: Mapping[str, Iterable[object]]) -> None:
        self.errors = {field: [str(m) for m in messages] for field, messages in errors.items()}
        super().__init__("; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in self.errors.items()))
