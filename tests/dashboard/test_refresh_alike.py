"""A batch's refresh computes the months of placements alike once (decision 0030, stop 55): two
citizens starting on the same days at the same site with the same mentor get the same month rows but
for the placement's id, so the second placement's are copied from the first's; a third citizen on other
days is computed apart. What the batch stores is what each placement's rows are computed alone."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from golden_batch import golden, work_batch
from sqlalchemy import select

from hub.extensions import db
from hub.models import Agreement, PlacementMonth, PlacementSummary
from hub.services import agreements, dashboard_summary
from hub.services.facts import placement_facts

# Two more citizens of Herlev at Falck Søborg (the golden placement's site, 10 August to 6 November).
SECOND = {"cpr": "1505004235", "name": "Bo Berg"}
THIRD = {"cpr": "0101004240", "name": "Eva Holm"}


def _months() -> dict[int, list[dict[str, Any]]]:
    """Each placement's month rows without its id, as stored."""
    rows = db.session.execute(
        select(PlacementMonth.__table__).order_by(PlacementMonth.placement_id, PlacementMonth.month)
    )
    found: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        found.setdefault(row.placement_id, []).append(_without_id(row._asdict()))
    return found


def _without_id(row: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in row.items() if name != "placement_id"}


def test_placements_alike_are_computed_once_and_stored_as_each_alone(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        computed: list[int] = []
        real = dashboard_summary.month_rows

        def counted(facts: Any, *args: Any) -> Any:
            computed.append(facts.placement_id)
            return real(facts, *args)

        monkeypatch.setattr(dashboard_summary, "month_rows", counted)
        later = {"start": "2026-09-07", "end": "2026-12-04"}
        sent = [
            (golden("herlev", "placement"), None),
            (golden("herlev", "placement", citizen=SECOND), None),
            (golden("herlev", "placement", citizen=THIRD, period=later), None),
        ]
        assert work_batch("herlev", ".csv", sent) == ["accepted"] * 3
        ids = sorted(db.session.scalars(select(PlacementSummary.placement_id)))
        assert len(ids) == 3
        # The first and the second alike: one computation for both; the third on its own days.
        assert len(computed) == 2
        months = _months()
        assert months[ids[0]] == months[ids[1]]
        assert months[ids[0]] != months[ids[2]]
        # Each placement's rows as computed on its own, with nothing shared.
        monkeypatch.setattr(dashboard_summary, "month_rows", real)
        agreement = db.session.get(Agreement, db.session.scalar(select(PlacementSummary.agreement_id)))
        contents = dashboard_summary.contents_of(db.session, ids)
        for facts in placement_facts(db.session, agreement.id):
            rows = dashboard_summary.rows_of(facts, agreement, contents[facts.placement_id])
            assert rows is not None
            assert months[facts.placement_id] == [_without_id(row) for row in rows[1]]
