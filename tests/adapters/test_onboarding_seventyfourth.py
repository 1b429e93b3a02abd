"""The seventy-fourth onboarding trial: Rudersdal (230), forms made by programs no earlier trial used: the
month's mentor visits its web case system's "Hent som Excel" writes with xlsx-js-style (a title merged
over the table, group headings merged over their columns above the column headings, a row a visit, date
cells `dd-mm-yyyy`, hours `0.00`, a boolean cell for the company's own mentor, the approval a date-time
cell, text as `t="str"` cells, the sheet `Mentortimer nov. 2027`), and the same month's visits its
caseworker's pipeline makes with OCaml's csvtool, the visit export cut by column name and the approvals
export pasted beside it (`,`, quoted only where needed, LF line ends, a CR inside a quoted note)
(`tools/make_fixtures_onboarding_seventyfourth.py`, which needs node with xlsx-js-style and csvtool; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
sheet's cells and the file's text, before the hub read them (decision 0060, "Stop 74: trial-138"). The
config written by hand read both right at the base; suggest's draft of the sheet read its group headings
again as labels until `header_rows.two_row_headers` took them as the headings they are."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial, edited_config, trial_registry
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

THIS = Trial("rudersdal", "230", "make_fixtures_onboarding_seventyfourth")
FORMS = ["mentorbesoeg.csv", "mentortimer.xlsx"]
SCRIPT = fixture_script(THIS.script)
MISSING = SCRIPT.missing()


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(MISSING is not None, reason=f"needs xlsx-js-style and csvtool: {MISSING}")
def test_the_kept_forms_are_what_xlsx_js_style_and_csvtool_make() -> None:
    THIS.check_made(len(FORMS))


def test_the_kept_visits_are_csvtools() -> None:
    data = (THIS.golden / FORMS[0]).read_bytes()
    lines = data.decode("utf-8").split("\n")
    assert lines[0] == (
        "cpr,navn,pnr,praktiksted,mentor,virksomhedsmentor,dato,timer,note,godkendt_af,godkendt"
    )
    # quoted only where needed: a comma, a quote doubled; CRLF read, LF written; an empty field bare
    assert lines[1] == (
        '030588-1234,Ida Skovgaard Holm,1019283746,"Holte Cykler, Kongevejen 12",Jens Bak,ja,01-11-2027,'
        '"2,5",Opstart,Jens Bak,30-11-2027'
    )
    assert lines[2].startswith('170693-4410,"Ali ""Ace"" Demir",') and lines[2].endswith(",,")
    assert b'"Samtale,\r\nopf\xc3\xb8lgning"' in data and data.count(b"\r") == 1


def test_the_kept_sheet_is_xlsx_js_styles() -> None:
    with zipfile.ZipFile(io.BytesIO((THIS.golden / FORMS[1]).read_bytes())) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
        styles = book.read("xl/styles.xml").decode("utf-8")
        workbook = book.read("xl/workbook.xml").decode("utf-8")
    assert '<sheet name="Mentortimer nov. 2027"' in workbook
    assert '<c r="A4" s="2" t="str"><v>030588-1234</v></c>' in sheet  # text as t="str", no shared strings
    assert '<c r="F4" s="2" t="b"><v>1</v></c>' in sheet  # a boolean cell
    assert '<c r="G4" s="9"><v>46692</v></c>' in sheet  # 01-11-2027 as Excel's day number
    # merged, its other cells unwritten
    assert '<mergeCell ref="A2:B2"/>' in sheet and '<c r="B2"' not in sheet
    assert 'formatCode="dd-mm-yyyy"' in styles and 'formatCode="dd-mm-yyyy hh:mm"' in styles


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_records_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its optional TODOs cleared as they say; no path or transform edited."""
    THIS.check_draft(name, tmp_path)


@pytest.mark.skipif(MISSING is not None, reason=f"needs xlsx-js-style and csvtool: {MISSING}")
def test_a_second_site_writing_cell_dates() -> None:
    """The probe: the same sheet written with `cellDates: true`, the visit days ISO date cells (`t="d"`),
    which the hub reads as the same days."""
    data = SCRIPT.cell_dates_variant()
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert '<c r="G4" s="9" t="d"><v>2027-11-01T00:00:00' in sheet
    assert canonical_records(trial_registry().get(THIS.slug), data, FORMS[1]) == THIS.expected(FORMS[1])


@pytest.mark.skipif(MISSING is not None, reason=f"needs xlsx-js-style and csvtool: {MISSING}")
def test_a_second_caseworkers_semicolons(tmp_path: Path) -> None:
    """The probe: `csvtool -u ';' paste`, Excel's Danish list separator. The config for commas refuses it
    naming both separators; with `delimiter = ";"` it reads as by hand (`2,5` now bare)."""
    data = SCRIPT.semicolon_variant()
    assert b";2,5;Opstart;" in data
    with pytest.raises(Rejection, match="separated by semicolons, but .* uses commas"):
        canonical_records(trial_registry().get(THIS.slug), data, FORMS[0])
    config = edited_config(
        tmp_path, THIS.slug, lambda text: text.replace('delimiter = ","', 'delimiter = ";"')
    )
    assert canonical_records(config, data, FORMS[0]) == THIS.expected(FORMS[0])
