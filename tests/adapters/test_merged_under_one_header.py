"""A table value merged (or typed) under one header, whichever of its columns holds it, and a header
merged down over a blank lower row (decision 0060, "Stop 53: noticed-61"). Before, the first two read
empty and the week was left out without a word; the third was "no filled-in items found"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_items import form
from test_merged_across import ONE_CITIZEN, ROWS, _items, _workbook

from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers.tabular import read_xlsx

# The sheet's two weeks: 3 hours in week 32, 2,5 in week 33, as the timesheet shows them.
WEEKS = [{"week": "2026-W32", "hours": "3.0"}, {"week": "2026-W33", "hours": "2.5"}]


def _read(tmp_path: Path, rows: list[list[str]], merges: list[str]) -> list[dict[str, str]]:
    (item,) = _items(tmp_path, _workbook(rows, merges))
    assert item.mapped is not None, item.problems
    return item.mapped.record["entries"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(("hours_at", "merges"), [(4, ["D3:F3", "E5:F5"]), (4, ["D3:F3"]), (5, ["D3:F3"])])
def test_a_value_under_a_header_merged_over_columns_is_read_from_any_of_them(
    tmp_path: Path, hours_at: int, merges: list[str]
) -> None:
    """`Timer` merged over D3:F3; week 33's `2,5` in E5 (merged over E5:F5, or not) or in F5."""
    rows = [[*r, "", ""] if len(r) == 4 else r for r in ROWS]
    rows[4][3:] = ["", "", ""]
    rows[4][hours_at] = "2,5"
    assert _read(tmp_path, rows, merges) == WEEKS


def test_a_value_merged_from_a_blank_headed_column_into_a_headed_one_is_read_under_it(tmp_path: Path) -> None:
    """A blank-headed column D between Uge and Timer (E); week 33's `2,5` merged over D5:E5, stored in
    D5: the sheet shows it under Timer and nothing else."""
    rows = [list(r) for r in ROWS]
    rows[2] = ["CPR-nr.", "P-nr.", "Uge", "", "Timer"]
    rows[3] = ["010190-1234", "1900000101", "2026-W32", "", "3"]
    rows[4] = ["010190-1234", "1900000101", "2026-W33", "2,5", ""]
    assert _read(tmp_path, rows, ["D5:E5"]) == WEEKS


def test_a_header_merged_down_over_a_blank_lower_row_starts_the_table_below_it(tmp_path: Path) -> None:
    """Every header merged down over rows 3 and 4, row 4 blank: the weeks are in rows 5 and 6."""
    rows = [list(r) for r in ROWS]
    rows.insert(3, ["", "", "", ""])
    assert _read(tmp_path, rows, ["A3:A4", "B3:B4", "C3:C4", "D3:D4"]) == WEEKS
    # A list's table alone (no items) alike: `Uge` and `Timer` merged down over a blank row 5.
    one = [
        ["CPR-nr.", "010190-1234"],
        ["P-nr.", "1900000101"],
        ["Mentor", "Mads Eksempel"],
        ["Uge", "Timer", ""],
        ["", "", ""],
        ["2026-W32", "3", ""],
        ["2026-W33", "2,5", ""],
        [],
        ["Underskrevet af", "Mads Eksempel"],
        ["Dato for underskrift", "01.09.2026"],
    ]
    found = read_xlsx(_workbook(one, ["A4:A5", "B4:B5"]), "timer.xlsx")
    (item,) = map_items(found, form(tmp_path, ONE_CITIZEN), "ef" * 32, "timer.xlsx", "159")
    assert item.mapped is not None, item.problems
    assert item.mapped.record["entries"] == WEEKS
