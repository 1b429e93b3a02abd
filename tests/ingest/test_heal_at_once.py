"""Two workers healing at the same moment (an operator's trial, stop 44: two `hub worker` processes
started together after the others were SIGKILLed each logged "queued again 200 submission(s)" for the
same 200): a dead worker's work is given back once, in one worker's log and one audit entry each."""

from __future__ import annotations

import logging

import pytest
from flask import Flask
from sqlalchemy import func, select
from test_leases import PLACEMENT, _hold, _load, _submit

from hub import healing
from hub.extensions import db
from hub.models import AuditEvent
from hub.services import recovery


def test_a_dead_workers_work_is_given_back_once_by_two_workers_healing_at_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _load(app)
    with app.app_context():
        dead = _submit(PLACEMENT)
        _hold(dead, seconds_left=-1)
        # The second worker looks at the same moment as the first, before the first gives it back.
        seen_by_the_second = recovery.expired(db.session, 30)
        db.session.commit()
        assert seen_by_the_second == [dead]
        with caplog.at_level(logging.WARNING, logger="hub.jobs"):
            healing.heal(app)
            monkeypatch.setattr(recovery, "expired", lambda *args, **kwargs: seen_by_the_second)
            healing.heal(app)
        released = db.session.scalar(
            select(func.count()).where(
                AuditEvent.action == "submission.released", AuditEvent.subject == f"submission:{dead}"
            )
        )
        db.session.commit()
    assert released == 1
    assert len([r for r in caplog.records if "lease ran out" in r.getMessage()]) == 1
