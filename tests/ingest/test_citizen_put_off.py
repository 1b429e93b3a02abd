"""A batch whose citizen another worker holds stores its other documents meanwhile (decision 0030, "Stop
57"): two workers' batches of a year's forms share many citizens, and a batch that waited for the first
one held elsewhere waited for that worker's whole batch."""

from __future__ import annotations

import threading
import time

from flask import Flask, current_app
from sqlalchemy import select, text
from test_link_ahead import GOLDEN, NAMES, _load, advisory_elsewhere, golden_record

from hub.extensions import db
from hub.models import Submission
from hub.services import ingest, link_ahead, processing


def test_a_batch_stores_its_other_citizens_while_another_worker_holds_one(postgres_app: Flask) -> None:
    """Two placement forms of two citizens; another worker's transaction holds the first citizen. The
    batch stores the second citizen's form and commits it, then waits for the first citizen in a
    transaction of its own, and stores its form once the other worker has committed."""
    with postgres_app.app_context():
        _load()
        secret = str(current_app.config["PSEUDONYM_KEY"])
        first, second = NAMES[:2]
        citizen = link_ahead.lock_number(link_ahead.pair_of(golden_record(first), secret)[0])
        forms = [(GOLDEN / name).read_bytes() for name in (first, second)]
        ids = [
            ingest.submit(db.session, data, name, "gladsaxe", "test", "t").submission_id
            for data, name in zip(forms, (first, second), strict=True)
        ]
        db.session.commit()
        other = db.engine.connect()
        other.execute(text("SELECT pg_advisory_xact_lock(:n)"), {"n": citizen})
        done: dict[int, str] = {}

        def worker() -> None:
            with postgres_app.app_context():
                done.update(processing.process_batch(db.session, ids, holder="batch"))

        thread = threading.Thread(target=worker)
        thread.start()
        try:
            deadline = time.monotonic() + 60
            while not advisory_elsewhere(citizen, granted=False) and time.monotonic() < deadline:
                time.sleep(0.01)
            query = select(Submission.id, Submission.status).where(Submission.id.in_(ids))
            with db.engine.connect() as probe:  # the batch waits for the first citizen now
                meanwhile = {row.id: row.status for row in probe.execute(query)}
        finally:
            other.rollback()  # the other worker's batch ends
            other.close()
            thread.join(60)
        assert meanwhile == {ids[0]: "processing", ids[1]: "accepted"}
        assert done == dict.fromkeys(ids, "accepted")
