"""The gaps between granted and delivered mentor hours that the company is told, for its page and export.

The gaps are the payments' own (`services.payments.municipality_items`, every municipality the payment
run has), so the company reads what the lead and the auditor read; `exports.company_gaps` chooses which
and adds what the company can do. Only the months of the period that are over by `as_of` are looked at:
a month's timesheet is due once it is over, and a month still running has "no timesheet" and "delivered
0 of 12 granted hours" that are no gap yet.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from hub.exports.company_asked import asked_item
from hub.exports.company_awaited import sorted_out
from hub.exports.company_gaps import by_intern, for_company, settled
from hub.exports.company_model import CompanyGap, DueItem, Intern
from hub.exports.facts import PlacementFacts
from hub.models import Agreement
from hub.periods import Period
from hub.services import company
from hub.services.payments import PaymentRun, municipality_items

__all__ = ["company_gaps", "settled"]


def company_gaps(
    session: Session,
    agreement: Agreement,
    period: Period,
    as_of: date,
    today: date,
    asked: list[DueItem] | None = None,
) -> list[CompanyGap]:
    """The company's gaps in the months of `period` over by `as_of`, intern by intern (`by_intern`),
    less a shortfall only a form not due by `today` (unclamped, unlike `as_of`) may close; the weeks of
    a later form whose hours close those left out (`company_awaited.sorted_out`) and that are over by
    `today` are added to `asked` as due items (`company_asked`), for the export and the page to ask for
    in their place. A week still running is not asked: its hours, sent now, would be sent twice."""
    counted = settled(period, as_of)
    if counted is None:
        return []
    interns: dict[tuple[str, str], Intern] = {}

    def seen(facts: PlacementFacts) -> None:
        # The intern as the company's interns' table names them, from the facts the gap was made of.
        interns[(facts.municipality_code, facts.participant_id)] = company.intern(facts, as_of)

    found: list[CompanyGap] = []
    for code in PaymentRun(session, agreement, counted).totals:
        # A shortfall a later form, not due yet, may close is not told (`company_awaited`, stop 61).
        gaps, weeks = sorted_out(municipality_items(session, agreement, code, counted, seen), today)
        for week in weeks:
            # Named as the interns' table names them; the line that waits is of a month it lists them in.
            intern = interns.get((week.municipality_code, week.participant_id))
            if asked is not None and intern is not None and week.over(today):
                asked.append(asked_item(week, intern.name))
        for item in gaps:
            intern = interns.get((item.municipality_code, item.participant_id))
            told = for_company(item, intern) if intern is not None else None
            if told is not None:
                found.append(told)
    return by_intern(found)
