"""A month's shortfall the company cannot put right yet: hours of days whose week the next month's form
gives (stop 61, company-74).

A week belongs to the month of its Thursday (`evidence.week_in`): the form asks its hours then. The
payment pays days (decision 0009, "Days, not weeks"), so a month whose last days are a Monday to a
Wednesday pays those days from a week on the next month's form: 30 November 2026 is in week 49,
December's. Until December's form is due (December over), November's line lacks that day's share, and
the company, every form sent, read "leveret 12,43 af 12,86 bevilgede timer" and "send the form again".
The lines and the claim keep their rule (the lead claims what has come); the company is not told a
shortfall no larger than those days' share of the grant, as no form it can send yet would close it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from hub.exports.evidence import month_of_week
from hub.exports.facts import iso_week
from hub.exports.gaps import Gap

if TYPE_CHECKING:
    from hub.exports.payments import PaymentLine

# The line's granted and delivered hours are each rounded to the hundredth, so their difference may
# be off by one hundredth from the share of the days computed here.
_ROUNDING = Decimal("0.01")


def awaited(line: PaymentLine, as_of: date) -> Decimal:
    """The granted hours of the line's last days that a form not due by `as_of` gives: those of its
    last week, when that week's Thursday is in a month not over. Only the last week can be: an earlier
    week's Thursday comes before it."""
    week = iso_week(line.last_day)
    if month_of_week(week).end <= as_of or not line.days_active:
        return Decimal(0)
    monday = date.fromisoformat(week + "-1")
    days = (line.last_day - max(line.first_day, monday)).days + 1
    return line.granted_hours * days / line.days_active


def not_awaited(items: Iterable[PaymentLine | Gap], as_of: date) -> list[Gap]:
    """The payments' gaps, less each `below_grant` no larger than the share of its placement's lines
    that forms not due by `as_of` give (`awaited`)."""
    gaps: list[Gap] = []
    waiting: dict[tuple[str, str], Decimal] = {}
    for item in items:
        if isinstance(item, Gap):
            gaps.append(item)
        elif item.participant_id is not None:
            key = (item.municipality_code, item.participant_id)
            waiting[key] = waiting.get(key, Decimal(0)) + awaited(item, as_of)
    return [g for g in gaps if not _awaited_gap(g, waiting.get((g.municipality_code, g.participant_id)))]


def _awaited_gap(gap: Gap, waiting: Decimal | None) -> bool:
    """Whether a gap is a shortfall the forms not due yet may close."""
    if gap.kind != "below_grant" or gap.hours is None or not waiting:
        return False
    return gap.hours <= waiting + _ROUNDING
