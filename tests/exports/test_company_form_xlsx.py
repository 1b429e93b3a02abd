"""The company's one form as a spreadsheet: the layout contract, locks, validations, no formulas."""

from __future__ import annotations

import io

import openpyxl
import pytest
from company_data import HOSTILE, form_spec
from openpyxl.worksheet.worksheet import Worksheet

from hub.exports.company_form_model import CompanyFormSpec
from hub.exports.company_form_xlsx import write_form_xlsx


def sheet_of(spec: CompanyFormSpec) -> Worksheet:
    """The form written and read back; its one sheet."""
    out = io.BytesIO()
    write_form_xlsx(spec, out)
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    assert len(book.sheetnames) == 1
    return book.active


def values(sheet: Worksheet, first: int, last: int, cols: int) -> list[list[object]]:
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=first, max_row=last, max_col=cols)]


def validations(sheet: Worksheet) -> dict[str, tuple[str, str | None, str | None]]:
    """Each validation by its cell range: type and bounds (or list)."""
    return {str(v.sqref): (v.type, v.formula1, v.formula2) for v in sheet.data_validations.dataValidation}


def test_mentor_hours_layout() -> None:
    sheet = sheet_of(form_spec("mentor_hours"))
    assert sheet.title == "Mentortimer"
    assert sheet["A1"].value == "Mentortimer: Falck Hovedstaden (Falck Danmark A/S)"
    assert values(sheet, 2, 5, 2) == [
        ["Aftale", "falck-hovedstaden"],
        ["Periode", "2026-08"],
        ["Skema", "Mentortimer"],  # the kind in words, not the hub's code
        [None, None],
    ]
    rows = values(sheet, 6, 18, 6)
    intern_1 = ["P-AAAAAAAAAAA", "Æble Øster-Åberg", "Falck Gladsaxe, Søborg Hovedgade", "Mads Mentor"]
    intern_2 = ["P-BBBBBBBBBBR", "'" + HOSTILE, "Falck Ballerup", "'-Mette Minus"]
    intern_3 = ["P-CCCCCCCCCCC", "Łukasz Şahin", "Falck Høje-Taastrup", "Mads Mentor"]
    assert rows == [
        ["Deltager-id", "Navn", "Arbejdssted", "Mentor", "Uge", "Timer"],
        [*intern_1, "uge 32 2026", None],
        [*intern_1, "uge 33 2026", None],
        [*intern_1, "uge 34 2026", None],
        [*intern_1, "uge 35 2026", None],
        [*intern_2, "uge 32 2026", None],
        [*intern_2, "uge 33 2026", None],
        [*intern_3, "uge 33 2026", None],
        [*intern_3, "uge 34 2026", None],
        [*intern_3, "uge 35 2026", None],
        [None] * 6,
        ["Underskrevet af", None, None, None, None, None],
        ["Underskriftsdato", None, None, None, None, None],
    ]
    assert validations(sheet) == {
        "D7:D15": (None, None, None),  # the mentor: any name, with an input message (page-100, below)
        "F7:F15": ("decimal", "0", "168"),
        "B18": ("date", "36526", "73050"),
    }
    locked = {
        c.coordinate for row in sheet.iter_rows(min_row=7, max_row=18) for c in row if c.protection.locked
    }
    assert {"A7", "B7", "C7", "E7", "E15"} <= locked
    assert not {"D7", "F7", "D15", "F15", "B17", "B18"} & locked  # mentor may be corrected; hours typed
    assert sheet["B18"].number_format == "dd.mm.yyyy"


