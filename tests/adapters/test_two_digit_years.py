"""Two-digit years in Danish dates (decision 0060, "Two-digit years"): 20YY from 2000 to ten years after
the current year, wherever the day is marked as the day; the rest refused with both readings named.
By hand: 3 March 2026 is a Tuesday; today is fixed at 3 December 2026, so 2036 is the last 20YY."""

from __future__ import annotations

import pytest

from hub.adapters.mapping import textparse
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textparse, "today", lambda: textparse.date(2026, 12, 3))


def run(text: str) -> str:
    return TRANSFORMS["date"].func(text, {})


@pytest.mark.parametrize(
    "text",
    [
        "3. mar. 26",  # the day's ordinal dot, the month abbreviated with its dot
        "3. mar 26",
        "3. marts 26",
        "03.mar.26",
        "tirs. 3. mar. 26",  # with the weekday, which matches
        "03-03-26",
        "3/3-26",
        "3.3.26",
    ],
)
def test_two_digit_year_after_a_marked_day_is_this_century(text: str) -> None:
    assert run(text) == "2026-03-03"


def test_two_digit_year_window_reaches_ten_years_ahead_and_back_to_2000() -> None:
    assert run("31. dec. 36") == "2036-12-31"
    assert run("1. jan. 00") == "2000-01-01"
    with pytest.raises(TransformError, match=r"2000 to 2036 only; .* \(01-01-1937 or 01-01-2037\)"):
        run("1. jan. 37")


def test_two_digit_year_after_an_unmarked_day_stays_refused() -> None:
    # "3 aug 26": no dot after the 3, so nothing says which number is the day.
    with pytest.raises(TransformError, match="not a date: '3 aug 26': write the date as day-month-year"):
        run("3 aug 26")


def test_weekday_is_still_checked_with_a_two_digit_year() -> None:
    with pytest.raises(TransformError, match="the weekday does not match the date"):
        run("man. 3. mar. 26")
