"""A value typed in a table's row right of its header's last column is refused at its cell, in Danish and
English, not dropped in silence (decision 0061, "Stop 55: extra-63"; fuzz recipe 65/csv/rows/3): a CSV
timesheet's list table and an XLSX sheet's item table. Trailing empty or whitespace cells are no value."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import ROWS, TIMESHEETS, form, sheet
from test_tables import csv, run
from test_tables import form as table_form

from hub.adapters.mapping.form_items import map_items
from hub.errors import Rejection

SHA = "ab" * 32
STOP = 'stop = { label = "Underskrevet af" }'


def test_a_csv_days_value_right_of_the_header_is_refused_at_its_cell(tmp_path: Path) -> None:
    """The header `Dato;Timer` is at row 6; the second day (row 8) has an extra delimiter, its hours
    typed in column C, which has no header. Before: the day was read with its own `Timer` and the `4` in
    C8 was read by no rule and said nowhere. Cells a program pads a row with (`;;`) or a space typed past
    the table (rows 7 and 9) hold no value: C8 is the one refused."""
    data = csv("03-08-2026;2;;", "05-08-2026;1,5;4", "10-08-2026;3; ")
    with pytest.raises(Rejection) as info:
        run(table_form(tmp_path, STOP), data)
    (problem,) = info.value.problems
    assert problem.field == "entries"
    assert problem.locator.startswith("row 8, column 3")
    assert problem.locator_da.startswith("række 8, kolonne 3")
    assert problem.reason_en.startswith(
        "row 8, column 3 (cell C8) holds '4' right of the table's last header (B6)"
    )
    assert problem.reason_da.startswith("række 8, kolonne 3 (celle C8) har")
    assert "uden overskrift" in problem.reason_da


def test_an_xlsx_item_rows_value_right_of_the_header_is_refused_at_its_cell(tmp_path: Path) -> None:
    """The item table's header `CPR-nr. | P-nr. | Uge | Timer` is A3:D3; the first citizen's second week
    has `2` typed in E5, a column without a header. Before: that citizen's claim was read without it."""
    rows = [list(row) for row in ROWS]
    rows[4] = [*rows[4], "2"]
    with pytest.raises(Rejection) as info:
        map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    (problem,) = info.value.problems
    assert (problem.locator, problem.locator_da) == ('sheet "Ark1", cell E5', 'ark "Ark1", celle E5')
    assert problem.reason_en.startswith(
        "row 5, column 5 (cell E5) holds '2' right of the table's last header (D3)"
    )
    assert problem.reason_da.startswith("række 5, kolonne 5 (celle E5) har")
