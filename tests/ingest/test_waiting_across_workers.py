"""A form waiting for its placement (decision 0042) whose placement is in another worker's batch, not yet
committed: the batch commits before it tries the form again and locks its citizen anew, so it waits
for the other batch's commit rather than rejecting the form while that batch waits for it."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from flask import Flask, current_app
from sqlalchemy import func, select
from test_link_ahead import GOLDEN, _load, advisory_elsewhere, golden_record

from hub.extensions import db
from hub.models import Placement, Submission
from hub.services import ingest, link_ahead, processing, settling


def test_a_form_waits_for_the_placement_another_worker_is_storing(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This worker's batch holds a progress report; the other worker's holds the placement it belongs
    to. This one locks the citizen first and finds no placement; the other then waits for the citizen.
    The report must not be rejected for want of a placement the other is about to store."""
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
                other.start()  # its placement's citizen is locked by this batch now: it waits
                deadline = time.monotonic() + 30
                while not advisory_elsewhere(citizen, granted=False) and time.monotonic() < deadline:
                    time.sleep(0.01)
            return done

        monkeypatch.setattr(settling, "settle", settle_then_let_the_other_wait)
        try:
            statuses = processing.process_batch(db.session, [ids["progress_report.pdf"]], holder="this")
        finally:
            if other.is_alive() or other.ident:
                other.join(60)
        assert other_done == {ids["placement_kontanthjaelp.pdf"]: "accepted"}
        assert statuses == {ids["progress_report.pdf"]: "accepted"}
        report = db.session.get_one(Submission, ids["progress_report.pdf"])
        assert report.status == "accepted"
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 1
