"""A title that states its month and the day it was printed (`Mentortimer december 2026 (udskrevet
05-01-2027)`; decision 0068, "Stop 67: review-107", found and left): the print date ended the look, so
the title stated no period, and the refusal said it stated "no month with its year", though it does.
The day after a print or export word is the paper's day and read past (fixes-109): the weeks are read in
December 2026 (`Uge 49` is 2026-W49, Monday 30 November to 6 December; `Uge 53` 2026-W53, 28 December
2026 to 3 January 2027). A month beside a day of its own month not said to be a print date states two
periods: refused naming both (a day of a later month is a print date since fixes-111:
`test_week_period_print_words.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_subtotal_lines import csv
from test_week_in_period import refused, run, sheet

from hub.adapters.mapping.stated_period import period_of


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer december 2026 (udskrevet 05-01-2027)",
        "Mentortimer december 2026, udskrevet den 5.1.2027",
        "Mentor hours Dec. 2026 (printed: 2027-01-05)",
    ],
)
def test_a_print_date_beside_the_month_is_read_past(title: str) -> None:
    period = period_of(title)
    assert period is not None and str(period) == "2026-12-01/2026-12-31"


def test_the_weeks_of_a_printed_december_sheet_are_decembers(tmp_path: Path) -> None:
    title = "Mentortimer december 2026 (udskrevet 05-01-2027)"
    mapped = run(tmp_path, csv(sheet(title, ("Uge 49", "3"), ("Uge 53", "2"))))
    assert [e["week"] for e in mapped.record["entries"]] == ["2026-W49", "2026-W53"]


def test_a_month_beside_another_day_is_refused_as_two_periods_naming_both(tmp_path: Path) -> None:
    problem = refused(tmp_path, csv(sheet("Mentortimer december 2026 (05-12-2026)", ("Uge 49", "3"))))
    assert (problem.field, problem.locator) == ("entries", "row 1, column 1 (A1)")
    assert problem.reason_en.startswith(
        "two periods to read the weeks in: 'Mentortimer december 2026 (05-12-2026)' states"
        " 'december 2026' and '05-12-2026'; write one period"
    )
    assert problem.reason_da.startswith(
        "to perioder at læse ugerne i: 'Mentortimer december 2026 (05-12-2026)' angiver"
        " 'december 2026' og '05-12-2026'; skriv én periode"
    )
    assert "no month with its year" not in problem.reason_en
