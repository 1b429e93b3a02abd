"""A batch stores its documents without a savepoint each, and again with one when that was not safe
(decision 0039), on SQLite and on PostgreSQL."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from sqlalchemy import event, func, select

from hub.errors import ProcessingFailed
from hub.extensions import db
from hub.models import AuditEvent, Placement, Provenance, Record, RecordVersion, Submission
from hub.services import dashboard_refresh, ingest, processing

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
# The progress report is about the first placement's citizen: sent first, it finds no placement.
FIRST, SECOND, REPORT = "placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf", "progress_report.pdf"


def _submit(*names: str) -> list[int]:
    seeds_loaded()
    sent = [ingest.submit(db.session, (GOLDEN / n).read_bytes(), n, "gladsaxe", "test", "t") for n in names]
    ids = [submitted.submission_id for submitted in sent]
    db.session.commit()
    return ids


@contextmanager
def _savepoints() -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SAVEPOINT"):
            seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _count(model: type) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


def _terminal_entries(submission_id: int) -> list[str]:
    query = select(AuditEvent.action).where(AuditEvent.subject == f"submission:{submission_id}")
    return [a for a in db.session.scalars(query) if a != "submission.received"]


def test_accepted_and_early_rejected_documents_need_no_savepoint(
    backend_app: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    """A document rejected before it wrote (no placement holds the report: its citizen's is not in the
    batch, and it is tried again after the others in vain) and one accepted: no document runs a
    SAVEPOINT (the one run is the placements' summaries'), and the batch is stored once."""
    with backend_app.app_context():
        report, second = _submit(REPORT, SECOND)
        with caplog.at_level(logging.INFO, "hub.services.batch_outcome"), _savepoints() as seen:
            statuses = processing.process_batch(db.session, [report, second], holder="me")
        assert statuses == {report: "rejected", second: "accepted"}
        assert len(seen) == 1
        assert "stored again" not in caplog.text
        db.session.expire_all()
        rejected = db.session.get_one(Submission, report)
        assert [p["field"] for p in rejected.problems or []] == ["site.p_number"]
        assert (_count(Placement), _count(Record), _count(RecordVersion)) == (1, 1, 1)
        assert [_terminal_entries(s) for s in (report, second)] == [
            ["submission.rejected"],
            ["submission.accepted"],
        ]


def test_a_report_sent_before_its_placement_in_one_batch_waits_for_it(backend_app: Flask) -> None:
    """The report finds no placement when its turn comes; tried again after the batch's other
    documents, it links to the placement sent after it: one terminal entry each, all accepted."""
    with backend_app.app_context():
        report, first = _submit(REPORT, FIRST)
        statuses = processing.process_batch(db.session, [report, first], holder="me")
        assert statuses == {report: "accepted", first: "accepted"}
        assert [_terminal_entries(s) for s in (report, first)] == [["submission.accepted"]] * 2


def test_a_document_that_crashes_after_it_wrote_is_rolled_back_alone(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The second placement crashes once its placement, record and version are written: the batch is
    stored again with a savepoint per document, where it alone is rolled back and fails. Nothing of it
    stays, and its neighbours are stored once."""
    mark = dashboard_refresh.mark
    crashing: list[int] = []  # the second document's placement, each time it is stored

    def crash_on_the_second(session: Any, placement_id: int) -> None:
        if len(_stored_placements(session)) == 2:
            crashing.append(placement_id)
            raise RuntimeError("broken after writing")
        mark(session, placement_id)

    monkeypatch.setattr(dashboard_refresh, "mark", crash_on_the_second)
    with backend_app.app_context():
        first, second, report = _submit(FIRST, SECOND, REPORT)
        with caplog.at_level(logging.INFO, "hub.services.batch_outcome"), _savepoints() as seen:
            with pytest.raises(ProcessingFailed, match=rf"^submission {second} failed; see its status$"):
                processing.process_batch(db.session, [first, second, report], holder="me")
        assert len(crashing) == 2, "stored unguarded, then again in a savepoint"
        assert "stored again with a savepoint per document" in caplog.text
        assert len(seen) == 3 + 1  # the careful pass: one a document, and the summaries'
        db.session.expire_all()
        rows = db.session.execute(select(Submission.id, Submission.status))
        statuses = {row.id: row.status for row in rows}
        assert statuses == {first: "accepted", second: "failed", report: "accepted"}
        assert (_count(Placement), _count(Record), _count(RecordVersion)) == (1, 2, 2)
        versions = db.session.scalars(select(RecordVersion.submission_id)).all()
        assert sorted(versions) == [first, report]
        orphaned = (
            select(func.count())
            .select_from(Provenance)
            .where(Provenance.record_version_id.not_in(select(RecordVersion.id)))
        )
        assert db.session.scalar(orphaned) == 0
        assert [_terminal_entries(s) for s in (first, second, report)] == [
            ["submission.accepted"],
            ["submission.failed"],
            ["submission.accepted"],
        ]


def _stored_placements(session: Any) -> list[int]:
    return list(session.scalars(select(Placement.id)))