def test_progress_report_layout() -> None:
    sheet = sheet_of(form_spec("progress_report"))
    assert sheet.title == "Statusrapport"
    assert values(sheet, 6, 6, 10) == [
        [
            "Deltager-id",
            "Navn",
            "Arbejdssted",
            "Dato",
            "Fremmøde",
            "Punktlighed",
            "Samarbejde",
            "Opgaveløsning",
            "Selvstændighed",
            "Bemærkning",
        ]
    ]
    assert values(sheet, 7, 9, 4) == [
        ["P-AAAAAAAAAAA", "Æble Øster-Åberg", "Falck Gladsaxe, Søborg Hovedgade", None],
        ["P-BBBBBBBBBBR", "'" + HOSTILE, "Falck Ballerup", None],
        ["P-CCCCCCCCCCC", "Łukasz Şahin", "Falck Høje-Taastrup", None],
    ]
    assert values(sheet, 10, 12, 2) == [[None, None], ["Underskrevet af", None], ["Underskriftsdato", None]]
    assert validations(sheet) == {
        "D7:D9": ("date", "36526", "73050"),  # 01.01.2000 to 31.12.2099: days since 30.12.1899
        "E7:I9": ("whole", "1", "5"),
        "B12": ("date", "36526", "73050"),
    }
    assert sheet["D7"].number_format == "dd.mm.yyyy"
    unlocked = {
        c.coordinate for row in sheet.iter_rows(min_row=7, max_row=9) for c in row if not c.protection.locked
    }
    assert unlocked == {f"{col}{row}" for col in "DEFGHIJ" for row in (7, 8, 9)}


def test_placement_end_layout() -> None:
    sheet = sheet_of(form_spec("placement_end"))
    assert sheet.title == "Ophør"
    assert values(sheet, 6, 6, 6) == [
        ["Deltager-id", "Navn", "Arbejdssted", "Ophørsdato", "Årsag", "Bemærkning"]
    ]
    assert sheet.max_row == 9  # no signature rows for an end
    outcomes = (
        "Ordinært job,Uddannelse,Fleksjob,Rehabiliteringsteam,Andet kommunalt tilbud,"
        "Praktik i anden virksomhed,Langvarig sygdom,Stoppet af andre årsager"
    )
    assert validations(sheet) == {
        "D7:D9": ("date", "36526", "73050"),
        "E7:E9": ("list", f'"{outcomes}"', None),
    }


@pytest.mark.parametrize("kind", ["mentor_hours", "progress_report", "placement_end"])
def test_protected_without_password_and_no_formulas(kind: str) -> None:
    sheet = sheet_of(form_spec(kind))
    assert sheet.protection.sheet is True
    assert not sheet.protection.password
    assert sheet.protection.formatColumns is False  # False here means "allowed": people may widen columns
    assert sheet.freeze_panes == "A7"
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            assert not str(cell.value or "").startswith(("=", "+", "-", "@")), cell.coordinate
    assert "Send det udfyldte skema til Åse Ørum Jæger, Jobcenter Gladsaxe" == sheet["D2"].value


# Page-100: the mentor is pre-filled on each of an intern's rows and a correction must be written on each
# (one row corrected and the others not is refused at the upload: stop 65, fuzz-96). Written by hand, the
# words the Mentor column's input message and the sheet's notes say.
MENTOR_PROMPT = (
    "Rettes mentoren, skal den nye mentor skrives på hver af deltagerens rækker. "
    "A corrected mentor must be written on each of the intern's rows."
)


def test_the_mentor_column_says_a_correction_goes_on_each_of_an_interns_rows() -> None:
    sheet = sheet_of(form_spec("mentor_hours"))
    shown = {str(v.sqref): v for v in sheet.data_validations.dataValidation if v.prompt}
    mentor = shown["D7:D15"]  # the Mentor column, every intern's every week
    assert (mentor.promptTitle, mentor.prompt) == ("Mentor", MENTOR_PROMPT)
    assert mentor.showInputMessage
    assert len(mentor.prompt) <= 255  # Excel's limit for an input message
    assert mentor.type is None  # any text: a mentor's name is not checked
    assert str(sheet["D4"].value).endswith(" " + MENTOR_PROMPT)  # the sheet's notes say it too
    # The other kinds have no Mentor column, nor the sentence.
    assert MENTOR_PROMPT not in str(sheet_of(form_spec("progress_report"))["D4"].value)
