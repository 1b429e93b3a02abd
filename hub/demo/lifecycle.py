"""August–October 2026 in the life of the demo's placements: grants, weekly mentor hours, progress reports.

Canonical records only; the demo prints them in each municipality's own forms (or, for Falck
Hovedstaden's hours, on the company's one form) and ingests them through the adapters. A month's
timesheet holds the ISO weeks whose Thursday lies in that month, so two months never share a week.
The gaps a real month has are planted on purpose on the placements `hub.demo.plants` chooses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from hub.demo.plan_records import MUNICIPALITY_CODES, site_of
from hub.demo.plants import COMPANY_HOURS, MONTHS, WHOLE, Planter, last_day, weeks_of
from hub.demo.population import CitizenPlan
from hub.periods import Period, parse_period

# July's timesheet too: its last week (27 July-2 August) holds August's first two days, which August's
# payments would otherwise show as granted but never delivered.
SHEET_MONTHS = (parse_period("2026-07"), *MONTHS)
# Hours a mentor gives an intern a week where the agreement grants none of its own (Danfoss).
UNPAID_HOURS = Decimal("2.0")


@dataclass(frozen=True)
class LifeForm:
    """One form of the lifecycle: whose it is, its record, and whether the company sends it."""

    municipality: str  # slug
    record: dict[str, Any]
    month: str  # the month it belongs to ("2026-08"); grants: the month the placement first ran in
    company: str | None = None  # the agreement whose company logs it on the one form


def _half_hours(value: Decimal) -> Decimal:
    return (value * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def _hours(a_week: Decimal, plan: CitizenPlan, week: str) -> Decimal:
    """A week's hours: the grant's, pro rata (in half hours) for the days the placement ran in it."""
    monday = date.fromisoformat(week + "-1")
    days = sum(plan.start <= monday + timedelta(days=i) <= last_day(plan) for i in range(7))
    return a_week if days == 7 else _half_hours(a_week * days / 7)


def _hstr(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text if "." in text else text + ".0"


def _header(plan: CitizenPlan, form_type: str, site: dict[str, Any]) -> dict[str, Any]:
    return {
        "form_type": form_type,
        "schema_version": 1,
        "municipality_code": MUNICIPALITY_CODES[plan.municipality],
        "citizen": {"cpr": plan.cpr},
        "site": {"p_number": site["p_number"]},
    }


def _employer(plan: CitizenPlan) -> str:
    return "jobcentre" if plan.agreement_id == "danfoss" else "company"


def grant(plan: CitizenPlan, agreement: dict[str, Any], late: bool) -> dict[str, Any]:
    """A mentor-support grant for the whole placement at the agreement's terms."""
    payment = agreement["payment"]
    granted_on = plan.start + timedelta(days=10) if late else plan.start - timedelta(days=5)
    return _header(plan, "mentor_support", site_of(plan, agreement)) | {
        "mentor": {"name": plan.mentor, "employer": _employer(plan)},
        "hours_per_week": payment["hours_per_week"],
        "hourly_rate_dkk": payment["hourly_rate_dkk"],
        "period": {"start": plan.start.isoformat(), "end": plan.end.isoformat()},
        "granted_on": granted_on.isoformat(),
    }


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def after_end(plan: CitizenPlan) -> str | None:
    """The planted week logged after the placement ended: the first week wholly after its end day."""
    if plan.ended_on is None:
        return None
    return _week(plan.ended_on + timedelta(days=7 - plan.ended_on.weekday()))


def timesheet(
    plan: CitizenPlan, agreement: dict[str, Any], month: Period, planter: Planter
) -> dict[str, Any] | None:
    """A month's mentor hours, or None when the placement did not run in it (or skipped it on purpose)."""
    if planter.has("no_timesheet", plan) and month == MONTHS[2]:
        return None
    a_week = Decimal(agreement["payment"].get("hours_per_week", UNPAID_HOURS))
    hours = {week: _hours(a_week, plan, week) for week in weeks_of(month, plan.start, last_day(plan))}
    extra = after_end(plan) if planter.has("after_end", plan) else None
    if extra is not None and month.start <= date.fromisoformat(extra + "-4") <= month.end:
        hours[extra] = a_week  # its Thursday is in this month
    if not hours:
        return None
    first = min(hours)
    if planter.has("below_grant", plan) and month == MONTHS[1]:
        hours[first] = Decimal("1.5")
    if planter.has("above_grant", plan) and month == MONTHS[0]:
        hours[first] += Decimal("1.5")
    entries = [{"week": week, "hours": _hstr(hours[week])} for week in sorted(hours)]
    unsigned = planter.has("unsigned", plan) and month == MONTHS[1]
    signed_on = (month.end + timedelta(days=1)).isoformat()
    return _header(plan, "mentor_hours", site_of(plan, agreement)) | {
        "mentor": {"name": plan.mentor},
        "entries": entries,
        "total_hours": _hstr(sum(hours.values(), Decimal(0))),
        "signed_by": None if unsigned else plan.mentor,
        "signed_on": None if unsigned else signed_on,
    }


SCORES = ("attendance", "punctuality", "cooperation", "task_solving", "independence")


def progress_reports(
    plan: CitizenPlan, agreement: dict[str, Any], planter: Planter
) -> Iterator[dict[str, Any]]:
    """A progress report every four weeks from the start, on the Thursday of each fourth week, up to the
    end of October; the planted gap leaves out the second one of August–October."""
    days, day = [], plan.start + timedelta(weeks=4, days=-4)
    while day <= min(last_day(plan), WHOLE.end):
        days.append(day)
        day += timedelta(weeks=4)
    skipped = [d for d in days if d >= WHOLE.start][1:2] if planter.has("no_progress_report", plan) else []
    for n, measured in enumerate(days):
        if measured in skipped:
            continue
        scores = [min(5, score + n // 2) for score in (3, 3, 4, 3, 2)]
        yield _header(plan, "progress_report", site_of(plan, agreement)) | {
            "measured_on": measured.isoformat(),
            "scores": dict(zip(SCORES, scores, strict=True)),
        }


def lifecycle(
    plans: list[CitizenPlan], agreements: dict[str, dict[str, Any]], grant_forms: set[str]
) -> list[LifeForm]:
    """Every lifecycle form of every plan that ran in August–October 2026 (and its July timesheet)."""
    running = [p for p in plans if WHOLE.overlap(p.start, last_day(p)) is not None]
    planter = Planter(running, grant_forms)
    forms: list[LifeForm] = []
    for plan in running:
        agreement = agreements[plan.agreement_id]
        first = next(m for m in MONTHS if m.overlap(plan.start, last_day(plan)))
        if plan.municipality in grant_forms and not planter.has("no_grant", plan):
            record = grant(plan, agreement, planter.has("grant_after_start", plan))
            forms.append(LifeForm(plan.municipality, record, first.label))
        company = plan.agreement_id if plan.agreement_id in COMPANY_HOURS else None
        for month in SHEET_MONTHS:
            sheet = timesheet(plan, agreement, month, planter)
            if sheet is not None:
                forms.append(LifeForm(plan.municipality, sheet, month.label, company))
        for report in progress_reports(plan, agreement, planter):
            forms.append(LifeForm(plan.municipality, report, report["measured_on"][:7]))
    return forms
