"""One Gladsaxe placement form stored through the queue, for tests of what storing a form writes."""

from __future__ import annotations

from conftest import ROOT
from flask import Flask

from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.queue import queue
from hub.services import agreements, ingest


def store_one_placement(app: Flask) -> None:
    """The agreements of config/agreements/ loaded and Gladsaxe's placement form (kontanthjælp) stored
    by a burst worker: a placement, its record and version, provenance, a summary and month rows."""
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "t")
        db.session.commit()
        data = (ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf").read_bytes()
        result = ingest.submit(db.session, data, "praktikaftale.pdf", "gladsaxe", "test", "tester")
        enqueue_submission(result.submission_id)
        queue.run_burst(app)
