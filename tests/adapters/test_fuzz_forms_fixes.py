"""What the mutation fuzzing of the hub's own forms found in the readers (decision 0064), each read
as the mutant that found it."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import pikepdf
import pytest
from conftest import ROOT
from test_readers_pdf_hostile import FORM_FIELDS
from test_readers_pdf_hostile import _edited as _edited_pdf

from hub.adapters.readers import pdf_pagecache
from hub.adapters.readers.pdf import read_pdf
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import UnreadableDocument

FURESOE = ROOT / "tests" / "golden" / "furesoe" / "mentor_hours.xlsx"


def _edited(path: Path, part: str, old: bytes, new: bytes) -> bytes:
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    assert old in parts[part]
    parts[part] = parts[part].replace(old, new, 1)
    return _zipped(parts)


def _zipped(parts: dict[str, bytes] | dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return out.getvalue()


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        # A row number of twenty digits: the table rules walked every row up to it (0/xlsx/cell_ref/5).
        (b'r="B7"', b'r="A99999999999999999999"', "cell A99999999999999999999"),
        (b'r="B7"', b'r="A1048577"', "cell A1048577"),  # one row past Excel's last
        (b'r="B7"', b'r="XFE7"', "cell XFE7"),  # one column past XFD
        (b'r="B7"', b'r="A0"', "cell A0"),
        (b'<row r="7"', b'<row r="1048577"', "row 1048577"),
    ],
)
def test_a_cell_outside_excels_grid_is_refused_where_it_is(old: bytes, new: bytes, where: str) -> None:
    data = _edited(FURESOE, "xl/worksheets/sheet1.xml", old, new)
    with pytest.raises(UnreadableDocument) as caught:
        read_xlsx(data, "timer.xlsx")
    (problem,) = caught.value.problems
    assert problem.file == "timer.xlsx"
    assert problem.locator == f'sheet "Mentortimer", {where}'
    assert (
        problem.locator_da == f'ark "Mentortimer", {where.replace("cell", "celle").replace("row", "række")}'
    )
    assert "outside the sheet's rows and columns" in problem.reason_en
    assert "uden for arkets rækker og kolonner" in problem.reason_da


def test_the_last_cell_of_excels_grid_is_read() -> None:
    data = _edited(FURESOE, "xl/worksheets/sheet1.xml", b'r="B7"', b'r="XFD7"')
    values = {v.key: v.value for v in read_xlsx(data, "timer.xlsx").values}
    assert "Mentortimer!XFD7" in values


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _rels(*targets: tuple[str, str]) -> str:
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_RELS}/{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets)
    )
    return f'<Relationships xmlns="{_PACKAGE}/relationships">{rels}</Relationships>'


def _book(value: str, kind: str = "n") -> bytes:
    """A workbook whose sheet "Ark" has two shared strings ("første", "anden") and one cell, B1, written
    as `value` of type `kind`."""
    types = [("/xl/workbook.xml", "sheet.main"), ("/xl/worksheets/sheet1.xml", "worksheet")]
    types.append(("/xl/sharedStrings.xml", "sharedStrings"))
    overrides = "".join(
        f'<Override PartName="{part}" ContentType="{_TYPE}.{content}+xml"/>' for part, content in types
    )
    parts = {
        "[Content_Types].xml": (
            f'<Types xmlns="{_PACKAGE}/content-types"><Default Extension="rels" ContentType="application/'
            f'vnd.openxmlformats-package.relationships+xml"/>{overrides}</Types>'
        ),
        "_rels/.rels": _rels(("officeDocument", "xl/workbook.xml")),
        "xl/workbook.xml": (
            f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets><sheet name="Ark" sheetId="1" r:id="rId0"/>'
            "</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": _rels(
            ("worksheet", "worksheets/sheet1.xml"), ("sharedStrings", "sharedStrings.xml")
        ),
        "xl/sharedStrings.xml": f'<sst xmlns="{_MAIN}"><si><t>første</t></si><si><t>anden</t></si></sst>',
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="B1" t="{kind}"><v>{value}</v></c></row>'
            "</sheetData></worksheet>"
        ),
    }
    return _zipped(parts)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        # Python's int() and float() read these; no workbook writes them (2/xlsx/cell_value/87: "1_000"
        # in a date cell was accepted as the end date 1902-09-26).
        ("1_000", "n"),
        ("٣", "n"),
        (" 3", "n"),
        ("1e309", "n"),
        ("-1", "s"),  # was the workbook's last shared string
        ("١", "s"),  # Arabic-Indic one: was "anden"
    ],
)
def test_a_number_no_workbook_writes_is_refused_at_its_cell(value: str, kind: str) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_xlsx(_book(value, kind), "tal.xlsx")
    (problem,) = caught.value.problems
    assert problem.locator == 'sheet "Ark", cell B1'
    assert f'the value "{value}" does not fit its cell\'s type' in problem.reason_en


def test_numbers_as_workbooks_write_them_are_read() -> None:
    written = {"3": "3", "-3": "-3", "+3": "3", "3.": "3", ".5": "0.5", "1.5E-3": "0.0015", "2e2": "200"}
    read = {}
    for value in written:
        values = {v.key: v.value for v in read_xlsx(_book(value), "tal.xlsx").values}
        read[value] = values["Ark!B1"]
    assert read == written
    values = {v.key: v.value for v in read_xlsx(_book("1", "s"), "tal.xlsx").values}
    assert values["Ark!B1"] == "anden"


def test_a_nul_in_a_pdf_string_is_read_as_a_byte_that_is_no_text() -> None:
    # A PDF string may hold NUL; PostgreSQL's text does not (psycopg refuses to send one), and a form
    # read with one was accepted with it (2/pdf/field_value/52: a citizen's name "Kirsten \x00"), to
    # fail where its record and provenance are stored.
    def nul(pdf: pikepdf.Pdf) -> None:
        fields = {str(f.T): f for f in pdf.Root.AcroForm.Fields}
        fields["note"].V = pikepdf.String(b"\xfe\xff" + "Kirsten \x00".encode("utf-16-be"))
        fields["Borger.CPR"].V = pikepdf.Stream(pdf, b"0101901234\x00")  # rich text, in a stream
        fields["ydelse"].T = pikepdf.String(b"ydel\x00se")  # PDFDocEncoding

    read = {v.key: v.value for v in read_pdf(_edited_pdf(nul), "nul.pdf").values}
    assert read == {
        **{k: v for k, v in FORM_FIELDS.items() if k != "ydelse"},
        "note": "Kirsten \ufffd",
        "Borger.CPR": "0101901234\ufffd",
        "ydel\ufffdse": "B",
    }


def test_a_form_whose_list_of_fields_was_lost_is_read_for_its_labels_without_a_warning() -> None:
    # Its widgets are reached from its pages only; the copy pypdf reads the text of, saved by pikepdf,
    # warned of them on the reader's stderr for every such form (0/pdf/acroform/*, read with labels).
    source = ROOT / "tests" / "golden" / "gladsaxe" / "mentor_hours.pdf"
    with pikepdf.open(source) as pdf:
        del pdf.Root["/AcroForm"]
        buf = io.BytesIO()
        with warnings.catch_warnings():  # the warning in question, of this very damage
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.save(buf)
    with pikepdf.open(io.BytesIO(buf.getvalue())) as pdf:
        texts = pdf_pagecache.page_texts(pdf, buf.getvalue(), repaired=True)
        # Under pytest a warning is an error, which the page's reading takes for a page pypdf cannot
        # read: the page then has no text, and its fields no labels.
        words = " ".join(run[2] for run in texts.runs(0))
    assert "Mentor" in words
