"""A batch run while another worker's transaction holds a citizen's lock (decision 0030, stops 57 and 59)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import select, text
from sqlalchemy.engine import Connection
from test_link_ahead import advisory_elsewhere

from hub.extensions import db
from hub.models import Submission
from hub.services import processing


def batch_while_held(
    app: Flask,
    ids: list[int],
    citizen: int,
    during: Callable[[Connection], Any] = lambda _other: None,
    lease_seconds: float = 30,
) -> tuple[dict[int, str], Any, dict[int, str]]:
    """Process `ids` in one batch on a thread while another connection holds `citizen`'s lock. Once the
    batch waits for it: each submission's status then, and what `during` did on the other connection;
    then the other transaction ends, and the batch's outcome."""
    other = db.engine.connect()
    other.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": citizen})
    done: dict[int, str] = {}

    def worker() -> None:
        with app.app_context():
            statuses = processing.process_batch(db.session, ids, holder="batch", lease_seconds=lease_seconds)
            done.update(statuses)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not advisory_elsewhere(citizen, granted=False) and time.monotonic() < deadline:
            time.sleep(0.01)
        query = select(Submission.id, Submission.status).where(Submission.id.in_(ids))
        with db.engine.connect() as probe:  # the batch waits for the citizen now
            meanwhile = {row.id: row.status for row in probe.execute(query)}
        did = during(other)
    finally:
        other.rollback()  # the other worker's batch ends
        other.close()
        thread.join(60)
    return meanwhile, did, done
