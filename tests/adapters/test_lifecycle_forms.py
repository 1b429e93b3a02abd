"""Every municipality sends the forms a placement's whole life needs, and an unsigned timesheet is read as
a null signature in every dialect (decision 0007).

Records here come from the hand-written golden records; each goes through a municipality's simulator and
back through its real adapter.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pipeline import GOLDEN, ROOT, ingest, repository_registry
from pypdf import PdfReader

from hub.adapters.language.registry import Registry
from hub.demo.lifecycle import LifeForm, lifecycle
from hub.demo.population import build_population
from hub.demo.render_pdf import CHECKED
from hub.demo.simulators import SIMULATED, simulator
from hub.errors import Rejection
from hub.schemas.agreement import load_agreement_file

# The municipalities of the seeds' agreements, which the demo prints a placement's whole life for; one
# onboarded later may send fewer forms (hvidovre and taarnby: placement and end only).
FILES = [p for p in sorted((ROOT / "config" / "municipalities").glob("*.toml")) if p.stem in SIMULATED]
# Where the agreement's terms are not the grant: a mentor-support form of the municipality's own.
GRANTING = {"gladsaxe", "hoeje-taastrup", "lyngby-taarbaek", "randers", "herlev"}
# The timesheets kept per day, which the adapter sums into ISO weeks.
PER_DAY = ("gladsaxe", "hoeje-taastrup", "lyngby-taarbaek", "herlev", "soenderborg")


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


def _golden(slug: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((GOLDEN / slug / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def _round_trip(registry: Registry, slug: str, record: dict[str, Any]) -> dict[str, Any]:
    printer = simulator(slug)
    data = printer.render(record["form_type"], printer.localise(record["form_type"], record))
    return ingest(registry, slug, data, f"{slug}-{record['form_type']}")


# The demo's municipalities (each has a simulator printing its forms). A municipality onboarded later may
# send part of a placement's life to begin with (Ishøj: its case system's export of placements).
DEMO_FILES = [path for path in FILES if path.stem in SIMULATED]


def test_the_demo_municipalities_are_the_simulated_ones() -> None:
    assert sorted(p.stem for p in DEMO_FILES) == sorted(SIMULATED)


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda p: p.stem)
def test_every_municipality_sends_every_form_of_a_placements_life(path: Path) -> None:
    """Every simulated municipality (the round-2 dialects albertslund and roedovre send one form each)."""
    config = repository_registry().get(path.stem)  # loaded once a process, not once a test
    sent = {form.form_type for form in config.forms}
    assert {"placement", "mentor_hours", "progress_report", "placement_end"} <= sent
    assert ("mentor_support" in sent) == (config.slug in GRANTING)
    assert set(simulator(config.slug).FORMS) == sent


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_timesheet_may_arrive_unsigned(path: Path) -> None:
    config = repository_registry().get(path.stem)  # loaded once a process, not once a test
    for form in (f for f in config.forms if f.form_type == "mentor_hours"):
        rules = {rule.path: rule for rule in form.fields}
        assert rules["signed_by"].nullable and rules["signed_on"].nullable, form.id


@pytest.mark.parametrize("slug", SIMULATED)
def test_an_unsigned_timesheet_is_read_as_a_null_signature(registry: Registry, slug: str) -> None:
    record = _golden(slug, "mentor_hours") | {"signed_by": None, "signed_on": None}
    assert _round_trip(registry, slug, record) == record


@pytest.fixture(scope="module")
def demo_forms() -> list[LifeForm]:
    """The demo's August-October grants, timesheets and progress reports (`hub.demo.lifecycle`)."""
    agreements = [load_agreement_file(p) for p in sorted((ROOT / "config" / "agreements").glob("*.toml"))]
    return lifecycle(build_population(), {a["id"]: a for a in agreements}, GRANTING)


