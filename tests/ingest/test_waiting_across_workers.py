"""A form waiting for its placement (decision 0042) whose placement is in another worker's batch, not yet
committed. On PostgreSQL batches take turns (decision 0030, "Stop 50"): the other worker's later batch
waits for its turn and cannot store the placement while this batch is storing the form, so the form is
not rejected for it but waits in the queue (`awaiting`), and is stored once the placement's batch woke
it. Neither batch waits for the other in a circle."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from flask import Flask, current_app
from sqlalchemy import func, select
from test_link_ahead import GOLDEN, _load, advisory_elsewhere, golden_record
from test_turns import turn_waited_for

from hub.extensions import db
from hub.models import Placement, Submission
from hub.services import awaiting, ingest, link_ahead, processing, settling


def test_a_form_waits_for_the_placement_another_worker_is_storing(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This worker's batch holds a progress report; the other worker's (later) batch holds the placement
    it belongs to. This one finds no placement; the other then waits for its turn. The report must not
    be rejected for want of a placement the other is about to store: it waits, and is woken by it."""
    with postgres_app.app_context():
        _load()
        secret = str(current_app.config["PSEUDONYM_KEY"])
        citizen = link_ahead.lock_number(
            link_ahead.pair_of(golden_record("placement_kontanthjaelp.pdf"), secret)[0]
        )
        ids = {
            name: ingest.submit(
                db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "test", "tester"
            ).submission_id
            for name in ("progress_report.pdf", "placement_kontanthjaelp.pdf")
        }
        db.session.commit()
        other_done: dict[int, str] = {}

        def other_worker() -> None:
            with postgres_app.app_context():
                other_done.update(
                    processing.process_batch(db.session, [ids["placement_kontanthjaelp.pdf"]], holder="other")
                )

        other = threading.Thread(target=other_worker)
        settle = settling.settle

        def settle_then_let_the_other_wait(*args: Any, **kwargs: Any) -> str:
            done = settle(*args, **kwargs)
            if done == settling.WAITING and not other.is_alive() and threading.current_thread() is not other:
                other.start()  # this batch holds a turn the other needs: it waits for it
                deadline = time.monotonic() + 30
                while not turn_waited_for() and time.monotonic() < deadline:
                    time.sleep(0.01)
                assert turn_waited_for()
            return done

        monkeypatch.setattr(settling, "settle", settle_then_let_the_other_wait)
        try:
            statuses = processing.process_batch(db.session, [ids["progress_report.pdf"]], holder="this")
        finally:
            if other.is_alive() or other.ident:
                other.join(60)
        assert other_done == {ids["placement_kontanthjaelp.pdf"]: "accepted"}
        assert statuses == {ids["progress_report.pdf"]: "queued"}  # waiting, not rejected
        report = db.session.get_one(Submission, ids["progress_report.pdf"])
        assert report.waiting_since is not None
        db.session.commit()
        # The placement's batch wakes it (`jobs._wake`), and its next try finds the placement.
        assert awaiting.wakeable(db.session, [ids["placement_kontanthjaelp.pdf"]]) == [report.id]
        monkeypatch.setattr(settling, "settle", settle)
        assert processing.process_batch(db.session, [report.id], holder="this") == {report.id: "accepted"}
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 1
        assert not advisory_elsewhere(citizen, granted=True)
