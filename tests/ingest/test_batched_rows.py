"""A batch's new placements, records and first versions: one statement a table on PostgreSQL, written
before anything reads them, and each document still all or nothing (`batched_rows`, decision 0030 stop
43)."""

from __future__ import annotations

from contextlib import AbstractContextManager

import pytest
from flask import Flask
from sqlalchemy import func, select
from test_unguarded import FIRST, REPORT, SECOND, _submit, _terminal_entries, statements

from hub.errors import ProcessingFailed
from hub.extensions import db
from hub.models import Placement, Record, RecordVersion, Submission
from hub.services import linking, processing


def _writes_of(table: str) -> AbstractContextManager[list[str]]:
    """The statements that write rows into `table` through SQLAlchemy (an INSERT, alone or in a CTE)."""
    return statements(lambda statement: f"INSERT INTO {table} (" in statement)


def _count(model: type) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def test_two_placements_of_a_batch_are_one_statement_a_table_on_postgresql(backend_app: Flask) -> None:
    """Two citizens' placement forms in one batch: on PostgreSQL their placements are written by one
    statement, and their records with their versions by one statement a table (SQLite: one INSERT
    each, as before); both stored, each record with its own placement."""
    with backend_app.app_context():
        first, second = _submit(FIRST, SECOND)
        with _writes_of("placements") as placements, _writes_of("records") as records:
            statuses = processing.process_batch(db.session, [first, second], holder="me")
        assert statuses == {first: "accepted", second: "accepted"}
        postgresql = db.engine.dialect.name == "postgresql"
        # The COPY is sent by the driver past SQLAlchemy's events; the INSERTs are not.
        assert len(placements) == (0 if postgresql else 2)
        assert len(records) == (0 if postgresql else 2)
        db.session.expire_all()
        assert (_count(Placement), _count(Record), _count(RecordVersion)) == (2, 2, 2)
        linked = db.session.execute(select(Record.placement_id, Placement.start).join(Placement))
        assert sorted(str(row.start) for row in linked) == ["2026-08-03", "2026-09-07"]


def test_a_report_after_its_placement_in_one_batch_links_to_it(backend_app: Flask) -> None:
    """The report's citizen has a placement held by the batch: it is written before the report links,
    which finds it; the report is a record of that placement."""
    with backend_app.app_context():
        first, report = _submit(FIRST, REPORT)
        statuses = processing.process_batch(db.session, [first, report], holder="me")
        assert statuses == {first: "accepted", report: "accepted"}
        db.session.expire_all()
        assert (_count(Placement), _count(Record), _count(RecordVersion)) == (1, 2, 2)
        assert len(set(db.session.scalars(select(Record.placement_id)))) == 1
        assert [_terminal_entries(s) for s in (first, report)] == [["submission.accepted"]] * 2


def test_a_held_row_the_database_refuses_fails_its_document_alone(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both placements get the same participant id, which the database refuses (it is unique): only when
    the batch writes its held rows on PostgreSQL. The batch is stored again with a savepoint per
    document, where the second fails alone and the first is kept."""
    monkeypatch.setattr(linking, "participant_id", lambda *_args: "P" * 32)
    with backend_app.app_context():
        first, second = _submit(FIRST, SECOND)
        with pytest.raises(ProcessingFailed, match=str(second)):
            processing.process_batch(db.session, [first, second], holder="me")
        db.session.expire_all()
        statuses = {
            row.id: row.status for row in db.session.execute(select(Submission.id, Submission.status))
        }
        assert statuses == {first: "accepted", second: "failed"}
        assert (_count(Placement), _count(Record), _count(RecordVersion)) == (1, 1, 1)
        entries = [_terminal_entries(s) for s in (first, second)]
        assert entries == [["submission.accepted"], ["submission.failed"]]
