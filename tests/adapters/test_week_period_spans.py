"""A span of days in a title is the period its weeks are read in, however its days are written (decision
0060, "Stop 69: fixes-114"; review-110 noticed both and left them):

- the later-month print-date rule (`print_dates`) blanked the second day of a span that ends in the next
  month: `Mentortimer december 2026, 28-12-2026 - 03-01-2027` was refused as two periods, "december
  2026" and "28-12-2026". A paper is printed on one day: neither day of a span is the paper's.
- `period_of` read days in digits only: `December 1, 2025 to December 31, 2025` was the week-year 2025
  (so `Uge 1` was 2025-W01, a week of December 2024), and `1. december 2026 til 15. december 2026` the
  whole of December (its `Uge 52`, 21 to 27 December, taken).

A month stated beside a span that shares no day with it states two periods, as a month beside a day
does. Expected weeks worked out by hand from the ISO calendar: 2026-W53 runs from Monday 28 December
2026 to Sunday 3 January 2027; 2026-W01 from Monday 29 December 2025 to 4 January 2026; 2026-W49 from
30 November to 6 December 2026; 2026-W52 from 21 to 27 December 2026.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_subtotal_lines import csv
from test_week_in_period import refused, run, sheet


def _weeks(tmp_path: Path, title: str, *weeks: str) -> list[str]:
    mapped = run(tmp_path, csv(sheet(title, *((week, "3") for week in weeks))))
    return [entry["week"] for entry in mapped.record["entries"]]


def test_a_span_into_the_next_month_beside_its_month_is_the_period(tmp_path: Path) -> None:
    title = "Mentortimer december 2026, 28-12-2026 - 03-01-2027"
    assert _weeks(tmp_path, title, "Uge 53") == ["2026-W53"]


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer December 1, 2025 to December 31, 2025",
        "Mentortimer 1. december 2025 til 31. december 2025",
        "Mentortimer 28. december 2025 til 3. januar 2026",
    ],
)
def test_a_span_of_days_with_their_months_names_is_the_period(tmp_path: Path, title: str) -> None:
    assert _weeks(tmp_path, title, "Uge 1") == ["2026-W01"]


def test_a_danish_span_within_a_month_is_that_span_not_the_month(tmp_path: Path) -> None:
    title = "Mentortimer 1. december 2026 til 15. december 2026"
    assert _weeks(tmp_path, title, "Uge 49") == ["2026-W49"]
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"), ("Uge 52", "2"))))
    assert (problem.field, problem.reason_en) == (
        "entries[1].week",
        "week 'Uge 52' does not fall in the period the document states, 2026-12-01 to 2026-12-15",
    )


def test_a_month_beside_a_span_sharing_no_day_with_it_is_two_periods(tmp_path: Path) -> None:
    title = "Mentortimer november 2026, 01-12-2026 - 31-12-2026"
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"))))
    assert problem.reason_en.startswith(
        f"two periods to read the weeks in: '{title}' states 'november 2026' and '01-12-2026 - 31-12-2026';"
        " write one period"
    )
    assert problem.reason_da.startswith(f"to perioder at læse ugerne i: '{title}' angiver 'november 2026'")


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer 1.-15. december 2026",
        "Mentortimer 1. - 15. december 2026",
        "Mentortimer 1. til 15. december 2026",
        # fixes-118: the month in digits after the last day, refused "no period"; the English order, read
        # as the week-year 2026 (its `Uge 52` taken)
        "Mentortimer 1.-15.12.2026",
        "Mentortimer December 1-15, 2026",
        "Mentortimer December 1 to 15, 2026",
        # fixes-119: no dot after the first number, `1-15.12` was read as a day in digits (none), refused
        "Mentortimer 1-15.12.2026",
    ],
)
def test_a_half_month_with_its_month_written_once_is_that_span(tmp_path: Path, title: str) -> None:
    """fixes-116: the first day's number alone before the last day's (`1.-15. december 2026`) was read as
    the whole of December, its `Uge 52` (21 to 27 December) taken."""
    assert _weeks(tmp_path, title, "Uge 49") == ["2026-W49"]
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"), ("Uge 52", "2"))))
    assert problem.reason_en == (
        "week 'Uge 52' does not fall in the period the document states, 2026-12-01 to 2026-12-15"
    )


def test_two_periods_name_a_span_as_one_part(tmp_path: Path) -> None:
    """fixes-116: the refusal named the span written with its month once as the month alone."""
    title = "Mentortimer december 2026, 1.-15. november 2026"
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"))))
    assert problem.reason_en.startswith(
        f"two periods to read the weeks in: '{title}' states 'december 2026' and '1.-15. november 2026';"
    )
    assert problem.reason_da.startswith(
        f"to perioder at læse ugerne i: '{title}' angiver 'december 2026' og '1.-15. november 2026';"
    )


def test_a_span_whose_first_number_and_month_read_as_a_day_is_that_span(tmp_path: Path) -> None:
    """fixes-119: `1-12.12.2026` was read as 1 December 2012 (`1-12.12`) to 12 December 2026, fourteen
    years, its `Uge 49` of 2026 taken; it is 1 to 12 December 2026, and `Uge 51` (14 to 20 December) is
    outside it."""
    title = "Mentortimer 1-12.12.2026"
    assert _weeks(tmp_path, title, "Uge 49") == ["2026-W49"]
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"), ("Uge 51", "2"))))
    assert problem.reason_en == (
        "week 'Uge 51' does not fall in the period the document states, 2026-12-01 to 2026-12-12"
    )


def test_a_weeks_number_before_a_day_is_no_span_of_days(tmp_path: Path) -> None:
    """fixes-119 (review-118 noticed it): `uge 1 - 15. december 2026` was read as 1 to 15 December, the
    week's number taken for a day's. Week 1 to 15 December is no period either (which year's week 1?):
    refused, as `49 - 1. december 2026` is."""
    title = "Mentortimer uge 1 - 15. december 2026"
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"))))
    assert problem.reason_en.startswith(f"no period or year to read the weeks in: '{title}'")
