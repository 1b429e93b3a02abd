"""A moment as CLDR's date-time patterns write it, a comma between the date and the time, read as the day
written (decision 0060, "Stop 67: trial-106": a node app that lets `toLocaleString("da-DK")` write its
dates, as csv-stringify's `cast.date`, writes "31.3.2027, 14.05.00"). Expected days counted on a
calendar."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("31.3.2027, 14.05.00", "2027-03-31"),  # JavaScript's da-DK: no leading zeros, dots in the time
        ("2.3.2027, 00.00.00", "2027-03-02"),  # a day kept as its local midnight
        ("31/03/2027, 14:05:00", "2027-03-31"),  # en-GB's
        ("31.3.2027, 23.59", "2027-03-31"),
    ],
)
def test_a_moment_with_a_comma_before_its_time_is_its_day(text: str, day: str) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize("text", ["31.3.2027, 24.05.00", "31.3.2027, 14.75.00", "31.3.2027, formiddag"])
def test_a_comma_before_no_time_of_day_is_still_no_date(text: str) -> None:
    with pytest.raises(TransformError):
        parse_date(text)


def test_a_time_after_a_space_alone_reads_as_before() -> None:
    assert parse_date("3. marts 2026 kl. 14.30") == "2026-03-03"
    assert parse_date("03-03-2026 14:30") == "2026-03-03"
