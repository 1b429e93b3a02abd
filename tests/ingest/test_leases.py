"""Self-healing: one rq job per submission, a lease while a worker works, and the workers themselves
give back what a dead worker held (issue 9, point 1)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from fault_support import working_pids
from flask import Flask
from hub_process import PATIENCE, tree_env
from redis import Redis
from sqlalchemy import select, update

from hub import healing
from hub.extensions import db
from hub.job_batches import submission_job_id
from hub.jobs import enqueue_submission
from hub.models import AuditEvent, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.services import ingest, leases

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
PLACEMENT = GOLDEN / "placement_kontanthjaelp.pdf"
END = GOLDEN / "placement_end.pdf"
OTHER_PLACEMENT = GOLDEN / "placement_sygedagpenge.pdf"


def _load(app: Flask) -> None:
    from hub.cli import cli  # noqa: PLC0415 - only this helper needs the command tree

    assert app.test_cli_runner().invoke(cli, ["agreements", "load"]).exit_code == 0


def _submit(path: Path) -> int:
    return ingest.submit(db.session, path.read_bytes(), path.name, "gladsaxe", "test", "tester").submission_id


def _hold(submission_id: int, seconds_left: float, holder: str = "a worker now dead") -> None:
    """Make the submission look claimed by `holder`, whose lease ends `seconds_left` from now."""
    db.session.execute(
        update(Submission)
        .where(Submission.id == submission_id)
        .values(status="processing", leased_by=holder, lease_until=utcnow() + timedelta(seconds=seconds_left))
    )
    db.session.commit()


def _status(submission_id: int) -> str:
    db.session.expire_all()
    status = db.session.get_one(Submission, submission_id).status
    # End the read: on SQLite every transaction holds the one write lock that a worker needs.
    db.session.commit()
    return status


def test_asking_again_while_queued_queues_one_job(queue_app: Flask) -> None:
    _load(queue_app)
    with queue_app.app_context():
        queue.state().queue.empty()  # a real Redis keeps the jobs of an earlier run of this test
        submission_id = _submit(PLACEMENT)
        for _ in range(5):
            enqueue_submission(submission_id)
        assert queue.state().queue.get_job_ids() == [queue.full_id(submission_job_id(submission_id))]
        assert _status(submission_id) == "queued"
        queue.run_burst(queue_app)
        assert _status(submission_id) == "accepted"
        assert queue.state().queue.count == 0
        # Finished, the id is free again: queued once more, its job finds the submission done.
        job = enqueue_submission(submission_id)
        assert job.id == queue.full_id(submission_job_id(submission_id))
        assert queue.state().queue.count == 1


def test_a_worker_gives_back_what_an_expired_lease_held_and_works_it(app: Flask) -> None:
    _load(app)
    with app.app_context():
        expired = _submit(PLACEMENT)
        _hold(expired, seconds_left=-1)
        worker = queue.worker(app)
        worker.run_maintenance_tasks()
        assert _status(expired) == "queued"
        assert queue.state().queue.get_job_ids() == [queue.full_id(submission_job_id(expired))]
        released = db.session.scalars(
            select(AuditEvent.action).where(AuditEvent.subject == f"submission:{expired}")
        ).all()
        assert "submission.released" in released
        db.session.commit()
        queue.run_burst(app)
        assert _status(expired) == "accepted"
        assert db.session.get_one(Submission, expired).leased_by != "a worker now dead"


def test_a_heal_says_what_it_gave_back_in_one_line(app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    _load(app)
    paths = sorted(GOLDEN.glob("*.pdf"))
    with app.app_context():
        ids = [_submit(path) for path in paths]
        for submission_id in ids:
            _hold(submission_id, seconds_left=-1)
        with caplog.at_level(logging.WARNING, logger="hub.jobs"):
            queue.worker(app).run_maintenance_tasks()
    lines = [r.getMessage() for r in caplog.records if r.name == "hub.jobs"]
    named = ", ".join(str(i) for i in sorted(ids))
    assert lines == [
        f"queued again {len(ids)} submissions whose worker's lease ran out: {named}"
        f" / sat i kø igen: {len(ids)} indsendelser, hvor workerens lease var udløbet: {named}"
    ]


def test_a_long_list_is_cut_short_with_how_many_more(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="hub.jobs"):
        healing._say_queued_again(list(range(1, 101)), ("waiting with no job behind them", "som ventede"))
    first = ", ".join(str(i) for i in range(1, 21))
    assert [r.getMessage() for r in caplog.records] == [
        f"queued again 100 submissions waiting with no job behind them: {first} and 80 more"
        f" / sat i kø igen: 100 indsendelser, som ventede: {first} og 80 flere"
    ]


def test_a_worker_leaves_a_live_lease_alone(app: Flask) -> None:
    _load(app)
    with app.app_context():
        held = _submit(PLACEMENT)
        _hold(held, seconds_left=60, holder="a worker at work")
        queue.worker(app).run_maintenance_tasks()
        assert _status(held) == "processing"
        assert queue.state().queue.count == 0


def test_requeue_minutes_0_leaves_a_live_lease_and_takes_an_expired_one(app: Flask, runner: Any) -> None:
    _load(app)
    with app.app_context():
        held, dead = _submit(PLACEMENT), _submit(END)
        _hold(held, seconds_left=60, holder="a worker at work")
        _hold(dead, seconds_left=-1)
    result = runner.invoke(args=["requeue", "--minutes", "0"])
    assert result.exit_code == 0, result.output
    assert f"submission {dead}: " in result.output
    assert f"submission {held}: " not in result.output
    assert "queued again: 1" in result.output
    with app.app_context():
        assert _status(held) == "processing"


def test_the_lease_is_renewed_while_the_work_runs_and_only_by_its_holder(app: Flask) -> None:
    _load(app)
    with app.app_context():
        submission_id = _submit(PLACEMENT)
        _hold(submission_id, seconds_left=0.3, holder="me")
        first = db.session.get_one(Submission, submission_id).lease_until
        db.session.commit()
        lease = select(Submission.lease_until).where(Submission.id == submission_id)
        renewed = first
        with leases.kept(db.session, submission_id, "me", 0.3):
            # Renewed every third of the lease (0.1 s); waited for, not slept on: on a loaded machine the
            # renewing thread may not have run in a fixed half second.
            deadline = time.monotonic() + 30
            while renewed == first and time.monotonic() < deadline:
                time.sleep(0.05)
                with db.engine.connect() as connection:
                    renewed = connection.scalar(lease)
        assert first is not None and renewed is not None and renewed > first
        assert not leases.renew(db.engine, submission_id, "someone else", 30)


def test_a_claim_takes_a_lease_in_the_workers_name(app: Flask) -> None:
    _load(app)
    with app.app_context():
        submission_id = _submit(PLACEMENT)
        before = utcnow()
        assert ingest.process(db.session, submission_id, holder="worker-1", lease_seconds=30) == "accepted"
        row = db.session.get_one(Submission, submission_id)
        assert row.leased_by == "worker-1"
        assert row.lease_until is not None and row.lease_until >= before + timedelta(seconds=29)


def test_an_idle_hub_worker_heals_by_itself_on_real_servers(redis_app: Flask, tmp_path: Path) -> None:
    """A `hub worker` process, idle, no cron, no `hub requeue`: a dead worker's expired lease and a
    submission whose job Redis lost are both processed within the lease and a maintenance interval."""
    _load(redis_app)
    with redis_app.app_context():
        lost, dead = _submit(PLACEMENT), _submit(OTHER_PLACEMENT)
        _hold(dead, seconds_left=PATIENCE)  # cut short below, once the worker waits for jobs
        hour_ago = utcnow() - timedelta(hours=1)
        db.session.execute(
            update(Submission).where(Submission.id == lost).values(status="queued", updated_at=hour_ago)
        )
        db.session.commit()
        queue.state().queue.empty()  # a real Redis keeps the jobs of an earlier run of this test
    env = {
        **tree_env(os.environ),
        "HUB_REDIS_URL": redis_app.config["REDIS_URL"],
        "HUB_QUEUE_NAME": redis_app.config["QUEUE_NAME"],
        "HUB_DATABASE_URL": redis_app.config["DATABASE_URL"],
        "HUB_SECRET_KEY": redis_app.config["SECRET_KEY"],
        "HUB_DATA_DIR": redis_app.config["DATA_DIR"],
        "HUB_MUNICIPALITIES_DIR": redis_app.config["MUNICIPALITIES_DIR"],
        "HUB_LEASE_SECONDS": "3",
        "HUB_LOG_LEVEL": "WARNING",
    }
    hub = Path(sys.executable).parent / "hub"
    worker = subprocess.Popen([str(hub), "worker"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + PATIENCE  # a bound for a hang, not a measure of a loaded machine
        # The dead worker's lease runs out a second after this worker has registered with rq (started,
        # healing every third of its lease): out while it waits for jobs for certain, where a lease of
        # 8 s from before the start made the test wait those 8 s and only "most likely" ran out then.
        redis = Redis.from_url(redis_app.config["REDIS_URL"])
        while worker.pid not in working_pids(redis):
            assert worker.poll() is None and time.monotonic() < deadline, "the worker never registered"
            time.sleep(0.1)
        redis.close()
        with redis_app.app_context():
            _hold(dead, seconds_left=1)
            while time.monotonic() < deadline and {_status(dead), _status(lost)} != {"accepted"}:
                time.sleep(0.2)
            outcome = (_status(dead), _status(lost))
    finally:
        worker.terminate()
        try:
            _, log = worker.communicate(timeout=PATIENCE)
        except subprocess.TimeoutExpired:
            worker.kill()
            _, log = worker.communicate()
    assert outcome == ("accepted", "accepted"), log
    assert f"queued again 1 submission whose worker's lease ran out: {dead} / " in log
    assert f"queued again 1 submission waiting with no job behind them: {lost} / " in log
