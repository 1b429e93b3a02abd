"""A batch that waits for another worker's citizen longer than its lease keeps its work (decision 0026,
"Stop 60: lease-71"). At main the batch held its rows `FOR UPDATE` while it waited, its lease's renewal
waited behind them, and the lease ran out under a live batch; healing and `hub requeue` then waited
behind the same locks. Here the renewal skips the rows the batch holds, and healing and `hub requeue`
neither wait for them nor take them: a row held by a transaction has a live worker behind it."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from citizen_held_support import batch_while_held
from flask import Flask, current_app
from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from test_link_ahead import GOLDEN, NAMES, _load, golden_record

from hub.extensions import db
from hub.models import AuditEvent, Submission
from hub.services import batch_outcome, batch_rows, ingest, leases, link_ahead, processing, recovery

LEASE = 0.6  # renewed every 0.2 s: the batch's wait below outlasts it many times over


def test_a_batch_waiting_past_its_lease_for_a_citizen_keeps_its_work(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two placement forms; another worker's transaction holds the first one's citizen. The batch
    stores the second, then waits for the first holding its row. While it waits: the lease's renewal
    thread goes on ticking (at main it waited behind the row), the lease as written runs out, and yet
    a worker's healing and `hub requeue --minutes 0` give back nothing, without waiting for the batch.
    Once the other worker ends, both forms are stored once each and nothing was released."""
    monkeypatch.setattr(batch_outcome, "STALL_SECONDS", 600.0)  # commit points not left to the host's load
    ticks: queue.Queue[Any] = queue.Queue()
    real = getattr(leases, "renewal", leases.renew)

    def ticking(*args: Any) -> Any:
        renewed = real(*args)
        ticks.put(renewed)
        return renewed

    # `raising=False`: at main the thread calls `renew`, which the wrapper then stands in for.
    monkeypatch.setattr(leases, "renewal", ticking, raising=False)
    monkeypatch.setattr(leases, "renew", ticking)
    with postgres_app.app_context():
        _load()
        secret = str(current_app.config["PSEUDONYM_KEY"])
        first, second = NAMES[:2]
        citizen = link_ahead.lock_number(link_ahead.pair_of(golden_record(first), secret)[0])
        ids = [
            ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "t", "t").submission_id
            for name in (first, second)
        ]
        db.session.commit()

        def meanwhile(_other: Connection) -> dict[str, Any]:
            seen: dict[str, Any] = {}
            while not ticks.empty():  # ticks from before the wait
                ticks.get_nowait()
            # Two renewals end while the batch waits with its row held (at main the first never ends).
            seen["ticks"] = sum(1 for _ in range(2) if _ticked(ticks))
            deadline = time.monotonic() + 60
            with db.engine.connect() as connection, Session(connection) as healer:
                # At main the release waits behind the batch's row: a timeout rather than a hung test.
                connection.execute(text("SET lock_timeout = '5s'"))
                connection.commit()
                while ids[0] not in recovery.expired(healer, LEASE) and time.monotonic() < deadline:
                    healer.rollback()
                    time.sleep(0.05)
                seen["expired"] = ids[0] in recovery.expired(healer, LEASE)
                healer.rollback()
                try:
                    # A worker's heal, then `hub requeue --minutes 0`.
                    expired = recovery.expired(healer, LEASE)
                    seen["healed"] = recovery.release(healer, expired, "worker", still=("processing",))
                    stalled = recovery.stalled(healer, timedelta(0))
                    seen["requeued"] = recovery.release(healer, stalled, "cli")
                except Exception as exc:  # noqa: BLE001 - said in the assertion below
                    healer.rollback()
                    seen["error"] = type(exc).__name__
            return seen

        waited, seen, done = batch_while_held(postgres_app, ids, citizen, meanwhile, lease_seconds=LEASE)
        assert waited == {ids[0]: "processing", ids[1]: "accepted"}
        assert seen == {"ticks": 2, "expired": True, "healed": [], "requeued": []}
        assert done == dict.fromkeys(ids, "accepted")
        actions = select(AuditEvent.action, func.count()).where(
            AuditEvent.subject.in_([f"submission:{i}" for i in ids])
        )
        counts = dict(db.session.execute(actions.group_by(AuditEvent.action)).all())
        assert counts.get("submission.accepted") == 2  # one each: nothing stored twice
        assert "submission.released" not in counts


def _ticked(ticks: queue.Queue[Any], such: Callable[[Any], bool] = lambda _renewed: True) -> bool:
    """Whether a renewal `such` ended (a generous guard: at main none does while the batch waits)."""
    deadline = time.monotonic() + 20
    while (left := deadline - time.monotonic()) > 0:
        try:
            if such(ticks.get(timeout=left)):
                return True
        except queue.Empty:
            return False
    return False


def test_rows_held_past_a_renewal_are_let_go_with_a_lease_that_runs_on(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch holds its row while a renewal ticks: the renewal skips it (ends without waiting) and the
    lease as written runs out; the batch's commit moves the lease forward (`leases.refresh`), so that the
    row is never free with its lease run out while its worker lives."""
    ticks: queue.Queue[leases.Renewed] = queue.Queue()
    real = leases.renewal

    def ticking(*args: Any) -> leases.Renewed:
        renewed = real(*args)
        ticks.put(renewed)
        return renewed

    monkeypatch.setattr(leases, "renewal", ticking)
    with postgres_app.app_context():
        _load()
        name = NAMES[0]
        submitted = ingest.submit(db.session, (GOLDEN / name).read_bytes(), name, "gladsaxe", "t", "t")
        db.session.commit()
        ids = [submitted.submission_id]
        assert processing.claim(db.session, ids, "me", LEASE) == ids
        lease = select(Submission.lease_until).where(Submission.id == ids[0])
        with leases.kept(db.session, ids, "me", LEASE):
            assert [row.id for row in batch_rows.lock(db.session, ids, "me")] == ids
            skipped = _ticked(ticks, lambda renewed: renewed.still and renewed.skipped)
            deadline = time.monotonic() + 60
            with db.engine.connect() as probe:  # the lease as written runs out while the row is held
                while ids[0] not in recovery.expired(Session(probe), LEASE) and time.monotonic() < deadline:
                    probe.rollback()
                    time.sleep(0.05)
                before = probe.scalar(lease)
            leases.refresh(db.session)
            # Read in the batch's own transaction, which holds the row: only `refresh` can have moved it.
            after = db.session.scalar(lease)
            db.session.commit()
        assert skipped
        assert before is not None and after is not None and after > before
