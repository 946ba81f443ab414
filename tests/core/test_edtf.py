import datetime as dt

import pytest

from core.edtf import DatePrecision, InvalidEdtf, edtf_display, edtf_parse

D = dt.date


@pytest.mark.parametrize(
    ("value", "start", "end", "precision", "approximate", "uncertain"),
    [
        ("2025-10-22", D(2025, 10, 22), D(2025, 10, 22), DatePrecision.DAY, False, False),
        ("1992-04", D(1992, 4, 1), D(1992, 4, 30), DatePrecision.MONTH, False, False),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29), DatePrecision.MONTH, False, False),  # leap year
        ("2014", D(2014, 1, 1), D(2014, 12, 31), DatePrecision.YEAR, False, False),
        ("199X", D(1990, 1, 1), D(1999, 12, 31), DatePrecision.DECADE, False, False),
        ("19XX", D(1900, 1, 1), D(1999, 12, 31), DatePrecision.CENTURY, False, False),
        ("2023-01~", D(2023, 1, 1), D(2023, 1, 31), DatePrecision.MONTH, True, False),
        ("2023?", D(2023, 1, 1), D(2023, 12, 31), DatePrecision.YEAR, False, True),
        ("2023%", D(2023, 1, 1), D(2023, 12, 31), DatePrecision.YEAR, True, True),
        ("2025-21", D(2025, 3, 1), D(2025, 5, 31), DatePrecision.SEASON, False, False),
        ("1988/1994", D(1988, 1, 1), D(1994, 12, 31), DatePrecision.RANGE, False, False),
        ("1920/1921", D(1920, 1, 1), D(1921, 12, 31), DatePrecision.RANGE, False, False),
        ("2020~/2025-10", D(2020, 1, 1), D(2025, 10, 31), DatePrecision.RANGE, True, False),
        ("2024/2025-10-22", D(2024, 1, 1), D(2025, 10, 22), DatePrecision.RANGE, False, False),
        ("1992/..", D(1992, 1, 1), None, DatePrecision.OPEN, False, False),
        ("../1992", None, D(1992, 12, 31), DatePrecision.OPEN, False, False),
        ("1992-04/", D(1992, 4, 1), None, DatePrecision.OPEN, False, False),
        ("[1990,1992]", D(1990, 1, 1), D(1992, 12, 31), DatePrecision.RANGE, False, False),
    ],
)
def test_valid_edtf_gets_bounds_and_precision(value, start, end, precision, approximate, uncertain):
    parsed = edtf_parse(value)

    assert (parsed.start, parsed.end) == (start, end)
    assert parsed.precision == precision
    assert (parsed.approximate, parsed.uncertain) == (approximate, uncertain)


@pytest.mark.parametrize(
    ("value", "message_part"),
    [
        ("", "A date is required"),
        ("   ", "A date is required"),
        ("abc", "is not a valid EDTF date"),
        ("1992-04-31", "day exists in that month"),
        ("2023-13", "month is 01–12"),
        ("2020-2021", "written with a slash: 2020/2021"),
        ("1994/1988", "ends (1988-12-31) before it starts (1994-01-01)"),
        ("../..", "at least one known end"),
        ("-0050", "only years 1 to 9999"),
        ("1992 04", "contains spaces"),
        ("April 1992", "contains spaces"),
    ],
)
def test_invalid_edtf_says_what_is_wrong(value, message_part):
    with pytest.raises(InvalidEdtf) as error:
        edtf_parse(value)

    assert message_part in str(error.value)


@pytest.mark.parametrize(
    ("value", "language", "words"),
    [
        ("1992-04", "en", "April 1992"),
        ("1992-04", "he", "אפריל 1992"),
        ("1992-04", "ar", "نيسان/أبريل 1992"),
        ("199X", "en", "the 1990s"),
        ("2023~", "en", "c. 2023"),
        ("2023?", "en", "2023?"),
        ("2025-10-22", "en", "22 October 2025"),
        ("2025-10-22", "he", "22 באוקטובר 2025"),
        ("1992/..", "en", "since 1992"),
        ("1992/..", "he", "מאז 1992"),
        ("1992/..", "ar", "منذ 1992"),
        ("1988/1994", "en", "1988 – 1994"),
        ("2020~/2025-10", "en", "c. 2020 – October 2025"),
    ],
)
def test_display_keeps_the_real_precision(value, language, words):
    assert edtf_display(value, language) == words


def the_edtf_package_reading(value: str):
    from core.edtf import InvalidEdtf, _package_value

    try:
        return _package_value(value)
    except InvalidEdtf:
        return InvalidEdtf


@pytest.mark.parametrize(
    "value",
    [
        "2021",
        "2021-02",
        "2024-02",
        "2021-02-28",
        "2024-02-29",
        "1900-02",
        "0001",
        "9999-12-31",
        "2019/2021",
        "2019-03/2019-05",
        "2019-03-04/2019-03-06",
        "1992/..",
        "../2001-05",
        "2021-06-01/2021-06",
        # Not plain calendar dates, or not valid: the shortcut must leave them to the package.
        "0000",
        "2021-13",
        "2021-00",
        "2021-02-30",
        "2023-02-29",
        "2021-21",
        "2021-02-3",
        "21",
        "2021/2019",
        "../..",
        "2021/",
        "/2021",
        "2021-02-28/2021-02-01",
        # A decade or century (level 1), alone or as an interval's end
        "199X",
        "19XX",
        "000X",
        "00XX",
        "199X/2019-05-03",
        "2019-05-03/199X",
        "1X9X",
        "199X~",
        "19XX?/2001",
        # Qualified as a whole, alone or as an interval's end.
        "2021~",
        "2021-05?",
        "2021-05-03%",
        "2019~/2021-06",
        "2019/2021?",
        "1992~/..",
        "2021~~",
        "2021-~05",
        "2021-02-30~",
    ],
)
def test_plain_calendar_dates_read_as_the_edtf_package_reads_them(value):
    from core.edtf import InvalidEdtf, edtf_parse_uncached

    try:
        ours = edtf_parse_uncached(value)
    except InvalidEdtf:
        ours = InvalidEdtf
    assert ours == the_edtf_package_reading(value)


def test_the_shortcut_takes_most_dates_extraction_writes_and_reads_them_as_the_package_does():
    import json
    from pathlib import Path

    from core.edtf import _plain_calendar_value

    table = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev" / "dates.jsonl"
    if not table.exists():
        pytest.skip("../shared/eval/dev is not beside the project")
    rows = [json.loads(line) for line in table.read_text(encoding="utf-8").splitlines() if line.strip()]
    values = {row["edtf"] for row in rows if row.get("edtf")}
    taken = [value for value in values if _plain_calendar_value(value) is not None]
    assert len(taken) > len(values) / 2
    for value in taken:
        assert _plain_calendar_value(value) == the_edtf_package_reading(value)
