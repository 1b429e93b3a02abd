"""A new record and its first version: one statement on PostgreSQL, two on SQLite, the same rows."""

from __future__ import annotations

from typing import Any

from conftest import ROOT
from flask import Flask
from sqlalchemy import event, select

from hub.extensions import db
from hub.models import Placement, Record, RecordVersion
from hub.services import agreements, ingest, processing, record_rows

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"


def test_a_new_record_and_its_versions_are_written_as_the_unit_of_work_would(backend_app: Flask) -> None:
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        name = "placement_kontanthjaelp.pdf"
        sent = ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "test", "t")
        processing.process_batch(db.session, [sent.submission_id], holder="me")
        placement = db.session.scalars(select(Placement)).one()
        statements: list[str] = []
        compiled: list[Any] = []

        def note(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
            statements.append(statement)
            compiled.append(context.compiled)

        event.listen(db.engine, "before_cursor_execute", note)
        try:
            row = {
                "form_type": "mentor_support",
                "identity": f"{placement.id}:2026-08-03",
                "municipality_code": "159",
                "placement_id": placement.id,
                "current_version": 1,
            }
            data = {"n": 1, "text": 'æøå \\ \t "q"', "none": None, "list": [1.5, True]}
            first = {"submission_id": sent.submission_id, "reason": "submitted", "data": data}
            record_id, version_id = record_rows.new_record(db.session.connection(), row, first)
            made = len(statements)
            second = {**first, "data": {"n": 2}, "reason": "reprocessed"}
            second_id = record_rows.new_version(db.session.connection(), record_id, 2, second)
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        assert made == (1 if db.engine.dialect.name == "postgresql" else 2)
        if db.engine.dialect.name == "postgresql":
            # The CTE's text as compiled once (decision 0030, stop 50): seen by SQLAlchemy's events, with
            # nothing compiled or looked up in its statement cache for it.
            assert statements[0].startswith("WITH made AS") and compiled[0] is None
        db.session.commit()
        record = db.session.get_one(Record, record_id)
        assert (record.form_type, record.placement_id, record.current_version) == (
            "mentor_support",
            placement.id,
            2,
        )
        assert record.created_at is not None
        versions = db.session.scalars(select(RecordVersion).where(RecordVersion.record_id == record_id)).all()
        assert [(v.id, v.version, v.reason, v.data) for v in versions] == [
            (version_id, 1, "submitted", data),
            (second_id, 2, "reprocessed", {"n": 2}),
        ]
        assert all(v.created_at is not None and v.submission_id == sent.submission_id for v in versions)
        assert (versions[0].read_with, versions[0].mapped_with) == (None, None)  # the caller said nothing


def test_a_new_placement_goes_with_its_record_and_version(backend_app: Flask) -> None:
    """A placement form that creates its placement: on PostgreSQL the placement, its record and the
    record's first version are one statement (decision 0030, stop 56; the placement's INSERT was a round
    trip of its own a form), on SQLite three; the rows are the form's either way, the record's identity
    its placement's id."""
    name = "placement_kontanthjaelp.pdf"
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        sent = ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "test", "t")
        writing: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
            if any(
                f"INSERT INTO {table} " in statement for table in ("placements", "records", "record_versions")
            ):
                writing.append(statement)

        event.listen(db.engine, "before_cursor_execute", note)
        try:
            done = processing.process_batch(db.session, [sent.submission_id], holder="me")
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        assert done == {sent.submission_id: "accepted"}
        if db.engine.dialect.name == "postgresql":
            (statement,) = writing
            assert all(f"INSERT INTO {t} " in statement for t in ("placements", "records", "record_versions"))
        else:
            assert [s.split()[2] for s in writing] == ["placements", "records", "record_versions"]
        db.session.expire_all()
        placement = db.session.scalars(select(Placement)).one()
        # The golden form's citizen at Falck Søborg, 3 August to 1 November 2026, Gladsaxe's.
        assert (
            placement.municipality_code,
            placement.p_number,
            str(placement.start),
            str(placement.end),
        ) == (
            "159",
            "1900000101",
            "2026-08-03",
            "2026-11-01",
        )
        assert placement.agreement_id == "falck-hovedstaden" and placement.created_at is not None
        record = db.session.scalars(select(Record)).one()
        assert (record.form_type, record.identity, record.placement_id, record.current_version) == (
            "placement",
            str(placement.id),
            placement.id,
            1,
        )
        (version,) = record.versions
        assert (version.version, version.submission_id, version.reason) == (
            1,
            sent.submission_id,
            "submitted",
        )
        assert version.data["period"] == {"start": "2026-08-03", "end": "2026-11-01"}
        assert version.data["citizen"]["cpr"] == "1503921237"
