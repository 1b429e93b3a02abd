"""A started job is live while its worker runs it, by rq 3's own record of what a worker runs (the
worker's execution index, what `Worker.get_current_job_id` reads), not only while its worker lives; and
a live worker whose lease ran out keeps its job, its submissions shown `queued` meanwhile and ending
final without a person (decision 0026, stop 71). Each on the embedded queue and on Redis."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import lxml.html
import pytest
from accounts import add_user, bearer, signed_in_client
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from hub_process import PATIENCE
from rq import Queue
from rq.job import Job
from sqlalchemy import select, update

from hub.extensions import db
from hub.jobs import enqueue_submission, lease_seconds
from hub.models import AuditEvent, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.queue_stopping import CommandWorker
from hub.queue_workers import HubWorker
from hub.services import batch_reads, ingest

PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"
OTHER_PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_sygedagpenge.pdf"


def _queued(path: Any = PLACEMENT) -> tuple[int, Job]:
    """A form submitted (Gladsaxe's) and its job queued: the submission's id and the job."""
    seeds_loaded()
    submission_id = ingest.submit(db.session, path.read_bytes(), path.name, "gladsaxe", "test", "tester")
    return submission_id.submission_id, enqueue_submission(submission_id.submission_id)


def _take(worker: HubWorker, job: Job) -> Any:
    """`worker` takes `job` from the queue and starts it, as rq 3 does, without running it: its execution."""
    state = queue.state()
    taken = Queue.dequeue_any([state.queue], None, connection=state.connection)
    assert taken is not None and taken[0].id == job.id
    execution = worker.prepare_execution(job)
    worker.prepare_job_execution(job, remove_from_intermediate_queue=True)
    assert job.get_status() == "started"
    return execution


def _last_beat(execution: Any, seconds_ago: float) -> None:
    """An execution's last beat set back: the job it ran ended without rq writing its end."""
    queue.state().connection.hset(execution.key, "last_heartbeat", time.time() - seconds_ago)


def _heal_a_lease_later(app: Flask, ids: list[int]) -> None:
    """Another worker's heal once the submissions have waited longer than a lease."""
    hour_ago = utcnow() - timedelta(hours=1)
    db.session.execute(update(Submission).where(Submission.id.in_(ids)).values(updated_at=hour_ago))
    db.session.commit()
    queue.worker(app).run_maintenance_tasks()


def _status(submission_id: int) -> str:
    db.session.expire_all()
    found = db.session.scalar(select(Submission.status).where(Submission.id == submission_id))
    db.session.commit()
    return str(found)


@pytest.fixture(autouse=True)
def _empty_queue(queue_app: Flask) -> None:
    with queue_app.app_context():
        queue.state().queue.empty()


def test_a_started_job_its_live_worker_no_longer_runs_is_dead_and_its_batch_comes_back(
    queue_app: Flask,
) -> None:
    """rq wrote the job's end in one pipeline that failed (Redis lost for a moment: rq logs it and takes
    the next job), so the job stays `started` while its worker lives on and beats. Judged by the worker
    alone it was live for as long as the worker lived, and its submission waited for a job no one ran."""
    with queue_app.app_context():
        seconds = lease_seconds()
        submission_id, job = _queued()
        taker = queue.worker(queue_app)
        taker.register_birth()
        execution = _take(taker, job)
        assert queue.job_waiting(job.id, stale_after=seconds)  # it runs it
        _last_beat(execution, seconds + 1)
        taker.heartbeat()  # the worker itself lives on
        assert not queue.job_waiting(job.id, stale_after=seconds)
        assert job.id not in queue.live_job_ids(stale_after=seconds)
        _heal_a_lease_later(queue_app, [submission_id])
        assert queue.state().queue.get_job_ids() == [job.id]  # the batch's job, queued again
        taker.register_death()
        queue.run_burst(queue_app)
        assert _status(submission_id) == "accepted"


def test_a_worker_on_its_next_job_keeps_that_one_live_beside_the_one_whose_end_was_lost(
    queue_app: Flask,
) -> None:
    """The lost end leaves the first job's execution in the worker's index beside the next one's: rq's
    `get_current_job_id` names either. The one that beats is live, the other is not."""
    with queue_app.app_context():
        seconds = lease_seconds()
        first_id, first = _queued()
        second_id, second = _queued(OTHER_PLACEMENT)
        taker = queue.worker(queue_app)
        taker.register_birth()
        _last_beat(_take(taker, first), seconds + 1)
        _take(taker, second)
        taker.heartbeat()
        assert queue.job_waiting(second.id, stale_after=seconds)
        assert not queue.job_waiting(first.id, stale_after=seconds)
        assert queue.live_job_ids(stale_after=seconds) == {second.id}
        taker.register_death()


def test_a_worker_started_again_under_the_same_name_runs_none_of_the_old_ones_jobs(
    queue_app: Flask,
) -> None:
    """rq's names are new for each worker the hub starts; one started under a dead one's name (a
    deployment naming its workers) beats under that name, but its record of what it runs is new."""
    with queue_app.app_context():
        seconds = lease_seconds()
        submission_id, job = _queued()
        taker = queue.worker(queue_app)
        taker.register_birth()
        _take(taker, job)
        taker.register_death()
        state = queue.state()
        again = HubWorker([state.queue], name=taker.name, connection=state.connection)
        again.register_birth()
        assert not queue.job_waiting(job.id, stale_after=seconds)
        _heal_a_lease_later(queue_app, [submission_id])
        assert state.queue.get_job_ids() == [job.id]
        again.register_death()


def test_a_live_workers_job_whose_lease_ran_out_shows_queued_and_ends_final_without_a_person(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's renewal was cut off from the database longer than a lease while its job ran: healing
    gives the submission back and the queue keeps the one job (it is live). Meanwhile the sender reads
    `queued` (with a time to ask again) and the admin's jobs page shows the job started, the worker on
    it and the submission queued; the job's outcome is fenced off (decision 0028), and a heal a lease
    after the job's end queues the batch again, which ends it accepted. Nobody queued anything by hand."""
    admin = signed_in_client(queue_app, "admin")
    sender = queue_app.test_client()
    headers = bearer(queue_app, add_user(queue_app, "lead-gladsaxe"))
    seen: dict[str, Any] = {}
    read = batch_reads.extract_parsed

    def lease_runs_out_first(data: bytes, filename: str, options: Any) -> Any:
        if not seen:
            deadline = time.monotonic() + PATIENCE  # a bound for a hang; the renewal may win a round
            while _status(submission_id) != "queued" and time.monotonic() < deadline:
                db.session.execute(
                    update(Submission)
                    .where(Submission.id == submission_id)
                    .values(lease_until=utcnow() - timedelta(seconds=1))
                )
                db.session.commit()
                queue.worker(queue_app).run_maintenance_tasks()  # another worker heals
            answer = sender.get(f"/api/submissions/{submission_id}", headers=headers)
            seen["api"] = (answer.get_json()["status"], "Retry-After" in answer.headers)
            seen["jobs"] = queue.state().queue.get_job_ids()
            page = lxml.html.fromstring(admin.get("/admin/jobs").get_data(as_text=True))
            seen["job"] = page.xpath(f"string(//table[@id='jobs']//tr[@data-job='{job.id}']/@data-state)")
            seen["worker"] = page.xpath("string(//table[@id='workers']//tr/td[2])").strip()
            seen["queued"] = page.xpath("string(//table[@id='submissions']//tr[@data-status='queued']/td)")
        return read(data, filename, options)

    monkeypatch.setattr("hub.services.batch_reads.extract_parsed", lease_runs_out_first)
    with queue_app.app_context():
        submission_id, job = _queued()
        worker = queue.worker(queue_app, CommandWorker)
        worker.heals = False
        worker.work(burst=True, logging_level="WARNING")
        assert seen == {
            "api": ("queued", True),
            "jobs": [],  # no second job beside the live one
            "job": "started",
            "worker": job.id,
            "queued": "1",
        }
        assert _status(submission_id) == "queued"  # its outcome was not the live job's to write
        _heal_a_lease_later(queue_app, [submission_id])
        queue.run_burst(queue_app)
        assert _status(submission_id) == "accepted"
        actors = set(
            db.session.scalars(select(AuditEvent.actor).where(AuditEvent.action == "submission.released"))
        )
        assert actors == {"worker"}
