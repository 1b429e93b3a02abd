"""A month whose last days lie in a week of the next month's form (stop 61, company-74): the company is
not told a shortfall only that form, not due yet, can close (`exports.company_awaited`).

Hand-made: a placement from Monday 7 September 2026, 3 mentor hours a week on the agreement's terms, 3
hours sent signed for every week each month's form asks (`company_due.form_weeks`, a week by its
Thursday). November 2026: 30 days, 30 × 3 / 7 = 12.86 granted; delivered: Sunday 1 November of week 44
(October's form, 3/7 = 0.43) and weeks 45–48 (12), 12.43. Monday 30 November is in week 49, whose
Thursday is 3 December: December's form, due once December is over.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hub.exports.company_awaited import not_awaited
from hub.exports.facts import PlacementFacts, Timesheet
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine, Terms, occupied_lines
from hub.periods import Period, parse_period
from hub.services.company_due import form_weeks

TERMS = Terms("occupied_places", Decimal("275.00"), Decimal("3.0"))
START, END = date(2026, 9, 7), date(2027, 6, 30)


def placement(months: tuple[str, ...], hours: str = "3.0") -> PlacementFacts:
    """The placement with every week of each month's form sent, signed, at `hours` an hour."""
    sheets = tuple(
        Timesheet(tuple((w, Decimal(hours)) for w in form_weeks(parse_period(m), START, END)), "Mads Mentor")
        for m in months
    )
    return PlacementFacts(
        "P-A", "159", "Karen Holm", "1900000101", "Falck Søborg", START, END, timesheets=sheets
    )


def told(facts: PlacementFacts, month: Period, as_of: date) -> list[tuple[str, Decimal | None]]:
    lines, gaps = occupied_lines(facts, month, TERMS)
    items: list[PaymentLine | Gap] = [*lines, *gaps]
    return [(g.kind, g.hours) for g in not_awaited(items, as_of)]


def test_november_is_not_short_of_the_day_decembers_form_gives() -> None:
    facts = placement(("2026-09", "2026-10", "2026-11"))
    november = parse_period("2026-11")
    lines, gaps = occupied_lines(facts, november, TERMS)
    # The payment still pays days: the lead's November line lacks 30 November until week 49 comes.
    assert (lines[0].granted_hours, lines[0].delivered_hours) == (Decimal("12.86"), Decimal("12.43"))
    assert [(g.kind, g.hours) for g in gaps] == [("below_grant", Decimal("0.43"))]
    # The company, every form it could send sent, is told nothing on 5 December.
    assert told(facts, november, date(2026, 12, 5)) == []


def test_a_real_shortfall_in_the_same_month_is_still_told() -> None:
    # 2 hours a week instead of 3: 8 + 2/7 = 8.29 delivered of 12.86, short by 4.57.
    facts = placement(("2026-10", "2026-11"), hours="2.0")
    assert told(facts, parse_period("2026-11"), date(2026, 12, 5)) == [("below_grant", Decimal("4.57"))]


def test_once_decembers_form_is_due_the_missing_day_is_told() -> None:
    # Into January, December's form is due: without week 49, 30 November's share is the company's to send.
    facts = placement(("2026-10", "2026-11"))
    assert told(facts, parse_period("2026-11"), date(2027, 1, 4)) == [("below_grant", Decimal("0.43"))]


def test_across_the_year_week_53_is_decembers_and_march_waits_for_april() -> None:
    # Week 53 of 2026 (28 December–3 January) has its Thursday on 31 December: December's form.
    assert form_weeks(parse_period("2026-12"), START, END)[-1] == "2026-W53"
    assert form_weeks(parse_period("2027-01"), START, END)[0] == "2027-W01"
    facts = placement(("2026-12", "2027-01", "2027-02", "2027-03"))
    # January 2027: 1–3 January are week 53's, on December's form, sent: no gap.
    assert told(facts, parse_period("2027-01"), date(2027, 2, 3)) == []
    # March 2027 ends on a Wednesday: 29–31 March are week 13, whose Thursday is 1 April (April's form).
    # 31 × 3 / 7 = 13.29 granted; delivered weeks 9–12 (Thursdays 4, 11, 18 and 25 March), 12.00; short
    # 1.29, the 3 days of week 13: not told on 2 April.
    assert told(facts, parse_period("2027-03"), date(2027, 4, 2)) == []
