"""The forty-seventh onboarding trial: Ringsted (329), forms made by programs no earlier trial used: a
placement agreement its job centre's small in-house Perl tool writes with PDF::API2 (its form built by
hand from PDF::API2's objects), and a month of mentor visits its mentor firm's PHP app exports with
`fputcsv` (`tools/make_fixtures_onboarding_fortyseventh.py`, which needs perl's PDF::API2 and php; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
files, before the hub read them (decision 0060, "Stop 67: trial-104"). The config written by hand read
every value once the reader read fputcsv's backslash escape (`test_csv_php_escape.py`); the drafts once
suggest read a column of minutes (`test_suggest_minute_columns.py`) and a box "ansat på praktikstedet"
(`test_suggest_box_at_the_site.py`)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("ringsted", "329", "make_fixtures_onboarding_fortyseventh")
FORMS = ["praktikaftale.pdf", "mentortimer.csv"]


def _has_pdf_api2() -> bool:
    if shutil.which("perl") is None or shutil.which("php") is None:
        return False
    return (
        subprocess.run(["perl", "-MPDF::API2", "-e", "1"], capture_output=True, check=False).returncode == 0
    )


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(not _has_pdf_api2(), reason="needs perl's PDF::API2 (libpdf-api2-perl) and php")
def test_the_kept_forms_are_what_pdf_api2_and_fputcsv_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pdf_api2s_and_fputcsvs() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and b"(PDF::API2\\))" in pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        fields = {str(f.T): f for f in document.Root.AcroForm.Fields}
        # radio groups whose states are the words, escaped in Latin-1 (`/Kontanthj#E6lp`)
        assert fields["ydelse"].V == "/Sygedagpenge" and fields["ydelse"].Ff == 49152
        assert b"/Kontanthj#E6lp" in pdf and fields["visitation"].V == "/aktivitetsparat"
        assert fields["mentor_ansat_virk"].V == "/Ja" and "/Ja" in fields["mentor_ansat_virk"].AP.N
        assert fields["formaal"].Ff == 4096 and "\r" in str(fields["formaal"].V)
        # PDF::API2's PDFStr of a Perl character string holding a Danish letter: UTF-16
        assert b"/V <FEFF00520069006E0067" in pdf and str(fields["virk_navn"].V).endswith("værksted A/S")
    export = (THIS.golden / FORMS[1]).read_text(encoding="utf-8")
    # fputcsv: quotes only where needed, a quote after a backslash not doubled
    assert export.startswith('Forløb,CPR,Borger,P-nummer,Praktiksted,Mentor,Dato,Minutter,Emne,"Godkendt af"')
    assert '11/03/2027,45,"Tjekliste gemt i ""P:\\Mentor\\Friis\\"","Anne-Mette Juul",' in export
    assert ",23/03/2027,60,Mødetider," in export


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizens' and sites' names in the hours) cleared as
    they say, the others left as the comments they are (the course's id, the visits' topics); no path or
    transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
