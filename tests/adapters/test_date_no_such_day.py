"""A date written right whose day its month does not have (`31.11.2026`, `Mon, 31 Nov 2026`) is refused
as "no such day", naming the day and the month, not as "not a date", which sent the sender looking at how
the date was written (decision 0061, "Stop 65: fixes-97"). A day no month has (32), a month past 12 and
a time no day has are refused as before."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS

NOVEMBER_EN = "is 31 November 2026, and November 2026 has 30 days"
NOVEMBER_DA = "er den 31. november 2026, og november 2026 har 30 dage"


def _refused(text: str) -> TransformError:
    with pytest.raises(TransformError) as info:
        TRANSFORMS["date"].func(text, {})
    return info.value


@pytest.mark.parametrize(
    "written",
    [
        "Mon, 31 Nov 2026",
        "Mon, 31 Nov 2026 08:00:00 +0100",  # RFC 2822's, whole: was "not a date" with the way to write one
        "31 Nov 2026 08:00 GMT",
        "31.11.2026",
        "31/11-2026",
        "2026-11-31",
        "2026-11-31T08:00:00",  # XML Schema's date-time: was "not a date" with the way to write one
        "2026-11-31T08:00:00+01:00",
        "2026-11-31 08:00:00 +0100",  # Go's
        "31. november 2026",
    ],
)
def test_the_31st_of_november_is_no_such_day(written: str) -> None:
    refused = _refused(written)
    assert refused.reason_en == f"no such day: {written!r} {NOVEMBER_EN}"
    assert refused.reason_da == f"den dag findes ikke: {written!r} {NOVEMBER_DA}"


def test_the_29th_of_february_in_a_common_year_is_no_such_day() -> None:
    assert _refused("Mon, 29 Feb 2027 08:00:00 +0100").reason_en == (
        "no such day: 'Mon, 29 Feb 2027 08:00:00 +0100' is 29 February 2027, and February 2027 has 28 days"
    )


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("32.11.2026", "not a date: '32.11.2026' (November 2026 has 30 days)"),  # no month has a 32nd
        ("31.13.2026", "not a date: '31.13.2026' (no such day): write the date"),  # no 13th month
        ("00.11.2026", "not a date: '00.11.2026' (no such day): write the date"),
        ("2026-11-30T24:30:00", "not a date: '2026-11-30T24:30:00': write the date"),  # no such time
    ],
)
def test_what_is_no_day_of_a_month_is_refused_as_before(written: str, said: str) -> None:
    assert _refused(written).reason_en.startswith(said)


def test_the_30th_of_november_reads() -> None:
    assert TRANSFORMS["date"].func("Mon, 30 Nov 2026 08:00:00 +0100", {}) == "2026-11-30"
