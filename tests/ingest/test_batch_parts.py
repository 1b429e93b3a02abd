"""A batch's documents read in parts: a reading thread sends a few documents to its sandbox worker in one
message (`batch_reads`, decision 0044). A document that kills its reader is rejected alone, the others of
its part are read by a fresh worker, and every document of the batch ends final.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from hub.adapters.readers import pdf, sandbox
from hub.adapters.readers.sandboxed import SandboxedRead
from hub.errors import ProcessingFailed
from hub.extensions import blobs, db
from hub.models import Submission
from hub.services import agreements, batch_reads, ingest, processing

# Not from conftest: the reader process imports this module for `_dies_on_hostile`, and there the first
# conftest on the path may be another folder's.
ROOT = Path(__file__).resolve().parents[2]
PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _dies_on_hostile(data: bytes, filename: str, with_labels: bool) -> Any:
    """`pdf._read_in_child` in the worker, but a file named hostile.pdf kills the worker's process."""
    if filename == "hostile.pdf":
        os._exit(70)
    return pdf._read_in_child(data, filename, with_labels)


def test_a_document_that_kills_its_reader_costs_only_itself_in_a_part(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts: list[int] = []
    many = batch_reads.read_many

    def counted(reads: Sequence[SandboxedRead]) -> Any:
        parts.append(len(reads))
        return many(reads)

    monkeypatch.setattr(batch_reads, "read_many", counted)
    monkeypatch.setattr(pdf, "_read_in_child", _dies_on_hostile)
    # Twelve distinct files (a comment after the end changes the bytes, not the form); the hostile one in
    # the middle of the first reading thread's part.
    names = [f"form-{n}.pdf" for n in range(12)]
    names[1] = "hostile.pdf"
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = {
            name: ingest.submit(
                db.session, PLACEMENT.read_bytes() + f"\n% {n}\n".encode(), name, "gladsaxe", "test", "tester"
            ).submission_id
            for n, name in enumerate(names)
        }
        statuses = processing.process_batch(db.session, list(ids.values()), holder="me")
        hostile = db.session.get_one(Submission, ids["hostile.pdf"])
        problems = hostile.problems
        others = db.session.scalars(select(Submission.status).where(Submission.filename != "hostile.pdf"))
        assert set(others) == {"accepted"}
    assert max(parts) > 1  # the documents went to the workers several at a time
    assert statuses[ids["hostile.pdf"]] == "rejected"
    assert [p["reason_en"].split(";")[0] for p in problems] == ["damaged PDF: the reader stopped on it"]


def test_a_sandbox_that_cannot_read_fails_each_document_with_its_cause_and_never_hangs(
    app: Flask, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_reader(_reads: Sequence[SandboxedRead]) -> Any:
        raise OSError(24, "Too many open files")  # no reader process could be started

    monkeypatch.setattr(batch_reads, "read_many", no_reader)
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = [
            ingest.submit(
                db.session, PLACEMENT.read_bytes() + f"\n% {n}\n".encode(), f"f{n}.pdf", "gladsaxe", "t", "t"
            ).submission_id
            for n in range(8)
        ]
        # A crash of ours, not of the documents: the batch fails, its eight named as a count is said.
        with pytest.raises(ProcessingFailed, match=r"^submissions \d+(, \d+){7} failed; see their status$"):
            processing.process_batch(db.session, ids, holder="me")
        statuses = set(db.session.scalars(select(Submission.status).where(Submission.id.in_(ids))))
    assert statuses == {"failed"}  # final, each tried again later by healing, none waiting for a read
    assert "reading 2 documents in a sandbox failed: OSError" in caplog.text


def test_a_part_stops_after_the_document_its_reader_is_on_once_the_batch_has_ended(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    ended = threading.Event()
    asked: list[int] = []

    def reading(reads: Sequence[SandboxedRead]) -> Any:
        for n, read in enumerate(reads):
            asked.append(n)
            ended.set()  # the batch fails while its first answer is being taken
            yield lambda read=read: read.finish(sandbox.SandboxError("crash"))

    monkeypatch.setattr(batch_reads, "read_many", reading)
    with app.app_context():
        shas = [blobs.store.put(PLACEMENT.read_bytes() + f"\n% {n}\n".encode()) for n in range(3)]
    futures: list[Future[batch_reads.Read]] = [Future() for _ in shas]
    part = [
        (future, sha, f"f{n}.pdf", None) for n, (future, sha) in enumerate(zip(futures, shas, strict=True))
    ]
    batch_reads._read_part(app, part, ended)
    assert asked == [0]  # the reader was not asked for the next document
    assert all(f.done() for f in futures)  # and nobody is left waiting for one
    assert "the batch ended" in str(futures[2].result().error)
