"""The exports as third-party readers read them: the CSV with pandas and the csv module (a byte-order mark,
every cell quoted), the calendar with two iCalendar parsers (icalendar and vobject: UIDs stable whatever the
host name, an open-ended claim an event on its first day with its span in the description)."""

import csv
import io

import icalendar
import pandas
import pytest
import vobject

from facts.models import Claim
from tests.factories import ArticleFactory, CitationFactory

pytestmark = pytest.mark.django_db
CSV = "/api/v1/exports/timeline.csv"
ICS = "/api/v1/exports/timeline.ics"


def test_the_csv_opens_right_in_a_spreadsheet_reader_with_hebrew_arabic_and_delimiters(client, curated_timeline):
    CitationFactory(
        claim__summary="Talks; then a deal, signed", claim__summary_ar="محادثات؛ ثم اتفاق", claim__date="2020"
    )
    content = client.get(CSV).content

    assert content.startswith("\ufeff".encode())
    frame = pandas.read_csv(io.BytesIO(content), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert frame.columns[0] == "id"  # the mark is not part of the first column's name
    stored = {str(claim.pk): claim for claim in Claim.objects.public()}
    assert set(frame["id"]) == set(stored)
    for row in frame.itertuples():
        assert row.summary_he == stored[row.id].summary_he and row.summary_ar == stored[row.id].summary_ar
    assert "Talks; then a deal, signed" in set(frame["summary"])

    # Every cell quoted, so a reader whose delimiter is ";" (or ",") splits no cell: the file is exactly what
    # writing its own rows back with every cell quoted gives.
    text = content.decode("utf-8-sig")
    rewritten = io.StringIO()
    csv.writer(rewritten, quoting=csv.QUOTE_ALL).writerows(csv.reader(io.StringIO(text)))
    assert rewritten.getvalue() == text


def test_bom_0_leaves_the_mark_out_for_programs(client, curated_timeline):
    content = client.get(CSV, {"bom": "0"}).content

    assert content.startswith(b'"id"')
    assert next(csv.DictReader(io.StringIO(content.decode())))["id"]


def events(body: bytes) -> dict[str, dict]:
    """The calendar's events as two parsers read them, by UID: both must agree."""
    by_icalendar = {
        str(event["UID"]): {
            "start": event.decoded("DTSTART"),
            "end": event.decoded("DTEND"),
            "description": str(event["DESCRIPTION"]),
        }
        for event in icalendar.Calendar.from_ical(body).walk("VEVENT")
    }
    calendar = vobject.readOne(body.decode())
    by_vobject = {
        event.uid.value: {
            "start": event.dtstart.value,
            "end": event.dtend.value,
            "description": event.description.value,
        }
        for event in calendar.vevent_list
    }
    assert by_icalendar == by_vobject
    return by_icalendar


def test_calendar_uids_are_the_same_whatever_host_the_calendar_was_subscribed_under(client, curated_timeline, settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
    one = events(client.get(ICS, HTTP_HOST="localhost").content)
    other = events(client.get(ICS, HTTP_HOST="127.0.0.1").content)

    assert one and set(one) == set(other)
    assert all(uid.endswith(f"@{settings.CALENDAR_UID_DOMAIN}") for uid in one)


def test_an_open_ended_claim_is_an_event_on_its_first_day_with_its_span_described(client):
    import datetime as dt

    article = ArticleFactory(text="Israel and Azerbaijan have had diplomatic relations since 1992.")
    claim = CitationFactory(article=article, quote="since 1992", claim__date="1992/..").claim

    [event] = events(client.get(ICS).content).values()

    assert event["start"] == dt.date(1992, 1, 1) and event["end"] == dt.date(1992, 1, 2)
    assert event["description"].startswith("since 1992 (open-ended")
    assert claim.pk
