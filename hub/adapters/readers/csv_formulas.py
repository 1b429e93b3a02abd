"""A spreadsheet's formula written into a CSV file as its text (decision 0060, "Eighteenth trial").

A program that saves a sheet as CSV without calculating it writes a formula cell as the formula itself:
SheetJS writes `I alt;=SUM(B8:B12)` for a total its caller gave no value. Excel opens that file and shows
13,5 in the cell (it calculates every cell that starts with `=`); the hub read the text `=SUM(B8:B12)`
and refused the total as "not a number", which blamed the sender's hours. Such a cell is what the
seventeenth trial's XLSX cell was: a formula never calculated. It is no value, and the selectors name it
as such (`uncached_formulas`, as `xlsx_values.read_book` lists a workbook's), so a config reading it is
refused at the cell with that reason, and `hub adapters suggest` drafts the total as the entries added
up, as it does for the workbook.

Only a text Excel would calculate and that reads as a formula is taken: `=` then a function's call
(`=SUM(`, `=TEXT(`), a cell reference (`=B8`, `=$B$8+B9`) or a number (`=13,5`), each after any signs and
opening brackets (`=(B8+B9)`, `=+B8+B9`, `=-B8`: stop 63); and `+` or `@` then a function's call
(`+SUM(B8:B12)`, `@SUM(B8:B12)`: Lotus 1-2-3's ways to start a formula, which Excel still takes when
typed; fixes-83), or cells added after a sign with no function (`+B8+B9`, `-B8+B9`: fixes-85) where
each cell it names holds a number or a formula (lang-93: a note `-Q1-Q2` names empty cells), never a
phone number or a signed number (`+45 44 52 70 00`, `+7,5`). Other text
starting with `=` is kept (`=Ja tak`, `==`). Such a cell is refused as "a formula, not its value"
(`read_problems`): its digits are never read as the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.excel_errors import EXCEL_ERRORS, FORMULA_ERROR

__all__ = ["split_formulas"]

_REF = r"\$?[A-Za-z]{1,3}\$?[0-9]+"
# `=` then a call, a reference or a digit; or Lotus 1-2-3's `+` or `@` then a function's name right at
# its bracket (`+SUM(`, `@SUM(`): there a reference or a digit would be a phone or a signed number
# (`+45 44 52 70 00`, `+7,5`), and a name with a space before its bracket a text (`@Ole (mentor)`);
# Lotus's `+B2+B3` below (`_CELLS_ADDED`).
_FORMULA = re.compile(
    rf"=[\s+\-(]*(?:[A-Za-z][A-Za-z0-9._]*\s*\(|{_REF}\b|[0-9])"
    r"|[+@]\s*[A-Za-z][A-Za-z0-9._]*\("
)
# Lotus's `+B2+B3` is a formula only where it adds the file's own figures: each cell it names holds a
# number (or a formula). A note's `-Q1-Q2` (quarters, text starting with a minus) has the same shape and
# names cells the file leaves empty (lang-93, after review-89).
_CELLS_ADDED = re.compile(rf"[+\-]\s*{_REF}(?:\s*[-+*/]\s*(?:{_REF}|[0-9]+(?:[.,][0-9]+)?))+$")
_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]+)")
_NUMBER = re.compile(r"[+\-]?[0-9]+(?:[.,][0-9]+)*")


def split_formulas(values: Sequence[SourceValue]) -> tuple[list[SourceValue], list[list[Any]]]:
    """The cells that are values, and each formula's ["", row, column] (a CSV file has one sheet, "");
    a value that is Excel's error for a formula is kept, marked (`EXCEL_ERRORS`)."""
    cells = {(int(v.meta["row"]), int(v.meta["col"])): str(v.value).strip() for v in values}
    kept: list[SourceValue] = []
    formulas: list[list[Any]] = []
    for value in values:
        text = str(value.value).strip()
        if _FORMULA.match(text) or (_CELLS_ADDED.match(text) and _adds_figures(text, cells)):
            formulas.append(["", value.meta["row"], value.meta["col"]])
            continue
        if text[:1] == "#" and text in EXCEL_ERRORS:
            value.meta[FORMULA_ERROR] = True  # refused where it is read (`excel_errors`)
        kept.append(value)
    return kept, formulas


def _adds_figures(text: str, cells: dict[tuple[int, int], str]) -> bool:
    """Whether every cell a Lotus sum names (`+B2+B3`) holds a number or a formula in the file."""
    for letters, row in _CELL.findall(text):
        col = 0
        for letter in letters.upper():
            col = col * 26 + ord(letter) - ord("A") + 1
        held = cells.get((int(row), col), "")
        if not (_NUMBER.fullmatch(held) or _FORMULA.match(held) or _CELLS_ADDED.match(held)):
            return False
    return True
