"""A new record and its first version on PostgreSQL: the CTE's text sent as it was compiled once
(`record_rows._both_text`, decision 0030 stop 50), with the rows and the statement's events as before."""

from __future__ import annotations

from typing import Any

from conftest import ROOT
from flask import Flask
from sqlalchemy import event, select

from hub.extensions import db
from hub.models import Placement, Record, RecordVersion
from hub.services import agreements, ingest, processing, record_rows

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def test_the_first_version_goes_as_driver_sql_and_stores_what_it_was_given(postgres_app: Flask) -> None:
    with postgres_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        name = "placement_kontanthjaelp.pdf"
        sent = ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "test", "t")
        processing.process_batch(db.session, [sent.submission_id], holder="me")
        placement = db.session.scalars(select(Placement)).one()
        seen: list[Any] = []

        def note(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
            seen.append((statement, context.compiled))

        row = {
            "form_type": "mentor_support",
            "identity": f"{placement.id}:2026-08-03",
            "municipality_code": "159",
            "placement_id": placement.id,
            "current_version": 1,
        }
        data = {"text": 'æøå \\ \t "q"', "n": 1, "none": None, "list": [1.5, True]}
        first = {"submission_id": sent.submission_id, "reason": "submitted", "data": data}
        event.listen(db.engine, "before_cursor_execute", note)
        try:
            record_id, version_id = record_rows.new_record(db.session.connection(), row, first)
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        # One statement, seen by SQLAlchemy's events (the bench counts them; fault tests hook them),
        # sent as its text: nothing compiled or looked up in the statement cache for it.
        assert [(s.startswith("WITH made AS"), compiled) for s, compiled in seen] == [(True, None)]
        db.session.commit()
        record = db.session.get_one(Record, record_id)
        assert (record.form_type, record.identity, record.placement_id, record.current_version) == (
            "mentor_support",
            f"{placement.id}:2026-08-03",
            placement.id,
            1,
        )
        version = db.session.get_one(RecordVersion, version_id)
        assert (version.record_id, version.version, version.reason, version.data) == (
            record_id,
            1,
            "submitted",
            data,
        )
        assert (version.read_with, version.mapped_with) == (None, None)
        assert record.created_at == version.created_at and record.created_at is not None
