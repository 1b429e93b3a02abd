"""Formulas whose saved value their own cells contradict (decision 0061, "Stop 65: fixes-93").

A program that changes a book's cells and keeps its formulas' old values (or one that never calculates)
saves a total Excel would not show: `SUM(B2:B5)` saved as 14 over cells that make 12.5, or `B2*2` saved
as 0 over a B2 of 3. Read as saved, the hub took a number nobody's cells hold. Checked here, once the
sheet's cells are all read (`xlsx_values` keeps each cell's value as it reads it, so this is a look-up
a summed cell, never a second pass over the sheet):

- a value other than 0 under a formula the hub can add (`xlsx_worked_out.added_cells`: a plain `SUM` or
  cells added) whose cells, all numbers or empty, make another number (a 0 under such a formula is
  `xlsx_values`' own check, "Stop 64: fixes-85");
- a 0, in a book that does not ask to be calculated on opening, under a formula of cells and positive
  numbers joined by `+`, `*` and `/` (with brackets), every cell of which holds a number other than 0
  (and above 0 where it adds): no such formula makes 0. (A book that asks refuses such a 0 already: a
  formula never calculated, `xlsx_zero_sum`.)

A formula outside those shapes (`B2-B3`, `ROUND`, `IF`, another sheet) may make its saved value in ways
not told here and is read as saved, as before; so is a total whose cells hold text, a date or an error.
One that uses another sheet's cells (`SUM(Uger!B2:B5)`, `Uger!B7`) is marked so its place says it was not
checked (`unchecked`, decision 0061, "Stop 66: fixes-100"): a config reading one sheet never reads the
others, so no check can compare it, and the caseworker is told rather than left to think it was. A
defined name (`SUM(Timer)`) is read as the range it stands for (`xlsx_defined_names`, "Stop 66:
fixes-102"); one that stands for no plain range is marked not checked, naming it (`unread_names`). So
are a range between two names, a table's column and whole columns (`xlsx_tables`,
`xlsx_whole_columns`, "Stop 67: fixes-104"). A plain `SUM` past `MAX_SUMMED` cells (a whole column of
a long sheet) or over a whole column with no number but the total is marked not checked too, naming
its range and why (`unsummed`, "Stop 68: fixes-111").
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator
from typing import Any

from openpyxl.utils.cell import column_index_from_string

from hub.adapters.readers.xlsx_cells import cell_text
from hub.adapters.readers.xlsx_defined_names import Names, unread_name, with_ranges
from hub.adapters.readers.xlsx_whole_columns import Spans, left_whole, spelled_out, whole_in
from hub.adapters.readers.xlsx_worked_out import (
    MAX_FORMULA,
    MAX_SUMMED,
    added_cells,
    area_cells,
    summed_areas,
    worked_out,
)

# A formula saved with a number: (row, column, its text, the number saved).
Total = tuple[int, int, "str | None", Any]
_CELL = r"\$?[A-Z]{1,3}\$?[0-9]{1,7}"
_POSITIVE = r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
# cells and numbers joined by + * /, brackets around any part: nothing else (no minus, no function)
_ARITHMETIC = re.compile(rf"[\s(]*(?:{_CELL}|{_POSITIVE})[\s)]*(?:[+*/][\s(]*(?:{_CELL}|{_POSITIVE})[\s)]*)*")
_ONE_CELL = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")
_NUMBERS = re.compile(_POSITIVE)
_QUOTED = re.compile(r'"[^"]*"')  # a formula's text in quotes, which may hold a "!" of its own


def unchecked(
    totals: list[Total], sheet: str, names: Names, unsummed_at: Collection[tuple[int, int]] = ()
) -> Iterator[tuple[int, int, str]]:
    """Each of `totals` (of the sheet named `sheet`) whose formula uses another sheet's (or another
    book's) cells, `Uger!B2` (or a defined name standing for them), or a name that stands for no plain
    range, or that is at `unsummed_at` (`unsummed`'s, a range the check does not add): its row, column
    and formula. Its saved number is read as saved, and said to be unchecked where it is read."""
    for row, col, formula, _saved in totals:
        if formula is None:
            continue
        ranges = with_ranges(formula, sheet, names)
        if (
            ("!" in ranges and "!" in _QUOTED.sub("", _here(ranges, sheet)))
            or unread_name(ranges, sheet, names)
            or (row, col) in unsummed_at
        ):
            yield row, col, formula


def unsummed(
    totals: list[Total], held: dict[tuple[int, int], Any], sheet: str, names: Names
) -> Iterator[tuple[int, int, list[str]]]:
    """Each of `totals` that is a plain `SUM` of this sheet's cells the check does not add: its row,
    column and [its range, "wide"] for one past `MAX_SUMMED` cells (each is looked up: a hostile sheet
    has many sums), or [the whole column, "empty"] for one whose column holds no number but the total
    (`xlsx_whole_columns.left_whole`) and that is not 0. Its place names the range and why (decision
    0061, "Stop 68: fixes-111"). So is a formula adding a whole column or row that is more than a plain
    `SUM` (`SUM(B:B)/2`): [the whole column, "formula"] (decision 0060, "Stop 69: fixes-113")."""
    cache: dict[str, Spans] = {}
    for row, col, formula, saved in totals:
        if formula is not None and (
            why := _unsummed(with_ranges(formula, sheet, names), (row, col), sheet, held, cache)
        ):
            if why[1] == "empty" and type(saved) in (int, float) and saved == 0:
                continue  # 0 is what `SUM` makes of text and empty cells: the total is checked, and right
            yield row, col, why


def _unsummed(
    ranges: str, own: tuple[int, int], sheet: str, held: dict[tuple[int, int], Any], cache: dict[str, Spans]
) -> list[str] | None:
    """`unsummed`'s mark of one total, its names written as their ranges (`ranges`); None for none."""
    if ":" not in ranges:
        return None  # no range: nearly every total
    here = _here(ranges, sheet)
    formula = spelled_out(here, own, held, cache)
    if (whole := left_whole(formula)) is not None:
        return [whole, "empty"]
    areas = summed_areas(formula)
    if areas is None:
        # a whole column or row inside more than a plain `SUM` (`SUM(B:B)/2`): not checked, and said so
        return [whole, "formula"] if (whole := whole_in(here)) is not None else None
    if area_cells(areas) <= MAX_SUMMED:
        return None
    return [formula[formula.index("(") + 1 : formula.rindex(")")].strip(), "wide"]


def unread_names(totals: list[Total], sheet: str, names: Names) -> Iterator[tuple[int, int, str]]:
    """Each of `totals` whose formula uses a name that stands for no plain range (or no name the book
    defines): its row, column and that name as written, which its place names."""
    for row, col, formula, _saved in totals:
        if formula is not None and (name := unread_name(with_ranges(formula, sheet, names), sheet, names)):
            yield row, col, name


def _here(formula: str, sheet: str) -> str:
    """`formula` with its own sheet's name dropped from its references (`SUM(Timer!B2:B5)` on "Timer" is
    `SUM(B2:B5)`: Excel keeps a reference typed so, and a program writes it): they are this sheet's
    cells, checked as such, not another sheet's (decision 0068, "Stop 66: review-101")."""
    if "!" not in formula:
        return formula
    quoted = "'" + sheet.replace("'", "''") + "'"
    # not the end of another name ("XTimer!", "[1]Timer!" of another book): Excel's names ignore case
    own = re.compile(rf"(?<![\w.\]'])(?:{re.escape(quoted)}|{re.escape(sheet)})!", re.IGNORECASE)
    return own.sub("", formula)


def contradicted(
    totals: list[Total], held: dict[tuple[int, int], Any], sheet: str, names: Names
) -> Iterator[tuple[int, int, list[Any]]]:
    """Each of `totals` whose saved number the cells of `held` (every cell of the sheet named `sheet`
    with its value; `names` the book's defined names, read as their ranges) contradict: its row, column
    and the mark its cell gets (`xlsx_cells.SAVED_UNCALCULATED`: [formula, the cells' sum as text or
    None where it is not a sum, the saved number as text])."""
    cache: dict[str, Spans] = {}
    for row, col, written, saved in totals:
        if written is None or type(saved) not in (int, float):
            continue
        formula = spelled_out(_here(with_ranges(written, sheet, names), sheet), (row, col), held, cache)
        if saved != 0:
            adds = added_cells(formula)
            if adds is None:
                continue
            parts = [held.get(at) for at in adds]
            # a float sum first, as nearly every total matches its cells: the exact decimal sum
            # (`worked_out`) only where it may not; a sum's binary noise (12.499999999999998) is no
            # contradiction
            if all(type(v) in (int, float) or v is None for v in parts) and _close(
                math.fsum(v for v in parts if v is not None), saved
            ):
                continue
            total = worked_out(parts)
            if total is not None and not _close(total, saved):
                yield row, col, [written, cell_text(total), cell_text(saved)]
        elif _never_zero(formula, held):
            yield row, col, [written, None, "0"]


def _close(total: float, saved: float) -> bool:
    """Whether a sum is the saved number, to the digits a double holds."""
    return math.isclose(total, saved, rel_tol=1e-12, abs_tol=1e-12)


def _never_zero(formula: str, held: dict[tuple[int, int], Any]) -> bool:
    """True where `formula` is cells and positive numbers joined by `+`, `*` and `/` whose every cell
    holds a number other than 0 (above 0 where anything is added): it cannot make 0."""
    text = formula.upper()
    if len(text) > MAX_FORMULA or not _ARITHMETIC.fullmatch(text) or text.count("(") != text.count(")"):
        return False
    cells = [(int(row), column_index_from_string(col)) for col, row in _ONE_CELL.findall(text)]
    numbers = _NUMBERS.findall(_ONE_CELL.sub(" ", text))  # the cells blanked: a row's digits are no number
    if not cells or any(float(number) == 0 for number in numbers):
        return False  # a formula of no cell, or a number 0 in it (`B2*0`): 0 may be its value
    values: list[Any] = [held.get(at) for at in cells]
    if any(type(v) not in (int, float) or v == 0 for v in values):
        return False  # an empty cell, text, a date, an error, a 0: the formula may make 0
    return "+" not in text or all(v > 0 for v in values)
