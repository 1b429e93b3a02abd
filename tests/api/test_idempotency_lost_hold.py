"""A try whose claim's hold was lost (its connection ended: the server restarted, the connection cut)
keeps its answer only while no other try took the key over: the answer another try kept, the first the
caller got, stays the key's (decision 0016, "Stop 66: api-103")."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import text

from hub.extensions import db
from hub.services import idempotency, idempotency_keep

PARTY, KEY, PRINT = "municipality 159", "5f0c6a7e-2b7d-4c55-9d1a", "f" * 64
FIRST = idempotency.Answer(202, {"sealed": "the first try's"}, "https://hub.example/api/submissions/1")
RETRY = idempotency.Answer(202, {"sealed": "the retry's"}, "https://hub.example/api/submissions/2")
_END = text("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = :id")


def _lose_hold(claim_id: int) -> None:
    """End the connection that holds the claim's lock, as a server restart ends every connection."""
    assert db.session.scalar(_END, {"id": claim_id}) is True
    db.session.commit()


@pytest.mark.postgres
def test_a_try_whose_hold_was_lost_does_not_replace_the_answer_the_retry_kept(
    postgres_app: Flask,
) -> None:
    with postgres_app.app_context():
        first = idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        assert isinstance(first, idempotency.Claim)
        claim_id = db.session.scalar(text("SELECT id FROM idempotency_keys"))
        _lose_hold(claim_id)
        # The first try still storing; its claim looks dead, so the retry takes it over and answers first.
        retry = idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        assert isinstance(retry, idempotency.Claim)
        assert idempotency_keep.keep(db.session, retry, RETRY) is True
        # The first try finishes: its answer is its caller's, but not the key's.
        kept = idempotency_keep.keep(db.session, first, FIRST)
        assert idempotency.claim(db.session, PARTY, KEY, PRINT, 24) == RETRY
        assert kept is False


@pytest.mark.postgres
def test_a_try_whose_hold_was_lost_keeps_its_answer_while_nobody_took_the_key(
    postgres_app: Flask,
) -> None:
    with postgres_app.app_context():
        first = idempotency.claim(db.session, PARTY, KEY, PRINT, 24)
        assert isinstance(first, idempotency.Claim)
        _lose_hold(db.session.scalar(text("SELECT id FROM idempotency_keys")))
        # No retry came while it was lost: its answer is the only one, kept for the next retry.
        assert idempotency_keep.keep(db.session, first, FIRST) is True
        assert idempotency.claim(db.session, PARTY, KEY, PRINT, 24) == FIRST
