"""Batches: one job takes many submissions, one commit stores their outcomes, each document on its own
(issue 9, point 4), and an outcome only under a live lease (point 1)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from hub_process import PATIENCE
from rq import Queue
from rq.job import Job, get_current_job
from rq.utils import as_text, utcformat, utcparse
from rq.worker import Worker
from sqlalchemy import event, func, select, update
from sqlalchemy.orm import Session

from hub import jobs
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, Rejection
from hub.extensions import db
from hub.job_batches import batch_job_id
from hub.jobs import enqueue_submissions, lease_seconds
from hub.models import AuditEvent, Placement, Record, RecordVersion, Submission
from hub.models.base import utcnow
from hub.queue import queue
from hub.queue_stopping import CommandWorker
from hub.services import batch_outcome, batch_reads, documents, ingest, linking, processing, record_rows
from hub.services.batch_choice import batches

GOLDEN = ROOT / "tests" / "golden" / "gladsaxe"
PLACEMENT = GOLDEN / "placement_kontanthjaelp.pdf"
OTHER_PLACEMENT = GOLDEN / "placement_sygedagpenge.pdf"
PROGRESS = GOLDEN / "progress_report.pdf"  # the citizen of PLACEMENT: stored after it in the batch
TERMINAL = ("submission.accepted", "submission.partial", "submission.rejected", "submission.failed")


def _load() -> None:
    seeds_loaded()


def _submit(data: bytes, filename: str) -> int:
    return ingest.submit(db.session, data, filename, "gladsaxe", "test", "tester").submission_id


def _mixed() -> dict[str, int]:
    """Two good forms, one that is no form at all, and one whose storing will crash (patched)."""
    _load()
    return {
        "good": _submit(PLACEMENT.read_bytes(), "placement.pdf"),
        "noise": _submit(b"just,some\nwords,here\n", "noise.csv"),
        "crash": _submit(OTHER_PLACEMENT.read_bytes(), "crash.pdf"),
        "other": _submit(PROGRESS.read_bytes(), "progress.pdf"),
    }


def _in_this_thread(note: Callable[..., None]) -> Callable[..., None]:
    """`note` for the statements and commits of the thread that listens (the batch's), and none of another
    thread's: the lease is renewed every third of its time from a thread and connection of its own
    (`leases.kept`), whenever a batch runs that long."""
    batch = threading.current_thread()

    def noted(*args: Any) -> None:
        if threading.current_thread() is batch:
            note(*args)

    return noted


def _crash_for(monkeypatch: pytest.MonkeyPatch, filename: str) -> None:
    store = documents.store_document

    def crashing(session: Any, submission: Submission, *args: Any) -> Any:
        settled = store(session, submission, *args)  # written, then undone with the document's savepoint
        if submission.filename == filename:
            raise KeyError("a bug in the mapping")
        return settled

    monkeypatch.setattr("hub.services.documents.store_document", crashing)


def _statuses(ids: dict[str, int]) -> dict[str, str]:
    db.session.expire_all()
    rows = {row.id: row.status for row in db.session.execute(select(Submission.id, Submission.status))}
    db.session.commit()
    return {name: rows[submission_id] for name, submission_id in ids.items()}


def _versions(submission_id: int) -> int:
    query = (
        select(func.count()).select_from(RecordVersion).where(RecordVersion.submission_id == submission_id)
    )
    return db.session.scalar(query) or 0


def _terminal_entries(submission_id: int) -> list[str]:
    query = select(AuditEvent.action).where(
        AuditEvent.subject == f"submission:{submission_id}", AuditEvent.action.in_(TERMINAL)
    )
    return list(db.session.scalars(query))


def test_a_mixed_batch_keeps_the_neighbours_of_a_rejected_and_a_crashed_document(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_for(monkeypatch, "crash.pdf")
    with queue_app.app_context():
        queue.state().queue.empty()  # a real Redis keeps the jobs of an earlier run of this test
        ids = _mixed()
        jobs = enqueue_submissions(list(ids.values()))
        assert len(jobs) == 1  # four submissions, one job (BATCH_SIZE is 100)
        queue.run_burst(queue_app)
        assert _statuses(ids) == {
            "good": "accepted",
            "noise": "rejected",
            "crash": "failed",
            "other": "accepted",
        }
        assert [_versions(ids[name]) for name in ("good", "noise", "crash", "other")] == [1, 0, 0, 1]
        for name, status in (
            ("good", "accepted"),
            ("noise", "rejected"),
            ("crash", "failed"),
            ("other", "accepted"),
        ):
            assert _terminal_entries(ids[name]) == [f"submission.{status}"], name
        crashed = db.session.get_one(Submission, ids["crash"])
        assert "KeyError" in (crashed.error or "")
        # The crash is the job's failure too (rq keeps it), after the neighbours were committed.
        assert jobs[0].get_status(refresh=True) == "failed"


def test_a_batch_commits_once_whatever_its_size(app: Flask) -> None:
    with app.app_context():
        _load()
        small = [_submit(PLACEMENT.read_bytes(), "a.pdf")]
        large = [_submit(OTHER_PLACEMENT.read_bytes(), "b.pdf"), _submit(b"x,y\n1,2\n", "c.csv")]
        large.append(_submit(PLACEMENT.read_bytes() + b"\n", "d.pdf"))
        commits: list[int] = []
        event.listen(db.engine, "commit", _in_this_thread(lambda *_: commits.append(1)))
        processing.process_batch(db.session, small, holder="me")
        one = len(commits)
        processing.process_batch(db.session, large, holder="me")
        assert len(commits) - one == one  # three documents commit as often as one does
        assert one <= 4  # claim, end of the read, the outcomes, the statuses read back


def test_a_batch_writes_its_outcomes_in_one_update_per_table(app: Flask) -> None:
    """Decision 0035: the outcomes (accepted and rejected alike) and the readings kept are written
    together before the commit, not flushed one document at a time by the next savepoint."""
    with app.app_context():
        _load()
        ids = [_submit(PLACEMENT.read_bytes(), "a.pdf"), _submit(b"x,y\n1,2\n", "b.csv")]
        ids.append(_submit(PROGRESS.read_bytes(), "c.pdf"))
        updates: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if statement.lstrip().upper().startswith("UPDATE"):
                updates.append(" ".join(statement.split()[:2]).lower())

        # The batch's own statements: not the lease's renewal, which a batch slower than a third of the
        # lease (10 s on a loaded machine) also makes, from a thread of its own.
        noted = _in_this_thread(note)
        event.listen(db.engine, "before_cursor_execute", noted)
        try:
            statuses = processing.process_batch(db.session, ids, holder="me")
        finally:
            event.remove(db.engine, "before_cursor_execute", noted)
        assert statuses == dict(zip(ids, ("accepted", "rejected", "accepted"), strict=True))
        # One UPDATE claims the three, one writes their outcomes; one keeps the three readings.
        assert updates.count("update submissions") == 2
        assert updates.count("update documents") == 1
        db.session.expire_all()
        kept = [db.session.get_one(Submission, i) for i in ids]
        assert [s.document.format for s in kept] == ["pdf", "csv", "pdf"]
        assert all(s.document.extraction for s in kept)
        assert [s.form_id for s in kept] == ["praktikaftale", None, "statusrapport"]
        assert kept[1].problems and all(s.config_fingerprint for s in kept)


def test_a_citizens_first_form_looks_for_no_records_and_provenance_is_written_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A placement the form itself created holds no records yet: no SELECT looks for them. The next form
    of that citizen, later in the batch, does look. Both versions' provenance rows go in at the commit,
    in one statement a batch (decision 0036: COPY on PostgreSQL, which no statement event sees)."""
    # One batch is one commit whatever the load: a read slower than STALL_SECONDS on a busy host made it
    # two (heal-119 saw two provenance inserts after "a reader answered after more than 20 s").
    monkeypatch.setattr(batch_outcome, "STALL_SECONDS", 600.0)
    with app.app_context():
        _load()
        ids = [_submit(PLACEMENT.read_bytes(), "a.pdf"), _submit(PROGRESS.read_bytes(), "b.pdf")]
        looked: list[str] = []
        provenance: list[str] = []

        def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            flat = " ".join(statement.split()).lower()
            # One placement's (`=`) or, read ahead, several placements' (`IN`, `= ANY`): decision 0030,
            # "Stop 58: year-66".
            if flat.startswith("select") and "where records.placement_id" in flat:
                looked.append(flat)
            if flat.startswith("insert into provenance"):
                provenance.append(flat)

        event.listen(db.engine, "before_cursor_execute", note)
        try:
            statuses = processing.process_batch(db.session, ids, holder="me")
        finally:
            event.remove(db.engine, "before_cursor_execute", note)
        assert statuses == dict(zip(ids, ("accepted", "accepted"), strict=True))
        assert len(looked) == 1
        assert len(provenance) == (0 if db.engine.dialect.name == "postgresql" else 1)
        versions = db.session.scalars(select(RecordVersion).order_by(RecordVersion.id)).all()
        assert [v.submission_id for v in versions] == ids
        assert all(v.provenance for v in versions)
        sources = {p.source_key for v in versions for p in v.provenance}
        assert len(sources) > 10 and None not in sources


def test_the_same_ids_queued_twice_are_one_job(queue_app: Flask) -> None:
    with queue_app.app_context():
        queue.state().queue.empty()
        _load()
        ids = [_submit(PLACEMENT.read_bytes(), "a.pdf"), _submit(OTHER_PLACEMENT.read_bytes(), "b.pdf")]
        first = enqueue_submissions(ids)
        again = enqueue_submissions(list(reversed(ids)))
        assert [job.id for job in first] == [job.id for job in again] == [queue.full_id(batch_job_id(ids))]
        assert queue.state().queue.get_job_ids() == [first[0].id]
        db.session.expire_all()
        assert {db.session.get_one(Submission, i).job_id for i in ids} == {first[0].id}
        assert {db.session.get_one(Submission, i).status for i in ids} == {"queued"}


def test_many_submissions_are_queued_in_batches_of_batch_size(app: Flask) -> None:
    app.config["BATCH_SIZE"] = 2
    with app.app_context():
        _load()
        ids = [_submit(PLACEMENT.read_bytes() + b"\n" * n, f"{n}.pdf") for n in range(5)]
        jobs = enqueue_submissions(ids)
        assert [len(job.args[0]) for job in jobs] == [2, 2, 1]
        assert sorted(i for job in jobs for i in job.args[0]) == ids
        queue.run_burst(app)
        assert set(_statuses({str(i): i for i in ids}).values()) == {"accepted"}


def test_a_batch_is_bounded_in_bytes_too_and_a_larger_document_goes_alone(app: Flask) -> None:
    size = len(PLACEMENT.read_bytes())
    # Room for two of these forms a job, not three; the one made twice as large has a job of its own.
    app.config["BATCH_BYTES"] = 2 * size + 10
    with app.app_context():
        _load()
        ids = [_submit(PLACEMENT.read_bytes() + b"\n" * n, f"{n}.pdf") for n in range(3)]
        ids.append(_submit(PLACEMENT.read_bytes() + b"\n" * (size + 5), "large.pdf"))
        ids.append(_submit(PLACEMENT.read_bytes() + b"\n" * 4, "4.pdf"))
        jobs = enqueue_submissions(ids)
        assert [job.args[0] for job in jobs] == [ids[:2], [ids[2]], [ids[3]], [ids[4]]]
        queue.run_burst(app)
        assert set(_statuses({str(i): i for i in ids}).values()) == {"accepted"}


def test_batches_follow_the_ids_and_both_bounds() -> None:
    # (id, bytes), given out of order: the batches are made in id order.
    sized = [(5, 10), (1, 10), (2, 10), (3, 100), (4, 10), (6, 10), (7, 10)]
    assert batches(sized, 3, 50) == [[1, 2], [3], [4, 5, 6], [7]]
    assert batches(sized, 2, 1000) == [[1, 2], [3, 4], [5, 6], [7]]
    assert batches([], 2, 1000) == []


def _age(ids: list[int]) -> None:
    """Make queued submissions look an hour old, so that healing looks for their job."""
    hour_ago = utcnow() - timedelta(hours=1)
    db.session.execute(update(Submission).where(Submission.id.in_(ids)).values(updated_at=hour_ago))
    db.session.commit()


def test_healing_leaves_a_live_batch_alone_and_queues_a_lost_one_again(queue_app: Flask) -> None:
    with queue_app.app_context():
        queue.state().queue.empty()
        _load()
        ids = [_submit(PLACEMENT.read_bytes(), "a.pdf"), _submit(OTHER_PLACEMENT.read_bytes(), "b.pdf")]
        (job,) = enqueue_submissions(ids)
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()
        assert queue.state().queue.get_job_ids() == [job.id]  # no second job, no job per submission
        queue.state().queue.empty()  # Redis loses the batch (its job and all)
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()
        assert queue.state().queue.get_job_ids() == [queue.full_id(batch_job_id(ids))]
        queue.run_burst(queue_app)
        assert set(_statuses({"a": ids[0], "b": ids[1]}).values()) == {"accepted"}


def _one_queued() -> tuple[Any, list[int], Any]:
    """An empty queue, then one placement form submitted and its job queued: the queue's state, the
    submission's id, its job."""
    state = queue.state()
    state.queue.empty()
    _load()
    ids = [_submit(PLACEMENT.read_bytes(), "a.pdf")]
    (job,) = enqueue_submissions(ids)
    return state, ids, job


def test_healing_replaces_a_job_stranded_by_a_worker_killed_as_it_took_it(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rq moves a job it takes from the queue to an intermediate list, then to the started registry; a
    worker SIGKILLed in between leaves the job `queued` in neither (seen in `make soak`). rq's own
    clean-up fails it only after minutes; healing gives the work back when it finds it so a second
    time (the first time it is as a job a live worker is taking at that moment)."""
    monkeypatch.setattr("hub.queue_once.TAKING_GRACE", 0.0)  # the second time comes a lease later
    with queue_app.app_context():
        state, ids, job = _one_queued()
        intermediate = state.queue.intermediate_queue
        state.connection.lmove(state.queue.key, intermediate.key, "RIGHT", "LEFT")  # as rq takes it
        assert state.queue.get_job_ids() == [] and intermediate.get_job_ids() == [job.id]
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()
        assert state.queue.get_job_ids() == []  # seen there once: it may be being taken
        _age(ids)  # noted on its job again, its submissions are looked at once they have waited again
        queue.worker(queue_app).run_maintenance_tasks()
        assert state.queue.get_job_ids() == [job.id]  # the same batch's job, back in the queue
        assert intermediate.get_job_ids() == []
        queue.run_burst(queue_app)
        assert _statuses({"a": ids[0]}) == {"a": "accepted"}


def test_healing_leaves_a_job_alone_that_a_worker_is_taking(queue_app: Flask) -> None:
    """A worker has taken the job from the queue (rq's LMOVE or LPOP, and the job fetched) and not yet
    put it in the started registry when another worker heals: the job, `queued` in neither, looked
    stranded and was queued again, and the batch had two jobs, the taken one run by the first worker and
    the new one by the next."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        _age(ids)
        taken = Queue.dequeue_any([state.queue], None, connection=state.connection)  # as rq 3's worker
        assert taken is not None and taken[0].id == job.id
        queue.worker(queue_app).run_maintenance_tasks()  # another worker heals, within the grace
        assert state.queue.get_job_ids() == []  # no second job for the batch
        assert job.get_status() == "queued"  # the taken job is still the batch's, for the worker to run


def test_healing_leaves_a_job_alone_that_waits_in_the_queue(queue_app: Flask) -> None:
    """A job that is `queued` and in the queue (a long backlog) is not replaced, however long its
    submissions wait: replacing it would only move it to the back."""
    with queue_app.app_context():
        state = queue.state()
        state.queue.empty()
        _load()
        first = enqueue_submissions([_submit(PLACEMENT.read_bytes(), "a.pdf")])[0]
        ids = [_submit(OTHER_PLACEMENT.read_bytes(), "b.pdf")]
        (job,) = enqueue_submissions(ids)
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()
        assert state.queue.get_job_ids() == [first.id, job.id]


def _asked_again(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The submissions a worker's healing asks to queue again ("waiting with no job behind them", and
    those whose wait for another submission is over), noted and not queued."""
    asked: list[int] = []
    monkeypatch.setattr("hub.healing._queue_again", lambda ids, seconds: asked.extend(ids) or [])
    return asked


def test_healing_counts_a_job_live_at_every_step_of_a_workers_taking_it(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rq 3 takes a job in steps (on Redis 6.2 and later): from the queue to its intermediate list
    (LMOVE), into the started registry (`prepare_execution`), then `started` and out of the intermediate
    list (`prepare_job_execution`). At a load of 12-21 a worker's healing, finding the first batch's
    forms waiting longer than a lease (the workers' start took 34-40 s), asked for the batch again while
    the other worker took its job: the job is live at every step, and healing asks for nothing."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        _age(ids)
        asked = _asked_again(monkeypatch)
        taker = queue.worker(queue_app)
        intermediate = state.queue.intermediate_queue
        steps = {
            "out of the queue": lambda: state.connection.lmove(
                state.queue.key, intermediate.key, "RIGHT", "LEFT"
            ),
            "in the started registry": lambda: taker.prepare_execution(job),
            "started": lambda: taker.prepare_job_execution(job, remove_from_intermediate_queue=True),
        }
        for step, take in steps.items():
            take()
            assert job.id in queue.live_job_ids(stale_after=30), step
            queue.worker(queue_app).run_maintenance_tasks()  # another worker heals
            assert asked == [], step
        assert job.get_status() == "started" and intermediate.get_job_ids() == []


def test_healing_counts_a_job_live_that_a_worker_takes_while_healing_looks(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The queue and the started registry were read one after the other, the started jobs fetched
    between: a job a worker took and started meanwhile was in neither read, and its batch was asked
    for again while it ran."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        _age(ids)
        asked = _asked_again(monkeypatch)
        taker = queue.worker(queue_app)
        fetch_many = Job.fetch_many

        def taken_meanwhile(*args: Any, **kwargs: Any) -> Any:
            if state.queue.get_job_ids() == [job.id]:  # once: the worker takes the job and starts it
                state.connection.lmove(state.queue.key, state.queue.intermediate_queue.key, "RIGHT", "LEFT")
                taker.prepare_execution(job)
                taker.prepare_job_execution(job, remove_from_intermediate_queue=True)
            return fetch_many(*args, **kwargs)

        monkeypatch.setattr(Job, "fetch_many", staticmethod(taken_meanwhile))
        queue.worker(queue_app).run_maintenance_tasks()
        assert job.get_status() == "started"  # taken while healing looked
        assert asked == []


def test_healing_asks_again_for_a_job_left_taken_past_the_grace(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job out of the queue and not started is live while a worker may be taking it, and not once it
    has been seen so for `TAKING_GRACE`: a worker killed as it took it stranded it."""
    monkeypatch.setattr("hub.queue_once.TAKING_GRACE", 0.0)  # the second look comes a third of a lease later
    with queue_app.app_context():
        state, ids, job = _one_queued()
        state.connection.lmove(state.queue.key, state.queue.intermediate_queue.key, "RIGHT", "LEFT")
        assert job.id in queue.live_job_ids()  # first seen out of the queue: maybe being taken
        assert job.id not in queue.live_job_ids()  # seen so before: stranded


def test_healing_asks_nothing_again_for_a_batch_that_ran_while_it_looked(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Healing read the waiting submissions (SQL), then the live jobs (Redis): a batch whose worker
    claimed, finished and left rq between the two reads was waiting in the first and had no job in the
    second, and was asked for again (a second job, which claimed nothing)."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        _age(ids)
        asked = _asked_again(monkeypatch)
        live_job_ids = queue.live_job_ids

        def run_meanwhile(*args: Any, **kwargs: Any) -> set[str]:
            if state.queue.get_job_ids() == [job.id]:  # once: another worker runs the whole batch first
                queue.run_burst(queue_app)
            return live_job_ids(*args, **kwargs)

        monkeypatch.setattr(queue, "live_job_ids", run_meanwhile)
        queue.worker(queue_app).run_maintenance_tasks()
        assert _statuses({"a": ids[0]}) == {"a": "accepted"}  # run while healing looked
        assert asked == []


def _ago(seconds: float) -> str:
    """A moment `seconds` ago as rq writes it in a job's or a worker's hash."""
    return utcformat(datetime.now(UTC) - timedelta(seconds=seconds))


def test_a_live_workers_long_job_is_left_alone_and_a_killed_ones_comes_back(
    queue_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job `started` longer ago than a lease was taken for a dead worker's whatever its worker said:
    a batch whose claim waited out a database outage (its forms still `queued`) was replaced while its
    worker was alive and working it. Its worker's beat decides: fresh, the job is left; a lease old (a
    worker SIGKILLed), the batch is queued again at the next heal."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        seconds = lease_seconds()
        taker = queue.worker(queue_app)
        taker.register_birth()
        assert Queue.dequeue_any([state.queue], None, connection=state.connection) is not None
        taker.prepare_execution(job)
        taker.prepare_job_execution(job, remove_from_intermediate_queue=True)
        state.connection.hset(job.key, "started_at", _ago(3600))  # running an hour, its worker beating
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()  # another worker heals
        assert state.queue.get_job_ids() == [] and job.get_status() == "started"
        state.connection.hset(taker.key, "last_heartbeat", _ago(seconds + 1))  # then SIGKILLed
        _age(ids)
        queue.worker(queue_app).run_maintenance_tasks()
        assert state.queue.get_job_ids() == [job.id]  # the batch's job, back in the queue
        taker.register_death()
        queue.run_burst(queue_app)
        assert _statuses({"a": ids[0]}) == {"a": "accepted"}


def test_a_worker_beats_while_its_job_runs(queue_app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    """rq's `SimpleWorker` beats only as a job starts: a job running longer than a lease looked like a
    dead worker's. The hub's worker beats every third of a lease while the job runs (here every 50 ms),
    and the job is live however long ago it started."""
    with queue_app.app_context():
        state, ids, job = _one_queued()
        seen: list[str] = []
        process_batch = jobs.process_batch

        def long_batch(submission_ids: list[int]) -> dict[int, str]:
            running = get_current_job()
            assert running is not None and running.worker_name
            worker_key = Worker.redis_worker_namespace_prefix + running.worker_name
            # As if it had run an hour, its worker's last beat at its start.
            state.connection.hset(running.key, "started_at", _ago(3600))
            state.connection.hset(worker_key, "last_heartbeat", _ago(3600))
            deadline = time.monotonic() + PATIENCE
            while _beat_ago(state.connection, worker_key) > 60 and time.monotonic() < deadline:
                time.sleep(0.01)
            if queue.job_waiting(running.id, stale_after=60) and running.id in queue.live_job_ids(60):
                seen.append("live")
            return process_batch(submission_ids)

        monkeypatch.setattr(jobs, "process_batch", long_batch)
        worker = queue.worker(queue_app, CommandWorker)
        worker.heals, worker.heal_every = False, 0.05
        worker.work(burst=True, logging_level="WARNING")
        assert seen == ["live"]
        assert _statuses({"a": ids[0]}) == {"a": "accepted"}


def _beat_ago(connection: Any, worker_key: str) -> float:
    """Seconds since a worker's last beat."""
    beat = utcparse(as_text(connection.hget(worker_key, "last_heartbeat")))
    return (datetime.now(UTC) - beat.replace(tzinfo=UTC)).total_seconds()


def _batch_of_two(
    monkeypatch: pytest.MonkeyPatch, names: tuple[str, str], before_read: Callable[[str], None]
) -> tuple[int, int, dict[int, str]]:
    """Two placement forms submitted as `names` and processed as one batch, `before_read(filename)`
    called as each is read; their ids and the batch's statuses (in an app context)."""
    read = batch_reads.extract_parsed

    def hooked_read(data: bytes, filename: str, options: Any) -> tuple[Extraction, Any]:
        before_read(filename)
        return read(data, filename, options)

    monkeypatch.setattr("hub.services.batch_reads.extract_parsed", hooked_read)
    _load()
    first = _submit(PLACEMENT.read_bytes(), names[0])
    second = _submit(OTHER_PLACEMENT.read_bytes(), names[1])
    return first, second, processing.process_batch(db.session, [first, second], holder="me")


def test_a_submission_taken_over_mid_batch_gets_no_second_outcome(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Our lease ran out after the claim, and another worker took one submission before our outcome
    locked the rows: our outcome leaves it be."""
    outcomes = batch_outcome.store_batch

    def taken_over_first(session: Session, *args: Any) -> list[int]:
        with db.engine.begin() as other_worker:
            other_worker.execute(
                update(Submission)
                .where(Submission.filename == "taken.pdf")
                .values(leased_by="another worker", lease_until=utcnow() + timedelta(seconds=30))
            )
        return outcomes(session, *args)

    monkeypatch.setattr(batch_outcome, "store_batch", taken_over_first)
    with app.app_context():
        kept, taken, statuses = _batch_of_two(monkeypatch, ("kept.pdf", "taken.pdf"), lambda _: None)
        assert statuses == {kept: "accepted", taken: "processing"}
        row = db.session.get_one(Submission, taken)
        assert (row.status, row.leased_by) == ("processing", "another worker")
        assert _versions(taken) == 0 and _terminal_entries(taken) == []
        assert _versions(kept) == 1 and _terminal_entries(kept) == ["submission.accepted"]


def test_a_batch_reads_its_documents_on_every_reader_at_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sandbox keeps two reader processes: a batch of two keeps both busy (each read waits here
    for the other to start; read one after the other, the first would wait in vain)."""
    both = threading.Barrier(2, timeout=PATIENCE)  # a bound for a hang: readers start slowly under load
    with app.app_context():
        first, second, statuses = _batch_of_two(
            monkeypatch, ("first.pdf", "second.pdf"), lambda _: both.wait()
        )
        assert statuses == {first: "accepted", second: "accepted"}


def test_a_batch_stores_what_is_read_while_the_readers_work_on_the_rest(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second document's read waits until the first one is stored: a batch that read every document
    before storing any would make it wait in vain, and that document would fail."""
    first_stored = threading.Event()
    store = documents.store_document

    def noting(*args: Any, **kwargs: Any) -> Any:
        settled = store(*args, **kwargs)
        first_stored.set()
        return settled

    def second_waits(filename: str) -> None:
        if filename == "second.pdf":
            assert first_stored.wait(timeout=10), "the first document was not stored while reading"

    monkeypatch.setattr(documents, "store_document", noting)
    with app.app_context():
        first, second, statuses = _batch_of_two(monkeypatch, ("first.pdf", "second.pdf"), second_waits)
        assert statuses == {first: "accepted", second: "accepted"}


def test_a_placement_undone_with_its_document_leaves_nothing_behind_for_the_next(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first document is rejected after it wrote its new placement: the batch is stored again with a
    savepoint per document, and the placement is rolled back with its document (SQLite then gives the
    next placement the same id): the second document's placement is its own, whole and stored."""
    find_record = linking.find_record
    seen: list[Placement] = []  # held, so that the rolled-back placement object stays in memory
    refused: list[str] = []  # the first document's citizen, refused every time it is stored

    def rejecting_the_first(session: Session, placement: Placement, new: dict[str, Any], *args: Any) -> Any:
        seen.append(placement)
        refused[:] = refused or [new["citizen"]["cpr"]]
        if new["citizen"]["cpr"] == refused[0]:
            raise Rejection([FieldProblem("refused here", "afvist her", field="form_type")])
        return find_record(session, placement, new, *args)

    monkeypatch.setattr(linking, "find_record", rejecting_the_first)
    with app.app_context():
        first, second, statuses = _batch_of_two(monkeypatch, ("first.pdf", "second.pdf"), lambda _: None)
        assert statuses == {first: "rejected", second: "accepted"}
        db.session.expire_all()
        (placement,) = db.session.scalars(select(Placement)).all()
        (record,) = db.session.scalars(select(Record)).all()
        assert record.placement_id == placement.id
        data = record.versions[0].data
        assert (placement.start.isoformat(), placement.end.isoformat()) == (
            data["period"]["start"],
            data["period"]["end"],
        )
        assert placement.created_at is not None


def test_a_row_rolled_back_with_its_savepoint_is_not_handed_back_for_the_next_one(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records are written with Core statements: one loaded in a savepoint that rolled back is reloaded,
    and SQLite's next record (the same id) is read as itself, not as the one rolled back."""
    with app.app_context():
        _batch_of_two(monkeypatch, ("first.pdf", "second.pdf"), lambda _: None)
        placement = db.session.scalars(select(Placement)).first()
        assert placement is not None

        def added(identity: str) -> Record:
            row = {
                "form_type": "mentor_support",
                "identity": identity,
                "municipality_code": placement.municipality_code,
                "placement_id": placement.id,
                "current_version": 1,
            }
            db.session.connection().execute(record_rows._NEW_RECORD, row)
            return db.session.scalars(select(Record).where(Record.identity == identity)).one()

        savepoint = db.session.begin_nested()
        undone = added("undone")  # held here, as a batch may hold an object it loaded
        savepoint.rollback()
        with db.session.begin_nested():
            kept = added("kept")
        assert kept.id == undone.id  # the same id again: the case this guards
        assert kept.identity == "kept"
        db.session.rollback()


def test_a_read_that_stalls_does_not_hold_the_write_lock_and_what_was_stored_stays(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PDF that takes its reader to the time limit: the documents before it are committed, and the
    # database is free for others (on SQLite, every web request that writes) while it is read.
    monkeypatch.setattr(batch_outcome, "STALL_SECONDS", 0.2)
    slow_read = threading.Event()
    finish = threading.Event()
    read_one = batch_reads._read_one

    def reading(app_: Flask, sha: str, filename: str, kept: Any) -> Any:
        if filename == "slow.pdf":
            slow_read.set()
            assert finish.wait(30)
        return read_one(app_, sha, filename, kept)

    monkeypatch.setattr(batch_reads, "_read_one", reading)
    with app.app_context():
        _load()
        ids = [
            _submit(PLACEMENT.read_bytes(), "first.pdf"),
            _submit(OTHER_PLACEMENT.read_bytes(), "slow.pdf"),
            _submit(PROGRESS.read_bytes(), "after.pdf"),
        ]
        seen: dict[str, Any] = {}

        def meanwhile() -> None:
            # Another process's view while the slow document is being read.
            assert slow_read.wait(30)
            with app.app_context():
                other = Session(db.engine)
                deadline = threading.Event()
                for _ in range(100):  # the batch commits what it has once the read has stalled 0.2 s
                    status = other.scalar(select(Submission.status).where(Submission.id == ids[0]))
                    if status == "accepted":
                        break
                    other.rollback()
                    deadline.wait(0.05)
                seen["first"] = status
                seen["slow"] = other.scalar(select(Submission.status).where(Submission.id == ids[1]))
                other.execute(update(Submission).where(Submission.id == ids[2]).values(job_id="written"))
                other.commit()  # a writer gets the lock while the read goes on
                seen["wrote"] = True
                other.close()
            finish.set()

        watcher = threading.Thread(target=meanwhile)
        watcher.start()
        statuses = processing.process_batch(db.session, ids, holder="me")
        watcher.join(30)
    assert seen == {"first": "accepted", "slow": "processing", "wrote": True}
    assert statuses == {ids[0]: "accepted", ids[1]: "accepted", ids[2]: "accepted"}
