"""`hub reprocess` maps a kept extraction with today's config and code, but the extraction stays the one
the hub of its day read: a version it makes names both, each as it was (decision 0023), and a document
it kept rejected is read again, from its bytes, when sent to a hub that reads files otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.adapters.language import fingerprint
from hub.extensions import db
from hub.models import Document, Placement, Record, Submission
from hub.services import bundle_records
from hub.services.registry import registry

AGREEMENTS = ROOT / "config" / "agreements"
FALCK = str(AGREEMENTS / "falck-hovedstaden.toml")
# Herlev's placement of Ahmad Rahimi at Falck Søborg (P-number 1900000101, a site of Falck Hovedstaden).
PLACEMENT = (ROOT / "tests" / "golden" / "herlev" / "placement.csv").read_bytes()
# Two versions of the hub's reading code, as `reading_code()` digests them (64 hex characters).
DAY_ONE, DAY_TWO = "1" * 64, "2" * 64


def reading_of(app: Flask, submission_id: int) -> str | None:
    """The reading code the submission's kept extraction says it was read with."""
    with app.app_context():
        sha = db.session.get_one(Submission, submission_id).document_sha256
        kept = db.session.get_one(Document, sha).extraction
        assert kept is not None
        return fingerprint.read_with(kept["meta"])


def test_a_version_reprocess_makes_names_the_reading_of_its_day_and_todays_mapping(
    app: Flask, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load", str(AGREEMENTS / "brfkredit.toml")]).exit_code == 0
    monkeypatch.setattr(fingerprint, "reading_code", lambda: DAY_ONE)
    (tmp_path / "ahmad.csv").write_bytes(PLACEMENT)
    # No agreement holds Falck Søborg yet: rejected, its reading kept.
    assert runner.invoke(args=["ingest", str(tmp_path / "ahmad.csv"), "-m", "herlev"]).exit_code == 2
    assert reading_of(app, 1) == DAY_ONE

    # A new hub is deployed, the agreement loaded: reprocess maps the kept reading, never parsing.
    monkeypatch.setattr(fingerprint, "reading_code", lambda: DAY_TWO)
    assert runner.invoke(args=["agreements", "load", FALCK]).exit_code == 0
    done = runner.invoke(args=["reprocess", "-m", "herlev"])
    assert "submission 1 (ahmad.csv): rejected -> accepted" in done.output, done.output
    with app.app_context():
        today = fingerprint.fingerprint(registry().get("herlev"))
        record = db.session.scalars(select(Record)).one()
        [version] = record.versions
        assert (version.reason, version.read_with, version.mapped_with) == ("reprocessed", DAY_ONE, today)
        placement = db.session.scalars(select(Placement.id)).one()
        [line] = bundle_records.versions(db.session, [placement], "full")
        assert (line["read_with"], line["mapped_with"]) == (DAY_ONE, today)
    assert reading_of(app, 1) == DAY_ONE  # the kept reading is not claimed by today's hub

    explained = runner.invoke(args=["explain", str(record.id)])
    assert explained.exit_code == 0, explained.output
    said = f"read with the hub's reading {'1' * 12}…; mapped with config and code {today[:12]}…"
    assert explained.output.splitlines()[1] == said


def test_a_document_reprocess_kept_rejected_is_read_again_by_a_hub_that_reads_files_otherwise(
    app: Flask, runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert runner.invoke(args=["agreements", "load", FALCK]).exit_code == 0
    monkeypatch.setattr(fingerprint, "reading_code", lambda: DAY_ONE)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(PLACEMENT.replace(b"Startdato;10-08-2026", b"Startdato;32-08-2026"))
    # Rejected for itself (day 32): its answer stands until its config or the hub's reading changes.
    assert runner.invoke(args=["ingest", str(broken), "-m", "herlev"]).exit_code == 2

    monkeypatch.setattr(fingerprint, "reading_code", lambda: DAY_TWO)
    still = runner.invoke(args=["reprocess", "-m", "herlev"])
    one_still_rejected = "still rejected: 1 document, by reason / stadig afvist: 1 dokument, efter årsag"
    assert one_still_rejected in still.output, still.output
    # Mapped by today's hub, but read by day one's: sent again, it is read again, from its bytes.
    again = runner.invoke(args=["ingest", str(broken), "-m", "herlev"])
    assert "rejected (same bytes as before, read again: the adapter config or the hub's" in (again.output)
    assert reading_of(app, 1) == DAY_TWO
    same = runner.invoke(args=["ingest", str(broken), "-m", "herlev"])
    assert "rejected (same bytes as before) / afvist (samme indhold som før)\n" in same.output
