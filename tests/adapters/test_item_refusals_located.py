"""An item table's refusal says where, in the fields a case system and the caseworker's "where" column read
(decision 0064, "Stop 54: located-62"): the row that ended the table, at its cell, not in the message text
with the locator left empty; a total line the config has no rule for, once at its row, not once a cell."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import ROWS, TIMESHEETS, form, sheet
from test_tables import DAYS, csv, run
from test_tables import form as table_form

from hub.adapters.mapping.form_items import map_items
from hub.errors import Rejection

SHA = "ab" * 32
STOP = TIMESHEETS.replace("group = true\n", 'group = true\n  stop = { blank = "CPR-nr." }\n')


def test_a_row_ending_the_item_table_by_its_blank_key_is_refused_at_its_cell(tmp_path: Path) -> None:
    """Row 5 has no CPR number but a P-number, a week and hours: the table ends there, and the refusal
    names cell A5 of sheet Ark1 as its locator, in English and Danish."""
    rows = [*ROWS[:4], ["", "1900000101", "2026-W33", "2"], [], *ROWS[-2:]]
    with pytest.raises(Rejection) as info:
        map_items(sheet(rows), form(tmp_path, STOP), SHA, "timer.xlsx", "159")
    (problem,) = info.value.problems
    assert (problem.locator, problem.locator_da) == ('sheet "Ark1", cell A5', 'ark "Ark1", celle A5')
    assert problem.reason_en.startswith("row 5 ends the table by its CPR-nr. (blank)")
    assert problem.reason_da.startswith("række 5 afslutter tabellen ved sin CPR-nr. (tom)")


def test_a_total_line_under_an_item_table_without_a_stop_rule_is_one_refusal_at_it(tmp_path: Path) -> None:
    """`I alt` under the last citizen's row, then the blank row that ends the table: before, it was an
        item of its own refused once a column ("no digits in 'I alt'", "empty: a value is required"). It is an
    item refused once, at its cell; the citizen above it is read as before."""
    rows = [*ROWS[:4], ["I alt", "", "", "3"], [], *ROWS[-2:]]
    read, total = map_items(sheet(rows), form(tmp_path, TIMESHEETS), SHA, "timer.xlsx", "159")
    assert read.mapped is not None and read.mapped.record["total_hours"] == "3.0"  # the citizen's row
    (problem,) = total.problems
    assert (total.label_en, problem.locator, problem.locator_da) == (
        "row 5",
        'sheet "Ark1", cell A5',
        'ark "Ark1", celle A5',
    )
    assert problem.reason_en.startswith("row 5 looks like a total line ('I alt')")
    assert 'stop = { label = "I alt" }' in problem.reason_en
    assert problem.reason_da.startswith("række 5 ligner en sumlinje ('I alt')")


def test_a_total_line_in_a_list_table_without_a_stop_rule_is_one_refusal_at_its_row(tmp_path: Path) -> None:
    """A timesheet's days (rows 7-9 under the header at row 6), `Sum;6,5` at row 10 and a blank row:
    before, a "not a date" problem for the list's entry and nothing saying it is a line of sums."""
    data = csv(*DAYS, "Sum;6,5", trailer="\nUnderskrevet af;Hans Jensen\n")
    with pytest.raises(Rejection) as info:
        run(table_form(tmp_path), data)
    (problem,) = info.value.problems
    assert (problem.field, problem.locator) == ("entries", "row 10, column 1 (A10)")
    assert problem.locator_da == "række 10, kolonne 1 (A10)"
    assert problem.reason_en.startswith("row 10 looks like a total line ('Sum')")
    assert 'stop = { label = "Sum" }' in problem.reason_da
