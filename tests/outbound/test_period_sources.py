"""Which of a placement's records a period rests on (`evidence.period_sources`), for the cases the
bundle's hand-made table (test_bundle_period.py) does not reach: grants before the period, and an end
form after it. September 2026; facts written by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hub.exports.evidence import period_sources
from hub.exports.facts import Dated, Grant, PlacementFacts, Source
from hub.periods import parse_period

SEPTEMBER = parse_period("2026-09")


def source(n: int, kind: str) -> Source:
    return Source(n, 1, kind, f"{n:064x}", f"{kind}-{n}.pdf")


def grant(n: int, start: date, end: date) -> Grant:
    return Grant(start, end, D("3.0"), D("275.00"), date(2026, 4, 1), source=source(n, "mentor_support"))


def facts(end: date, ended: date | None = None, grants: tuple[Grant, ...] = ()) -> PlacementFacts:
    return PlacementFacts(
        participant_id="P-1",
        municipality_code="159",
        name="Ida Jensen",
        p_number="1900000101",
        site_name="Falck Søborg",
        start=date(2026, 5, 4),
        end=end,
        ended=Dated(ended, source(9, "placement_end")) if ended else None,
        grants=grants,
        placement_source=source(1, "placement"),
    )


def ids(found: list[Source]) -> list[int]:
    return [s.record_id for s in found]


def test_the_first_grant_and_those_covering_the_period_not_one_between() -> None:
    # 2: the first grant (May–June), whatever period it ran in; 3: July–August, neither first nor
    # September's; 4: from 1 September.
    grants = (
        grant(3, date(2026, 7, 1), date(2026, 8, 31)),
        grant(2, date(2026, 5, 4), date(2026, 6, 30)),
        grant(4, date(2026, 9, 1), date(2026, 12, 31)),
    )
    assert ids(period_sources(facts(date(2026, 12, 31), grants=grants), SEPTEMBER)) == [1, 2, 4]


def test_an_end_form_after_the_period_is_its_own_unless_it_moves_the_periods_last_day() -> None:
    # Planned to 31 December, ended 20 October: September ran whole either way; October's form.
    assert ids(period_sources(facts(date(2026, 12, 31), date(2026, 10, 20)), SEPTEMBER)) == [1]
    # Planned to 30 September, ended 20 October: still whole September; the form changes nothing in it.
    assert ids(period_sources(facts(date(2026, 9, 30), date(2026, 10, 20)), SEPTEMBER)) == [1]
    # Planned to 15 September, ran to 20 October by its end form: the form says 16–30 September ran.
    assert ids(period_sources(facts(date(2026, 9, 15), date(2026, 10, 20)), SEPTEMBER)) == [1, 9]
    # Ended on 10 September: the period's own end form.
    assert ids(period_sources(facts(date(2026, 12, 31), date(2026, 9, 10)), SEPTEMBER)) == [1, 9]
