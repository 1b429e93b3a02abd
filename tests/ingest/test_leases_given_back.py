"""A batch stopped in the middle (a second Ctrl-C, rq's cold shutdown) gives its submissions back at
once: `received`, no lease, one `submission.released` entry each saying why. A failure (an Exception)
keeps the lease, which runs out for healing to take, and nothing another holder has is touched."""

from __future__ import annotations

import signal
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select, update
from test_leases import OTHER_PLACEMENT, PLACEMENT, _load, _submit

from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.models.base import utcnow
from hub.services import batch_outcome, ingest, processing


def _stopped_with(monkeypatch: pytest.MonkeyPatch, stop: BaseException) -> None:
    def outcomes(*args: Any, **kwargs: Any) -> list[int]:
        raise stop  # while the claimed documents are read and stored

    monkeypatch.setattr(batch_outcome, "store_batch", outcomes)


def _row(submission_id: int) -> tuple[str, str | None, bool]:
    db.session.expire_all()
    row = db.session.get_one(Submission, submission_id)
    found = row.status, row.leased_by, row.lease_until is not None
    db.session.commit()
    return found


def _released(submission_id: int) -> list[dict[str, Any]]:
    query = select(AuditEvent.detail).where(
        AuditEvent.action == "submission.released", AuditEvent.subject == f"submission:{submission_id}"
    )
    found = list(db.session.scalars(query))
    db.session.commit()
    return found


def test_a_stopped_batch_gives_back_what_it_holds(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(backend_app)
    with backend_app.app_context():
        mine = _submit(PLACEMENT)
        theirs = _submit(OTHER_PLACEMENT)
        ingest.mark_queued(db.session, [mine], "job-1")
        # Another worker holds the second under a live lease: the stopped batch does not claim it.
        db.session.execute(
            update(Submission)
            .where(Submission.id == theirs)
            .values(status="processing", leased_by="other", lease_until=utcnow() + timedelta(hours=1))
        )
        db.session.commit()
        _stopped_with(monkeypatch, KeyboardInterrupt())
        with pytest.raises(KeyboardInterrupt):
            processing.process_batch(db.session, [mine, theirs], holder="me", lease_seconds=3600)
        assert _row(mine) == ("received", "me", False)
        assert _released(mine) == [{"stopped": True}]
        assert _row(theirs) == ("processing", "other", True)
        assert _released(theirs) == []


def test_a_failed_batch_keeps_its_lease_for_healing(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    _load(backend_app)
    with backend_app.app_context():
        mine = _submit(PLACEMENT)
        _stopped_with(monkeypatch, RuntimeError("the database went away"))
        with pytest.raises(RuntimeError):
            processing.process_batch(db.session, [mine], holder="me", lease_seconds=3600)
        assert _row(mine) == ("processing", "me", True)
        assert _released(mine) == []


def test_a_ctrl_c_during_the_claim_gives_back_what_was_claimed(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The claim holds a Ctrl-C until it has committed (`interrupts.shielded`); the Ctrl-C then raised
    # must meet the give-back, or the submission stays `processing` under a live lease for an hour.
    _load(backend_app)
    real_claim = processing.claim

    def claim_then_ctrl_c(*args: Any, **kwargs: Any) -> list[int]:
        signal.raise_signal(signal.SIGINT)  # held by the shield until the claim is done
        return real_claim(*args, **kwargs)

    monkeypatch.setattr(processing, "claim", claim_then_ctrl_c)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with backend_app.app_context():
            mine = _submit(PLACEMENT)
            with pytest.raises(KeyboardInterrupt):
                processing.process_batch(db.session, [mine], holder="me", lease_seconds=3600)
            assert _row(mine) == ("received", "me", False)
            assert _released(mine) == [{"stopped": True}]
    finally:
        signal.signal(signal.SIGINT, previous)
