"""A table cell merged across columns (decision 0060, "Stop 52: xlsx-59"): a value merged over two
columns with headers of their own is refused naming both; under one header merged over both, it is read
as that header's value. The workbooks are written here with openpyxl, merged as Excel merges them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import Workbook
from test_items import TIMESHEETS, form

from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.tabular import read_xlsx
from hub.errors import Rejection

SHA = "ef" * 32
HEADER = ["CPR-nr.", "P-nr.", "Uge", "Timer"]
ROWS = [
    ["Mentor", "Mads Eksempel"],
    [],
    HEADER,
    ["010190-1234", "1900000101", "2026-W32", "3"],
    ["010190-1234", "1900000101", "2026-W33", "2,5"],
    [],
    ["Underskrevet af", "Mads Eksempel"],
    ["Dato for underskrift", "01.09.2026"],
]


def _workbook(rows: list[list[str]], merges: list[str]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Timer"
    for row in rows:
        sheet.append(row)
    for ref in merges:
        sheet.merge_cells(ref)  # openpyxl empties the range's other cells, as Excel does
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _items(tmp_path: Path, data: bytes) -> list:  # type: ignore[type-arg]
    return map_items(read_xlsx(data, "timer.xlsx"), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")


def test_a_value_merged_over_two_headed_columns_is_refused_naming_both(tmp_path: Path) -> None:
    """Week 33's hours written in the week's cell and merged over Uge and Timer (C5:D5): shown across
    both columns, stored in C5 only. Before, Uge read `2,5` and Timer read empty; which the sender meant
    is not in the file, so the row is refused at the sheet and range, naming both headers."""
    rows = [list(r) for r in ROWS]
    rows[4][2:] = ["2,5", ""]
    with pytest.raises(Rejection) as caught:
        _items(tmp_path, _workbook(rows, ["C5:D5"]))
    (problem,) = caught.value.problems
    assert "'Uge' and 'Timer' cannot be read under one of them; unmerge the cells" in problem.describe("en")
    assert 'sheet "Timer", cells C5:D5' in problem.describe("en")
    assert "'Uge' og 'Timer' kan ikke læses under én af dem; ophæv fletningen" in problem.describe("da")
    assert 'ark "Timer", cellerne C5:D5' in problem.describe("da")


def test_a_value_merged_under_one_header_merged_over_the_same_columns_is_read(tmp_path: Path) -> None:
    """The hours column's header merged over D3:E3 (a wide column made of two), each week's hours
    merged below it: one field's value, read as the hours, as the sheet shows it."""
    rows = [[*r, ""] if len(r) == 4 else r for r in ROWS]
    (item,) = _items(tmp_path, _workbook(rows, ["D3:E3", "D4:E4", "D5:E5"]))
    assert item.mapped is not None, item.problems
    assert item.mapped.record["entries"] == [
        {"week": "2026-W32", "hours": "3.0"},
        {"week": "2026-W33", "hours": "2.5"},
    ]


# One citizen's sheet, no items: the list's table read alone (`mapping.lists`).
ONE_CITIZEN = (
    TIMESHEETS.replace('  [forms.items]\n  key = "CPR-nr."\n  group = true\n', "")
    .replace('source = "column:CPR-nr."', 'source = "next:CPR-nr."')
    .replace('source = "column:P-nr."', 'source = "next:P-nr."')
)


def test_a_list_table_alone_refuses_a_value_merged_over_two_headed_columns(tmp_path: Path) -> None:
    """Week 33's `2,5` merged over Timer and the remark column beside it (B6:C6): before, read as the
    hours without a word, though it shows as much under Bemærkning; refused at the list, naming both."""
    rows = [
        ["CPR-nr.", "010190-1234"],
        ["P-nr.", "1900000101"],
        ["Mentor", "Mads Eksempel"],
        ["Uge", "Timer", "Bemærkning"],
        ["2026-W32", "3", ""],
        ["2026-W33", "2,5", ""],
        [],
        ["Underskrevet af", "Mads Eksempel"],
        ["Dato for underskrift", "01.09.2026"],
    ]
    found = read_xlsx(_workbook(rows, ["B6:C6"]), "timer.xlsx")
    (item,) = map_items(found, form(tmp_path, ONE_CITIZEN), SHA, "timer.xlsx", "159")
    assert item.mapped is None
    (problem,) = item.problems
    assert problem.field == "entries"
    assert "'Timer' and 'Bemærkning' cannot be read under one of them" in problem.describe("en")
    assert 'sheet "Timer", cells B6:C6' in problem.describe("en")


def test_headers_merged_down_into_the_header_row_are_the_headers_a_value_is_under(tmp_path: Path) -> None:
    """A header of two rows (`Borger` over `CPR-nr. | P-nr.`) whose Uge and Timer are merged down over
    both rows (C3:C4, D3:D4): the header row's own cells there are blank, the headers their ranges' top
    cells. A value merged over Uge and Timer (C6:D6) is refused as under both."""
    rows = [list(r) for r in ROWS]
    rows[2:3] = [["Borger", "", "Uge", "Timer"], ["CPR-nr.", "P-nr.", "", ""]]
    rows[5][2:] = ["2,5", ""]
    merges = ["A3:B3", "C3:C4", "D3:D4", "C6:D6"]
    with pytest.raises(Rejection) as caught:
        _items(tmp_path, _workbook(rows, merges))
    (problem,) = caught.value.problems
    assert "'Uge' and 'Timer' cannot be read under one of them" in problem.describe("en")
    assert 'sheet "Timer", cells C6:D6' in problem.describe("en")
