"""`/readyz` looks at the document store: a disk with less free than `HUB_BLOB_MIN_FREE_BYTES`, or one that
cannot be written, is not ready (503), its `storage` check saying what is wrong, since every upload would
fail with 503 `storage_unavailable` while the probe said ready."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import make_app
from flask import Flask


def _ready(app: Flask) -> tuple[int, dict[str, Any]]:
    answer = app.test_client().get("/readyz")
    return answer.status_code, answer.get_json()


def test_a_disk_with_room_is_ready_and_says_its_free_bytes(app: Flask) -> None:
    status, body = _ready(app)
    storage = body["checks"]["storage"]
    assert status == 200 and storage["ok"] is True and storage["error"] is None
    assert storage["min_free_bytes"] == 1024 * 1024 * 1024  # the README's default, 1 GB
    assert storage["free_bytes"] >= storage["min_free_bytes"] and storage["writable"] is True


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
