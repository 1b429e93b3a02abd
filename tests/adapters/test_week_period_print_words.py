"""A print, make or export date worded otherwise than fixes-109's few words (decision 0061, "Stop 68:
fixes-111"): `dato: 05-01-2027`, `Printet d. 05.01.2027`, `dannet af Visma 05-01-2027`, `Dannet 5. januar
2027` beside `Mentortimer december 2026` were each refused as a second period. The rule (`print_dates`):
a day beside a word of printing, making or exporting, or a day of a later month than the one month the
text states, is the paper's day and read past. So each title states December 2026, 2026-12-01 to
2026-12-31, and its `Uge 49` is 2026-W49 (Monday 30 November to 6 December 2026)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_subtotal_lines import csv
from test_week_in_period import refused, run, sheet

from hub.adapters.mapping.stated_period import period_of


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer december 2026 dato: 05-01-2027",  # no word of printing: a later month
        "Mentortimer december 2026 (05-01-2027)",
        "Mentortimer december 2026. Printet d. 05.01.2027",
        "Mentortimer december 2026, dannet af Visma 05-01-2027",
        "Mentortimer december 2026 (Dannet 5. januar 2027)",
        "Mentortimer december 2026 (oprettet 03-12-2026)",  # a word of making: its own month too
        "Timer december 2026, trukket 2027-01-05 kl. 08:14",
        "Mentor hours December 2026, exported January 5, 2027",
    ],
)
def test_a_print_date_worded_any_way_is_read_past(title: str) -> None:
    period = period_of(title)
    assert period is not None and str(period) == "2026-12-01/2026-12-31"


def test_the_weeks_of_a_sheet_dated_later_are_decembers(tmp_path: Path) -> None:
    mapped = run(tmp_path, csv(sheet("Mentortimer december 2026 dato: 05-01-2027", ("Uge 49", "3"))))
    assert [e["week"] for e in mapped.record["entries"]] == ["2026-W49"]


@pytest.mark.parametrize(
    "title",
    [
        "Mentortimer december 2026 dato: 15-11-2026",  # an earlier month, no word: which is the period?
        "Mentortimer december 2026 og januar 2027",  # two months, no day
    ],
)
def test_an_earlier_day_or_a_second_month_is_still_two_periods_and_says_the_rule(
    tmp_path: Path, title: str
) -> None:
    problem = refused(tmp_path, csv(sheet(title, ("Uge 49", "3"))))
    assert problem.reason_en.startswith("two periods to read the weeks in:")
    assert problem.reason_en.endswith(
        "write one period (a day beside a word of printing, making or exporting, or of a month after the"
        " period's, is the paper's and not read as one)"
    )
    assert problem.reason_da.endswith(
        "skriv én periode (en dato ved et ord for udskrift, dannelse eller udtræk, eller fra en måned"
        " efter periodens, er papirets og læses ikke som en)"
    )
