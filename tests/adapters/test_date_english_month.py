"""A day with its month named in English (stop 64, fixes-88): strftime's "%d %b %Y" in the C locale
("02 Oct 2026"), "2 October 2026", and the month first ("Oct 2, 2026", JavaScript's "Fri Oct 02 2026").
`date` read Danish month names (so "02 Nov 2026", the same word in both, was read) but no English one
that Danish spells otherwise, nor the month first. The word is the month, so the order is never in
doubt; a year of two digits is read only where the Danish rule reads it."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def day(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    ("written", "expected"),
    [("02 Oct 2026", "2026-10-02"), ("2 October 2026", "2026-10-02"), ("1 May 2026", "2026-05-01"),
     ("15 March 2026", "2026-03-15"), ("Sept 2, 2026", "2026-09-02"), ("02-Oct-2026", "2026-10-02"),
     ("Oct 2, 2026", "2026-10-02"), ("October 2, 2026", "2026-10-02"), ("Nov 2, 2026", "2026-11-02"),
     ("Nov. 2, 2026", "2026-11-02"), ("May 1 2026", "2026-05-01"), ("January 4, 2027", "2027-01-04"),
     # a weekday first, checked; a time of day after, left out
     ("Friday, October 2, 2026", "2026-10-02"), ("Fri Oct 02 2026", "2026-10-02"),
     ("Oct 2, 2026 14:30", "2026-10-02")],
)  # fmt: skip
def test_an_english_month_is_read(written: str, expected: str) -> None:
    assert day(written) == expected


def test_the_weekday_before_an_english_month_first_is_checked() -> None:
    with pytest.raises(TransformError) as info:
        day("Monday, October 2, 2026")
    assert info.value.reason_en == (
        "the weekday does not match the date: 'Monday, October 2, 2026' is a Friday"
    )


def test_a_day_past_an_english_months_end_says_so() -> None:
    with pytest.raises(TransformError) as info:
        day("Nov 31, 2026")
    assert info.value.reason_en == (
        "no such day: 'Nov 31, 2026' is 31 November 2026, and November 2026 has 30 days"
    )


@pytest.mark.parametrize(
    "written",
    ["Oct 2, 26",  # the month first and two digits: the 26 could be the day
     "2 Oct 26",  # nothing marks the day, as "3 aug 26"
     "Foo 2, 2026", "okt 2, 2026",  # no English month (a Danish one is not written first)
     "Octo 2, 2026"],
)  # fmt: skip
def test_what_is_no_english_month_or_no_sure_year_is_no_date(written: str) -> None:
    with pytest.raises(TransformError, match="not a date"):
        day(written)


def test_digits_only_are_still_read_the_day_first() -> None:
    """No month name says which number is the month: "02/11/2026" is 2 November, as before."""
    assert day("02/11/2026") == "2026-11-02"
