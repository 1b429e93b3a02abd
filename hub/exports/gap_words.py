"""The words of a month without its timesheet, in the tense its days call for on the day they are read.

A month's gaps are listed on the payments page and in its exports before the month is over (a caseworker
opens December's payments on 5 December); "although the placement ran 1–31 December" said of days still
to come reads as a timesheet overdue. So the placement's days are said as run (all before today), running
(today among them) or to run (all after it), and a month whose days are not all past has no timesheet
"yet", not one missing "although".
"""

from __future__ import annotations

from datetime import date

from hub.datewords import days_da
from hub.periods import Period


def tense(ran: tuple[date, date], today: date) -> str:
    """How the placement's days of a month are said on `today`: `ran`, `runs` or `to_run`."""
    first, last = ran
    return "ran" if last < today else "runs" if first <= today else "to_run"


def no_timesheet(month: Period, ran: tuple[date, date], today: date) -> tuple[str, str]:
    """`no timesheet for December 2026, although the placement ran 2026-12-01–2026-12-31` (English,
    Danish), its tense by `ran` (the month's days the placement had) against `today`, the first day
    not yet past."""
    first, last = ran
    days_en, days_da_ = f"{first.isoformat()}–{last.isoformat()}", days_da(first, last)
    month_en, month_da = month.describe("en"), month.describe("da")
    said = tense(ran, today)
    if said == "ran":
        return (
            f"no timesheet for {month_en}, although the placement ran {days_en}",
            f"ingen timeseddel for {month_da}, selv om praktikken løb {days_da_}",
        )
    if said == "runs":
        return (
            f"no timesheet for {month_en} yet: the placement runs {days_en}",
            f"ingen timeseddel for {month_da} endnu: praktikken løber {days_da_}",
        )
    return (
        f"no timesheet for {month_en} yet: the placement is to run {days_en}",
        f"ingen timeseddel for {month_da} endnu: praktikken skal løbe {days_da_}",
    )
