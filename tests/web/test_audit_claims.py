"""The auditor's page gives a placement's claim figures only where they are the claim's lines: one set of
terms for the whole period, paid per occupied place (`hub/web/audit_claims.py`). Terms that change in the
period make the claim's lines stretch by stretch, a price per place makes them place by place: there the
page leaves the figures out rather than show others than the claim's (decision 0062, stop 49)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from hub.exports.payments import Terms
from hub.periods import parse_period
from hub.web import audit_claims

Q3 = parse_period("2026-Q3")
PER_HOUR = Terms("occupied_places", Decimal("275.00"), Decimal("3"))


def _rows() -> Any:
    """One row whose facts would fail if the figures were made from them."""
    return [(SimpleNamespace(id="falck-hovedstaden"), SimpleNamespace(facts=None))]


@pytest.mark.parametrize(
    "spans",
    [
        # The rate changed on 1 August: the claim has a line for each stretch.
        [(date(2026, 7, 1), date(2026, 7, 31), PER_HOUR), (date(2026, 8, 1), date(2026, 9, 30), PER_HOUR)],
        # Taken out of the agreement at the end of August: the claim covers its days as a member.
        [(date(2026, 7, 1), date(2026, 8, 31), PER_HOUR)],
        # A price per place: the claim's lines are places, not placements.
        [(Q3.start, Q3.end, Terms("fixed_per_place", Decimal("9000"), Decimal("0"), places=2))],
        # Nothing paid: no claim.
        [(Q3.start, Q3.end, Terms("none", Decimal("0"), Decimal("0")))],
    ],
)
def test_no_figures_where_the_claims_lines_are_made_otherwise(
    monkeypatch: pytest.MonkeyPatch, spans: list[tuple[date, date, Terms]]
) -> None:
    monkeypatch.setattr(audit_claims, "terms_spans", lambda _agreement, _code, _period: spans)
    assert audit_claims.claimed(_rows(), "151", Q3) == {}
