"""Corrections and coverage: what is the same form again, what a placement must hold, what reprocess
may not undo. Each case is a form a caseworker could really send."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, make_app
from flask import Flask
from sqlalchemy import select

from hub.demo.simulators import simulator
from hub.extensions import db
from hub.jobs import enqueue_submission
from hub.models import Record
from hub.queue import queue
from hub.services import agreements, ingest, records
from hub.services import reprocess as reprocess_service

GOLDEN = ROOT / "tests" / "golden"


def _golden(slug: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / slug / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def _send(
    app: Flask, slug: str, record: dict[str, Any], name: str, received_at: datetime | None = None
) -> Any:
    """Print the record as the municipality's own form, submit it (received now, or at `received_at`)
    and work the queue."""
    printer = simulator(slug)
    data = printer.render(record["form_type"], printer.localise(record["form_type"], record))
    with app.app_context():
        result = ingest.submit(db.session, data, name, slug, "test", "tester", received_at)
        enqueue_submission(result.submission_id)
        queue.run_burst(app)
        db.session.expire_all()
        return records.submission(db.session, result.submission_id)


def _records(app: Flask, form_type: str) -> list[tuple[int, list[dict[str, Any]]]]:
    with app.app_context():
        rows = db.session.scalars(select(Record).where(Record.form_type == form_type).order_by(Record.id))
        return [(r.id, [v.data for v in r.versions]) for r in rows]


@pytest.fixture
def loaded(tmp_path: Path) -> Flask:
    """An app with the agreements loaded, on a copy of the municipality configs (one test edits one)."""
    configs = tmp_path / "municipalities"
    configs.mkdir()
    for path in (ROOT / "config" / "municipalities").glob("*.toml"):
        (configs / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    for folder in ("schemas", "templates"):  # the XSDs and the claim templates the configs name
        (configs / folder).symlink_to(ROOT / "config" / "municipalities" / folder)
    app = make_app(tmp_path, MUNICIPALITIES_DIR=str(configs))
    with app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
    return app


def test_hours_and_a_signature_dated_after_the_form_came_in_are_rejected(loaded: Flask) -> None:
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    sheet = _golden("herlev", "mentor_hours")  # weeks 2026-W33 and W34, signed 2026-09-01
    # Received on Thursday 20 August 2026 (Danish time): week 34 began on the 17th, so its hours may be
    # reported, but a signature dated the 31st has not happened yet.
    early = _send(
        loaded,
        "herlev",
        {**sheet, "signed_on": "2026-08-31"},
        "early.csv",
        datetime(2026, 8, 20, 9, tzinfo=UTC),
    )
    assert early.status == "rejected"
    assert [(p["field"], p["reason_en"]) for p in early.problems] == [
        ("signed_on", "the date 2026-08-31 is after the day the form came in (2026-08-20)")
    ]
    assert (
        early.problems[0]["reason_da"]
        == "datoen 31. aug. 2026 ligger efter den dag, blanketten kom ind (20. aug. 2026)"
    )
    assert early.problems[0]["locator"]  # the cell it was read from
    # Received on Sunday 16 August at 23:30 in Denmark (21:30 UTC): week 34 had not begun. The sheet is
    # unsigned: one signed that Sunday cannot hold week 34's days, and is refused at them before this
    # (decision 0064, "Stop 72: fuzz-123").
    sunday = {**sheet, "signed_on": None, "signed_by": None}
    ahead = _send(loaded, "herlev", sunday, "ahead.csv", datetime(2026, 8, 16, 21, 30, tzinfo=UTC))
    assert [p["field"] for p in ahead.problems] == ["entries[1].week"]
    begun = "uge 34 2026 var ikke begyndt den dag, blanketten kom ind"
    assert ahead.problems[0]["reason_da"].startswith(begun)
    # The form as signed, received after the signature: taken.
    assert _send(loaded, "herlev", sheet, "ok.csv", datetime(2026, 9, 2, 8, tzinfo=UTC)).status == "accepted"


def test_a_timesheet_week_outside_the_placement_is_rejected(loaded: Flask) -> None:
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    sheet = _golden("herlev", "mentor_hours")
    # The placement runs 2026-08-10..2026-11-06; one row for a week after it must not be paid for. Signed
    # after that week, so that the signature can sign it (decision 0064, "Stop 72: fuzz-123").
    late = {
        **sheet,
        "entries": [*sheet["entries"], {"week": "2026-W47", "hours": "2.0"}],
        "total_hours": "8.0",
        "signed_on": "2026-11-23",
    }
    rejected = _send(loaded, "herlev", late, "late.csv")
    assert rejected.status == "rejected"
    assert "holds every date" in rejected.problems[0]["reason_en"]
    # In Danish the form and its days as a caseworker writes them: Monday of 2026-W33 to Sunday of 2026-W47.
    assert "blankettens datoer (Mentortimer 10. aug. 2026–22. nov. 2026)" in rejected.problems[0]["reason_da"]
    assert _send(loaded, "herlev", sheet, "ok.csv").status == "accepted"


def test_a_timesheet_week_a_year_before_its_placement_is_rejected_at_ingest(loaded: Flask) -> None:
    # A week long before the sheet's signature is read by the mapping (a sheet is signed late, a correction
    # later still: the weekly sheets below signed weeks after their weeks); the placement, 2026-08-10 on,
    # bounds it here. Week 33 typed in 2025, a year's slip, on the sheet signed 2026-09-01 (decision 0064,
    # "Stop 73: fuzz-128").
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    sheet = _golden("herlev", "mentor_hours")
    slip = {**sheet, "entries": [{"week": "2025-W33", "hours": "3.0"}, sheet["entries"][1]]}
    rejected = _send(loaded, "herlev", slip, "slip.csv")
    assert rejected.status == "rejected"
    assert "holds every date" in rejected.problems[0]["reason_en"]
    # Monday of 2025-W33 to Sunday of 2026-W34.
    assert "blankettens datoer (Mentortimer 11. aug. 2025–23. aug. 2026)" in rejected.problems[0]["reason_da"]
    assert _records(loaded, "mentor_hours") == []


def test_the_week_no_placement_holds_is_named_by_its_field_and_where_it_was_read(loaded: Flask) -> None:
    # The year's slip above: its first row's week, 2025-W33, lies outside the placement of 2026-08-10 on;
    # the refusal names that week and its row, not only the form's range and the site (fixes-132).
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    sheet = _golden("herlev", "mentor_hours")
    slip = {**sheet, "entries": [{"week": "2025-W33", "hours": "3.0"}, sheet["entries"][1]]}
    [problem] = _send(loaded, "herlev", slip, "slip.csv").problems
    assert problem["field"] == "entries[0].week"
    assert problem["locator"]  # the cell the week was read from
    assert ": 2025-W33 lies in none of the citizen's placements there; " in problem["reason_en"]
    assert ": uge 33 2025 ligger i ingen af borgerens praktikker der; " in problem["reason_da"]


def test_a_corrected_timesheet_is_a_new_version_even_when_its_first_week_changes(loaded: Flask) -> None:
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    sheet = _golden("herlev", "mentor_hours")  # weeks 33 and 34
    assert _send(loaded, "herlev", sheet, "v1.csv").status == "accepted"
    # Week 33 belonged to another sheet and week 35 was missing: the same sheet, corrected, now
    # starting a week later (which an identity made of the first week would have taken for a new one).
    corrected = {
        **sheet,
        "entries": [sheet["entries"][1], {"week": "2026-W35", "hours": "1.5"}],
        "total_hours": "4.5",
    }
    assert _send(loaded, "herlev", corrected, "v2.csv").status == "accepted"
    ((_, versions),) = _records(loaded, "mentor_hours")
    assert [v["total_hours"] for v in versions] == ["6.0", "4.5"]


def test_next_months_sheet_sharing_the_straddling_week_is_a_sheet_of_its_own(loaded: Flask) -> None:
    assert _send(loaded, "herlev", _golden("herlev", "placement"), "p.csv").status == "accepted"
    august = {
        **_golden("herlev", "mentor_hours"),
        "entries": [{"week": f"2026-W{w}", "hours": "3.0"} for w in (33, 34, 35, 36)],
        "total_hours": "12.0",
        # The simulator prints week 36's hours on Monday 31 August and Thursday 3 September: signed after
        # both, so that the signature can sign them (decision 0064, "Stop 72: fuzz-123").
        "signed_on": "2026-09-04",
    }
    # Monday 31 August is in week 36 on August's sheet; 1-6 September are week 36 on September's.
    september = {
        **august,
        "entries": [{"week": f"2026-W{w}", "hours": "3.0"} for w in (36, 37, 38, 39, 40)],
        "total_hours": "15.0",
        "signed_on": "2026-10-01",
    }
    assert _send(loaded, "herlev", august, "aug.csv").status == "accepted"
    assert _send(loaded, "herlev", september, "sep.csv").status == "accepted"
    assert [len(versions) for _, versions in _records(loaded, "mentor_hours")] == [1, 1]


def test_a_placement_may_not_be_shortened_away_from_its_forms(loaded: Flask) -> None:
    placement = _golden("gladsaxe", "placement_kontanthjaelp")
    assert _send(loaded, "gladsaxe", placement, "p1.pdf").status == "accepted"
    assert _send(loaded, "gladsaxe", _golden("gladsaxe", "mentor_support"), "ms.pdf").status == "accepted"
    # The grant runs to 2026-11-01; a "correction" ending the placement in October would strand it.
    shorter = {**placement, "period": {"start": "2026-08-03", "end": "2026-10-01"}}
    rejected = _send(loaded, "gladsaxe", shorter, "p2.pdf")
    assert rejected.status == "rejected"
    english = rejected.problems[0]["reason_en"]
    # The form named as the pages name it, counted in a sentence: not "1 form(s) ...: mentor_support".
    assert (
        "would leave 1 form already stored outside it: Mentor support grant 2026-08-03–2026-11-01." in english
    )
    assert english.endswith("If the placement ended early, send an end of placement form instead")
    danish = rejected.problems[0]["reason_da"]
    assert danish.startswith(
        "den rettede periode 3. aug. 2026–1. okt. 2026 ville efterlade 1 allerede gemt blanket uden for den"
    ), danish
    assert (
        "uden for den: Bevilling af mentorstøtte 3. aug. 2026–1. nov. 2026. Er praktikken slut før tid"
        in danish
    )
    ((_, versions),) = _records(loaded, "placement")
    assert len(versions) == 1
    # A placement of many weeks strands many forms: five are named, the rest counted.
    sheet = _golden("gladsaxe", "mentor_hours")
    for week in range(37, 43):  # six weekly timesheets, 7 September to 18 October
        weekly = {**sheet, "entries": [{"week": f"2026-W{week}", "hours": "3.0"}], "total_hours": "3.0"}
        weekly["signed_on"] = "2026-10-20"
        assert _send(loaded, "gladsaxe", weekly, f"w{week}.pdf").status == "accepted"
    first_weeks = {**placement, "period": {"start": "2026-08-03", "end": "2026-09-06"}}
    many = _send(loaded, "gladsaxe", first_weeks, "p3.pdf").problems[0]
    assert "would leave 7 forms already stored outside it" in many["reason_en"]
    assert "ville efterlade 7 allerede gemte blanketter uden for den" in many["reason_da"]
    assert many["reason_en"].count("; ") == 5 and "; and 2 more. If the placement" in many["reason_en"]
    assert "; og 2 mere. Er praktikken slut før tid" in many["reason_da"]


def test_reprocess_does_not_undo_a_correction(loaded: Flask) -> None:
    placement = _golden("gladsaxe", "placement_kontanthjaelp")
    assert _send(loaded, "gladsaxe", placement, "v1.pdf").status == "accepted"
    corrected = {**placement, "hours_per_week": "25.0"}
    second = _send(loaded, "gladsaxe", corrected, "v2.pdf")
    assert second.status == "accepted"
    config = Path(loaded.config["MUNICIPALITIES_DIR"]) / "gladsaxe.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace('path = "purpose"', 'path = "purpose"\n  transforms = ["upper"]', 1), "utf-8"
    )
    app = make_app_on(loaded)
    with app.app_context():
        changes = reprocess_service.reprocess(db.session, "gladsaxe", False, actor="test")
    ((_, versions),) = _records(app, "placement")
    assert versions[-1]["hours_per_week"] == "25.0"  # the correction stands
    assert versions[-1]["purpose"] == placement["purpose"].upper()  # and the config change applies
    (kept,) = [c for c in changes if c.problems]
    assert "a later submission" in kept.problems[0].reason_en and kept.submission_id != second.id


def make_app_on(app: Flask) -> Flask:
    """A new app on the same database and files, so that it reads the changed config afresh."""
    from hub import create_app

    keys = ("DATABASE_URL", "BLOB_DIR", "MUNICIPALITIES_DIR", "SECRET_KEY", "AGREEMENTS_DIR")
    return create_app({k: app.config[k] for k in keys} | {"TESTING": True})
