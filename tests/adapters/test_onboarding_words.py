"""Ways of writing values that the onboarding trial (tests/onboarding/) met and the transforms refused or
misread: dates with "den", a time of day or Excel's month abbreviations, hours as hours and minutes.
Expected values worked out by hand: 3 March 2026 is a Tuesday; 1:30 is one and a half hours."""

from __future__ import annotations

import pytest

from hub.adapters.mapping import textparse
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS


def run(name: str, text: str) -> str:
    return TRANSFORMS[name].func(text, {})


@pytest.mark.parametrize(
    "text",
    [
        "den 3. marts 2026",  # a letter's date without its weekday
        "tirsdag d. 3. marts 2026",  # "d." for "den"
        "03-mar-2026",  # Danish Excel's dd-mmm-yyyy, saved to CSV as shown
        "3-mar-26",  # Excel's built-in d-mmm-yy
        "03.mar.2026",
        "2026-03-03 00:00:00",  # a case system's date-time column
        "03-03-2026 14:30",
        "3. marts 2026 kl. 14.30",
    ],
)
def test_date_written_as_case_systems_and_spreadsheets_print_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textparse, "today", lambda: textparse.date(2026, 12, 3))
    assert run("date", text) == "2026-03-03"


@pytest.mark.parametrize("text", ["03-03-2026 25:00", "03-03-2026 14:61", "mandag d. 3. marts 2026"])
def test_date_with_an_impossible_time_or_wrong_weekday_is_refused(text: str) -> None:
    with pytest.raises(TransformError):
        run("date", text)


def test_a_two_digit_year_with_a_month_name_follows_the_two_digit_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(textparse, "today", lambda: textparse.date(2026, 12, 3))
    with pytest.raises(TransformError, match="four digits"):
        run("date", "3-mar-99")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1:30", "1.5"), ("0:45", "0.75"), ("01:30:00", "1.5"), ("3:00", "3.0"), ("0:06", "0.1")]
    + [("25:30", "25.5")],
)
def test_hours_as_hours_and_minutes(text: str, expected: str) -> None:
    assert run("hours", text) == expected


@pytest.mark.parametrize("text", ["1:20", "0:10"])
def test_hours_and_minutes_with_no_exact_decimal_are_refused_not_rounded(text: str) -> None:
    with pytest.raises(TransformError, match="no exact decimal"):
        run("hours", text)


@pytest.mark.parametrize("text", ["1:60", "1:5", "1:30:15"])
def test_hours_with_a_malformed_clock_are_refused(text: str) -> None:
    with pytest.raises(TransformError):
        run("hours", text)
