"""The thirty-fourth onboarding trial: Mariagerfjord (846), forms made by programs no earlier trial used:
a placement agreement its C case system writes with libxlsxwriter (a form on one sheet, values merged
across beside their labels), and mentor visits the job centre's R script writes with base R's write.csv
(`tools/make_fixtures_onboarding_thirtyfourth.py`, which needs gcc with libxlsxwriter and Rscript; the
files it wrote are kept, and these tests read them). The expected records were written by hand from the
files, before the hub read them (decision 0060, "Stop 63: trial-81"). The config written by hand read
both at once; the drafts read every value once suggest drafted a text under its heading, the purpose
merged over a row of its own under "Formål med praktikken" (`test_suggest_text_under_heading.py`)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records

THIS = Trial("mariagerfjord", "846", "make_fixtures_onboarding_thirtyfourth")
FORMS = ["praktikaftale.xlsx", "mentortimer.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


@pytest.mark.skipif(
    shutil.which("gcc") is None or shutil.which("Rscript") is None, reason="needs gcc and Rscript"
)
def test_the_kept_forms_are_what_libxlsxwriter_and_r_write() -> None:
    try:
        THIS.check_made(2)
    except SystemExit as missing:  # gcc without libxlsxwriter-dev
        pytest.skip(str(missing))


def test_the_kept_forms_are_libxlsxwriters_workbook_and_rs_write_csv() -> None:
    with zipfile.ZipFile(THIS.golden / FORMS[0]) as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        strings = book.read("xl/sharedStrings.xml").decode()
    # a date as a number, the last day a formula with its cached value, a boolean cell, merged values
    assert '<c r="B16" s="5"><v>46279</v></c>' in sheet and "<f>B16+83</f><v>46362</v>" in sheet
    assert '<c r="B24" s="7" t="b"><v>1</v></c>' in sheet and '<mergeCell ref="A32:D32"/>' in sheet
    assert '<c r="B29" s="9"><v>97113412</v></c>' in sheet and strings.count("<t>Navn</t>") == 1
    lines = (THIS.golden / FORMS[1]).read_text(encoding="utf-8").split("\n")
    assert lines[0] == '"","cpr","pnr","mentor","dato","timer","godkendt_af","godkendt"'
    # R's row names first, a number and a Date unquoted, hours as R prints them
    assert lines[1] == (
        '"2","210688-2746",1017462938,"Lars Hvidberg",2026-09-15,1.5,"Lars Hvidberg",2026-09-28'
    )
    assert lines[2].startswith('"4","030295-1862",') and lines[2].endswith(",3,NA,NA")


@pytest.mark.parametrize("name", FORMS)
def test_suggests_draft_maps_the_form_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """The draft as printed, its TODOs left as the comments they are (the case number, the signature's
    day and the time printed, none a placement's; none in the CSV); no path or transform edited."""
    data = (THIS.golden / name).read_bytes()
    assert canonical_records(THIS.config(tmp_path, THIS.draft(name)), data, name) == THIS.expected(name)
