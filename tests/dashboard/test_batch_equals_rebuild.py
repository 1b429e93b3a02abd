"""What the batch worker keeps in step at its commit equals a rebuild from scratch (decision 0017; decision
0030, stop 47): one real batch of Herlev's own forms mixing a correction (a timesheet's second version),
an end form that shortens a placement summarised before, a new placement with its hours, and a timesheet
rejected for a signature dated after it came in, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from conftest import ROOT
from flask import Flask
from golden_batch import golden, work_batch
from sqlalchemy import select
from test_totals import snapshot

from hub.extensions import db
from hub.models import Agreement, PlacementMonth, PlacementSummary, Record
from hub.services import agreements, dashboard_summary

OTHER = {"cpr": "1505004235", "name": "Bo Berg"}  # a second citizen at the same site


def _golden(name: str, **changes: Any) -> dict[str, Any]:
    return golden("herlev", name, **changes)


def _batch(sent: list[tuple[dict[str, Any], datetime | None]]) -> list[str]:
    """The records printed as Herlev's own forms, submitted and worked as one batch: their statuses."""
    return work_batch("herlev", ".csv", sent)


def _summaries() -> dict[str, Any]:
    """The summaries' rows, the months' rows and the running totals, as they stand."""
    summaries = db.session.execute(select(PlacementSummary.__table__).order_by(PlacementSummary.placement_id))
    months = db.session.execute(
        select(PlacementMonth.__table__).order_by(PlacementMonth.placement_id, PlacementMonth.month)
    )
    return {
        "summaries": [tuple(row) for row in summaries],
        "months": [tuple(row) for row in months],
        **snapshot(),
    }


def _months_of(placement_id: int | None) -> int:
    return len(
        db.session.scalars(
            select(PlacementMonth.month).where(PlacementMonth.placement_id == placement_id)
        ).all()
    )


def test_a_mixed_batch_leaves_the_summaries_a_rebuild_computes(backend_app: Flask) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        hours = _golden("mentor_hours")  # weeks 2026-W33 and W34, 3.0 hours each, signed 2026-09-01
        first = [(_golden("placement"), None), (_golden("mentor_support"), None), (hours, None)]
        assert _batch(first) == ["accepted"] * 3
        before = _summaries()
        assert before["summaries"] and before["months"]  # something summarised before the second batch
        first_id = db.session.scalar(select(PlacementSummary.placement_id))
        months_before = _months_of(first_id)
        other_placement = _golden("placement", citizen=OTHER)
        other_hours = _golden("mentor_hours", citizen={"cpr": OTHER["cpr"]})
        fewer = [{"week": "2026-W33", "hours": "1.0"}, {"week": "2026-W34", "hours": "2.0"}]
        mixed = [
            (_golden("mentor_hours", entries=fewer, total_hours="3.0"), None),  # the same weeks: corrected
            (_golden("placement_end", ended_on="2026-09-18"), None),  # not 6 November: October, November go
            (other_placement, None),
            (other_hours, None),
            # Received Thursday 20 August 2026, signed the 31st: not yet signed then, so rejected.
            (_golden("mentor_hours", signed_on="2026-08-31"), datetime(2026, 8, 20, 9, tzinfo=UTC)),
        ]
        assert _batch(mixed) == ["accepted"] * 4 + ["rejected"]
        corrected = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours"))
        assert sorted(r.current_version for r in corrected) == [1, 2]
        kept = _summaries()
        assert kept != before
        assert len(kept["summaries"]) == 2
        assert _months_of(first_id) < months_before  # the months after the end form are gone
        for agreement_id in db.session.scalars(select(Agreement.id)).all():
            dashboard_summary.rebuild(db.session, agreement_id)
        assert _summaries() == kept
