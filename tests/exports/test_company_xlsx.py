"""The company's XLSX export, read back with openpyxl and as raw XML: types, layout, no formulas."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date, datetime

import openpyxl
import pytest
from company_data import HOSTILE, INTERNS, bulk_id, export, many_due, many_interns

from hub.exports.company_model import CompanyExport, DueItem
from hub.exports.company_xlsx import write_company_xlsx
from hub.exports.xlsx_safe import safe_text


def xlsx(data: CompanyExport) -> bytes:
    """The export written as XLSX bytes."""
    out = io.BytesIO()
    write_company_xlsx(data, out)
    return out.getvalue()


def test_sheets_and_agreement() -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx(export())))
    assert book.sheetnames == ["Aftale", "Praktikanter", "Forfalder", "Afvigelser"]
    sheet = book["Aftale"]
    facts = {sheet.cell(row, 1).value: sheet.cell(row, 2).value for row in range(3, 14)}
    assert facts == {
        "Aftale-id": "falck-hovedstaden",
        "Aftale": "Falck Hovedstaden",
        "Virksomhed": "Falck Danmark A/S",
        "CVR": "55555559",
        "Samarbejdsmodel": "Klynge af arbejdssteder",
        "Mentorordning": "Mentor ansat i virksomheden",
        "Periode": "august 2026",
        "Periodens start": datetime(2026, 8, 1),
        "Periodens slut": datetime(2026, 8, 31),
        "Opgjort pr.": datetime(2026, 8, 15),
        "Dannet": "4. december 2026 kl. 11.15 med de oplysninger, hubben havde da",
    }
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=15, max_row=23, max_col=6)]
    assert rows == [
        ["Rolle", "Navn", "Organisation", "Telefon", "E-mail", None],
        [
            "Kontakt i jobcentret",
            "Åse Ørum Jæger",
            "Jobcenter Gladsaxe",
            "+4520000101",
            "aase.joerum@gladsaxe.example.dk",
            None,
        ],
        [
            "Stedfortræder",
            "Bjørn Ågård",
            "Jobcenter Ballerup",
            "+4520000102",
            "bjoern@ballerup.example.dk",
            None,
        ],
        [
            "Virksomhedens kontakt",
            "Søren Kæmpe",
            "Falck Danmark A/S",
            "+4520000103",
            "soeren@falck.example.dk",
            None,
        ],
        [None] * 6,
        ["P-nummer", "Arbejdssted", "Pladser", "Besat", "Ledige", "Ledig siden"],
        ["1900000101", "Falck Gladsaxe, Søborg Hovedgade", 4, 3, 1, datetime(2026, 7, 14)],
        ["1900000102", "Falck Ballerup", 3, 3, 0, None],
        ["1900000103", "Falck Høje-Taastrup", 3, 1, 2, datetime(2026, 6, 1)],
    ]


def test_interns_typed_frozen_filtered() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx(export())))["Praktikanter"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J4"
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows == [
        [
            "Deltager-id",
            "Navn",
            "Jobcenter",
            "P-nummer",
            "Arbejdssted",
            "Start",
            "Planlagt slut",
            "Ophørt",
            "Ophører",
            "Mentor",
        ],
        [
            "P-AAAAAAAAAAA",
            "Æble Øster-Åberg",
            "Jobcenter Gladsaxe",
            "1900000101",
            "Falck Gladsaxe, Søborg Hovedgade",
            datetime(2026, 8, 3),
            datetime(2026, 11, 1),
            None,
            None,
            "Mads Mentor",
        ],
        [
            "P-BBBBBBBBBBR",
            "'" + HOSTILE,
            "Jobcenter Herlev",
            "1900000102",
            "Falck Ballerup",
            datetime(2026, 6, 1),
            datetime(2026, 8, 30),
            datetime(2026, 8, 14),
            None,
            "'-Mette Minus",
        ],
        [
            "P-CCCCCCCCCCC",
            "Łukasz Şahin",
            "Jobcenter Høje-Taastrup",
            "1900000103",
            "Falck Høje-Taastrup",
            datetime(2026, 7, 20),
            datetime(2026, 12, 20),
            None,
            None,
            "Mads Mentor",
        ],
    ]
    assert sheet["F2"].number_format == "dd.mm.yyyy"
    assert sheet.column_dimensions["B"].width > 20  # names are readable without widening


def test_due() -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx(export())))["Forfalder"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Deltager-id", "Navn", "Skema", "Senest", "Uger", "Bemærkning"],
        # Weeks as the PDF beside it writes them (company_data.DUE: 2026-W32 and -W33, a 2026 period).
        # "Bemærkning" is blank but for a report owed from an earlier period (test_company_overdue_report).
        ["P-AAAAAAAAAAA", "Æble Øster-Åberg", "Mentortimer", datetime(2026, 9, 7), "uge 32, 33", None],
        ["P-BBBBBBBBBBR", "'" + HOSTILE, "Ophør af praktik", datetime(2026, 8, 31), None, None],
        ["P-CCCCCCCCCCC", "Łukasz Şahin", "Statusrapport", datetime(2026, 8, 31), None, None],
    ]


def test_a_week_of_another_year_says_its_year() -> None:
    # A period of 2026 whose due weeks run into 2027's first week: "uge 53, uge 1/2027", not "2026-W53".
    due = [
        DueItem(
            "P-AAAAAAAAAAA", "Æble Øster-Åberg", "mentor_hours", date(2027, 1, 7), ("2026-W53", "2027-W01")
        )
    ]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx(export(due=due))))["Forfalder"]
    assert sheet["E2"].value == "uge 53, uge 1/2027"


def test_no_cell_is_a_formula() -> None:
    data = xlsx(export())
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                assert not str(cell.value or "").startswith("="), cell.coordinate
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name), name


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
        ("+4520000101", "+4520000101"),  # a phone number calls nothing
        ("-2,5", "-2,5"),
        ("Anna = Hansen", "Anna = Hansen"),
        ("", ""),
    ],
)
def test_safe_text(value: str, written: str) -> None:
    assert safe_text(value) == written


def test_a_lone_dash_for_none_is_written_as_the_company_wrote_it() -> None:
    """Gladsaxe's intern with no mentor named yet, written "-" (as caseworkers write "none"): a sign alone
    is no formula, and LibreOffice 7.4 opens it as the text "-"; the export wrote "'-" (stop 56)."""
    interns = (replace(INTERNS[0], mentor_name="-"),)
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx(export(interns=interns, due=[]))))["Praktikanter"]
    assert sheet["J2"].value == "-"
    assert safe_text("+") == "+" and safe_text("-x") == "'-x"


def test_no_interns_still_a_valid_sheet() -> None:
    book = openpyxl.load_workbook(io.BytesIO(xlsx(export(interns=[], due=[], backup=None))))
    assert book["Praktikanter"].max_row == 1
    assert book["Praktikanter"].auto_filter.ref == "A1:J1"
    assert "Stedfortræder" not in [c.value for c in book["Aftale"]["A"]]


def test_same_export_same_bytes() -> None:
    assert xlsx(export()) == xlsx(export())


def test_ten_thousand_interns() -> None:
    data = xlsx(export(interns=many_interns(10_000), due=many_due(100)))
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    assert book["Praktikanter"].max_row == 10_001
    book.close()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:  # the last row, without parsing the 10,000 before it
        sheet = archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
    last = sheet[sheet.rindex('<row r="10001"') :]
    assert f"<t>{bulk_id(9999)}</t>" in last and "<t>Praktikant nr. 10000 Ærø</t>" in last
