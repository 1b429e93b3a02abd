"""The forty-fourth onboarding trial: Nordfyns (480), forms made by programs no earlier trial used: a
placement agreement its job centre's in-house tool builds by hand with pdfrw, and a citizen's month of
mentor hours its mentor firm's tool writes with pylightxl (`tools/make_fixtures_onboarding_fortyfourth.py`,
which needs a python with pdfrw and pylightxl named by `PDFRW_PYLIGHTXL_PYTHON`; the files it wrote are
kept, and these tests read them). The expected records were written by hand from the files, before the
hub read them (decision 0060, "Stop 66: trial-100"). The config written by hand read every value at the
base; suggest's draft of the sheet, titled "Mentorstøtte, timer", was a grant of support there
(`test_suggest_support_timesheet.py`)."""

from __future__ import annotations

import io
import os
import subprocess
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records

THIS = Trial("nordfyns", "480", "make_fixtures_onboarding_fortyfourth")
FORMS = ["praktikaftale.pdf", "mentortimer.xlsx"]


def _has_producers() -> bool:
    python = os.environ.get("PDFRW_PYLIGHTXL_PYTHON")
    return (
        python is not None
        and subprocess.run([python, "-c", "import pdfrw, pylightxl"], timeout=120).returncode == 0
    )


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(not _has_producers(), reason="needs PDFRW_PYLIGHTXL_PYTHON with pdfrw and pylightxl")
def test_the_kept_forms_are_what_pdfrw_and_pylightxl_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_pdfrws_and_pylightxls() -> None:
    pdf = (THIS.golden / FORMS[0]).read_bytes()
    assert pdf.startswith(b"%PDF-1.3") and b"/Producer (Jobcenter Nordfyn aftaler 2.3 \\(pdfrw 0.4\\))" in pdf
    # radio groups of the tool's own state names; a kid of a parent field; a check box on as /Ja
    assert b"/FT /Btn /Ff 49152 /Kids [24 0 R 25 0 R 26 0 R 27 0 R] /T (ydelse) /V /KH>>" in pdf
    assert b"/T (visitation) /V /1>>" in pdf and b"/Subtype /Widget /T (cpr) /Type /Annot" in pdf
    assert b"<</AP <</N <</Ja 37 0 R /Off 38 0 R>>>> /AS /Ja /F 4 /FT /Btn" in pdf
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[1]).read_bytes())) as workbook:
        assert "xl/styles.xml" not in workbook.namelist()  # pylightxl writes no styles
        sheet = workbook.read("xl/worksheets/sheet1.xml").decode()
        strings = workbook.read("xl/sharedStrings.xml").decode()
    assert '<c r="B15" ><v>53</v></c>' in sheet and '<c r="E11" ><v>4.5</v></c>' in sheet
    assert '<c r="E16"><f>SUM(E11:E15)</f></c>' in sheet  # saved with no value
    assert "<t >Opstart &amp;amp; rundvisning</t>" in strings  # pylightxl escapes & twice


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say (the names of the citizen and the
    site on the sheet), the others left as the comments they are; no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
