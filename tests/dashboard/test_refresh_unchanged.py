"""A refresh writes only the summary and month rows that change: a row that comes out as it is stored
stays where it is, not deleted and written again (decision 0030, "Stop 59: pg-68"), and what is stored
equals a rebuild from scratch, on SQLite and PostgreSQL (SQLite's month rows, which hold Numeric
columns, are all written again)."""

from __future__ import annotations

from typing import Any

from conftest import ROOT
from flask import Flask
from golden_batch import golden, work_batch
from sqlalchemy import literal_column, select

from hub.extensions import db
from hub.models import Agreement, PlacementMonth, PlacementSummary
from hub.services import agreements, dashboard_summary

OTHER = {"cpr": "1505004235", "name": "Bo Berg"}  # a second citizen at the same site


def _stored(model: Any, *key: Any) -> dict[tuple[Any, ...], tuple[Any, tuple[Any, ...]]]:
    """Each row by its key: where it lies (PostgreSQL's ctid, SQLite's rowid, both new when a row is
    deleted and inserted again) and its values."""
    where = "ctid::text" if db.engine.dialect.name == "postgresql" else "rowid"
    table = model.__table__
    rows = db.session.execute(select(literal_column(where), table))
    return {tuple(getattr(row, k.name) for k in key): (row[0], tuple(row[1:])) for row in rows}


def test_a_correction_rewrites_only_the_rows_it_changes(backend_app: Flask) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        hours = golden("herlev", "mentor_hours")  # weeks 2026-W33 and W34, 3.0 hours each
        first = [
            (golden("herlev", "placement"), None),
            (hours, None),
            # A second placement stored after the first, so that SQLite's next rowid is not one the first
            # placement's rows had.
            (golden("herlev", "placement", citizen=OTHER), None),
        ]
        assert work_batch("herlev", ".csv", first) == ["accepted"] * 3
        months_before = _stored(PlacementMonth, PlacementMonth.placement_id, PlacementMonth.month)
        summaries_before = _stored(PlacementSummary, PlacementSummary.placement_id)
        fewer = [{"week": "2026-W33", "hours": "1.0"}, {"week": "2026-W34", "hours": "2.0"}]
        corrected = golden("herlev", "mentor_hours", entries=fewer, total_hours="3.0")  # August's hours
        assert work_batch("herlev", ".csv", [(corrected, None)]) == ["accepted"]
        months = _stored(PlacementMonth, PlacementMonth.placement_id, PlacementMonth.month)
        summaries = _stored(PlacementSummary, PlacementSummary.placement_id)

        assert months.keys() == months_before.keys()
        changed = {key for key in months if months[key][1] != months_before[key][1]}
        assert len(changed) == 1  # August of the first placement: its delivered hours
        # The first placement's months were refreshed, the other's not. SQLite keeps a Numeric as a REAL
        # read back rounded: there the refreshed months are all written again, as before.
        (refreshed, _month), *_ = changed
        kept = db.engine.dialect.name == "postgresql"
        for key, (where, _values) in months.items():
            stays = key not in changed and (kept or key[0] != refreshed)
            assert (where == months_before[key][0]) == stays, key
        assert any(key[0] == refreshed and key not in changed for key in months)
        # No summary holds hours: both stay where they were.
        assert summaries == summaries_before

        for agreement_id in db.session.scalars(select(Agreement.id)).all():
            dashboard_summary.rebuild(db.session, agreement_id)
        rebuilt = _stored(PlacementMonth, PlacementMonth.placement_id, PlacementMonth.month)
        assert {key: values for key, (_, values) in rebuilt.items()} == {
            key: values for key, (_, values) in months.items()
        }
