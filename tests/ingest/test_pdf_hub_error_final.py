"""A PDF refused for an error in the hub's own reader (`pdf_faults`, decision 0025, stop 52) ends final, as
"rejected" with that reason, in one reading: not "damaged", and not tried again."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from hub.adapters.readers import pdf, sandbox
from hub.extensions import db
from hub.models import Submission
from hub.services import agreements, ingest, processing

# Not from conftest: the reader process imports this module for `_hub_error_in_child`.
ROOT = Path(__file__).resolve().parents[2]
PLACEMENT = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"


def _hub_error_in_child(data: bytes, filename: str, with_labels: bool) -> Any:
    """`pdf._read_in_child` in the worker, its reading failing as a bug of the hub's would; each call
    noted in the file the environment names (the worker inherits it), to count the readings."""
    original = pdf.read_pdf_unsandboxed

    def failing(*_args: Any) -> Any:
        with Path(os.environ["HUB_TEST_READS"]).open("a") as calls:
            calls.write("read\n")
        raise KeyError("/Kids")

    pdf.read_pdf_unsandboxed = failing
    try:
        return pdf._read_in_child(data, filename, with_labels)
    finally:
        pdf.read_pdf_unsandboxed = original  # the worker serves other tests' documents


def test_a_pdf_the_hubs_reader_fails_on_ends_rejected_once(
    app: Flask, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sandbox.shutdown()  # a fresh worker, which imports this module's stand-in
    monkeypatch.setattr(pdf, "_read_in_child", _hub_error_in_child)
    monkeypatch.setenv("HUB_TEST_READS", str(tmp_path / "calls.txt"))
    try:
        with app.app_context():
            agreements.load_files(
                db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test"
            )
            sid = ingest.submit(
                db.session, PLACEMENT.read_bytes(), "placement.pdf", "gladsaxe", "test", "tester"
            ).submission_id
            statuses = processing.process_batch(db.session, [sid], holder="me")
            problems = db.session.get_one(Submission, sid).problems
    finally:
        sandbox.shutdown()
    assert statuses[sid] == "rejected"
    assert [p["reason_en"].split(":")[0] for p in problems] == [
        "the hub could not read this PDF because of an error in the hub itself, not in the file"
    ]
    assert (tmp_path / "calls.txt").read_text() == "read\n"  # read once, not tried again
