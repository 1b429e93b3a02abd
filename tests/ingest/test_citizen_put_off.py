"""A batch whose citizen another worker holds stores its other documents meanwhile (decision 0030, "Stop
57"): two workers' batches of a year's forms share many citizens, and a batch that waited for the first
one held elsewhere waited for that worker's whole batch."""

from __future__ import annotations

from citizen_held_support import batch_while_held
from flask import Flask, current_app
from test_link_ahead import GOLDEN, NAMES, _load, golden_record

from hub.extensions import db
from hub.services import ingest, link_ahead


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
        meanwhile, _, done = batch_while_held(postgres_app, ids, citizen)
        assert meanwhile == {ids[0]: "processing", ids[1]: "accepted"}
        assert done == dict.fromkeys(ids, "accepted")
