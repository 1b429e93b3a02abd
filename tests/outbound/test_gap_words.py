"""A gap's Danish reason writes a week as Danish readers do, with its year as an English page writes the
English's code ("uge 34 2026", `datewords.week_text`, stop 60), not as the ISO code "2026-W34"; the
English keeps the code."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.exports.facts import Dated, PlacementFacts, Timesheet
from hub.exports.gaps import hours_gaps
from hub.periods import parse_period


def _ended(end: date, *weeks: tuple[str, str]) -> PlacementFacts:
    sheet = Timesheet(tuple((week, D(hours)) for week, hours in weeks), "Mads")
    return PlacementFacts(
        "P-1", "159", "Navn", "1900000101", "Falck Søborg", date(2026, 6, 1), date(2027, 3, 31),
        timesheets=(sheet,), ended=Dated(end),
    )  # fmt: skip


def test_hours_after_the_end_name_the_week_in_danish_words() -> None:
    # Ended Friday 14 August 2026; week 34 (17–23 August, its Thursday in August) lies wholly after it.
    facts = _ended(date(2026, 8, 14), ("2026-W33", "3"), ("2026-W34", "3"))
    [gap] = [g for g in hours_gaps(facts, parse_period("2026-08")) if g.kind == "after_end"]
    assert gap.reason_da == "3,00 timer skrevet i uge 34 2026, efter praktikken sluttede 14. aug. 2026"
    assert gap.reason_en == "3.00 hours logged in 2026-W34, after the placement ended on 2026-08-14"


def test_a_week_of_the_next_year_says_its_year() -> None:
    # Ended Wednesday 30 December 2026 (week 53 of 2026); week 1 of 2027 (4–10 January) is after it.
    facts = _ended(date(2026, 12, 30), ("2026-W53", "2"), ("2027-W01", "2.5"))
    [gap] = [g for g in hours_gaps(facts, parse_period("2027-01")) if g.kind == "after_end"]
    assert gap.reason_da == "2,50 timer skrevet i uge 1 2027, efter praktikken sluttede 30. dec. 2026"


def test_hours_past_a_thousand_are_grouped_each_languages_way() -> None:
    # An unsigned sheet of 25 weeks (2026-W28, 6–12 July, to W52, 21–27 December: every day inside the
    # half-year) at 40 hours: 1,000 hours, "1.000,00" to a Dane and "1,000.00" in English, as every
    # other number past 999 the hub writes (decision 0062); "1000.00" read as neither.
    weeks = tuple((f"2026-W{n:02}", D(40)) for n in range(28, 53))
    facts = PlacementFacts(
        "P-1", "159", "Navn", "1900000101", "Falck Søborg", date(2026, 6, 1), date(2027, 3, 31),
        timesheets=(Timesheet(weeks, None),),
    )  # fmt: skip
    [gap] = [g for g in hours_gaps(facts, parse_period("2026-H2")) if g.kind == "unsigned"]
    assert gap.reason_en == "timesheet not signed: 1,000.00 hours in the period are not counted as delivered"
    assert gap.reason_da == (
        "timesedlen er ikke underskrevet: 1.000,00 timer i perioden tælles ikke som leveret"
    )
