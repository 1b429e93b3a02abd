"""What the dashboard stores does not depend on where the batch commits (decision 0017, "Stop 59:
refresh-69"): a placement form and its correction refreshed in one commit, or in two (a reader that
stalls past `batch_outcome.STALL_SECONDS` makes a batch commit early), leave every dashboard table alike,
on SQLite and PostgreSQL. The correction moves the start from 10 August to 7 September and the benefit
from kontanthjælp to sygedagpenge, so the running totals the form counted first (its start's day and
month, August's month, its benefit's outcome row) fall back to nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, make_app
from flask import Flask
from golden_batch import golden, work_batch
from sqlalchemy import select
from test_totals import TOTALS

from hub.extensions import db
from hub.models import PlacementMonth, PlacementSummary, SummaryState
from hub.services import agreements, batch_outcome

TABLES = (PlacementSummary, PlacementMonth, *TOTALS, SummaryState)
FIRST = golden("herlev", "placement")  # 2026-08-10..2026-11-06, kontanthjaelp
CORRECTED = golden(
    "herlev", "placement", period={"start": "2026-09-07", "end": "2026-11-06"}, benefit="sygedagpenge"
)


def _tables() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every dashboard table, zero rows too, in key order."""
    found = {}
    for model in TABLES:
        table = model.__table__  # type: ignore[attr-defined]
        rows = db.session.execute(select(table).order_by(*table.primary_key.columns))
        found[table.name] = [tuple(row) for row in rows]
    return found


def _stored(app: Flask, batches: list[list[dict[str, Any]]]) -> dict[str, list[tuple[Any, ...]]]:
    """The dashboard tables after the forms are worked, a batch (and its commit) each list."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        for batch in batches:
            statuses = work_batch("herlev", ".csv", [(record, None) for record in batch])
            assert statuses == ["accepted"] * len(batch)
        tables = _tables()
        db.session.close()  # its connection closed before the next app drops the schema
        db.engine.dispose()
    return tables


def test_a_form_and_its_correction_store_the_same_in_one_commit_or_two(
    backend_app: Flask, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_outcome, "STALL_SECONDS", 600.0)  # one batch is one commit, whatever the load
    together = _stored(backend_app, [[FIRST, CORRECTED]])
    settings = {}
    if backend_app.config["DATABASE_URL"].startswith("postgresql"):
        settings["DATABASE_URL"] = backend_app.config["DATABASE_URL"]  # a fresh schema on the same server
    apart = _stored(make_app(tmp_path / "apart", **settings), [[FIRST], [CORRECTED]])

    # The corrected placement alone is counted: one start on 7 September, one row of outcomes.
    assert len(together["placement_summaries"]) == 1
    starts = [row for row in together["occupancy_days"] if row[-2]]
    assert [row[3].isoformat() for row in starts] == ["2026-09-07"]
    assert [row[-2] for row in together["dashboard_outcome_totals"]] == [1]
    assert apart == together
