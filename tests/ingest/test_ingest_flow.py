"""Ingestion end to end through the queue: stored once, versioned, traceable, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from agreements_once import seeds_loaded
from conftest import ROOT, SHARED
from flask import Flask
from servers import in_ci
from sqlalchemy import func, select

from hub.demo.simulators import simulator
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import AuditEvent, Document, Placement, Provenance, Record, RecordVersion, Submission
from hub.queue import queue
from hub.services import audit_verify, ingest, records, reprocess, submission_status
from hub.signing import signer

GOLDEN = ROOT / "tests" / "golden"


def _load_agreements(app: Flask) -> None:
    with app.app_context():
        seeds_loaded()


def _submit(app: Flask, slug: str, data: bytes, filename: str) -> Submission:
    with app.app_context():
        result = ingest.submit(db.session, data, filename, slug, "test", "tester")
        if not result.duplicate:
            enqueue_submission(result.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        return records.submission(db.session, result.submission_id)


def _golden(slug: str, name: str) -> tuple[bytes, Any]:
    source = next(p for p in (GOLDEN / slug).glob(f"{name}.*") if not p.name.endswith(".json"))
    expected = json.loads((GOLDEN / slug / f"{name}.expected.json").read_text(encoding="utf-8"))
    return source.read_bytes(), expected


def _count(app: Flask, model: type) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def loaded(backend_app: Flask) -> Flask:
    _load_agreements(backend_app)
    return backend_app


def test_placement_is_stored_with_provenance_and_audit(loaded: Flask) -> None:
    data, expected = _golden("gladsaxe", "placement_kontanthjaelp")
    submission = _submit(loaded, "gladsaxe", data, "praktikaftale.pdf")
    assert submission.status == "accepted", submission.problems
    with loaded.app_context():
        (version,) = records.versions_of_submission(db.session, submission.id)
        assert version.data == expected
        paths = {p.path: p for p in version.provenance}
        cpr = paths["citizen.cpr"]
        # The Gladsaxe form keeps the CPR in a field called Tekstfelt12; the raw value keeps its dash.
        assert (
            cpr.source_key == "Tekstfelt12" and cpr.raw_value.replace("-", "") == expected["citizen"]["cpr"]
        )
        assert cpr.document_sha256 == submission.document_sha256
        assert "digits" in cpr.transforms
        placement = db.session.scalars(select(Placement)).one()
        assert placement.agreement_id == "falck-hovedstaden"
        assert expected["citizen"]["cpr"] not in placement.cpr_key
        # The worker sealed the job's entries into the tree as the job ended: none wait, all verify.
        verdict = audit_verify.verify(db.session, signer())
        assert verdict.intact and verdict.pending == 0 and verdict.size == verdict.checkpoint_size > 0
        actions = [e.action for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]
        assert actions[-3:] == ["submission.received", "record.submitted", "submission.accepted"]
        cpr_text = expected["citizen"]["cpr"]
        assert all(cpr_text not in json.dumps(e.detail) for e in db.session.scalars(select(AuditEvent)))


def test_same_bytes_twice_is_one_submission(loaded: Flask) -> None:
    data, _ = _golden("gladsaxe", "placement_kontanthjaelp")
    first = _submit(loaded, "gladsaxe", data, "a.pdf")
    second = _submit(loaded, "gladsaxe", data, "renamed-copy.pdf")
    assert first.id == second.id
    assert _count(loaded, Submission) == 1 and _count(loaded, Document) == 1
    assert _count(loaded, RecordVersion) == 1


def test_the_same_content_in_other_bytes_is_unchanged_and_names_the_version_it_repeats(
    loaded: Flask,
) -> None:
    # The same form saved again (another producer, a line ending more): another submission, whose
    # content is that of the record's current version. Nothing new is stored; its sender is shown which
    # version it repeats, not an acceptance that made nothing.
    data, _ = _golden("herlev", "placement")
    first = _submit(loaded, "herlev", data, "praktik.csv")
    again = _submit(loaded, "herlev", data + b"\r\n", "praktik-igen.csv")
    assert first.id != again.id and again.status == "accepted", again.problems
    with loaded.app_context():
        (made,) = records.versions_of_submission(db.session, first.id)
        assert records.versions_of_submission(db.session, again.id) == []
        assert again.unchanged_version_id == made.id
        shown = submission_status.result_of(db.session, records.submission(db.session, again.id))
        assert shown["records"] == [{"record_id": made.record_id, "version": 1, "unchanged": True}]
        first_shown = submission_status.result_of(db.session, records.submission(db.session, first.id))
        assert first_shown["records"] == [{"record_id": made.record_id, "version": 1, "unchanged": False}]
        accepted = db.session.scalars(
            select(AuditEvent).where(AuditEvent.subject == f"submission:{again.id}")
        ).all()
        assert accepted[-1].detail["unchanged"] == f"record:{made.record_id} version 1"
    assert _count(loaded, RecordVersion) == 1
    with loaded.app_context():
        # Read again with the same config: nothing changed, the repeating submission included.
        changes = reprocess.reprocess(db.session, "163", dry_run=True, actor="test")
        assert [c.submission_id for c in changes if c.changed] == []


def test_a_correction_is_a_new_version_and_the_old_stays(loaded: Flask) -> None:
    gladsaxe = simulator("gladsaxe")
    _, expected = _golden("gladsaxe", "placement_kontanthjaelp")
    original = gladsaxe.render("placement", gladsaxe.localise("placement", expected))
    corrected_record = {**expected, "hours_per_week": "25.0"}
    corrected = gladsaxe.render("placement", gladsaxe.localise("placement", corrected_record))
    assert _submit(loaded, "gladsaxe", original, "v1.pdf").status == "accepted"
    assert _submit(loaded, "gladsaxe", corrected, "v2.pdf").status == "accepted"
    with loaded.app_context():
        record = db.session.scalars(select(Record)).one()
        assert [v.version for v in record.versions] == [1, 2]
        assert record.versions[0].data["hours_per_week"] == expected["hours_per_week"]
        assert record.versions[1].data["hours_per_week"] == "25.0"
        assert db.session.scalar(select(func.count()).select_from(Placement)) == 1


def test_form_without_its_placement_is_rejected_and_leaves_nothing(loaded: Flask) -> None:
    data, _ = _golden("gladsaxe", "placement_end")
    submission = _submit(loaded, "gladsaxe", data, "ophoer.pdf")
    assert submission.status == "rejected"
    (problem,) = submission.problems or []
    assert "no placement" in problem["reason_en"] and "ingen praktik" in problem["reason_da"]
    assert problem["file"] == "ophoer.pdf" and problem["field"] == "site.p_number"
    assert _count(loaded, Record) == 0 and _count(loaded, Placement) == 0
    assert _count(loaded, Provenance) == 0
    with loaded.app_context():
        # What was read is kept with the rejection, so that `hub reprocess` can accept it later.
        document = db.session.get_one(Document, submission.document_sha256)
        assert document.extraction is not None and document.format == "pdf"
        verdict = audit_verify.verify(db.session, signer())
        assert verdict.intact and verdict.pending == 0


def test_unreadable_file_is_rejected_with_both_languages(loaded: Flask) -> None:
    submission = _submit(loaded, "gladsaxe", b"%PDF-1.7\nthis is not really a pdf", "broken.pdf")
    assert submission.status == "rejected"
    problem = (submission.problems or [])[0]
    assert problem["file"] == "broken.pdf" and problem["reason_en"] and problem["reason_da"]
    assert _count(loaded, Record) == 0


CORPUS = sorted(
    p for p in (SHARED / "corpus").glob("*/*") if p.is_file() and not p.name.startswith("LICENSE")
)


def test_the_shared_corpus_is_there() -> None:
    """In CI the corpus must be there: without it the test below collects nothing and passes silently."""
    if not CORPUS and not in_ci():
        pytest.skip("away from CI the shared corpus may be missing")
    assert CORPUS, f"no corpus files under {SHARED / 'corpus'}"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_file_gets_a_clear_outcome(app: Flask, path: Path) -> None:
    """Hostile and odd real files: a rejection naming the file with reasons in both languages, never a
    crash, never a record, never a file read from the server."""
    _load_agreements(app)
    submission = _submit(app, "herlev", path.read_bytes(), path.name)
    assert submission.status == "rejected", submission.error
    assert submission.problems, "a rejection without a reason tells the sender nothing"
    for problem in submission.problems:
        assert problem["file"] == path.name and problem["reason_en"] and problem["reason_da"]
        assert "root:" not in json.dumps(problem)  # /etc/passwd never leaks into a message
    assert _count(app, Record) == 0
