"""A batch's documents read in parts: a reading thread sends a few documents to its sandbox worker in one
message (`batch_reads`, decision 0044). A document that kills its reader is rejected alone, the others of
its part are read by a fresh worker, and every document of the batch ends final.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.adapters.readers import pdf
from hub.adapters.readers.sandboxed import SandboxedRead
from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, batch_reads, ingest, processing

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
