"""A year's mix for the workers' bench: the forms one placement sends, counted by hand from its dates,
their arrival order, and the check that a drain left every citizen what its forms give."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from printed_once import printed_once
from simulator_support import fixture_script

from hub.demo.population import CitizenPlan, build_population
from hub.extensions import db
from hub.services import agreements

bench_year = fixture_script("bench_year")
bench_formats = fixture_script("bench_formats")


@pytest.fixture(autouse=True, scope="module")
def _printed_once() -> Iterator[None]:
    """The demo's PDFs drawn once a process (`printed_once`): the same bytes, not drawn again."""
    with printed_once():
        yield


# Gladsaxe's citizen at Falck Søborg: 2 March (a Monday) for 13 weeks, ended on Friday 15 May.
PLAN = CitizenPlan(
    agreement_id="falck-hovedstaden",
    municipality="gladsaxe",
    slot=0,
    site_index=0,
    cpr="0203851235",
    name="Bo Prøve",
    start=date(2026, 3, 2),
    end=date(2026, 5, 31),
    ended_on=date(2026, 5, 15),
    outcome="ordinary_job",
    benefit="kontanthjaelp",
    visitation="jobparat",
    hours_per_week="20.0",
    mentor="Jesper Kragh",
    purpose="Afklaring",
)


def _agreement(app: Any) -> dict[str, Any]:
    with app.app_context():
        return next(a.data for a in agreements.list_agreements(db.session) if a.id == "falck-hovedstaden")


def test_a_placements_year_counted_by_hand(tmp_path: Path) -> None:
    """Timesheets: the weeks whose Thursday is in March (5, 12, 19, 26), April (2 .. 30) and May up to
    the end (7, 14; the week of the 21st begins after the 15th): three. Progress reports on the Thursday
    of every fourth week from the start: 26 March, 23 April (21 May is after the end): two."""
    app = bench_formats.make_app(tmp_path)
    agreement = _agreement(app)
    bench_formats.dispose(app)
    records = bench_year.plan_records(PLAN, agreement, grants=True, correct=True)
    kinds = [r["form_type"] for r in records]
    assert Counter(kinds) == {
        "placement": 1,
        "mentor_support": 1,
        "mentor_hours": 4,  # three months and March's again, corrected
        "progress_report": 2,
        "placement_end": 1,
    }
    sheets = [r for r in records if r["form_type"] == "mentor_hours"]
    assert [len(s["entries"]) for s in sheets] == [4, 5, 2, 4]
    march, again = sheets[0], sheets[-1]
    # Falck Hovedstaden grants 3.0 hours a week; the correction takes half an hour off the first week.
    assert march["total_hours"] == "12.0" and again["total_hours"] == "11.5"
    assert again["entries"][0] == {"week": "2026-W10", "hours": "2.5"}
    assert march["signed_on"] == "2026-04-01" and again["signed_on"] == "2026-04-06"
    assert [r["measured_on"] for r in records if r["form_type"] == "progress_report"] == [
        "2026-03-26",
        "2026-04-23",
    ]
    without = bench_year.plan_records(PLAN, agreement, grants=False, correct=False)
    assert Counter(r["form_type"] for r in without) == Counter(kinds) - Counter(
        {"mentor_support": 1, "mentor_hours": 1}
    )


def test_the_mix_arrives_by_day_with_several_forms_a_citizen(tmp_path: Path) -> None:
    app = bench_formats.make_app(tmp_path)
    with app.app_context():
        mix = bench_year.year_mix(db.session, 1)
    bench_formats.dispose(app)
    plans = build_population()
    # One round: every plan once, under its own CPR number.
    assert set(mix.records) == {p.cpr for p in plans}
    assert len(mix.forms) == sum(mix.versions.values()) >= 4 * len(plans)
    assert len({f.data for f in mix.forms}) == len(mix.forms)
    days = [f.received for f in mix.forms]
    assert days == sorted(days)  # type: ignore[type-var]
    kinds = bench_year.proportions(mix.forms)
    assert kinds["placement"] == len(plans)
    assert kinds["placement_end"] == sum(p.ended_on is not None for p in plans) == 60
    assert kinds["mentor_hours"] > kinds["placement"] and kinds["progress_report"] > kinds["placement"]
    # Interleaved: the first ten forms are not one citizen's.
    assert len({f.filename.split("-")[2] for f in mix.forms[:10]}) > 1
    # Corrections: one plan in CORRECTED, a version more than its records.
    corrected = [cpr for cpr in mix.records if mix.versions[cpr] > sum(mix.records[cpr].values())]
    assert len(corrected) == len(plans) // bench_year.CORRECTED


def _one_citizen_stored(tmp_path: Path, grants: bool) -> tuple[Any, Any]:
    """PLAN's year (with its correction) ingested on SQLite in arrival order, every form accepted; the
    app and the mix it should match."""
    app = bench_formats.make_app(tmp_path)
    forms, kinds = bench_year.citizen_forms(PLAN, _agreement(app), grants, True, "t")
    forms.sort(key=lambda f: f.received)
    _, _, statuses = bench_formats.ingest(app, forms)
    assert statuses == {"accepted": len(forms)}
    return app, bench_year.YearMix(forms, {PLAN.cpr: kinds}, {PLAN.cpr: len(forms)})


def test_the_check_finds_what_a_drain_left(tmp_path: Path) -> None:
    """One citizen's year ingested on SQLite: every form accepted, the correction a second version of
    March's timesheet; an expectation the store does not meet is reported."""
    app, mix = _one_citizen_stored(tmp_path, grants=True)
    with app.app_context():
        assert bench_year.check(db.session, mix) == []
        mix.versions[PLAN.cpr] += 1
        assert len(bench_year.check(db.session, mix)) == 1
    bench_formats.dispose(app)


def test_the_check_finds_a_correction_stored_before_its_original(tmp_path: Path) -> None:
    """Stored in the order received, the corrected timesheet's current version is the correction's; had
    the original been left current (a correction stored before it, by a worker overtaking another, and
    nothing put it back on top), the check says so for that one record."""
    from sqlalchemy import select

    from hub.models import RecordVersion

    app, mix = _one_citizen_stored(tmp_path, grants=False)
    with app.app_context():
        assert bench_year.out_of_order(db.session) == []
        first, second = (
            db.session.scalars(select(RecordVersion).where(RecordVersion.version == 2).limit(1))
            .one()
            .record.versions
        )
        first.submission_id, second.submission_id = second.submission_id, first.submission_id
        db.session.commit()
        assert len(bench_year.out_of_order(db.session)) == 1
        assert len(bench_year.check(db.session, mix)) == 1
    bench_formats.dispose(app)
