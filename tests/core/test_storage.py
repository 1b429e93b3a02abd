"""Blobs by SHA-256, and the hash-chained audit log."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import update

from hub.errors import HubError
from hub.extensions import db
from hub.models import AuditEvent
from hub.services import audit
from hub.storage import BlobStore


def test_blob_is_named_by_its_hash_and_stored_once(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    data = b"%PDF-1.7 praktikaftale"
    digest = store.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.put(data) == digest
    assert store.get(digest) == data
    assert len([p for p in tmp_path.rglob("*") if p.is_file()]) == 1


def test_corrupt_blob_is_detected(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    digest = store.put(b"original")
    path = store.path(digest)
    path.chmod(0o644)
    path.write_bytes(b"tampered")
    with pytest.raises(HubError, match="corrupt"):
        store.get(digest)


def test_blob_name_must_be_a_digest(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        BlobStore(tmp_path).path("../../etc/passwd")


def test_audit_chain_links_and_detects_tampering(backend_app: Flask) -> None:
    with backend_app.app_context():
        session = db.session
        first = audit.append(session, "tester", "thing.created", "thing:1", {"n": 1})
        second = audit.append(session, "tester", "thing.changed", "thing:1", {"n": 2})
        session.commit()
        assert second.prev_hash == first.hash
        assert audit.verify(session) is None
        session.execute(update(AuditEvent).where(AuditEvent.id == first.id).values(detail={"n": 99}))
        session.commit()
        session.expire_all()
        assert audit.verify(session) == first.id


def test_append_after_a_rolled_back_savepoint_links_to_the_kept_event(backend_app: Flask) -> None:
    """An append does not re-read the newest event within its own transaction, except after a savepoint
    that appended was rolled back (as `hub reprocess` does for a change that fails to link)."""
    with backend_app.app_context():
        session = db.session
        first = audit.append(session, "tester", "thing.created", "thing:1", {"n": 1})
        nested = session.begin_nested()
        audit.append(session, "tester", "thing.dropped", "thing:1", {"n": 2})
        nested.rollback()
        third = audit.append(session, "tester", "thing.changed", "thing:1", {"n": 3})
        fourth = audit.append(session, "tester", "thing.changed", "thing:1", {"n": 4})
        session.commit()
        assert (third.prev_hash, fourth.prev_hash) == (first.hash, third.hash)
        fifth = audit.append(session, "tester", "thing.changed", "thing:1", {"n": 5})
        session.commit()
        assert fifth.prev_hash == fourth.hash
        assert audit.verify(session) is None


@pytest.mark.parametrize("per_transaction", [1, 3])
def test_concurrent_appends_keep_one_chain(postgres_app: Flask, per_transaction: int) -> None:
    """Two workers appending at once must neither fail nor fork the chain (PostgreSQL takes a lock;
    SQLite has one writer at a time anyway), with one append per transaction or several (the later
    ones do not re-read the newest event)."""
    backend_app = postgres_app
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        with backend_app.app_context():
            try:
                for i in range(15):
                    for _ in range(per_transaction):
                        audit.append(db.session, name, "thing.touched", f"thing:{i}", {"i": i})
                    db.session.commit()
            except BaseException as exc:  # noqa: BLE001 - reported to the test thread below
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with backend_app.app_context():
        assert audit.verify(db.session) is None
        assert db.session.query(AuditEvent).count() == 30 * per_transaction
