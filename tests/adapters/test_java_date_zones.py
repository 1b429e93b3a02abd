"""A moment as Java's `SimpleDateFormat("yyyy-MM-dd HH:mm:ss.S z")` writes a `java.util.Date`, the zone's
name after it and no offset (stop 73, trial-128): XStream's `DateConverter` writes a Date so, in UTC unless
told, and a case system's midnight in Denmark, `2027-05-02 22:00:00.0 UTC`, was "not a date". A name that
says its offset (UTC's, GMT's, Denmark's CET and CEST) gives the moment, read by the one rule: its day in
Denmark."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2027-05-02 22:00:00.0 UTC", "2027-05-03"),  # XStream's default: Denmark's midnight in summer
     ("2027-01-03 23:00:00.0 UTC", "2027-01-04"),  # and in winter
     ("2027-05-02 21:59:59.999 GMT", "2027-05-02"),  # a millisecond before it
     ("2027-05-03 00:00:00.0 CEST", "2027-05-03"),  # a DateConverter told Denmark's zone
     ("2027-01-04 00:00:00.0 CET", "2027-01-04"),
     ("2027-05-02 22:00:00 UTC", "2027-05-03")],  # no part of a second
)  # fmt: skip
def test_a_java_date_with_its_zones_name_is_its_day_in_denmark(written: str, expected: str) -> None:
    assert day(written) == expected


def test_a_name_that_says_no_offset_is_still_refused() -> None:
    # `IST` is India's, Ireland's or Israel's: no offset unsaid
    with pytest.raises(TransformError, match="not a date"):
        day("2027-05-02 22:00:00.0 IST")
