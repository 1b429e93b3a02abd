"""`/readyz` looks at the document store: a disk with less free than `HUB_BLOB_MIN_FREE_BYTES`, or one that
cannot be written, is not ready (503), its `storage` check saying what is wrong, since every upload would
fail with 503 `storage_unavailable` while the probe said ready."""

from __future__ import annotations

import logging
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from conftest import make_app
from flask import Flask

from hub.web import health


def _ready(app: Flask) -> tuple[int, dict[str, Any]]:
    answer = app.test_client().get("/readyz")
    return answer.status_code, answer.get_json()


def test_a_disk_with_room_is_ready_and_says_its_free_bytes(app: Flask) -> None:
    status, body = _ready(app)
    storage = body["checks"]["storage"]
    assert status == 200 and storage["ok"] is True and storage["error"] is None
    # The README's default: five times HUB_UPLOAD_MAX_UNPACKED_BYTES's 209,715,200 (200 MB).
    assert storage["min_free_bytes"] == 1_048_576_000
    assert storage["free_bytes"] >= storage["min_free_bytes"] and storage["writable"] is True


def test_the_threshold_follows_the_unpacked_limit_unless_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Zips allowed to unpack to 500 MB: room for five of them is 2,500 MB, 2,621,440,000 bytes.
    monkeypatch.setenv("HUB_UPLOAD_MAX_UNPACKED_BYTES", "524288000")
    monkeypatch.setenv("HUB_BLOB_MIN_FREE_BYTES", "")  # empty is not set (a compose file's `HUB_X=`)
    assert make_app(tmp_path / "a").config["BLOB_MIN_FREE_BYTES"] == 2_621_440_000
    # Set, it is the operator's figure whatever the unpacked limit.
    monkeypatch.setenv("HUB_BLOB_MIN_FREE_BYTES", "3000000")
    assert make_app(tmp_path / "b").config["BLOB_MIN_FREE_BYTES"] == 3_000_000


def test_less_free_than_the_threshold_is_not_ready(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # More than any disk of this machine holds: the disk is "full" by the setting's measure.
    app = make_app(tmp_path, BLOB_MIN_FREE_BYTES=2**62)
    with caplog.at_level(logging.WARNING, logger="hub"):
        status, body = _ready(app)
    assert status == 503 and body["status"] == "unavailable"
    assert body["checks"]["database"]["ok"] is True and body["checks"]["queue"]["ok"] is True
    storage = body["checks"]["storage"]
    assert (storage["ok"], storage["error"], storage["min_free_bytes"]) == (False, "low_space", 2**62)
    assert storage["reason"].startswith("the document store has ")
    assert storage["reason"].endswith(" MB free, less than HUB_BLOB_MIN_FREE_BYTES (4,398,046,511,104 MB)")
    assert storage["reason_da"].endswith(" MB fri, mindre end HUB_BLOB_MIN_FREE_BYTES (4.398.046.511.104 MB)")
    # The folder is the operator's to know (the log), not the public probe's.
    blob_dir = app.config["BLOB_DIR"]
    assert blob_dir not in str(body)
    (line,) = [r.getMessage() for r in caplog.records if "document store" in r.getMessage()]
    assert line.startswith("readiness: the document store has ") and f"({blob_dir})" in line
    assert " / parathed: dokumentlageret har " in line


def test_a_read_only_file_system_is_not_ready(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    # A disk remounted read-only after an I/O error, as the kernel does: its statvfs carries ST_RDONLY.
    real = os.statvfs

    def remounted(path: Any) -> os.statvfs_result:
        found = list(real(path))
        found[8] |= os.ST_RDONLY  # f_flag
        return os.statvfs_result(found)

    monkeypatch.setattr(os, "statvfs", remounted)
    status, body = _ready(app)
    storage = body["checks"]["storage"]
    assert status == 503 and (storage["ok"], storage["error"], storage["writable"]) == (
        False,
        "read_only",
        False,
    )
    assert storage["reason"] == "the document store is on a read-only file system"
    assert storage["reason_da"] == "dokumentlageret ligger på et skrivebeskyttet filsystem"


def test_a_blob_folder_gone_is_not_ready(app: Flask) -> None:
    # A network folder unmounted under the running hub, its mount point removed.
    shutil.rmtree(app.config["BLOB_DIR"])
    status, body = _ready(app)
    storage = body["checks"]["storage"]
    assert status == 503 and (storage["ok"], storage["error"]) == (False, "FileNotFoundError")
    assert storage["reason"] == "the document store cannot be looked at (No such file or directory)"
    assert storage["reason_da"] == "dokumentlageret kan ikke ses (stien findes ikke)"


def test_a_blob_folder_that_hangs_is_not_ready_in_time_and_holds_one_thread(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A network folder whose server is gone, mounted `hard`: statvfs blocks in the kernel until it is
    # back. The stand-in blocks until released (at most 30 s, so that a probe which waits for it
    # answers 200 and fails the test rather than hanging it).
    real, released = os.statvfs, threading.Event()
    started: list[str] = []

    def hung(path: Any) -> os.statvfs_result:
        started.append(str(path))
        released.wait(30)
        return real(path)

    monkeypatch.setattr(os, "statvfs", hung)
    monkeypatch.setattr(health, "TIMEOUT_S", 0.5)
    try:
        for _ in range(3):
            status, body = _ready(app)
            storage = body["checks"]["storage"]
            assert status == 503 and (storage["ok"], storage["error"]) == (False, "timeout")
            assert storage["reason"] == "the document store did not answer within 0.5 s"
            assert storage["reason_da"] == "dokumentlageret svarede ikke inden for 0,5 s"
            assert body["checks"]["database"]["ok"] is True and body["checks"]["queue"]["ok"] is True
        # Three probes, one look stuck on the mount: not a thread per probe.
        assert started == [app.config["BLOB_DIR"]]
    finally:
        released.set()
    # The mount back: the stuck look returns, and the next probe looks afresh and is ready.
    for stuck in [t for t in threading.enumerate() if t.name.startswith("hub-bounded-")]:
        stuck.join(30)
    status, body = _ready(app)
    assert status == 200 and body["checks"]["storage"]["ok"] is True
    assert len(started) == 2
