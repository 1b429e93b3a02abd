"""Two workers healing at the same moment (an operator's trial, stop 44: two `hub worker` processes
started together after the others were SIGKILLed each logged "queued again 200 submission(s)" for the
same 200): a dead worker's work is given back once, in one worker's log and one audit entry each."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import make_app
from flask import Flask
from servers import postgres_url, redis_url, require
from sqlalchemy import func, select, update
from test_leases import PLACEMENT, _hold, _load, _submit

from hub import healing
from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import recovery


def test_a_dead_workers_work_is_given_back_once_by_two_workers_healing_at_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _load(app)
    with app.app_context():
        dead = _submit(PLACEMENT)
        _hold(dead, seconds_left=-1)
        # The second worker looks at the same moment as the first, before the first gives it back.
        seen_by_the_second = recovery.expired(db.session, 30)
        db.session.commit()
        assert seen_by_the_second == [dead]
        with caplog.at_level(logging.WARNING, logger="hub.jobs"):
            healing.heal(app)
            monkeypatch.setattr(recovery, "expired", lambda *args, **kwargs: seen_by_the_second)
            healing.heal(app)
        released = db.session.scalar(
            select(func.count()).where(
                AuditEvent.action == "submission.released", AuditEvent.subject == f"submission:{dead}"
            )
        )
        db.session.commit()
    assert released == 1
    assert len([r for r in caplog.records if "lease ran out" in r.getMessage()]) == 1


def test_submissions_with_no_job_are_said_queued_again_once_by_two_workers_healing_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Redis lost under three workers (an operator's trial, stop 53): they found it back at the same
    moment, each saw the same 1,038 uploads kept with no job behind them, one queued them and each
    logged "queued again 1,038 submissions". Real servers: the job one worker queued is in Redis when
    the second looks."""
    app = make_app(
        tmp_path,
        DATABASE_URL=require(postgres_url(), "postgres"),
        REDIS_URL=require(redis_url(), "redis"),
        QUEUE_NAME="hub-heal-once",
    )
    try:
        _load(app)
        with app.app_context():
            kept = _submit(PLACEMENT)  # received, no job: as an upload kept while Redis was down
            db.session.execute(
                update(Submission)
                .where(Submission.id == kept)
                .values(updated_at=utcnow() - timedelta(hours=1))
            )
            db.session.commit()
            # The second worker looks at the same moment as the first, before the first queues them.
            seen_by_the_second = recovery.unqueued(db.session, timedelta(seconds=30))
            db.session.commit()
            assert seen_by_the_second == [(kept, None)]
            with caplog.at_level(logging.WARNING, logger="hub.jobs"):
                healing.heal(app)
                monkeypatch.setattr(recovery, "unqueued", lambda *args, **kwargs: seen_by_the_second)
                monkeypatch.setattr(queue, "live_job_ids", lambda *args, **kwargs: set())
                healing.heal(app)
            waiting = queue.state(app).queue.count
            queue.state(app).queue.empty()
        said = [r for r in caplog.records if "waiting with no job behind them" in r.getMessage()]
        assert len(said) == 1, [r.getMessage() for r in said]
        assert waiting == 1  # one job, as before: only the second line was wrong
    finally:
        with app.app_context():
            db.engine.dispose()
