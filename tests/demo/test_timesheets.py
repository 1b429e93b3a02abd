"""A week's hours spread over its days for the per-day timesheets: exact sums, half hours, working days.

The expected days below are worked out by hand from the rule (at most 1.5 hours a day while five days
suffice; visits Monday, Thursday; Monday, Wednesday, Friday; ...; what is below half an hour goes on the
first day).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from hub.demo.timesheets import daily_hours, numbered, spread_week


@pytest.mark.parametrize(
    ("hours", "days"),
    [
        ("3.0", [("2026-08-03", "1.5"), ("2026-08-06", "1.5")]),
        ("2.5", [("2026-08-03", "1.5"), ("2026-08-06", "1.0")]),
        ("1.5", [("2026-08-03", "1.5")]),
        ("0.25", [("2026-08-03", "0.25")]),
        ("0.0", [("2026-08-03", "0.0")]),
        ("4.5", [("2026-08-03", "1.5"), ("2026-08-05", "1.5"), ("2026-08-07", "1.5")]),
        # 12 half hours and a quarter: four days of 1.5, the quarter on Monday
        ("6.25", [("2026-08-03", "1.75"), ("2026-08-04", "1.5"), ("2026-08-06", "1.5"),
                  ("2026-08-07", "1.5")]),
        # more than five days of 1.5: the half hours go round the five days
        ("8.0", [("2026-08-03", "2.0"), ("2026-08-04", "1.5"), ("2026-08-05", "1.5"), ("2026-08-06", "1.5"),
                 ("2026-08-07", "1.5")]),
    ],
)  # fmt: skip
def test_spread_week(hours: str, days: list[tuple[str, str]]) -> None:
    assert spread_week("2026-W32", hours) == days


@pytest.mark.parametrize("week", ["2026-W32", "2026-W53", "2027-W01"])
def test_every_spread_sums_to_its_week_on_its_working_days_in_half_hours(week: str) -> None:
    """Every quarter hour from 0 to 40: the days add up exactly, lie Monday-Friday of that ISO week, and
    all but the first are whole half hours (the first carries what is below half an hour)."""
    for quarters in range(0, 161):
        total = Decimal(quarters) / 4
        days = spread_week(week, str(total))
        assert sum(Decimal(h) for _, h in days) == total
        dates = [date.fromisoformat(d) for d, _ in days]
        assert dates == sorted(set(dates)) and 1 <= len(dates) <= 5
        assert all(f"{d.isocalendar().year}-W{d.isocalendar().week:02d}" == week for d in dates)
        assert all(d.isoweekday() <= 5 for d in dates)
        assert all(Decimal(h) % Decimal("0.5") == 0 for _, h in days[1:])
        assert spread_week(week, str(total)) == days  # the same days every time


def test_daily_hours_keeps_week_order() -> None:
    entries = [{"week": "2026-W33", "hours": "1.0"}, {"week": "2026-W34", "hours": "2.0"}]
    assert daily_hours(entries) == [("2026-08-10", "1.0"), ("2026-08-17", "1.0"), ("2026-08-20", "1.0")]


def test_numbered_rows_and_a_form_too_small() -> None:
    columns = [lambda n: f"Uge{n}", lambda n: f"Timer{n}"]
    assert numbered([("32/2026", "3"), ("33/2026", "2,5")], columns, 8, "test form") == {
        "Uge1": "32/2026", "Timer1": "3", "Uge2": "33/2026", "Timer2": "2,5",
    }  # fmt: skip
    with pytest.raises(ValueError, match="the test form has room for 1 rows, not 2"):
        numbered([("32/2026", "3"), ("33/2026", "2,5")], columns, 1, "test form")
