"""A placement's whole life through the real pipeline: each municipality's golden forms (grant, timesheets,
progress report, end) land on their own placement, and an unsigned timesheet is stored with a null
signature until the signed copy becomes its next version (decision 0007)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from agreements_once import seeds_loaded
from conftest import ROOT
from flask import Flask
from sqlalchemy import select

from hub.demo.simulators import SIMULATED, simulator
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Record, Submission
from hub.queue import queue
from hub.services import ingest, records

GOLDEN = ROOT / "tests" / "golden"


def _load_agreements(app: Flask) -> None:
    with app.app_context():
        seeds_loaded()


def _submit(app: Flask, slug: str, data: bytes, filename: str) -> Submission:
    with app.app_context():
        result = ingest.submit(db.session, data, filename, slug, "test", "tester")
        enqueue_submission(result.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        return records.submission(db.session, result.submission_id)


def _expected(path: Path) -> dict[str, Any]:
    name = path.name.rsplit(".", 1)[0]
    data: dict[str, Any] = json.loads((path.parent / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def _input(slug: str, name: str) -> Path:
    """The golden input file `name` of a municipality (whatever its format)."""
    (path,) = [p for p in (GOLDEN / slug).glob(f"{name}.*") if not p.name.endswith(".json")]
    return path


def _inputs(slug: str) -> list[Path]:
    """A municipality's golden inputs in the order a placement lives: placements first, ends last."""
    order = {"placement": 0, "placement_end": 2}
    paths = [p for p in (GOLDEN / slug).iterdir() if not p.name.endswith(".json")]
    return sorted(paths, key=lambda p: (order.get(_expected(p)["form_type"], 1), p.name))


@pytest.mark.parametrize("slug", SIMULATED)
def test_every_golden_form_lands_on_its_own_placement(app: Flask, slug: str) -> None:
    _load_agreements(app)
    for path in _inputs(slug):
        submission = _submit(app, slug, path.read_bytes(), path.name)
        assert submission.status == "accepted", (path.name, submission.problems)
    with app.app_context():
        stored = db.session.scalars(select(Record)).all()
        assert sorted(r.form_type for r in stored) == sorted(_expected(p)["form_type"] for p in _inputs(slug))
        citizen_of = {r.placement_id: r.versions[-1].data["citizen"]["cpr"] for r in stored
                      if r.form_type == "placement"}  # fmt: skip
        for record in stored:
            assert record.versions[-1].data["citizen"]["cpr"] == citizen_of[record.placement_id]


@pytest.mark.parametrize("slug", ["gladsaxe", "hoeje-taastrup"])
def test_an_unsigned_timesheet_is_stored_and_its_signed_copy_is_the_next_version(
    backend_app: Flask, slug: str
) -> None:
    _load_agreements(backend_app)
    placement = GOLDEN / slug / next(p.name for p in (GOLDEN / slug).glob("placement_sygedagpenge.*")
                                     if not p.name.endswith(".json"))  # fmt: skip
    assert _submit(backend_app, slug, placement.read_bytes(), placement.name).status == "accepted"
    unsigned = next(
        p for p in (GOLDEN / slug).glob("mentor_hours_unsigned.*") if not p.name.endswith(".json")
    )
    first = _submit(backend_app, slug, unsigned.read_bytes(), unsigned.name)
    assert first.status == "accepted", first.problems
    expected = _expected(unsigned)
    assert expected["signed_by"] is None and expected["signed_on"] is None
    # The mentor signs later; the same weeks sent again, signed, correct the stored timesheet.
    signed = expected | {"signed_by": "Mads Eksempel", "signed_on": "2026-10-05"}
    printer = simulator(slug)
    copy = printer.render("mentor_hours", printer.localise("mentor_hours", signed))
    second = _submit(backend_app, slug, copy, "signed-copy")
    assert second.status == "accepted", second.problems
    with backend_app.app_context():
        (timesheet,) = db.session.scalars(select(Record).where(Record.form_type == "mentor_hours")).all()
        assert [v.data for v in timesheet.versions] == [expected, signed]
