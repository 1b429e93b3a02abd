"""`hub explain` prints no CPR number, in any spelling the hub masks, as `hub reprocess` prints none: a
terminal's output is kept by cron or systemd as a log, where no CPR number may be (AGENTS' rule). It
says where the full number is instead: the record's page, for the citizen's own municipality."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from conftest import ROOT
from sqlalchemy import select
from sweep_capture import Spellings, spelled_as_people_write

from hub.cli.explain import source_lines
from hub.extensions import db
from hub.models import RecordVersion

GLADSAXE = ROOT / "tests" / "golden" / "gladsaxe" / "placement_kontanthjaelp.pdf"
CPR = "1503921237"


def _found(cpr: str, output: str) -> tuple[int, int] | None:
    """Where the number is in the output, also where `repr` wrote a mark as an escape (`\\xa0`)."""
    spelled = Spellings([cpr])
    return spelled.find(output) or spelled.find(output.encode().decode("unicode_escape"))


def test_explain_of_a_whole_record_prints_no_cpr_number(runner: Any) -> None:
    assert runner.invoke(args=["agreements", "load"]).exit_code == 0
    assert runner.invoke(args=["ingest", str(GLADSAXE), "-m", "gladsaxe"]).exit_code == 0
    with runner.app.app_context():
        [cpr] = {str(data["citizen"]["cpr"]) for data in db.session.scalars(select(RecordVersion.data))}
    result = runner.invoke(args=["explain", "1"])
    assert result.exit_code == 0, result.output
    assert "citizen.cpr" in result.output  # the field is there, its number masked
    assert _found(cpr, result.output) is None, result.output
    # Where a caseworker finds the full number, in both languages: the record's page shows it to the
    # citizen's own municipality (`access.cpr_view`) and notes the read (`scope.note_read`).
    assert "the full number is on the record's page /records/1" in result.output
    assert "det fulde nummer står på postens side /records/1" in result.output


def _provenance(path: str, raw: str, where: str) -> Any:
    return SimpleNamespace(
        path=path,
        document_sha256="ab" * 32,
        locator={"text": {"en": where}},
        source_key="Tekstfelt12",
        raw_value=raw,
        transforms=["digits"],
    )


def test_every_spelling_is_masked_in_the_raw_value_the_place_and_the_value() -> None:
    for spelled in spelled_as_people_write(CPR):  # as the CPR sweep spells them
        for path, data in (
            ("citizen.cpr", {"citizen": {"cpr": CPR}}),
            ("notes", {"notes": f"borger {spelled} ringede"}),  # free text: masked as the sweep finds it
        ):
            raw = spelled if path == "citizen.cpr" else f"borger {spelled} ringede"
            line = source_lines(_provenance(path, raw, f'column "CPR {spelled}"'), data)
            assert _found(CPR, line) is None, line
            assert "150392" in line  # the birth date kept, so that a change is still seen
    # A CPR field's raw text spelled as no pattern reads it, with spaces in the date, is masked too.
    line = source_lines(_provenance("citizen.cpr", "15 03 92 1237", "x"), {"citizen": {"cpr": CPR}})
    assert "raw '15 03 92 XXXX'" in line and "→ '150392-XXXX'" in line
