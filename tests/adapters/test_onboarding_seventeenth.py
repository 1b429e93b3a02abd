"""The seventeenth onboarding trial: Haderslev (510), forms made by programs no earlier trial used: a
placement agreement made by pdflatex with hyperref's form fields and filled by pdftk, and a mentor's
timesheet written by a case system with XlsxWriter, as its defaults write it
(`tools/make_fixtures_onboarding_seventeenth.py`, which needs pdflatex, pdftk and xlsxwriter; the files it
wrote are kept, and these tests read them). The expected records were written by hand from the forms as
drawn, before the hub read them. Each test of a change fails without it (decision 0060, "Seventeenth
trial").
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest
from onboarding_trial import Trial

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.provenance import locator_of
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render

THIS = Trial("haderslev", "510", "make_fixtures_onboarding_seventeenth")


@pytest.mark.parametrize(("source", "expected"), THIS.pairs(), ids=lambda p: p.name)
def test_the_form_maps_to_the_record_written_by_hand(source: Path, expected: Path) -> None:
    THIS.check_maps(source, expected)


def test_the_kept_forms_are_latex_pdftk_and_xlsxwriters_own() -> None:
    with pikepdf.open(THIS.golden / "placement.pdf") as pdf:
        assert str(pdf.docinfo["/Producer"]) == "pdfTeX-1.40.24"
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        # hyperref's placeholder for a group given no default, kept by pdftk
        assert str(fields["visitation"].V).startswith("/\\Fld@default")
        assert str(fields["ydelse"].V) == "SD"  # pdftk's fill: the combo box's export code
    with zipfile.ZipFile(THIS.golden / "mentor_hours.xlsx") as book:
        assert b'fullCalcOnLoad="1"' in book.read("xl/workbook.xml")
        assert b"<f>SUM(C8:C12)</f><v>0</v>" in book.read("xl/worksheets/sheet1.xml")


def _draft(name: str) -> str:
    data = (THIS.golden / name).read_bytes()
    return render(suggest(extract(data, name, READ_OPTIONS), name))


@pytest.mark.parametrize("name", ["placement.pdf", "mentor_hours.xlsx"])
def test_suggests_draft_maps_the_sample_to_the_record_written_by_hand(name: str, tmp_path: Path) -> None:
    """Before: the placement's draft read the visitation, left unanswered, as `\\Fld@default` and refused
    it ("no mapping"); the timesheet's drafted `label:I alt` read XlsxWriter's `0` for the total Excel
    shows as 11, and the record was refused as "0.0 is not the sum of the entries (11.0)". Each draft,
    its TODO comments left in, maps its sample to the record."""
    form = _draft(name).split("\n\n", 1)[1]
    data = (THIS.golden / name).read_bytes()
    want = THIS.expected(name)
    assert canonical_records(THIS.config(tmp_path, form), data, name) == want


def _radio(value: str, states: tuple[str, ...]) -> bytes:
    """A one-page form of one radio group `g` of a button a state, its value `value`, no /AS set."""
    pdf = pikepdf.new()
    pdf.add_blank_page()
    group = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Btn, T="g", Ff=49152, V=pikepdf.Name(f"/{value}"))
    )
    kids = []
    for i, state in enumerate(states):
        look = pdf.make_stream(b"")
        kid = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Rect=[10 + 20 * i, 10, 22 + 20 * i, 22],
            P=pdf.pages[0].obj,
            Parent=group,
            AP=pikepdf.Dictionary(N=pikepdf.Dictionary({"/Off": look, f"/{state}": look})),
        )
        kids.append(pdf.make_indirect(kid))
    group.Kids = pikepdf.Array(kids)
    pdf.pages[0].Annots = pikepdf.Array(kids)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=[group])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("value", "read"), [("\\Fld@default", "Off"), ("Nope", "Off"), ("ap", "ap"), ("Off", "Off")]
)
def test_a_radio_value_that_names_no_button_is_no_choice(value: str, read: str) -> None:
    """hyperref saves `/V /\\Fld@default` for every radio group its author gave no default: no button can
    show that state, so every viewer shows none chosen; it was read as the text `\\Fld@default`."""
    extraction = extract(_radio(value, ("jp", "ap", "up")), "g.pdf", READ_OPTIONS)
    assert [v.value for v in extraction.values if v.key == "g"] == [read]


def test_xlsxwriters_placeholder_zero_is_worked_out_as_excel_shows_it(tmp_path: Path) -> None:
    """XlsxWriter saves `<v>0</v>` for a formula whose value it was not given and asks Excel to calculate
    the book on opening (`fullCalcOnLoad`): Excel shows 11, the hub read 0 and blamed the mentor's
    entries (stop 55), then refused the cell as a formula never calculated (stop 56). Now the plain
    SUM is worked out as Excel shows it (stop 63), and its place says so."""
    data = (THIS.golden / "mentor_hours.xlsx").read_bytes()
    total = SourceIndex(extract(data, "mentor_hours.xlsx", READ_OPTIONS)).resolve("label:I alt")
    assert total is not None and total.value == "11"  # 2.5 + 2 + 3 + 1.5 + 2, C8:C12
    assert locator_of(total, "xlsx")["text"] == {
        "en": 'sheet "Timeseddel", cell C13 (0 saved as a placeholder, worked out by the hub as SUM(C8:C12))',
        "da": 'ark "Timeseddel", celle C13 (0 gemt som pladsholder, regnet ud af hubben som SUM(C8:C12))',
    }
    # a formula whose writer gave its value (as the sixth trial's XlsxWriter book does) is read as saved
    summed = SourceIndex(extract(_summed(data), "mentor_hours.xlsx", READ_OPTIONS)).resolve("label:I alt")
    assert summed is not None and summed.value == "11" and "worked_out" not in summed.meta


def _summed(data: bytes) -> bytes:
    """The workbook `data` with its sheet's SUM saved as 11 (its value in Excel)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as book, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in book.infolist():
            part = book.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                part = part.replace(b"<f>SUM(C8:C12)</f><v>0</v>", b"<f>SUM(C8:C12)</f><v>11</v>")
            copy.writestr(item, part)
    return out.getvalue()


def test_a_label_whose_baseline_dips_into_the_box_under_it_is_that_boxs() -> None:
    """hyperref draws each field's border a point over the baseline of its label printed above it (the
    CPR-nr. field's top at 728.4, its label's baseline at 727.5): the label was skipped for the line
    before it, and suggest named `cpr` by "Jobcenter Haderslev, ..." (8 of the 16 fields so)."""
    data = (THIS.golden / "placement.pdf").read_bytes()
    labels = {v.key: v.meta.get("label") for v in extract(data, "placement.pdf", READ_OPTIONS).values}
    assert labels["cpr"] == "CPR-nr.:"
    assert labels["Virksomhed:"] == "Virksomhed:"
    assert labels["ydelse"] == "Ydelse:"
    assert labels["mentor"] == "Mentorens navn:"
    assert labels["borger"] == "Borgerens navn:"  # a label two points above its box, as before
