"""Named periods: kept by curators (model, admin, fixture), read by extraction."""

import pytest
from django.core.exceptions import ValidationError

from facts.extraction.dates import find_dates
from facts.models import Period
from facts.selectors import extraction_periods
from facts.services.fixtures import FixtureError, periods_load
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db


def test_a_period_needs_a_valid_span_and_names_by_language():
    with pytest.raises(ValidationError, match="slash"):
        Period(slug="war", kind="war", edtf="2020-2021", names={"en": ["the war"]}).full_clean()
    with pytest.raises(ValidationError, match="Unknown language"):
        Period(slug="war", kind="war", edtf="2020/2021", names={"fr": ["la guerre"]}).full_clean()
    with pytest.raises(FixtureError, match="period war"):
        periods_load(entries=[{"slug": "war", "kind": "war", "edtf": "2020-13", "names": {}}])
    assert not Period.objects.exists()


def test_the_fixture_loads_and_extraction_reads_the_periods_curators_keep():
    import json

    entries = json.loads((ROOT / "fixtures" / "periods.json").read_text(encoding="utf-8"))["periods"]
    assert periods_load(entries=entries) == len(entries) == Period.objects.count()
    text = "During the Second Karabakh War, Israeli drones were everywhere."

    [before] = find_dates(text, language="en", published="2026-02-12", periods=extraction_periods())
    period = Period.objects.get(slug="second-karabakh-war")
    period.edtf = "2020-09-27/2020-11-09"  # a curator corrects the end
    period.save()
    [after] = find_dates(text, language="en", published="2026-02-12", periods=extraction_periods())

    assert (before.edtf, before.anchor) == ("2020-09-27/2020-11-10", "period:second-karabakh-war")
    assert after.edtf == "2020-09-27/2020-11-09"


def test_a_period_still_running_ends_at_publication():
    [mention] = find_dates("Oil flowed during the Gaza war.", language="en", published="2024-02-28")

    assert mention.edtf == "2023-10-07/2024-02-28" and mention.anchor == "period:gaza-war"


def test_elections_of_one_year_are_told_apart_by_the_place_named_beside_them():
    azerbaijan = find_dates("In Azerbaijan, after the 2013 elections, criticism sharpened.", language="en")
    unknown = find_dates("After the 2013 elections, criticism sharpened.", language="en")

    assert [(m.edtf, m.anchor) for m in azerbaijan] == [
        ("2013-10-09/..", "period:azerbaijan-presidential-election-2013")
    ]
    # Which elections is not said: no period is chosen; "after" them is from that year on.
    assert [(m.edtf, m.anchor) for m in unknown] == [("2013/..", "")]
