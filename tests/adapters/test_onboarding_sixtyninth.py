"""The sixty-ninth onboarding trial: Hjørring (860), forms made by programs no earlier trial used (the
brief's muhammara could not be built here in time; decision 0060, "Stop 73: trial-129"): a placement
agreement its mentor supplier's Python service draws with PyPDF2's objects and fills as PyPDF2 2.12's
documentation says (every value a string written with each sign octal, the box's value the string
`(/Ja)` beside its `/AS /Ja`, no text field's appearance drawn, the catalog's `/AcroForm` pointing at the
page, where `/NeedAppearances true` is set), and the month's mentor visits its node service writes with
excelize-wasm (a table over a row a visit, each day an Excel serial under format 14, the hours under
"0.00", the employer a boolean cell, a second sheet about the export)
(`tools/make_fixtures_onboarding_sixtyninth.py`, which needs Debian's python3 with PyPDF2, and node with
excelize-wasm; the files it wrote are kept, and these tests read them). The expected records were written
by hand from the page and the cells, before the hub read them."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records

THIS = Trial("hjoerring", "860", "make_fixtures_onboarding_sixtyninth")
FORMS = ["mentortimer.xlsx", "praktikaftale.pdf"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs PyPDF2, and excelize-wasm: {MISSING}")
def test_the_kept_forms_are_what_pypdf2_and_excelize_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_agreement_is_pypdf2s() -> None:
    data = (THIS.golden / FORMS[1]).read_bytes()
    # the documentation's recipe copies the page, not the catalog's form: the new /AcroForm is the page
    catalog = re.search(rb"/Type /Catalog\n/Pages 1 0 R\n/AcroForm (\d+) 0 R", data)
    assert catalog is not None
    page = re.search(rb"\n%s 0 obj\n<<\n/Type /Page\n(.*?)>>\nendobj" % catalog[1], data, re.S)
    assert page is not None and b"/NeedAppearances true" in page[1] and b"/Fields" not in data
    # every value a string, each byte not a letter or digit octal; the box's value the string "/Ja"
    assert b"/V (22\\05650)" in data and b"/V (07\\05506\\0552027)" in data
    assert b"/V (\\057Ja)" in data and b"/AS /Ja" in data
    # Danish letters in PDFDocEncoding, one byte each; no text field has an appearance of its own
    assert b"/V (S\xf8ren\\040B\xf8dtker)" in data and data.count(b"/AP") == 1


def test_the_kept_visits_are_excelizes() -> None:
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[0]).read_bytes())) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        table = book.read("xl/tables/table1.xml").decode("utf-8")
        styles = book.read("xl/styles.xml").decode("utf-8")
        core = book.read("docProps/core.xml").decode("utf-8")
        workbook = book.read("xl/workbook.xml").decode("utf-8")
    # 1 June 2027 is serial 46539, under the built-in date format 14; the hours under "0.00"; a boolean
    assert '<c r="G2" s="2"><v>46539</v></c><c r="H2" s="3"><v>1.5</v></c>' in sheet
    assert '<c r="F2" t="b"><v>0</v></c>' in sheet and '<c r="C2"><v>1021436587</v></c>' in sheet
    assert 'numFmtId="14"' in styles and 'formatCode="0.00"' in styles
    # Excelize leaves the dimension at A1 and its own fixed 2006 date in the core properties
    assert '<dimension ref="A1"></dimension>' in sheet and "2006-09-16T00:00:00Z" in core
    assert 'name="Besoeg"' in table and 'ref="A1:J8"' in table and "Om udtræk" in workbook


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs PyPDF2, and excelize-wasm: {MISSING}")
def test_a_second_pypdf2_user_who_puts_the_form_back() -> None:
    """The probe: the reader's /AcroForm put back before filling: read by the config unchanged."""
    data = SCRIPT.variant()
    assert b"/Fields [" in data
    expected = THIS.expected("praktikaftale")
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[1]) == expected


@pytest.mark.skipif(MISSING is not None, reason=f"needs PyPDF2, and excelize-wasm: {MISSING}")
def test_a_second_excelize_user_who_writes_days_as_text() -> None:
    """The probe: each day the text 2027-06-01 (a shared string): read by the config unchanged."""
    data = SCRIPT.xlsx_variant()
    expected = THIS.expected("mentortimer")
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[0]) == expected
