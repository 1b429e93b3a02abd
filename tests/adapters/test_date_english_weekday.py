"""A day with its weekday in English before it, as C's strftime writes "%a %d.%m.%Y" or "%A %d.%m.%Y" in
the C locale ("Mon 02.11.2026"): a Perl, C or Python script that formats its days itself and sets no
Danish locale, as Brønderslev's mentor firm's Text::CSV_XS timesheet does (stop 64, trial-86). Read as a
Danish weekday before a day is, and checked against the day the same way. The days counted on a
calendar: 2 November 2026 a Monday (1 January 2026 a Thursday)."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.textparse import TransformError, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Mon 02.11.2026", "2026-11-02"),
        ("Thu 05.11.2026", "2026-11-05"),
        ("Sat 07.11.2026", "2026-11-07"),
        ("Sun 08-11-2026", "2026-11-08"),
        ("Wednesday 18.11.2026", "2026-11-18"),  # "%A"
        ("Fri 1/1-2027", "2027-01-01"),
        ("tue 24.11.2026", "2026-11-24"),  # any case, as the Danish ones
        ("Thu 01.01.2026 14:30", "2026-01-01"),  # "%a %d.%m.%Y %H:%M"
    ],
)
def test_a_day_after_its_weekday_in_english_is_read(text: str, day: str) -> None:
    assert parse_date(text) == day


def test_the_english_weekday_is_checked_against_the_day() -> None:
    with pytest.raises(TransformError) as info:
        parse_date("Tue 02.11.2026")
    assert info.value.reason_en.endswith("'Tue 02.11.2026' is a Monday")
    assert info.value.reason_da.endswith("'Tue 02.11.2026' er en mandag")


@pytest.mark.parametrize("text", ["Mond 02.11.2026", "Tues 03.11.2026", "Mo 02.11.2026"])
def test_other_words_before_a_day_are_still_no_date(text: str) -> None:
    """Only strftime's own words: a word merely like a weekday is not taken for one."""
    with pytest.raises(TransformError, match="not a date"):
        parse_date(text)
