"""Two requests with one `Idempotency-Key` that meet between a claim's read and its write (review-97,
decision 0068 "Stop 65: review-97"): the other request's commit is made at the exact point where, on
PostgreSQL's READ COMMITTED, it can land, so each interleaving is run, not hoped for. (SQLite takes the
write lock at the claim's first statement, so neither can happen there.)"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hub.extensions import db
from hub.models import IdempotencyKey
from hub.models.base import utcnow
from hub.services import idempotency

PARTY, KEY, PRINT = "municipality 159", "5f0c6a7e-2b7d-4c55-9d1a", "f" * 64


def _once(before: Callable[[], None], then: Callable[..., Any]) -> Callable[..., Any]:
    """`then`, with `before` run first on its first call only (the other request's step, landing there)."""
    ran: list[bool] = []

    def wrapped(*args: Any) -> Any:
        if not ran:
            ran.append(True)
            before()
        return then(*args)

    return wrapped


def test_two_retries_of_an_abandoned_claim_take_it_over_once(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with postgres_app.app_context():
        abandoned = utcnow() - timedelta(minutes=11)  # its connection's lock free, within the hours
        db.session.add(IdempotencyKey(party=PARTY, key=KEY, fingerprint=PRINT, created_at=abandoned))
        db.session.commit()
        held: list[idempotency.Claim] = []

        def other_retry() -> None:  # its claim read, judged and committed while this one has read only
            with Session(db.engine) as other:
                taken = idempotency.claim(other, PARTY, KEY, PRINT, 24)  # it takes the claim over
                assert isinstance(taken, idempotency.Claim)
                held.append(taken)

        monkeypatch.setattr(idempotency, "_answered", _once(other_retry, idempotency._answered))
        # This retry read the row as abandoned too; the claim is the other's now: 409, not a second upload.
        with pytest.raises(idempotency.KeyInUse):
            idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        held[0].hold.release()


def test_a_claim_let_go_between_the_insert_and_the_read_is_claimed_afresh(
    postgres_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    with postgres_app.app_context():
        db.session.add(IdempotencyKey(party=PARTY, key=KEY, fingerprint=PRINT, created_at=utcnow()))
        db.session.commit()

        def first_refused() -> None:  # the first request refused: `let_go` deletes its claim
            with Session(db.engine) as other:
                other.execute(delete(IdempotencyKey))
                other.commit()

        monkeypatch.setattr(idempotency, "key_row", _once(first_refused, idempotency.key_row))
        # This request's insert met the first's claim; by its read the claim is gone: the key is free.
        claimed = idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        assert isinstance(claimed, idempotency.Claim)
        claimed.hold.release()
        assert db.session.scalars(select(IdempotencyKey.key)).all() == [KEY]
