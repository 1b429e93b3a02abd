"""Which submissions a queued batch holds (decision 0030, "Stop 60: year-70"): a backlog of many senders'
forms is batched by sender and queued in turns across senders, so that the jobs two workers take one
after the other rarely share a citizen; an upload of one sender is batched as before."""

from __future__ import annotations

from pathlib import Path

from agreements_once import seeds_loaded
from conftest import ROOT, make_app, queue_name
from flask import Flask
from servers import postgres_url, redis_url, require
from sqlalchemy import select

from hub.extensions import db
from hub.jobs import enqueue_submissions
from hub.models import Placement, Submission
from hub.queue import queue
from hub.services import ingest
from hub.services.batch_choice import by_sender

GOLDEN = ROOT / "tests" / "golden"


def test_each_sender_in_its_own_batches_in_turns_and_the_short_ends_packed_last() -> None:
    # (id, bytes, sender): a's ids 1 3 5 7 9, b's 2 6, c's 4 8, at most two a batch.
    sized = [(1, 1, "a"), (2, 1, "b"), (3, 1, "a"), (4, 1, "c"), (5, 1, "a"), (6, 1, "b"), (7, 1, "a")]
    sized += [(8, 1, "c"), (9, 1, "a")]
    # a: [1, 3] [5, 7] and its end [9]; b's [2, 6] and c's [4, 8] are ends of their own; the ends
    # packed whole in the first pack with room: [9] alone, as neither two-form end fits beside it.
    assert by_sender(sized, 2, 1000) == [[1, 3], [5, 7], [9], [2, 6], [4, 8]]
    # Three a batch: a [1, 3, 5] and end [7, 9]; b's end [2, 6]; c's end [4, 8]: no two ends fit together.
    assert by_sender(sized, 3, 1000) == [[1, 3, 5], [7, 9], [2, 6], [4, 8]]
    # Two senders of one full batch each take turns before either one's end.
    two = [(1, 1, "a"), (2, 1, "b"), (3, 1, "a"), (4, 1, "b"), (5, 1, "a"), (6, 1, "b")]
    assert by_sender(two, 2, 1000) == [[1, 3], [2, 4], [5, 6]]
    # The bytes bound a pack too: b's end (10 bytes) does not fit beside a's (5) within 12.
    ends = [(1, 5, "a"), (2, 10, "b"), (3, 5, "c")]
    assert by_sender(ends, 5, 12) == [[1, 3], [2]]
    assert by_sender([], 2, 1000) == []


def test_one_senders_upload_is_batched_in_id_order_as_before() -> None:
    sized = [
        (5, 10, "a"),
        (1, 10, "a"),
        (2, 10, "a"),
        (3, 100, "a"),
        (4, 10, "a"),
        (6, 10, "a"),
        (7, 10, "a"),
    ]
    assert by_sender(sized, 3, 50) == [[1, 2], [3], [4, 5, 6], [7]]


def _submit(municipality: str, name: str, copy: int) -> int:
    data = (GOLDEN / municipality / name).read_bytes() + b"\n" * copy  # other bytes: another submission
    return ingest.submit(db.session, data, f"{copy}-{name}", municipality, "test", "t").submission_id


def test_a_backlog_of_two_municipalities_is_queued_a_municipality_a_job_in_turns(tmp_path: Path) -> None:
    """Two municipalities' placement and progress forms arrive interleaved by id (a day's backlog queued
    at once, as healing or a year's bench does). On PostgreSQL and Redis the queue holds each
    municipality's forms in jobs of their own, the two taking turns, so that two workers starting on
    the first two jobs want no citizen in common; then every form is accepted, each follow-up with its
    placement."""
    app: Flask = make_app(
        tmp_path,
        DATABASE_URL=require(postgres_url(), "postgres"),
        REDIS_URL=require(redis_url(), "redis"),
        QUEUE_NAME=queue_name(),
        BATCH_SIZE=2,
    )
    try:
        with app.app_context():
            seeds_loaded()
            g1 = _submit("gladsaxe", "placement_kontanthjaelp.pdf", 0)
            r1 = _submit("randers", "placement.pdf", 0)
            g2 = _submit("gladsaxe", "progress_report.pdf", 0)
            r2 = _submit("randers", "progress_report.pdf", 0)
            g3 = _submit("gladsaxe", "progress_report.pdf", 1)
            r3 = _submit("randers", "progress_report.pdf", 1)
            db.session.commit()
            jobs = enqueue_submissions([g1, r1, g2, r2, g3, r3])
            # In id order the jobs were [g1, r1], [g2, r2], [g3, r3]: both municipalities' citizens in
            # each, so two workers wanted the same citizens at once.
            assert [job.args[0] for job in jobs] == [[g1, g2], [r1, r2], [g3, r3]]
            assert queue.state().queue.get_job_ids() == [job.id for job in jobs]
            queue.run_burst(app)
            statuses = db.session.execute(select(Submission.id, Submission.status)).all()
            assert dict(statuses) == dict.fromkeys([g1, r1, g2, r2, g3, r3], "accepted")
            assert len(db.session.scalars(select(Placement)).all()) == 2
    finally:
        with app.app_context():
            db.engine.dispose()
