"""A follow-up whose placement is in another submission not yet processed (the next batch of the same
upload, an upload still queued, another worker's batch still reading) waits for it rather than being
rejected for good (decision 0030, stop 46), on SQLite and on PostgreSQL."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select
from test_unguarded import FIRST, GOLDEN, REPORT, SECOND, _count, _submit, _terminal_entries

from hub import healing, jobs
from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.models import Placement, RecordVersion, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import awaiting, ingest, processing, recovery

MENTOR = "mentor_hours.pdf"  # a follow-up of FIRST's citizen, as REPORT is
NO_PLACEMENT = "no placement of this citizen at site 1900000101 holds every date of this form"


def _row(submission_id: int) -> Submission:
    db.session.expire_all()
    return db.session.get_one(Submission, submission_id)


def _versions(submission_id: int) -> int:
    query = (
        select(func.count()).select_from(RecordVersion).where(RecordVersion.submission_id == submission_id)
    )
    return db.session.scalar(query) or 0


def _waits(submission_id: int) -> None:
    """Back in the queue, waiting, with nothing of it stored and no outcome logged."""
    row = _row(submission_id)
    assert (row.status, row.problems, row.lease_until) == ("queued", None, None)
    assert row.waiting_since is not None
    assert _versions(submission_id) == 0
    assert _terminal_entries(submission_id) == []


def _rejected_for_want_of_a_placement(submission_id: int) -> None:
    row = _row(submission_id)
    assert row.status == "rejected" and row.waiting_since is None
    assert [p["field"] for p in row.problems or []] == ["site.p_number"]
    assert NO_PLACEMENT in (row.problems or [{}])[0]["reason_en"]
    assert _terminal_entries(submission_id) == ["submission.rejected"]


def test_a_report_whose_placement_is_in_a_later_batch_waits_for_it(backend_app: Flask) -> None:
    """The report's batch runs first, while its placement's submission is still queued: the report
    waits, and once the placement is stored the report's next try accepts it, one version, one outcome."""
    with backend_app.app_context():
        report, first = _submit(REPORT, FIRST)
        assert processing.process_batch(db.session, [report], holder="me") == {report: "queued"}
        _waits(report)
        assert processing.process_batch(db.session, [first], holder="me") == {first: "accepted"}
        assert awaiting.wakeable(db.session, [first]) == [report]  # the placement's batch stored one
        assert processing.process_batch(db.session, [report], holder="me") == {report: "accepted"}
        assert _row(report).waiting_since is None
        assert [_versions(s) for s in (report, first)] == [1, 1]
        assert [_terminal_entries(s) for s in (report, first)] == [["submission.accepted"]] * 2
        assert _count(Placement) == 1


def test_a_report_waits_for_a_placement_another_worker_has_claimed_and_not_yet_read(
    backend_app: Flask,
) -> None:
    """The other worker has claimed the placement's submission and is still reading it: the report's
    batch finds it `processing`, not yet locked, and the report waits for it."""
    with backend_app.app_context():
        report, first = _submit(REPORT, FIRST)
        assert processing.claim(db.session, [first], "other", 30) == [first]
        processing.process_batch(db.session, [report], holder="me")
        _waits(report)
        assert processing.process_batch(db.session, [first], holder="other") == {first: "accepted"}
        assert awaiting.wakeable(db.session, [first]) == [report]
        assert processing.process_batch(db.session, [report], holder="me") == {report: "accepted"}
        assert [_terminal_entries(s) for s in (report, first)] == [["submission.accepted"]] * 2


def test_an_upload_split_into_batches_stores_a_report_sent_before_its_placement(queue_app: Flask) -> None:
    """One batch a file: the report's job runs first and its placement's second. The report waits,
    the placement's job queues it again, and the same burst of the queue accepts it."""
    queue_app.config["BATCH_SIZE"] = 1
    with queue_app.app_context():
        report, first = _submit(REPORT, FIRST)
        assert len(enqueue_submissions([report, first])) == 2
        queue.run_burst(queue_app)
        assert [_row(s).status for s in (report, first)] == ["accepted", "accepted"]
        assert [_versions(s) for s in (report, first)] == [1, 1]
        assert [_terminal_entries(s) for s in (report, first)] == [["submission.accepted"]] * 2


def test_a_report_whose_placement_never_comes_is_rejected_once_nothing_else_is_pending(
    backend_app: Flask,
) -> None:
    """Another citizen's placement was pending, and is stored: the report, tried again, still finds
    none, and with nothing left to wait for it is rejected as it was before waiting existed."""
    with backend_app.app_context():
        report, second = _submit(REPORT, SECOND)
        processing.process_batch(db.session, [report], holder="me")
        _waits(report)
        processing.process_batch(db.session, [second], holder="me")
        assert awaiting.wakeable(db.session, [second]) == [report]
        assert processing.process_batch(db.session, [report], holder="me") == {report: "rejected"}
        _rejected_for_want_of_a_placement(report)
        # The form is named as the pages name it, not by the API's key ("progress_report 2026-09-15").
        (problem,) = _row(report).problems or []
        assert "holds every date of this form (Progress report 2026-09-15);" in problem["reason_en"]
        assert "rummer alle blankettens datoer (Statusrapport 15. sep. 2026);" in problem["reason_da"]


