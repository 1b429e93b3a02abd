"""The eighteenth onboarding trial: Varde (573), forms made by programs no earlier trial used: a case
system's placement agreement drawn and filled in one go by reportlab's AcroForm, and its mentor's
timesheet exported by SheetJS as XLSX and as CSV (`tools/make_fixtures_onboarding_eighteenth.py`, which
needs reportlab, node and SheetJS; the files it wrote are kept, and these tests read them). The expected
records were written by hand from the forms as drawn, before the hub read them. Each test of a change
fails without it (decision 0060, "Eighteenth trial").
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract, read_csv
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render
from hub.adapters.suggest.words import guess_path
from hub.errors import Rejection

THIS = Trial("varde", "573", "make_fixtures_onboarding_eighteenth")
NAMES = ["placement.pdf", "mentor_hours.xlsx", "mentor_hours.csv"]


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_reportlab_and_sheetjss_own() -> None:
    with pikepdf.open(THIS.golden / "placement.pdf") as pdf:
        assert str(pdf.docinfo["/Producer"]).startswith("ReportLab PDF Library")
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        assert str(fields["Ydelse"].V) == "UH"  # the combo box's export code, its line drawn
        assert str(fields["Visitation"].V) == "/AP"
    with zipfile.ZipFile(THIS.golden / "mentor_hours.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
        assert b'<c r="B13" s="2"><f>SUM(B8:B12)</f></c>' in sheet  # a formula and no value
        assert b't="str"' in sheet and "xl/sharedStrings.xml" not in book.namelist()
    text = (THIS.golden / "mentor_hours.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbf") and b"I alt;=SUM(B8:B12);" in text


def _draft(name: str) -> str:
    data = (THIS.golden / name).read_bytes()
    return render(suggest(extract(data, name, READ_OPTIONS), name)).split("\n\n", 1)[1]


@pytest.mark.parametrize("name", NAMES)
def test_suggests_draft_maps_the_sample_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the placement's draft left `SB_Navn` (labelled "Navn" under "6. Sagsbehandler") a TODO, and
    its record was refused for want of the caseworker's name; the CSV's draft read the total from the
    cell right of "I alt", which holds SheetJS's `=SUM(B8:B12)`, and refused it as "not a number". Each
    draft, its TODO comments left in, maps its sample to the record."""
    data = (THIS.golden / name).read_bytes()
    want = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, _draft(name)), data, name) == want


def test_a_formula_written_into_a_csv_is_a_formula_never_calculated(tmp_path: Path) -> None:
    """SheetJS writes a formula its caller gave no value as its text, `=SUM(B8:B12)`; Excel opening the
    file shows 13,5. The hub read the text and refused the total as "not a number", blaming the hours.
    Now the cell is no value, and a config reading it is refused at the cell with the reason."""
    draft = _draft("mentor_hours.csv").split('\n\n  [[forms.fields]]\n  path = "total_hours"')[0]
    form = draft + '\n\n  [[forms.fields]]\n  path = "total_hours"\n  source = "next:I alt"\n'
    form += '  transforms = ["hours"]\n'
    data = (THIS.golden / "mentor_hours.csv").read_bytes()
    with pytest.raises(Rejection, match=r"\(B13\) .*: a formula, not its value: "):
        canonical_records(THIS.config(tmp_path, form), data, "mentor_hours.csv")


def test_only_a_formula_is_taken_for_one() -> None:
    data = 'Felt;Værdi\nI alt;=SUM(B8:B12)\nRef;= $B$2+B3\nTekst;=Ja tak\nLig;==\nDag;"=TEKST(A8;""dddd"")"\n'
    extraction = read_csv(data.encode(), "t.csv")
    assert {str(v.key): v.value for v in extraction.values if v.meta["col"] == 2} == {
        "B1": "Værdi",
        "B4": "=Ja tak",
        "B5": "==",
    }
    assert extraction.meta["uncached_formulas"] == [["", 2, 2], ["", 3, 2], ["", 6, 2]]


@pytest.mark.parametrize(
    ("text", "path"),
    [("SB_Navn", "caseworker.name"), ("Sagsbeh.", "caseworker.name"), ("SB_Mail", "caseworker.email")],
)
def test_a_case_systems_short_word_for_the_caseworker_is_the_caseworker(text: str, path: str) -> None:
    """Case systems write "Sagsbeh." and "SB" for sagsbehandler: `SB_Navn` was no field suggest knew."""
    found = guess_path(text)
    assert found is not None and found[0] == path


def test_sb_alone_is_not_the_caseworkers_name() -> None:
    found = guess_path("SB_Dato")
    assert found is None or found[0] != "caseworker.name"
