"""An item table's refusal says where, in the fields a case system and the caseworker's "where" column read
(decision 0064, "Stop 54: located-62"): the row that ended the table, at its cell, not in the message text
with the locator left empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import ROWS, TIMESHEETS, form, sheet

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
