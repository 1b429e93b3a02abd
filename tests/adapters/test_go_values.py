"""A Go program's own text for a length of time and for a day (trial-85): Syddjurs's case system writes
a visit's length as `time.Duration` prints it, `1h30m0s`, and, filling `encoding/csv`'s rows by
`fmt.Sprint`, a day as `time.Time` prints it, `2026-10-19 00:00:00 +0200 CEST`. Before, the hours were
refused "hours written with words that are not read" and the day "not a date"."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def hours(text: str) -> str:
    return TRANSFORMS["hours"].func(text, {})


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("1h30m0s", "1.5"), ("45m0s", "0.75"), ("2h0m0s", "2.0"), ("1h15m0s", "1.25"), ("30m0s", "0.5"),
     ("26h0m0s", "26.0"), ("1h30m", "1.5"), ("5400s", "1.5"), (" 45m0s ", "0.75")],
)  # fmt: skip
def test_a_go_duration_is_read_as_its_hours(written: str, expected: str) -> None:
    assert hours(written) == expected


def test_a_go_duration_without_exact_hours_is_refused_not_rounded() -> None:
    """1 h 20 min is 1.333... hours, as "1:20" is; never rounded."""
    with pytest.raises(TransformError) as info:
        hours("1h20m0s")
    assert info.value.reason_en == (
        "minutes that make no exact decimal hours: '1h20m0s' is 1.3333… hours, and paid hours are never"
        " rounded (write the hours owed with a decimal comma, e.g. 1,3 for 78 minutes or 1,35 for 81 minutes)"
    )


@pytest.mark.parametrize("written", ["500ms", "1.5s", "1h30", "h", "m0s1h"])
def test_parts_of_a_second_or_no_go_order_are_no_go_duration(written: str) -> None:
    """Half a second makes no exact decimal hours, and a text out of Go's order is not Go's: refused."""
    with pytest.raises(TransformError):
        hours(written)


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2026-10-19 00:00:00 +0200 CEST", "2026-10-19"), ("2027-01-17 00:00:00 +0100 CET", "2027-01-17"),
     # the moment in Denmark, as an xs:dateTime with a zone is read: 22:00 UTC is the next day here
     ("2026-10-18 22:00:00 +0000 UTC", "2026-10-19"),
     # time.Now's: parts of a second and the monotonic clock's reading; a zone with no abbreviation
     ("2026-10-19 09:15:02.123456789 +0200 CEST m=+0.000012345", "2026-10-19"),
     ("2026-10-19 00:00:00 -0300 -03", "2026-10-19")],
)  # fmt: skip
def test_a_go_time_is_read_as_its_day_in_denmark(written: str, expected: str) -> None:
    assert day(written) == expected


def test_a_go_time_on_no_real_day_is_refused() -> None:
    with pytest.raises(TransformError, match="not a date|no such"):
        day("2026-02-30 00:00:00 +0100 CET")