@pytest.mark.parametrize("slug", SIMULATED)
def test_the_demos_lifecycle_forms_print_and_read_back_in_each_dialect(
    registry: Registry, demo_forms: list[LifeForm], slug: str
) -> None:
    """Every lifecycle record of the demo (unsigned ones, part weeks, every planted gap) comes back
    through the municipality's own form unchanged, also those its company logs on the one form."""
    mine = [form.record for form in demo_forms if form.municipality == slug]
    assert {"mentor_hours", "progress_report"} <= {record["form_type"] for record in mine}
    for record in mine:
        assert _round_trip(registry, slug, record) == record


@pytest.mark.parametrize("slug", PER_DAY)
def test_a_per_day_timesheet_sums_back_to_the_weeks(registry: Registry, slug: str) -> None:
    """Weeks the simulator has to spread unevenly (a quarter hour, 6.25, more than five visits) come back
    through the adapter's ISO-week sums exactly."""
    entries = [
        {"week": "2026-W36", "hours": "0.25"},
        {"week": "2026-W37", "hours": "6.25"},
        {"week": "2026-W38", "hours": "8.0"},
        {"week": "2026-W39", "hours": "2.5"},
    ]
    # Signed the day after the last week, as the simulator signs a month: a signature dated before the
    # first week (the golden record's own date) is refused since stop 55.
    signed = {"signed_on": "2026-09-28"}
    record = _golden(slug, "mentor_hours") | {"entries": entries, "total_hours": "17.0"} | signed
    assert _round_trip(registry, slug, record) == record


def test_gladsaxe_two_crosses_in_one_score_row_are_rejected(registry: Registry) -> None:
    gladsaxe = simulator("gladsaxe")
    record = _golden("gladsaxe", "progress_report")  # attendance 5: Afkrydsningsfelt5
    local = gladsaxe.localise("progress_report", record) | {"Afkrydsningsfelt4": CHECKED}
    with pytest.raises(Rejection) as caught:
        ingest(registry, "gladsaxe", gladsaxe.render("progress_report", local), "status.pdf")
    (problem,) = caught.value.problems
    assert problem.field == "scores.attendance"
    assert "Afkrydsningsfelt4" in problem.reason_en and "Afkrydsningsfelt5" in problem.reason_en


def test_furesoe_a_score_that_is_no_entry_of_its_list_is_rejected_not_rounded(registry: Registry) -> None:
    furesoe = simulator("furesoe")
    local = furesoe.localise("progress_report", _golden("furesoe", "progress_report"))
    for typed, expected in (("4", 4), ("4,5", None), ("45", None)):
        data = furesoe.render("progress_report", local | {"Fremmøde": typed})
        if expected is None:
            with pytest.raises(Rejection, match="scores.attendance"):
                ingest(registry, "furesoe", data, "status.xlsx")
        else:
            assert ingest(registry, "furesoe", data, "status.xlsx")["scores"]["attendance"] == expected


@pytest.mark.parametrize("name", ["mentor_hours", "mentor_hours_unsigned", "progress_report"])
def test_hoeje_taastrup_new_forms_follow_their_xsd(registry: Registry, name: str) -> None:
    path = GOLDEN / "hoeje-taastrup" / f"{name}.xml"
    good = path.read_bytes()
    assert ingest(registry, "hoeje-taastrup", good, path.name) == _golden("hoeje-taastrup", name)
    # A code the schema does not list, and hours with a decimal comma: both off the XSD.
    bad = good.replace(b">UM<", b">XX<") if name == "progress_report" else good.replace(b">1.50<", b">1,50<")
    assert bad != good
    with pytest.raises(Rejection, match="does not match the schema"):
        ingest(registry, "hoeje-taastrup", bad, path.name)


def test_randers_grant_reads_whole_kroner_written_with_a_dash() -> None:
    """The golden grant was typed "kr. 275,-"; the canonical rate has two decimals."""
    from_pdf = _pdf_values(GOLDEN / "randers" / "mentor_support.pdf")
    assert from_pdf["Timesats"] == "kr. 275,-"
    assert _golden("randers", "mentor_support")["hourly_rate_dkk"] == "275.00"


def _pdf_values(path: Path) -> dict[str, str]:
    fields = PdfReader(io.BytesIO(path.read_bytes())).get_fields() or {}
    return {name: str(field.get("/V", "")) for name, field in fields.items()}
