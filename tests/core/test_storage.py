"""Blobs by SHA-256 (the audit log's tests are in test_audit_log.py and beside it)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hub.errors import HubError
from hub.storage import BlobStore, StoreUnwritable


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


def test_many_blobs_are_named_in_order_stored_once_and_read_back(tmp_path: Path) -> None:
    store = BlobStore(tmp_path)
    earlier = store.put(b"sent yesterday")
    batch = [b"first", b"second", b"first", b"sent yesterday", b"third"]
    digests = store.put_many(batch)
    assert digests == [hashlib.sha256(data).hexdigest() for data in batch]
    assert digests[3] == earlier
    assert [store.get(d) for d in digests] == batch
    stored = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(stored) == 4 and not any(p.name.startswith(".incoming-") for p in stored)
    assert all(p.stat().st_mode & 0o777 == 0o400 for p in stored)  # read-only, the owner's alone


def test_a_batch_that_fails_midway_leaves_no_half_written_blob(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = BlobStore(tmp_path)
    renamed: list[str] = []

    def second_rename_fails(src: str, dst: Path) -> None:
        if renamed:
            raise OSError("disk full")
        renamed.append(src)
        Path(src).rename(dst)

    monkeypatch.setattr("hub.storage.os.replace", second_rename_fails)
    # Said as the store's refusal (a 503 to an upload, "not stored" to `hub ingest`), an OSError still.
    with pytest.raises(StoreUnwritable) as refused:
        store.put_many([b"one", b"two", b"three"])
    assert isinstance(refused.value.__cause__, OSError) and str(refused.value.__cause__) == "disk full"
    left = [p for p in tmp_path.rglob("*") if p.is_file()]
    # The blob renamed before the failure is whole and under its hash; no temporary file is left.
    assert [p.name for p in left] == [hashlib.sha256(b"one").hexdigest()]
    assert store.get(left[0].name) == b"one"
