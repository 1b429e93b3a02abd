"""Group headings merged over every column of a table's header row (`Borger` over A:B, `Praktiksted`
over C:D, `Mentor` over E:F), as a web case system's "Hent som Excel" writes them: suggest names the
copies of `Navn` by them (`Mentor > Navn`) and no longer reads the headings again as labels, where
`Borger` took `Praktiksted` beside it as the citizen's name and `label:Mentor` took `Besøg` as the
mentor's (decision 0060, "Stop 74: trial-138")."""

from __future__ import annotations

import io

from openpyxl import Workbook
from suggest_support import draft_of, drafted_fields


def _sheet() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mentortimer november 2027"])
    sheet.append(["Borger", None, "Praktiksted", None, "Mentor", None, "Besøg", None])
    sheet.append(["CPR-nr.", "Navn", "P-nr.", "Navn", "Navn", "Virksomhedsmentor", "Dato", "Timer"])
    sheet.append(["030588-1234", "Ida Holm", "1019283746", "Holte Cykler", "Jens Bak", True, "01-11-2027", 2])
    sheet.append(["170693-4410", "Ali Demir", "1022334455", "Gartneri", "Lone Friis", False, "02-11-2027", 3])
    for cells in ("A1:H1", "A2:B2", "C2:D2", "E2:F2", "G2:H2"):
        sheet.merge_cells(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_group_headings_over_every_column_are_no_labels() -> None:
    text = draft_of(_sheet(), "mentortimer.xlsx")
    assert drafted_fields(text)["mentor.name"]["source"] == "column:Mentor > Navn"
    assert "label:Mentor" not in text and "label:Borger" not in text
    assert 'source = "column:Borger > Navn"' in text  # offered for citizen.name (optional), and only so
