"""Uploads when the document store's disk is full, on a real PostgreSQL: every write of a blob goes to
`/dev/full`, whose every write the kernel refuses with ENOSPC, as a full disk or a spent quota does.

The operator's walk (decision 0026, "Stop 63") filled the blob folder's file system: `hub ingest` said
"error: unexpected OSError" and no line for any of its files (exit 1), and the API and the upload page
answered 500 "something went wrong on our side", though nothing was wrong but the disk.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest
from accounts import add_user, bearer
from conftest import ROOT
from flask import Flask
from flask.testing import FlaskCliRunner
from sqlalchemy import func, select

from hub.cli import cli
from hub.extensions import db
from hub.models import Submission

pytestmark = pytest.mark.postgres

GLADSAXE = sorted((ROOT / "tests" / "golden" / "gladsaxe").glob("*.pdf"))[:3]


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each blob is written where the kernel says "No space left on device" (the file named beside its
    target, as `BlobStore.put_many` names it, so that its clean-up runs as it would)."""

    def full(dir: str, prefix: str) -> tuple[int, str]:
        return os.open("/dev/full", os.O_WRONLY), os.path.join(dir, f"{prefix}full")

    monkeypatch.setattr("hub.storage.tempfile.mkstemp", full)


def _submissions(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(Submission)) or 0)


def test_hub_ingest_says_for_each_file_that_the_disk_is_full(postgres_app: Flask, disk_full: None) -> None:
    runner = FlaskCliRunner(postgres_app)
    assert runner.invoke(cli, ["agreements", "load"]).exit_code == 0
    result = runner.invoke(cli, ["ingest", *map(str, GLADSAXE), "-m", "gladsaxe", "--wait", "1"])
    # A server's trouble, not the files' (4, as for a database that cannot be reached), and no "unexpected".
    assert result.exit_code == 4, result.output
    assert "unexpected" not in result.output and "Traceback" not in result.output
    for path in GLADSAXE:
        assert (
            f"{path}: not stored, the hub's document store cannot be written (No space left on device);"
            " send it again / ikke gemt, hubbens dokumentlager kan ikke skrives i (disken er fuld);"
            " send den igen"
        ) in result.output
    assert (
        "error: the hub's document store (HUB_BLOB_DIR) cannot be written (No space left on device);"
        " 3 files not stored"
    ) in result.output
    assert (
        "fejl: hubbens dokumentlager (HUB_BLOB_DIR) kan ikke skrives i (disken er fuld); 3 filer ikke gemt"
    ) in result.output
    assert "the database cannot be reached" not in result.output  # it could
    assert _submissions(postgres_app) == 0
    # Nothing half-written is left behind under the blob folder.
    blobs = Path(postgres_app.config["BLOB_DIR"])
    assert not [p for p in blobs.rglob("*") if p.is_file()]


def test_an_upload_is_told_that_the_disk_is_full(
    postgres_app: Flask, disk_full: None, caplog: pytest.LogCaptureFixture
) -> None:
    add_user(postgres_app, "lead-gladsaxe")
    headers: dict[str, Any] = bearer(postgres_app, "lead-gladsaxe")
    with GLADSAXE[0].open("rb") as fh, caplog.at_level(logging.WARNING, logger="hub.web.errors"):
        response = postgres_app.test_client().post(
            "/api/submissions", data={"files": (fh, GLADSAXE[0].name)}, headers=headers
        )
    assert response.status_code == 503, response.get_data(as_text=True)
    assert int(response.headers["Retry-After"]) > 0
    body = response.get_json()
    assert body["code"] == "storage_unavailable"
    assert body["message"] == (
        "The hub cannot store documents right now (No space left on device); nothing was saved."
        " Try again later, or tell the hub's administrator."
    )
    assert body["message_da"] == (
        "Hubben kan ikke gemme dokumenter lige nu (disken er fuld); intet er gemt."
        " Prøv igen senere, eller kontakt hubbens administrator."
    )
    assert _submissions(postgres_app) == 0
    # The operator's log names the folder and the reason; the answer names no path.
    said = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    folder = postgres_app.config["BLOB_DIR"]
    assert any(
        f"the document store (HUB_BLOB_DIR {folder}) cannot be written on POST /api/submissions:"
        " No space left on device / dokumentlageret (HUB_BLOB_DIR"
        f" {folder}) kan ikke skrives i ved POST /api/submissions: disken er fuld" in line
        for line in said
    ), said
    assert folder not in response.get_data(as_text=True)
