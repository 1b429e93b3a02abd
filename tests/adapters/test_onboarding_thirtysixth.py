"""The thirty-sixth onboarding trial: Ikast-Brande (756), forms made by programs no earlier trial used:
mentor hours its Go case system exports as a workbook written with tealeg/xlsx (a cover sheet, then a row
a visit), and a grant of mentor support the job centre's shell script builds as XML with xmlstarlet
(`tools/make_fixtures_onboarding_thirtysixth.py`, which needs Go with tealeg/xlsx and xmlstarlet; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
programs' data and the files' text, before the hub read them (decision 0060, "Stop 63: trial-83"). The
config written by hand read every value at once; the drafts read every value once suggest no longer took
the cover's title for the labels' heading (`test_suggest_cover_title.py`) and knew a unit phrase, a
"takst" and a status word's day (`test_suggest_unit_phrase.py`, `_rate_words.py`, `_status_day.py`)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records

THIS = Trial("ikast-brande", "756", "make_fixtures_onboarding_thirtysixth")
FORMS = ["mentortimer.xlsx", "mentorstoette.xml"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("go") is None or shutil.which("xmlstarlet") is None, reason="needs go and xmlstarlet"
)
def test_the_kept_forms_are_what_go_and_xmlstarlet_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # go without tealeg/xlsx
        pytest.skip(str(missing))


def test_the_kept_forms_are_tealegs_and_xmlstarlets() -> None:
    with zipfile.ZipFile(THIS.golden / FORMS[0]) as book:
        assert book.namelist() == sorted(book.namelist())  # the program's save: parts in name order
        sheet = book.read("xl/worksheets/sheet2.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    # SetDate's day number in the built-in format 14, an integer P-number, a boolean, an empty text
    # written as a shared-string cell without a value, the hours in the system's own format
    assert '<c r="D2" s="3"><v>46273</v></c>' in sheet and '<c r="B2" s="1"><v>1024681357</v></c>' in sheet
    assert '<c r="F4" s="1" t="b"><v>0</v></c><c r="G4" s="1" t="s"></c></row>' in sheet
    assert 'formatCode="0.00&#34; t&#34;"' in styles
    xml = (THIS.golden / FORMS[1]).read_bytes()
    assert xml.startswith(b'<?xml version="1.0" encoding="windows-1252"?>\n<ib:bevilling xmlns:ib=')
    assert '\t<ib:omfang enhed="timer pr. uge">4,5</ib:omfang>\n'.encode("cp1252") in xml
    assert "Brande Træ &amp; Byg ApS".encode("cp1252") in xml


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the title, the cover's export
    time, period and count, the approval's boolean, the total line; the grant's case number and time,
    names, CVR, unit, currency, status and its signer); no path or transform edited."""
    if name == "mentortimer.xlsx":  # its second citizen's visits are all marked FALSE: drafted as not counted
        THIS.check_draft_unapproved(name, tmp_path, 1, "Godkendt")
        return
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)