def test_two_follow_ups_without_a_placement_do_not_wait_for_each_other(backend_app: Flask) -> None:
    """Both lack the placement. The first waits for the second (not read yet, it could have been the
    placement); the second finds only a waiting one left and is rejected; the first, woken by that,
    is rejected too. In one batch, neither waits."""
    with backend_app.app_context():
        report, mentor = _submit(REPORT, MENTOR)
        processing.process_batch(db.session, [report], holder="me")
        _waits(report)
        assert processing.process_batch(db.session, [mentor], holder="me") == {mentor: "rejected"}
        _rejected_for_want_of_a_placement(mentor)
        assert awaiting.wakeable(db.session, [mentor]) == [report]  # nothing but waiting ones left
        processing.process_batch(db.session, [report], holder="me")
        _rejected_for_want_of_a_placement(report)
        # The same two sent again as new bytes, in one batch: neither counts as the other's supplier.
        again = [
            ingest.submit(
                db.session, (GOLDEN / n).read_bytes() + b"\n", n, "gladsaxe", "test", "t"
            ).submission_id
            for n in (REPORT, MENTOR)
        ]
        db.session.commit()
        assert set(processing.process_batch(db.session, again, holder="me").values()) == {"rejected"}


def test_a_wait_is_bounded_and_a_waiting_one_is_healed_once_due(backend_app: Flask) -> None:
    """A report that has waited `LONGEST` is tried for the last time though another submission is still
    pending; and healing, not the lost-job check, queues a waiting one again once it is due."""
    with backend_app.app_context():
        report, second = _submit(REPORT, SECOND)
        processing.process_batch(db.session, [report], holder="me")
        _waits(report)
        # Due neither by time nor for want of pending work; not a submission lost by its job either.
        later = utcnow() + timedelta(minutes=1)
        assert awaiting.overdue(db.session, timedelta(0), now=later) == []
        assert [i for i, _ in recovery.unqueued(db.session, timedelta(0), now=later)] == [second]
        row = _row(report)
        row.waiting_since = utcnow() - awaiting.LONGEST - timedelta(seconds=1)
        db.session.commit()
        assert [i for i, _ in awaiting.overdue(db.session, timedelta(0), now=later)] == [report]
        assert processing.process_batch(db.session, [report], holder="me") == {report: "rejected"}
        _rejected_for_want_of_a_placement(report)
        assert _row(second).status == "received"  # still pending: not what ended the wait


def test_a_pending_submission_of_another_municipality_is_not_waited_for(backend_app: Flask) -> None:
    """A report's placement can only be its own municipality's (`linking.link`): another's pending
    placement form does not hold it back."""
    with backend_app.app_context():
        (report,) = _submit(REPORT)
        other = (GOLDEN.parent / "hvidovre" / FIRST).read_bytes()
        ingest.submit(db.session, other, FIRST, "hvidovre", "test", "t")
        db.session.commit()
        assert processing.process_batch(db.session, [report], holder="me") == {report: "rejected"}
        _rejected_for_want_of_a_placement(report)


def test_a_job_that_leaves_its_own_batch_nothing_to_wait_for_queues_it_beside_itself(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Something was pending when the report's batch asked, and was final by the batch's end (rejected,
    so its own batch woke nobody): the report's job queues the report again, under an id of its own
    (under the running job's, the queue would take the running job for it), and it gets its last try."""
    real = awaiting.pending
    asked: list[bool] = []

    def pending_at_first(*args: Any, **kwargs: Any) -> bool:
        asked.append(True)
        return len(asked) == 1 or real(*args, **kwargs)

    monkeypatch.setattr(awaiting, "pending", pending_at_first)
    with queue_app.app_context():
        (report,) = _submit(REPORT)
        enqueue_submissions([report])
        queue.run_burst(queue_app)
        _rejected_for_want_of_a_placement(report)
        assert len(asked) >= 2


def test_healing_queues_a_waiting_one_no_batch_woke(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The other submission was stored by a batch that woke nobody (run outside a job here, as a worker
    killed after its commit would leave it): the workers' healing queues the waiting report once it has
    waited a lease unchanged with nothing left to wait for, saying so, and not as work lost by its job."""
    with queue_app.app_context():
        report, second = _submit(REPORT, SECOND)
        processing.process_batch(db.session, [report], holder="me")
        processing.process_batch(db.session, [second], holder="me")
        _waits(report)
        db.session.commit()  # the reads' transaction: on SQLite it holds the one write lock
        later = utcnow() + timedelta(seconds=jobs.lease_seconds() + 1)
        monkeypatch.setattr(awaiting, "utcnow", lambda: later)
        monkeypatch.setattr(recovery, "utcnow", lambda: later)
        with caplog.at_level(logging.WARNING, logger="hub.jobs"):
            healing.heal(queue_app)
        assert "whose wait for another submission is over" in caplog.text
        assert "with no job behind them" not in caplog.text
        queue.run_burst(queue_app)
        _rejected_for_want_of_a_placement(report)
