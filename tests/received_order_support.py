"""An original timesheet stored after its correction in one batch on the backend the test runs on
(decision 0067): received as original, placement, correction, the original waits for its placement and
is stored at the batch's end. Call inside an app context."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conftest import ROOT
from simulator_support import fixture_script

from hub.demo.population import CitizenPlan, build_population
from hub.extensions import db
from hub.services import agreements, ingest, processing

bench_year = fixture_script("bench_year")


@dataclass(frozen=True)
class OutOfOrder:
    """The three submissions in the order received, and the two timesheets' forms as sent."""

    ids: list[int]
    original: Any
    correction: Any


def gladsaxe_plan() -> tuple[CitizenPlan, dict[str, Any]]:
    """A Gladsaxe citizen's placement plan and its agreement (the agreements loaded)."""
    agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    plan = next(p for p in build_population() if p.municipality == "gladsaxe")
    agreement = next(a.data for a in agreements.list_agreements(db.session) if a.id == plan.agreement_id)
    return plan, agreement


def timesheets() -> tuple[Any, Any, Any]:
    """A Gladsaxe citizen's first timesheet, its placement and the timesheet's correction, as sent (the
    agreements loaded)."""
    forms, _ = bench_year.citizen_forms(*gladsaxe_plan(), False, True, "t")
    sheets = sorted((f for f in forms if "mentor_hours" in f.filename), key=lambda f: f.filename)
    placement = next(f for f in forms if "placement" in f.filename)
    return sheets[0], placement, sheets[-1]


def submit(data: bytes, name: str) -> int:
    """A Gladsaxe document submitted, unprocessed; its submission's id."""
    return ingest.submit(db.session, data, name, "gladsaxe", "test", "t").submission_id


def submitted() -> OutOfOrder:
    """Submit the three forms in the order received (original, placement, correction), unprocessed."""
    original, placement, correction = timesheets()
    ids = [submit(f.data, f.filename) for f in (original, placement, correction)]
    db.session.commit()
    return OutOfOrder(ids, original, correction)


def stored_out_of_order() -> OutOfOrder:
    """Submit and process the three forms in one batch; every one accepted."""
    case = submitted()
    # The original came before its placement, so it waits for it and is stored at the batch's end,
    # after the correction received last.
    outcome = processing.process_batch(db.session, case.ids, holder="one")
    assert outcome == dict.fromkeys(case.ids, "accepted")
    return case
