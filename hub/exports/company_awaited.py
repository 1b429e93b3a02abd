"""A month's shortfall the company cannot put right yet: hours of days whose week the next month's form
gives (stop 61, company-74), and what each side is told of it (stop 62, company-75).

A week belongs to the month of its Thursday (`evidence.week_in`): the form asks its hours then. The
payment pays days (decision 0009, "Days, not weeks"), so a month whose last days are a Monday to a
Wednesday pays those days from a week on the next month's form: 30 November 2026 is in week 49,
December's. Until December's form is due (December over), November's line lacks that day's share, and
the company, every form sent, read "leveret 12,43 af 12,86 bevilgede timer" and "send the form again".
The lines and the claim keep their rule (the lead claims what has come). The company is not told a
shortfall no larger than those days' share of the grant (`not_awaited`); once the week is over it is
asked for that week instead (`sorted_out`), and the lead's gap says which form it waits for and from
whom (`waiting_said`): the two read one account of the same missing week.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from hub.datewords import day_da, week_text
from hub.exports.awaited_week import AwaitedWeek
from hub.exports.evidence import month_of_week
from hub.exports.facts import iso_week
from hub.exports.gaps import Gap, hours_da, hours_en

if TYPE_CHECKING:
    from hub.exports.payments import PaymentLine

# The line's granted and delivered hours are each rounded to the hundredth, so their difference may
# be off by one hundredth from the share of the days computed here.
_ROUNDING = Decimal("0.01")


def awaited_week(line: PaymentLine, as_of: date) -> AwaitedWeek | None:
    """The line's last days whose week a later month's form gives, when that form is not due by `as_of`
    (its month not over). Only the last week can be: an earlier week's Thursday comes before it."""
    week = iso_week(line.last_day)
    form = month_of_week(week)
    # A week of the line's own month (a running month's last week) is no later form's.
    if form.start <= line.last_day or form.end <= as_of or not line.days_active or not line.participant_id:
        return None
    first = max(line.first_day, date.fromisoformat(week + "-1"))
    share = line.granted_hours * ((line.last_day - first).days + 1) / line.days_active
    hours = share.quantize(_ROUNDING, rounding=ROUND_HALF_UP)
    return AwaitedWeek(line.municipality_code, line.participant_id, week, first, line.last_day, hours)


def sorted_out(items: Iterable[PaymentLine | Gap], as_of: date) -> tuple[list[Gap], list[AwaitedWeek]]:
    """The payments' gaps less each `below_grant` no larger than the share of its placement's lines
    that forms not due by `as_of` give, and the weeks awaited for those left out: what the company is
    asked to send in their place."""
    gaps: list[Gap] = []
    waiting: dict[tuple[str, str], list[AwaitedWeek]] = {}
    for item in items:
        if isinstance(item, Gap):
            gaps.append(item)
        elif (week := awaited_week(item, as_of)) is not None:
            waiting.setdefault((week.municipality_code, week.participant_id), []).append(week)
    told: list[Gap] = []
    asked: list[AwaitedWeek] = []
    for gap in gaps:
        weeks = waiting.get((gap.municipality_code, gap.participant_id), [])
        if _awaited_gap(gap, sum((w.hours for w in weeks), Decimal(0))):
            asked += [w for w in weeks if w not in asked]
        else:
            told.append(gap)
    return told, asked


def not_awaited(items: Iterable[PaymentLine | Gap], as_of: date) -> list[Gap]:
    """The payments' gaps, less each shortfall that forms not due by `as_of` may close (`sorted_out`)."""
    return sorted_out(items, as_of)[0]


def _awaited_gap(gap: Gap, waiting: Decimal) -> bool:
    """Whether a gap is a shortfall the forms not due yet may close."""
    if gap.kind != "below_grant" or gap.hours is None or not waiting:
        return False
    return gap.hours <= waiting + _ROUNDING


def waiting_said(items: Iterable[PaymentLine | Gap], as_of: date, sender: str) -> Iterator[PaymentLine | Gap]:
    """The payments' lines and gaps as they are, but a `below_grant` of a placement whose line waits for
    a week of a form not due by `as_of` says which form and from whom (`sender`, the company).

    The line keeps paying what has come (decision 0009); the lead reads why it is short and that the
    company is asked for that week, as the company's page asks it. A placement's lines come before its
    gaps (`payments.occupied_lines`), so this streams."""
    waiting: dict[tuple[str, str], AwaitedWeek] = {}
    for item in items:
        if not isinstance(item, Gap):
            week = awaited_week(item, as_of)
            if week is not None:
                waiting[(week.municipality_code, week.participant_id)] = week
            yield item
            continue
        awaited = waiting.get((item.municipality_code, item.participant_id))
        if item.kind != "below_grant" or awaited is None:
            yield item
            continue
        en, da = _waiting_words(awaited, sender)
        yield replace(item, reason_en=item.reason_en + en, reason_da=item.reason_da + da, awaiting=awaited)


def _waiting_words(week: AwaitedWeek, sender: str) -> tuple[str, str]:
    """`; 0.43 of the granted hours are for 2026-11-30, in 2026-W49, …` (English, Danish)."""
    one = week.first == week.last
    days_en = week.first.isoformat() if one else f"{week.first.isoformat()}–{week.last.isoformat()}"
    days_da_ = day_da(week.first) if one else f"{day_da(week.first)}–{day_da(week.last)}"
    form = week.form
    return (
        f"; {hours_en(week.hours)} of the granted hours are for {days_en}, in {week.week}, which "
        f"{sender} sends on its form for {form.describe('en')}, due when that month is over: the line "
        "pays them once it comes",
        f"; {hours_da(week.hours)} af de bevilgede timer er for {days_da_}, i {week_text(week.week, 'da')}, "
        f"som {sender} sender på sit skema for {form.describe('da')}, når den måned er omme: linjen "
        "betaler dem, når det kommer",
    )
