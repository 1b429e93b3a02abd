"""The fifty-fifth onboarding trial: Fredensborg (210), forms made by programs no earlier trial used: a
placement agreement its supplier's Node case system lays out with pdfmake (0.2.23), the fields put where
pdfmake laid out each value's cell through pdfmake's own PDFKit fork (@foliojs-fork/pdfkit 0.15.3: no
appearances, English camelCase names, Node's Intl full Danish days, a box whose value is the string
`Ja`), and the month's mentor visits its mentor firm's Python script writes with polars' `write_csv` at
its defaults (clock times `09:00:00.000000000`, hours a float, booleans `true`/`false`, the approval
`2027-04-30T16:05:12.000000`) (`tools/make_fixtures_onboarding_fiftyfifth.py`, which needs node with
pdfmake and polars; the files it wrote are kept, and these tests read them). The expected records were
written by hand from the files, before the hub read them (decision 0060, "Stop 69: trial-113"). The config
written by hand read both at the base; suggest's draft of the agreement was refused whole for pdfmake's
labels printed apart at their hyphen (`test_pdf_hyphen_runs.py`) and the mentor's box under its heading
(`test_suggest_box_under_heading.py`)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

THIS = Trial("fredensborg", "210", "make_fixtures_onboarding_fiftyfifth")
FORMS = ["praktikaftale.pdf", "mentortimer.csv"]
ROOT = Path(__file__).resolve().parents[2]
PDFMAKE = Path(os.environ.get("PDFMAKE_MODULES", str(ROOT / "var" / "npm-pdfmake" / "node_modules")))
POLARS = Path(os.environ.get("POLARS_PYTHON", str(ROOT / ".venv-polars" / "bin" / "python")))


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("node") is None or not (PDFMAKE / "pdfmake").is_dir() or not POLARS.is_file(),
    reason="needs node with pdfmake 0.2.23 (PDFMAKE_MODULES) and polars (POLARS_PYTHON)",
)
def test_the_kept_forms_are_what_pdfmake_and_polars_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pdfmakes_and_polars() -> None:
    with pikepdf.open(THIS.golden / FORMS[0]) as pdf:
        # pdfmake's on its PDFKit fork: PDF 1.3, pdfmake the producer, no appearances at all
        assert pdf.pdf_version == "1.3" and str(pdf.docinfo["/Producer"]) == "pdfmake"
        assert pdf.Root.AcroForm.NeedAppearances is True
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert len(fields) == 17 and all("/AP" not in f for f in fields.values())
        assert (
            str(fields["startDate"].V) == "mandag den 5. april 2027"
            and str(fields["hoursPerWeek"].V) == "18,5"
        )
        # the box's value the string "Ja" (the fork writes every /V as a string), no state of its own
        box = fields["mentorEmployedAtCompany"]
        assert (
            box.FT == "/Btn" and isinstance(box.V, pikepdf.String) and str(box.V) == "Ja" and "/AS" not in box
        )
        assert fields["benefit"].FT == "/Ch" and fields["benefit"].Ff == 131072
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").splitlines()
    # write_csv's defaults: a comma, quotes only where needed, ISO days, nine decimals of a second
    assert lines[0].startswith("sag,cpr,borger,pnummer,praktiksted,mentor,dato,fra,til,timer,telefonisk")
    assert ",2027-04-08,13:00:00.000000000,13:45:00.000000000,0.75,false,,Kasper Wulff," in lines[2]
    assert ',2.0,false,"Gennemgang af ""sikkerhed, værktøj""",' in lines[3]
    assert lines[8].endswith(",Dorte Lund,2027-05-03T08:40:00.000000") and len(lines) == 13


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the CSV) cleared
    as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)
