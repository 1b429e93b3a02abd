"""C's asctime, which Perl's `scalar localtime`, Ruby's Time#ctime and Python's time.ctime print, read as
the day written (decision 0060, "Stop 62: trial-80": Herning's Perl case system writes a mentor's approval
so, "Mon Sep 14 09:30:12 2026"). Expected days counted on a calendar."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mon Sep 14 09:30:12 2026", "2026-09-14"),
        ("Mon Nov  2 08:15:00 2026", "2026-11-02"),  # the day padded by a space
        ("Thu Dec 31 23:59:59 2026", "2026-12-31"),  # late in the evening: the day as written
        ("Sun Mar 29 02:30:00 2026", "2026-03-29"),
    ],
)
def test_asctime_is_read_as_the_day_written(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_an_asctime_whose_weekday_is_not_the_days_is_refused() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("Tue Sep 14 09:30:12 2026")
    assert info.value.reason_en == (
        "the weekday does not match the date: 'Tue Sep 14 09:30:12 2026' is a Monday"
    )
    assert info.value.reason_da == (
        "ugedagen passer ikke til datoen: 'Tue Sep 14 09:30:12 2026' er en mandag"
    )


@pytest.mark.parametrize(
    "text", ["Mon Feb 30 09:30:12 2026", "Mon Sep 14 25:30:12 2026", "Mon Sept 14 09:30:12 2026"]
)
def test_no_such_asctime_is_a_date(text: str) -> None:
    with pytest.raises(TransformError):
        parse_date(text)
