"""Dates programs write that were "not a date" (decision 0061, "Stop 65: fixes-93"): UTC's `Z` after a time
written with a space or without seconds (`2026-11-02 08:00Z`), RFC 2822's (a mail's or feed's `Date`, PHP's
`date('r')`: `Mon, 02 Nov 2026 08:00:00 +0100`), and an English day with its ordinal (`2nd November 2026`).
Each moment is its day in Denmark, by fixes-88's rule for an offset; a weekday is checked against the day
as written."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.suggest.values import date_like


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("2026-11-02 08:00Z", "2026-11-02"),
     ("2026-11-02 08:00:00Z", "2026-11-02"),
     ("2026-11-02T08:00Z", "2026-11-02"),  # XML Schema wants the seconds; a program may leave them out
     ("2026-11-02 23:30Z", "2026-11-03"),  # 23:30 UTC in November is 00:30 in Denmark the next day
     ("Mon, 02 Nov 2026 08:00:00 +0100", "2026-11-02"),
     ("Mon, 2 Nov 2026 08:00 +0100", "2026-11-02"),  # RFC 2822 lets the day be one digit, no seconds
     ("02 Nov 2026 08:00:00 GMT", "2026-11-02"),  # no weekday; JavaScript's toUTCString writes GMT
     ("Sun, 01 Nov 2026 23:30:00 +0000", "2026-11-02"),  # the moment's day in Denmark
     ("Fri, 30 Oct 2026 01:30:00 +0200", "2026-10-30"),
     ("2nd November 2026", "2026-11-02"),
     ("1st Nov 2026", "2026-11-01"),
     ("23rd October 2026", "2026-10-23"),
     ("11th November 2026", "2026-11-11"),
     ("November 2nd, 2026", "2026-11-02"),
     ("Monday, November 2nd, 2026", "2026-11-02"),
     ("2. november 2026", "2026-11-02")],  # Danish's ordinal dot, read already
)  # fmt: skip
def test_the_dates_are_read(written: str, expected: str) -> None:
    assert day(written) == expected
    assert date_like(written)  # and `hub adapters suggest` drafts such a column as a date


def test_a_mail_dates_weekday_is_checked_against_its_written_day() -> None:
    with pytest.raises(TransformError) as caught:
        day("Tue, 02 Nov 2026 08:00:00 +0100")
    assert caught.value.reason_en == (
        "the weekday does not match the date: 'Tue, 02 Nov 2026 08:00:00 +0100' is a Monday"
    )


@pytest.mark.parametrize(
    "written",
    ["2th November 2026",  # no ordinal of 2 ends in th
     "21th October 2026",
     "Mon, 02 Nov 2026 08:00:00 +2000",  # no zone is 20 hours off
     "Mon, 02 Nov 2026 08:00:00 CET",  # RFC 2822 names no such zone
     "2026-11-02 08:00ZZ",
     "3rd"],
)  # fmt: skip
def test_what_is_no_such_date_is_still_no_date(written: str) -> None:
    with pytest.raises(TransformError, match="not a date"):
        day(written)
