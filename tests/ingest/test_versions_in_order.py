"""Two workers may store a citizen's forms out of the order they were received; the form received
last stays the record's current version (`hub.services.received_order`, decision 0067).

A batch locks its citizens run by run, as its documents are read, so a later batch can lock a citizen
the earlier one has not reached yet, and store its later form first (decision 0030, "Stop 49"). Before
this, a correction stored before its original left the original as the record's current version."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from conftest import ROOT
from flask import Flask
from simulator_support import fixture_script
from sqlalchemy import select

from hub.demo.population import build_population
from hub.extensions import db
from hub.models import Record
from hub.services import agreements, batch_reads, ingest, processing

bench_year = fixture_script("bench_year")
OTHER = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"  # another citizen


def test_a_correction_in_a_later_batch_is_the_later_version(
    backend_app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batch k holds another citizen's placement and the original timesheet, whose reading is slow;
    batch k+1, run by a second worker meanwhile, holds its correction. The original was received first,
    so the correction must end current: stored first as version 1, the original after it as version 2,
    and the correction's content again on top as version 3, with its provenance."""
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        plan = next(p for p in build_population() if p.municipality == "gladsaxe")
        agreement = next(a.data for a in agreements.list_agreements(db.session) if a.id == plan.agreement_id)
        forms, _ = bench_year.citizen_forms(plan, agreement, False, True, "t")
        forms.sort(key=lambda f: f.received)
        # Named in the order `plan_records` writes them: the first timesheet first, its correction last.
        sheets = sorted((f for f in forms if "mentor_hours" in f.filename), key=lambda f: f.filename)
        original, correction = sheets[0], sheets[-1]
        placement = next(f for f in forms if "placement" in f.filename)

        def submit(data: bytes, name: str) -> int:
            return ingest.submit(db.session, data, name, "gladsaxe", "test", "t").submission_id

        first = submit(placement.data, placement.filename)
        assert processing.process_batch(db.session, [first], holder="setup") == {first: "accepted"}
        batch_k = [submit(OTHER.read_bytes(), "other.pdf"), submit(original.data, original.filename)]
        batch_next = [submit(correction.data, correction.filename)]
        db.session.commit()

    reading, go_on = threading.Event(), threading.Event()
    read_one = batch_reads._read_one

    def slow_original(app: Flask, sha: str, filename: str, kept: Any) -> Any:
        if filename == original.filename:
            reading.set()
            assert go_on.wait(60)
        return read_one(app, sha, filename, kept)

    monkeypatch.setattr(batch_reads, "_read_one", slow_original)
    done: dict[str, dict[int, str]] = {}

    def work(name: str, ids: list[int]) -> None:
        with backend_app.app_context():
            done[name] = processing.process_batch(db.session, ids, holder=name)

    earlier = threading.Thread(target=work, args=("earlier", batch_k))
    earlier.start()
    try:
        assert reading.wait(60)
        work("later", batch_next)  # a second worker, while the earlier batch still reads its original
    finally:
        go_on.set()
        earlier.join(60)
    assert done["earlier"] == dict.fromkeys(batch_k, "accepted")
    assert done["later"] == dict.fromkeys(batch_next, "accepted")
    with backend_app.app_context():
        sheet = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).one()
        versions = [(v.version, v.submission_id, v.reason) for v in sheet.versions]
        assert versions == [
            (1, batch_next[0], "submitted"),
            (2, batch_k[1], "submitted"),
            (3, batch_next[0], "reapplied"),
        ]
        assert sheet.current_version == 3
        first, original, current = sheet.versions
        assert current.data == first.data != original.data
        assert sorted((p.path, p.raw_value) for p in current.provenance) == sorted(
            (p.path, p.raw_value) for p in first.provenance
        )
        assert current.provenance  # a record's every version says where its values stood
