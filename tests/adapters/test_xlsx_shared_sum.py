"""A total saved as a shared or an array formula with no value is worked out by the same rule as a plain
one (decision 0061, "Stop 63: fixes-78"): Excel saves a formula filled right as `<f t="shared" ref="B6:C6"
si="0">SUM(B2:B5)</f>` in its first cell and `<f t="shared" si="0"/>` in the others, and one entered with
Ctrl+Shift+Enter as `<f t="array" ref="B6">`. The sheets are written here by hand (the rows' XML put into
a workbook openpyxl saved), as a program that saves no values would write them."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

# Hours in B and kilometres in C for four weeks (B4 left empty); row 6 is the totals' row.
ROWS = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Uge</t></is></c><c r="B1" t="inlineStr"><is><t>Timer</t></is>'
    '</c><c r="C1" t="inlineStr"><is><t>Km</t></is></c></row>'
    '<row r="2"><c r="B2"><v>3</v></c><c r="C2"><v>10</v></c></row>'
    '<row r="3"><c r="B3"><v>2.5</v></c><c r="C3"><v>12.5</v></c></row>'
    '<row r="4"><c r="C4"><v>4</v></c></row>'
    '<row r="5"><c r="B5"><v>7</v></c><c r="C5"><v>0.1</v></c></row>'
    '<row r="6"><c r="A6" t="inlineStr"><is><t>I alt</t></is></c>{totals}</row>'
)


def _book(totals: str) -> bytes:
    """A workbook of one sheet "Timer" holding `ROWS` with row 6's total cells `totals` (XML)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Timer"
    sheet["A1"] = "x"
    saved = io.BytesIO()
    book.save(saved)
    out = io.BytesIO()
    with zipfile.ZipFile(saved) as src, zipfile.ZipFile(out, "w") as copy:
        for item in src.infolist():
            part = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                rows = ROWS.format(totals=totals).encode()
                part = re.sub(rb"<sheetData>.*</sheetData>", b"<sheetData>" + rows + b"</sheetData>", part)
                part = re.sub(rb"<dimension [^>]*/>", b"", part)
            copy.writestr(item, part)
    return out.getvalue()


def _totals(totals: str) -> tuple[dict[str, str], list[list[object]]]:
    """Row 6's values read, by cell, and the cells left as formulas never calculated."""
    extraction = extract(_book(totals), "timer.xlsx", READ_OPTIONS)
    read = {
        v.key.split("!")[1]: v.value for v in extraction.values if v.meta["row"] == 6 and v.meta["col"] > 1
    }
    return read, extraction.meta.get("uncached_formulas", [])


def test_a_shared_sum_is_worked_out_in_its_first_cell_and_moved_in_the_others() -> None:
    shared = (
        '<c r="B6"><f t="shared" ref="B6:C6" si="0">SUM(B2:B5)</f></c><c r="C6"><f t="shared" si="0"/></c>'
    )
    # B: 3 + 2.5 + (empty) + 7; C (the formula moved one column right, SUM(C2:C5)): 10 + 12.5 + 4 + 0.1
    assert _totals(shared) == ({"B6": "12.5", "C6": "26.6"}, [])


def test_a_shared_sums_first_cell_with_its_value_saved_still_gives_the_others_theirs() -> None:
    shared = '<c r="B6"><f t="shared" ref="B6:C6" si="3">B2+B3+$B$5</f><v>12.5</v></c>'
    shared += '<c r="C6"><f t="shared" si="3"/></c>'
    # C6 is C2+C3+$B$5 (the $ reference stays): 10 + 12.5 + 7
    assert _totals(shared) == ({"B6": "12.5", "C6": "29.5"}, [])


def test_an_array_sum_over_its_own_cell_is_worked_out() -> None:
    assert _totals('<c r="B6"><f t="array" ref="B6">SUM(B2:B5)</f></c>') == ({"B6": "12.5"}, [])


def test_what_the_rule_does_not_reach_is_still_never_calculated() -> None:
    cases = {
        "an array over two cells": '<c r="B6"><f t="array" ref="B6:C6">SUM(B2:B5)</f></c>',
        "a shared formula that is no sum": (
            '<c r="B6"><f t="shared" ref="B6:C6" si="0">B2*2</f></c><c r="C6"><f t="shared" si="0"/></c>'
        ),
        "a shared formula's cell whose first was not read": '<c r="C6"><f t="shared" si="7"/></c>',
        "a data table": '<c r="B6"><f t="dataTable" ref="B6" dt2D="0" dtr="0" r1="B2"/></c>',
    }
    for case, totals in cases.items():
        read, uncached = _totals(totals)
        assert read == {}, case
        cells = {(row, col) for sheet, row, col in uncached if sheet == "Timer"}  # type: ignore[misc]
        assert cells and cells <= {(6, 2), (6, 3)}, case
