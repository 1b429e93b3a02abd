"""A moment written with its UTC offset and no zone's name (stop 64, fixes-88): PostgreSQL's
`timestamptz` in its ISO style ("2026-10-19 00:00:00+02"), Python's `str(datetime)` ("...+02:00"), a
Go-like "2026-10-19 00:00:00 +0200" and ISO 8601's short offset ("2026-10-19T00:00:00+02") were "not a
date" where Go's "... +0200 CEST" was read. All are read by the one rule: the moment's day in Denmark."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.suggest.values import date_like


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2026-10-19 00:00:00 +0200", "2026-10-19"),
     ("2026-10-19 00:00:00+02", "2026-10-19"),  # PostgreSQL's timestamptz, summer time
     ("2026-11-02 00:00:00+01", "2026-11-02"),  # and winter time
     ("2026-10-19 00:00:00+02:00", "2026-10-19"),  # Python's str(datetime)
     ("2026-10-19T00:00:00+02", "2026-10-19"),
     ("2026-10-19 09:15:02.123456+02", "2026-10-19"),  # parts of a second
     ("2026-10-19 14:30+02", "2026-10-19"),  # no seconds
     # the moment in Denmark: 23:00 UTC on 18 October is 01:00 on the 19th (summer time until 25 October)
     ("2026-10-18 23:00:00+00", "2026-10-19"),
     ("2026-10-18 23:00:00 +0000", "2026-10-19"),
     # 23:30 at -01 on New Year's Eve is 00:30 UTC, 01:30 in Denmark on 1 January
     ("2026-12-31 23:30:00-01", "2027-01-01"),
     # midnight in India (+05:30) is 18:30 UTC, 20:30 in Denmark the day before
     ("2026-10-19 00:00:00+05:30", "2026-10-18")],
)  # fmt: skip
def test_a_moment_with_its_offset_is_its_day_in_denmark(written: str, expected: str) -> None:
    assert day(written) == expected


def test_a_day_with_an_offset_is_what_suggest_takes_for_a_date() -> None:
    assert date_like("2026-10-19 00:00:00+02")


@pytest.mark.parametrize(
    "written",
    ["2026-10-19 00:00:00 +2000",  # no zone is 20 hours off UTC: four digits, not an offset
     "2026-10-19 00:00:00+0260",  # no offset has 60 minutes
     "2026-10-19 00:00:00+02:",
     "2026-10-19 24:30:00+02"],  # no such time
)  # fmt: skip
def test_what_is_no_offset_or_no_moment_is_still_no_date(written: str) -> None:
    with pytest.raises(TransformError, match="not a date"):
        day(written)
