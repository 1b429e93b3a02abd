"""A batch reads its placements' records with their current versions for many forms at once, and a
placement's again once a form has stored into it (decision 0030, "Stop 58: year-66")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from conftest import ROOT
from flask import Flask, current_app
from golden_docs_support import prepared, store
from sqlalchemy import event, func, select

from hub.extensions import db
from hub.models import Record, RecordVersion
from hub.services import agreements, link_ahead


@contextmanager
def _placements_records_read() -> Iterator[list[str]]:
    """Each statement that reads the records of one placement or of several."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        flat = " ".join(statement.split()).lower()
        if flat.startswith("select") and " from records" in flat and "where records.placement_id" in flat:
            seen.append(flat)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def test_a_batch_reads_its_placements_records_once_and_a_placement_again_after_storing(
    backend_app: Flask,
) -> None:
    """Two citizens' placements, the first holding a progress report. A batch of three follow-ups: the
    first citizen's progress report again (the same content: no new version), the second citizen's
    mentor hours, the first citizen's mentor hours. The first form reads both placements' records; the
    second citizen's form takes what was read; the first citizen's placement is read again for its
    second form, since the first one stored into it."""
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        for doc in prepared(
            ("placement_kontanthjaelp.pdf", "placement_sygedagpenge.pdf", "progress_report.pdf")
        ):
            store(doc)
        db.session.commit()
        batch = prepared(("progress_report.pdf",), b"\n") + prepared(
            ("mentor_hours_unsigned.pdf", "mentor_hours.pdf")
        )
        secret = str(current_app.config["PSEUDONYM_KEY"])
        with _placements_records_read() as seen, link_ahead.knowing(db.session):
            link_ahead.expect(db.session, [p.canonical.record for _, p in batch if p.canonical], secret)
            for doc in batch:
                store(doc)
        db.session.commit()
        assert len(seen) == 2, seen
        kinds = sorted(db.session.scalars(select(Record.form_type)))
        assert kinds == ["mentor_hours", "mentor_hours", "placement", "placement", "progress_report"]
        # The progress report sent again was found as the stored one: still one version.
        assert db.session.scalar(select(func.count()).select_from(RecordVersion)) == 5
