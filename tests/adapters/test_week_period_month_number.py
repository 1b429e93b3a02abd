"""A period stated as a month's number and its year (`Mentortimer 12/2025`; decision 0068, "Stop 67:
review-107"). `week_period` read only the 2025 of it, as a year alone, so a December sheet's `Uge 1` was
the week-year's own week 1, 2025-W01 (30 December 2024 to 5 January 2025): a year early, stored without
a word. December 2025's `Uge 1` is 2026-W01 (29 December 2025 to 4 January 2026), the one week 1 that
overlaps it (ISO 8601's week 1 holds the year's first Thursday, 1 January 2026)."""

from __future__ import annotations

import pytest

from hub.adapters.mapping.stated_period import period_of
from hub.adapters.mapping.week_period import week_within


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Mentortimer 12/2025", "2025-12-01/2025-12-31"),
        ("Periode: 03.2027", "2027-03-01/2027-03-31"),
        ("Mentortimer 12-2026", "2026-12-01/2026-12-31"),
    ],
)
def test_a_months_number_with_its_year_is_that_month(text: str, stated: str) -> None:
    period = period_of(text)
    assert period is not None and str(period) == stated


def test_a_december_sheets_week_1_is_the_next_years() -> None:
    period = period_of("Mentortimer 12/2025")
    assert period is not None
    assert week_within("Uge 1", str(period)) == "2026-W01"
    assert week_within("Uge 49", str(period)) == "2025-W49"
