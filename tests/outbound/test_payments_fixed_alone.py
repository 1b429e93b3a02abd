"""A fixed-per-place placement's month on the dashboards: its own line, as the payment run's `fixed_lines`
gives it for the placement alone on one place, without the lines of the empty place around it
(decision 0030, stop 50 (2)).

Gentofte's terms at BRFkredit: 6.25 hours a week a place at 275 kr. an hour.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from typing import Any

import pytest

from hub.exports import payments
from hub.exports.facts import PlacementFacts, Timesheet
from hub.exports.gaps import Gap
from hub.exports.payments import PaymentLine, Terms, fixed_alone, fixed_lines
from hub.periods import parse_period
from hub.services.dashboard_months import month_rows

BRF = Terms("fixed_per_place", D("275.00"), D("6.25"), places=3)


def placement(pid: str, start: date, end: date, *sheets: Timesheet) -> PlacementFacts:
    return PlacementFacts(
        pid, "157", f"Navn {pid}", "1900000201", "BRFkredit Lyngby", start, end, timesheets=sheets
    )


def sheet(*weeks: tuple[int, str], signed: bool = True) -> Timesheet:
    return Timesheet(tuple((f"2026-W{w:02d}", D(h)) for w, h in weeks), "Mads" if signed else None)


PLACEMENTS = [
    # starts and ends inside months, a signed and an unsigned timesheet, weeks after the end
    placement(
        "P-B",
        date(2026, 8, 10),
        date(2026, 11, 8),
        sheet((33, "6"), (34, "6")),
        sheet((35, "4"), signed=False),
    ),
    placement("P-C", date(2026, 9, 1), date(2026, 9, 30), sheet((36, "5"), (45, "3"))),
    placement("P-D", date(2026, 7, 20), date(2026, 8, 31)),  # no timesheet at all
]
PERIODS = ["2026-07", "2026-08", "2026-09", "2026-11", "2026-12", "2026-Q3", "2026-H2"]


@pytest.mark.parametrize("facts", PLACEMENTS, ids=lambda f: f.participant_id)
@pytest.mark.parametrize("period", PERIODS)
@pytest.mark.parametrize("places", [0, 1, 3])
def test_the_placements_own_line_and_gaps_are_those_of_fixed_lines_alone_on_one_place(
    facts: PlacementFacts, period: str, places: int
) -> None:
    # The dashboards put the placement alone on one place whatever the municipality's places (its cap is
    # the claim's to apply): `fixed_lines` with that one place, its occupant's lines and all its gaps.
    asked = parse_period(period)
    items = list(fixed_lines("157", [facts], asked, replace(BRF, places=1), ("", "")))
    own = [i for i in items if isinstance(i, PaymentLine) and i.participant_id == facts.participant_id]
    lines, gaps = fixed_alone(facts, asked, replace(BRF, places=places))
    assert lines == own
    assert gaps == [i for i in items if isinstance(i, Gap)]


def test_a_months_row_builds_the_placements_line_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # P-B runs 10 August–8 November: four months, one line each. The empty place's 1–9 August and
    # 9–30 November are no month's row (they were two more lines built and thrown away).
    made: list[tuple[str | None, date, date]] = []
    line = payments._Seat.line

    def counted(seat: Any, span: tuple[date, date], *args: Any, **kwargs: Any) -> PaymentLine:
        made.append((seat.facts.participant_id if seat.facts else None, *span))
        return line(seat, span, *args, **kwargs)

    monkeypatch.setattr(payments._Seat, "line", counted)
    rows = month_rows(PLACEMENTS[0], "brfkredit", BRF, None)
    assert made == [
        ("P-B", date(2026, 8, 10), date(2026, 8, 31)),
        ("P-B", date(2026, 9, 1), date(2026, 9, 30)),
        ("P-B", date(2026, 10, 1), date(2026, 10, 31)),
        ("P-B", date(2026, 11, 1), date(2026, 11, 8)),
    ]
    # Each month pays its days of the place: 6.25 × 22/7 = 19.64 h → 5401.00; × 30/7 = 26.79 → 7367.25;
    # × 31/7 = 27.68 → 7612.00; × 8/7 = 7.14 → 1963.50. Delivered: the signed weeks 33 and 34, in August.
    assert [(r["month"].month, r["active_days"], r["claimable_hours"], r["amount_dkk"]) for r in rows] == [
        (8, 22, D("19.64"), D("5401.00")),
        (9, 30, D("26.79"), D("7367.25")),
        (10, 31, D("27.68"), D("7612.00")),
        (11, 8, D("7.14"), D("1963.50")),
    ]
    assert [r["delivered_hours"] for r in rows] == [D("12.00"), D("0.00"), D("0.00"), D("0.00")]
