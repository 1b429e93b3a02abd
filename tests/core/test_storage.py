"""Blobs by SHA-256 (the audit log's tests are in test_audit_log.py and beside it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hub.errors import HubError
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
