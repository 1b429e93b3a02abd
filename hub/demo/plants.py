"""The demo's window, August–October 2026, and the gaps planted in it on purpose, each at least once
(`PLANTS`): which placement shows which, chosen by a fixed rule from the seeded population so that the
same seed always plants them on the same placements (`hub.demo.lifecycle` writes the forms).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from hub.demo.population import CitizenPlan
from hub.exports.gaps import KINDS
from hub.periods import Period, parse_period

MONTHS = tuple(parse_period(m) for m in ("2026-08", "2026-09", "2026-10"))
WHOLE = Period(MONTHS[0].start, MONTHS[-1].end, "quarter")
COMPANY_HOURS = {"falck-hovedstaden"}  # agreements whose company logs mentor hours on the one form
# Every payment gap the hub can find (gaps.KINDS) but the allotment's, which the demo's grants never
# exceed, and the auditor's missing progress report: taken from gaps.KINDS so a new kind is planted too.
# A week above the grant needs no plant of its own: the hours above the grant are added to one week.
SHOWN_BY = {"week_above_grant": "above_grant"}
PLANTS = (
    *(kind for kind in KINDS if kind != "over_allotment" and kind not in SHOWN_BY),
    "no_progress_report",
)


def last_day(plan: CitizenPlan) -> date:
    """The last day a plan runs: its end form's day, else its planned end."""
    return plan.ended_on or plan.end


def weeks_of(month: Period, first: date, last: date) -> list[str]:
    """The ISO weeks whose Thursday lies in `month` and that touch `first..last`."""
    weeks, monday = [], month.start - timedelta(days=month.start.weekday())
    while monday <= month.end:
        thursday = monday + timedelta(days=3)
        if month.start <= thursday <= month.end and monday <= last and first <= monday + timedelta(days=6):
            year, week, _ = monday.isocalendar()
            weeks.append(f"{year}-W{week:02d}")
        monday += timedelta(days=7)
    return weeks


def _ends_early_in(plan: CitizenPlan, window: Period) -> bool:
    """Ended in the window at least two weeks before its planned end (room for a week after the end)."""
    return (
        plan.ended_on is not None
        and window.start <= plan.ended_on
        and plan.ended_on + timedelta(days=14) <= min(plan.end, window.end)
    )


def _runs(plan: CitizenPlan, month: Period) -> bool:
    return bool(weeks_of(month, plan.start, last_day(plan)))


def _company(plan: CitizenPlan) -> bool:
    return plan.agreement_id in COMPANY_HOURS


def _own_and_paid(plan: CitizenPlan) -> bool:
    return plan.agreement_id in ("falck-randers", "brfkredit")


# Which plan can show which gap (`grants`: the municipalities that grant on a form of their own).
CRITERIA: dict[str, Callable[[CitizenPlan, set[str]], bool]] = {
    "below_grant": lambda p, grants: _company(p) and _runs(p, MONTHS[1]),
    "above_grant": lambda p, grants: _company(p) and _runs(p, MONTHS[0]),
    "no_timesheet": lambda p, grants: _company(p) and all(_runs(p, m) for m in MONTHS),
    "after_end": lambda p, grants: _own_and_paid(p) and _ends_early_in(p, WHOLE),
    "unsigned": lambda p, grants: _own_and_paid(p) and _runs(p, MONTHS[1]),
    "no_grant": lambda p, grants: p.municipality in grants and _runs(p, MONTHS[0]),
    "grant_after_start": lambda p, grants: p.municipality in grants and _runs(p, MONTHS[0]),
    "no_progress_report": lambda p, grants: all(_runs(p, m) for m in MONTHS),
}


class Planter:
    """Chooses, for each kind of gap, the first plan (in population order) that can show it, a plan to
    a gap."""

    def __init__(self, plans: list[CitizenPlan], grant_forms: set[str]) -> None:
        self.chosen: dict[str, CitizenPlan] = {}
        taken: set[str] = set()
        for kind in PLANTS:
            plan = next((p for p in plans if p.cpr not in taken and CRITERIA[kind](p, grant_forms)), None)
            if plan is not None:
                self.chosen[kind] = plan
                taken.add(plan.cpr)

    def has(self, kind: str, plan: CitizenPlan) -> bool:
        """Whether `plan` carries the planted gap `kind`."""
        return self.chosen.get(kind) is plan
