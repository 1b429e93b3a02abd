"""The API's upload of the same bytes as a submission whose job is gone queues it again (`lost_work`), as
`hub ingest` does: the job of a `hub ingest` stopped by Ctrl-C went with that process's own queue."""

from __future__ import annotations

import io

from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from sqlalchemy import func, select, update

from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.services import ingest

PLACEMENT = ROOT / "tests" / "golden" / "herlev" / "placement.csv"
GONE = "hub-ingest-of-a-process-that-ended"


def test_the_same_bytes_uploaded_again_queue_a_submission_whose_job_is_gone(app: Flask) -> None:
    add_user(app, "kommune-herlev")
    with app.app_context():
        sent = ingest.submit(db.session, PLACEMENT.read_bytes(), PLACEMENT.name, "herlev", "cli", "cli")
        where = Submission.id == sent.submission_id
        db.session.execute(update(Submission).where(where).values(status="queued", job_id=GONE))
        db.session.commit()
    response = app.test_client().post(
        "/api/submissions",
        headers=bearer(app, "kommune-herlev"),
        data={"files": (io.BytesIO(PLACEMENT.read_bytes()), PLACEMENT.name)},
        content_type="multipart/form-data",
    )
    assert response.status_code == 202, response.get_data(as_text=True)
    [file] = response.get_json()["files"]
    assert (file["outcome"], file["submission_id"]) == ("duplicate", sent.submission_id)
    with app.app_context():
        # A job of its own now (the queue's worker may already have done it: then it is not `queued`).
        assert db.session.scalar(select(Submission.job_id).where(where)) != GONE
        released = (
            select(func.count())
            .select_from(AuditEvent)
            .where(
                AuditEvent.action == "submission.released",
                AuditEvent.subject == f"submission:{sent.submission_id}",
            )
        )
        assert db.session.scalar(released) == 1
