"""The forty-eighth onboarding trial: Aabenraa (580), forms made by programs no earlier trial used: a
placement agreement its case tool (a Tcl application) exports with tdom, and a month of mentor hours
its mentor firm's node app writes with excel-builder-vanilla (`tools/make_fixtures_onboarding_fortyeighth.py`,
which needs tclsh with tdom, node and excel-builder-vanilla; the files it wrote are kept, and these tests
read them). The expected records were written by hand from the files, before the hub read them
(decision 0060, "Stop 67: trial-105"). The config written by hand read every value once the reader
worked out a sum of durations (`test_xlsx_duration_sum.py`); the drafts once suggest read fields named
by an attribute (`test_suggest_xml_named.py`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, cleared

from hub.adapters.language.golden import canonical_records
from tools.fixture_files import ROOT

THIS = Trial("aabenraa", "580", "make_fixtures_onboarding_fortyeighth")
FORMS = ["praktikaftale.xml", "mentortimer.xlsx"]
MODULES = Path(os.environ.get("EXCEL_BUILDER_NODE_MODULES", ROOT / "var" / "ebv" / "node_modules"))


def _has_tdom() -> bool:
    if shutil.which("tclsh") is None:
        return False
    found = subprocess.run(["tclsh"], input=b"package require tdom\n", timeout=60, capture_output=True)
    return found.returncode == 0 and not found.stderr


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("node") is None or not (MODULES / "excel-builder-vanilla").is_dir() or not _has_tdom(),
    reason="needs tclsh with tdom, node and excel-builder-vanilla (EXCEL_BUILDER_NODE_MODULES)",
)
def test_the_kept_forms_are_what_tdom_and_excel_builder_write() -> None:
    THIS.check_made(2)


def test_the_kept_forms_are_tdoms_and_excel_builders() -> None:
    export = (THIS.golden / FORMS[0]).read_text(encoding="ascii")  # -escapeNonASCII: ASCII only
    # tdom: no declaration, a default namespace, each key a <felt navn> in a <gruppe navn>
    assert export.startswith('<praktikaftale xmlns="urn:aabenraa:jobcenter:praktikaftale:2" sagsnr=')
    assert '<gruppe navn="borger">\n    <felt navn="cpr">150388-2741</felt>' in export
    assert '<felt navn="navn">S&#248;ren &#197;g&#229;rd Petersen</felt>' in export
    assert '<felt navn="fra">mandag 4. januar 2027</felt>' in export  # Tcl's clock, -locale da
    assert '"fast m&#248;detid" &amp; arbejdsopgaver &lt;5 dage&gt;' in export  # quotes left in text
    with zipfile.ZipFile(THIS.golden / FORMS[1]) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    assert '<numFmt numFmtId="101" formatCode="[h]:mm"/>' in styles
    # 2 November 2026 as Excel's day number, 2:00 as a day's fraction; the sum with no value
    assert '<c s="1" r="A11"><v>46328</v></c><c s="2" r="B11"><v>0.08333333333333333</v></c>' in sheet
    assert '<c s="2" r="B20"><f>SUM(B11:B19)</f></c>' in sheet


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs (the citizen's and the site's names in the hours) cleared
    as they say, the others left as the comments they are (the case number, the export's moment and
    system, the visits' activities); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    draft = cleared(THIS.draft(name))
    expected = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, draft), data, name) == expected
