"""The same bytes sent again find their submission waiting for a job that is gone (the embedded queue of a
`hub ingest` stopped by Ctrl-C went with its process): queued again at once, and never a second job
beside one that is waiting, nor under a worker's live lease (`hub.lost_work`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from conftest import ROOT
from flask import Flask
from sqlalchemy import select, update

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.lost_work import queue_lost
from hub.models import AuditEvent, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import ingest, records

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _sent_before(app: Flask, **values: Any) -> int:
    """A submission of PLACEMENT stored earlier, then set to `values` (its status, job, lease)."""
    with app.app_context():
        sent = ingest.submit(db.session, PLACEMENT.read_bytes(), PLACEMENT.name, "gladsaxe", "cli", "cli")
        db.session.execute(update(Submission).where(Submission.id == sent.submission_id).values(**values))
        db.session.commit()
        return sent.submission_id


def _released(submission_id: int) -> list[dict[str, Any]]:
    """The details of the submission's `submission.released` audit entries."""
    query = select(AuditEvent.detail).where(
        AuditEvent.action == "submission.released", AuditEvent.subject == f"submission:{submission_id}"
    )
    return list(db.session.scalars(query))


def test_a_file_sent_again_whose_job_went_with_its_process_is_processed(runner: Any, app: Flask) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    # `queued` by a process whose own queue is gone: this app's queue has no job of that id.
    submission_id = _sent_before(app, status="queued", job_id="hub-ingest-of-a-process-that-ended")
    result = runner.invoke(args=["ingest", "-m", "gladsaxe", str(PLACEMENT)])
    assert result.exit_code == 0, result.output
    with app.app_context():
        assert records.submission(db.session, submission_id).status == "accepted"
        assert _released(submission_id) == [{"sent_again": True}]  # the sender's, not hub requeue's


def test_a_waiting_job_is_not_queued_a_second_time(runner: Any, app: Flask) -> None:
    submission_id = _sent_before(app)
    with app.app_context():
        job = enqueue_submission(submission_id)  # queued, not worked yet
        assert records.submission(db.session, submission_id).status == "queued"
        assert queue_lost([submission_id], "test") == []
        assert queue.state().queue.get_job_ids() == [job.id]
        assert _released(submission_id) == []


def test_a_live_lease_keeps_its_submission_and_a_lease_run_out_does_not(runner: Any, app: Flask) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    alive = _sent_before(app, status="processing", lease_until=utcnow() + timedelta(minutes=5))
    with app.app_context():
        assert queue_lost([alive], "test") == []
        assert queue.state().queue.get_job_ids() == []
        db.session.execute(
            update(Submission)
            .where(Submission.id == alive)
            .values(lease_until=utcnow() - timedelta(seconds=1))
        )
        db.session.commit()
        assert queue_lost([alive], "test") == [alive]
        assert len(queue.state().queue.get_job_ids()) == 1
        # Asked again at once: its new job waits, so nothing more is queued.
        assert queue_lost([alive], "test") == []
        assert len(queue.state().queue.get_job_ids()) == 1
        queue.run_burst(app)
        db.session.expire_all()
        assert records.submission(db.session, alive).status == "accepted"


def test_on_redis_a_job_that_exists_is_left_alone_and_a_lost_one_replaced(redis_app: Flask) -> None:
    submission_id = _sent_before(redis_app)
    with redis_app.app_context():
        job = enqueue_submission(submission_id)  # waiting in Redis: no worker of this test takes it
        assert queue_lost([submission_id], "test") == []
        assert queue.state().queue.get_job_ids() == [job.id]
        # Redis loses it (a restart without persistence): the same bytes again queue a job of their own.
        job.delete()
        assert queue_lost([submission_id], "test") == [submission_id]
        assert len(queue.state().queue.get_job_ids()) == 1
        assert queue_lost([submission_id], "test") == []
        assert _released(submission_id) == [{"sent_again": True}]
