"""A claim's public shape, defined once.

REST's documented serializers, the records the database builds (facts.selectors.claims_as_records), the
GraphQL types, the embed and the exports all take from here which fields a claim and its related values
show, in which order, and how a date, a precision, an open bound and a text in the reader's language are
written. Adding a field to the public shape means adding it here (and to the model and the committed
schemas): the serializer's fields, the SQL that builds records and the GraphQL type's fields follow.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from core.edtf import DatePrecision, edtf_display
from core.models import Language
from facts.models import OPEN_END, OPEN_START

LANGUAGES: tuple[str, ...] = tuple(Language.values)
# For a reader's choice: English, the default, first.
READER_LANGUAGES: tuple[str, ...] = tuple(sorted(LANGUAGES, key=lambda code: code != Language.ENGLISH))

# --- Fields, in the order every surface shows them -------------------------------------------------------

SOURCE_FIELDS = ("id", "name", "name_native", "kind", "homepage")
ARTICLE_SUMMARY_FIELDS = ("id", "key", "title", "language", "url", "authors", "published", "source")
ACTOR_SUMMARY_FIELDS = ("id", "slug", "name", "name_he", "name_ar", "kind")
ACTOR_FIELDS = (*ACTOR_SUMMARY_FIELDS, "wikidata_id", "description")
TOPIC_FIELDS = ("id", "slug", "name", "name_he", "name_ar", "description")
CITATION_FIELDS = (
    "id",
    "claim",
    "quote",
    "start",
    "end",
    "prefix",
    "suffix",
    "date_words",
    "language",
    "article",
    "is_orphaned",
)
DATE_FIELDS = ("edtf", "start", "end", "precision", "approximate", "uncertain", "display")
CLAIM_FIELDS = (
    "id",
    "key",
    "summary",
    "summary_he",
    "summary_ar",
    "date",
    "status",
    "confidence",
    "actors",
    "topics",
    "citations",
    "disputes",
    "created_at",
    "updated_at",
)

# A claim record (facts.selectors.claims_as_records): the claim's own columns, its date in parts, and its
# related values as lists under these names (an annotation may not take the name of a model field).
RELATED_LISTS = {
    "actors": "actor_list",
    "topics": "topic_list",
    "citations": "citation_list",
    "disputes": "dispute_ids",
}
DATE_COLUMNS = ("date", "date_start", "date_end", "date_precision", "date_approximate", "date_uncertain")
# The claim's own fields that are shown as they are stored.
CLAIM_PLAIN_FIELDS = tuple(name for name in CLAIM_FIELDS if name not in ("id", "date", *RELATED_LISTS))
CLAIM_COLUMNS = ("id", *DATE_COLUMNS, *CLAIM_PLAIN_FIELDS)


@dataclass(frozen=True)
class RecordShape:
    """Which fields a claim record (facts.selectors.claims_as_records) carries: the claim's own columns and
    those of each related value."""

    claim: tuple[str, ...] = CLAIM_COLUMNS
    actor: tuple[str, ...] = ACTOR_SUMMARY_FIELDS
    topic: tuple[str, ...] = TOPIC_FIELDS
    citation: tuple[str, ...] = CITATION_FIELDS
    article: tuple[str, ...] = ARTICLE_SUMMARY_FIELDS
    source: tuple[str, ...] = SOURCE_FIELDS
    # Actors and topics as their ids only, read from the links alone (`actor` and `topic` unused): the reader
    # names them and puts them in name order from one list for the whole page (embed.presentation.names_by_id).
    linked_by_id: bool = False


FULL_RECORD = RecordShape()
# What a timeline entry shows (the embed and the public page's list; embed.presentation.timeline_item): the
# date, the summaries, its actors and topics (by id: their names are read once for the page, not joined and
# sorted once for each entry), each citation's quote and its source. Bookkeeping columns and a citation's
# context are left out: of a thousand entries' reading they were most of the values the database built and
# Python decoded (bench/embed_bench.py).
TIMELINE_ENTRY = RecordShape(
    claim=("id", *DATE_COLUMNS, "summary", "summary_he", "summary_ar"),
    linked_by_id=True,
    citation=("quote", "language", "article"),
    article=("title", "url", "published", "source"),
    source=("name", "homepage"),
)


# --- Values ---------------------------------------------------------------------------------------------


def precision_name(value: int) -> str:
    """The name a precision has in the APIs and their filters: "day", "month", "year", "open_interval"…"""
    return DatePrecision(value).label.replace(" ", "_")


PRECISION_BY_NAME = {precision_name(precision): precision for precision in DatePrecision}


def open_start(day: dt.date) -> dt.date | None:
    """The first day a date can mean, or None when the interval is open at its start."""
    return None if day == OPEN_START else day


def open_end(day: dt.date) -> dt.date | None:
    """The last day a date can mean, or None when the interval is open at its end."""
    return None if day == OPEN_END else day


def field_in(field: str, language: str) -> str:
    """The column holding `field` in a language: `summary`, `summary_he`, `summary_ar`."""
    return field if language == Language.ENGLISH else f"{field}_{language}"


OTHER_LANGUAGE = {"he": "ar", "ar": "he"}  # the last resort for a name written in neither English nor the reader's


def text_in(row: Mapping[str, Any] | object, field: str, language: str) -> str:
    """`field` in the reader's language (`field_he`, `field_ar`), else the English one; `row` is a record
    or a model object."""
    # A plain dict first: records are, and isinstance against the Mapping ABC costs more than the rest.
    get: Callable = row.get if type(row) is dict or isinstance(row, Mapping) else partial(getattr, row)
    english = get(field)
    if language == Language.ENGLISH:
        # An actor taken from a Hebrew or Arabic text has no English name until a curator writes one.
        return english or get(f"{field}_he", "") or get(f"{field}_ar", "")
    return get(f"{field}_{language}", "") or english or get(f"{field}_{OTHER_LANGUAGE.get(language)}", "")


def iso_datetime(value: dt.datetime) -> str:
    """As DRF writes a datetime: ISO 8601, UTC as Z."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def date_display(edtf: str) -> dict[str, str]:
    return {language: edtf_display(edtf, language) for language in LANGUAGES}


def date_payload(record: Mapping[str, Any]) -> dict[str, Any]:
    """A claim's date: the EDTF value, the days it can mean (null for an open end) and words for it."""
    start, end = open_start(record["date_start"]), open_end(record["date_end"])
    return {
        "edtf": record["date"],
        "start": None if start is None else start.isoformat(),
        "end": None if end is None else end.isoformat(),
        "precision": precision_name(record["date_precision"]),
        "approximate": record["date_approximate"],
        "uncertain": record["date_uncertain"],
        "display": date_display(record["date"]),
    }


# How each public field of a claim is made from a record: related lists under their record names; the date,
# and times as text, computed; the rest as they are.
CLAIM_FIELD_VALUES: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "date": date_payload,
    "created_at": lambda record: iso_datetime(record["created_at"]),
    "updated_at": lambda record: iso_datetime(record["updated_at"]),
    **{name: operator.itemgetter(key) for name, key in RELATED_LISTS.items()},
}


def claim_payload(record: Mapping[str, Any]) -> dict[str, Any]:
    """A claim as REST shows it, from a record of `claims_as_records`."""
    return {
        name: value(record) if (value := CLAIM_FIELD_VALUES.get(name)) is not None else record[name]
        for name in CLAIM_FIELDS
    }
