"""The later-month print-date rule over a month in any shape a Danish title writes one (decision 0061,
"Stop 68: fixes-112"; fixes-111 noticed it): `Mentortimer 12/2026 (05-01-2027)` was refused "no period"
where `Mentortimer december 2026 (05-01-2027)` was read, the rule knowing `december 2026` and `2026-10`
only, and `Mentortimer 2026/12` was read as the year 2026. A month's number beside its year, either way
round and with `/`, `-` or `.`, is a month: its title states December 2026, 2026-12-01 to 2026-12-31, the
print day of January 2027 is the paper's, and its `Uge 49` is 2026-W49 (30 November to 6 December)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_subtotal_lines import csv
from test_week_in_period import refused, run, sheet

from hub.adapters.mapping.stated_period import period_of


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer 12/2026 (05-01-2027)",
        "Mentortimer 2026/12 (05-01-2027)",
        "Mentortimer 12-2026, dato: 5. januar 2027",
        "Mentortimer 12.2026 (05.01.2027)",
        "Mentortimer 2026.12 (2027-01-05)",
        "Mentortimer 2026/12",  # no print day: December, not the year 2026
        "Timer for 12/2026.",  # the sentence's full stop is no part of a day
    ],
)
def test_a_month_by_its_number_is_the_period_and_a_later_day_the_papers(title: str) -> None:
    period = period_of(title)
    assert period is not None and str(period) == "2026-12-01/2026-12-31"


def test_the_weeks_of_a_sheet_of_12_2026_printed_in_january_are_decembers(tmp_path: Path) -> None:
    mapped = run(tmp_path, csv(sheet("Mentortimer 12/2026 (05-01-2027)", ("Uge 49", "3"))))
    assert [e["week"] for e in mapped.record["entries"]] == ["2026-W49"]


def test_an_earlier_day_beside_12_2026_is_two_periods_each_named(tmp_path: Path) -> None:
    """15 November is before the month: which of the two the weeks are in, the title does not say."""
    problem = refused(tmp_path, csv(sheet("Mentortimer 12/2026 (15-11-2026)", ("Uge 49", "3"))))
    assert problem.reason_en.startswith(
        "two periods to read the weeks in: 'Mentortimer 12/2026 (15-11-2026)'"
        " states '12/2026' and '15-11-2026';"
    )


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("uge 9-12/2026", None),  # after a week word, 12 is a week's: as before
        ("Mentortimer 2025/26", "2025"),  # a season's years, no month
        ("Mentortimer 05-12-2026 - 31-12-2026", "2026-12-05/2026-12-31"),  # two days, no month in them
    ],
)
def test_no_month_is_read_out_of_a_week_a_season_or_a_day(title: str, period: str | None) -> None:
    found = period_of(title)
    assert (str(found) if found else None) == period
