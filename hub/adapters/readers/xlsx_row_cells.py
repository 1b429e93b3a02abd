"""A worksheet row's cells as openpyxl 3.1 reads them in read-only, data-only mode (`row_cells`): each
cell's coordinate, type and value by `openpyxl.worksheet._reader.WorkSheetParser.parse_cell`'s rules,
written out for the one way the hub reads (decision 0049); the date and coordinate helpers are
openpyxl's own, so that a number shown as a date becomes the same date. A cell no workbook has (a type
ECMA-376 does not know, a number Python reads and a spreadsheet never writes, a cell written twice with
two values) is refused at the cell.

Apart from `xlsx_sheet`, which streams the rows and keeps openpyxl's row rules (which rows and columns
a workbook's values are in); here one row's children become its cells.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

from lxml import etree
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from hub.adapters.readers.base import column_letters
from hub.adapters.readers.no_value_words import NO_VALUE_WORDS
from hub.adapters.readers.xlsx_book import Book, text
from hub.adapters.readers.xlsx_formula_text import FormulaTexts
from hub.adapters.readers.xlsx_marked import FormulaError, NoValueWord, Uncached
from hub.adapters.readers.xlsx_problems import CellProblem, NoSuchCell, OutsideSheet
from hub.adapters.readers.xlsx_zero_sum import is_true_zero
from hub.quoting import readable

Cell = tuple[int, int, Any, int]  # row, column, value, cell style
# A numeric cell's value as ECMA-376 has it (xsd:double, without INF and NaN), in ASCII digits.
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
MAX_ROW, MAX_COLUMN = 1_048_576, 16_384  # Excel's grid: A1 to XFD1048576
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_FORMULA = f"{{{SHEET_MAIN_NS}}}f"
# ECMA-376's cell types (ST_CellType); openpyxl keeps any other's value as written, a number's text or a
# shared string's index.
TYPES = frozenset({"b", "d", "e", "inlineStr", "n", "s", "str"})


# openpyxl's own parse of "B3", remembered: forms repeat the same cells, and the parse was a third of
# the time spent per cell. Bounded, as a hostile sheet has as many coordinates as it likes.
_coordinate = functools.lru_cache(maxsize=16384)(coordinate_to_tuple)


def row_cells(
    node: etree._Element,
    row_no: int,
    book: Book,
    seen: dict[tuple[int, int], Any] | None,
    formulas: FormulaTexts,
    totals: list[tuple[int, int, str | None, Any]] | None = None,
) -> list[Cell]:
    """Every child of a row is a cell to openpyxl; one without `r` is the one right of the previous.
    `seen`, in a workbook calculated on opening, gets every cell's value (`xlsx_zero_sum`); `formulas`
    holds the sheet's shared formulas read so far. `totals`, where given, gets each formula saved with
    a number other than 0, (row, column, formula, number), checked against its cells (`xlsx_saved_totals`)."""
    cells = []
    col = 0
    held: dict[int, Any] = {}  # each column's value so far: a cell written twice must not disagree
    try:  # one try around the loop, not one a cell: the cell that failed is still `cell` below
        for cell in node:
            kind = cell.get("t", "n")
            ref = cell.get("r")
            if ref:
                row, col = _coordinate(ref)
            else:
                row, col = row_no, col + 1
            if not (1 <= row <= MAX_ROW and 1 <= col <= MAX_COLUMN):
                where = ref or f"{column_letters(col)}{row_no}"
                raise OutsideSheet(f"cell {where}", f"celle {where}", None)
            if kind not in TYPES or row != row_no:
                raise _no_such_cell(ref or f"{column_letters(col)}{row_no}", kind, row_no)
            style_attr = cell.get("s")
            style = int(style_attr) if style_attr else 0
            value: Any = None if kind == "inlineStr" else (cell.findtext(_VALUE) or None)
            # a cell of a `<v>` alone has no formula: only a value's neighbour or an empty cell is looked at
            formula = cell.find(_FORMULA) if value is None or len(cell) > 1 else None
            if formula is None:
                written = None
            else:  # a plain formula is its text; a shared or array one is told by the sheet's
                written = formula.text if formula.get("t") is None else formulas.text(formula, row, col)
            if value == "0" and kind == "n" and formula is not None and seen is None:
                # a 0 no writer asked Excel to calculate again: checked against the cells it adds
                # where the hub can add them (`xlsx_values`), the file's own 0 elsewhere
                value = Uncached(written, placeholder=True, unasked=True)
            elif (
                value == "0"
                and kind == "n"
                and seen is not None
                and formula is not None
                and not is_true_zero(written, row, col, seen)
            ):
                # XlsxWriter's placeholder, not a value: Excel shows the formula's result, which is
                # worked out where it can be (`Uncached`), as for a formula with no value saved at all
                value = Uncached(written, placeholder=True)
            elif value is not None:
                if kind == "n" and value.strip().lower() in NO_VALUE_WORDS:
                    value = NoValueWord(value)  # no date, no number: its word, refused where read
                elif kind == "n":
                    value = _number(value)
                    if style in book.dates:
                        try:
                            value = from_excel(value, book.epoch, timedelta=book.dates[style])
                        except (OverflowError, ValueError):
                            value = "#VALUE!"  # openpyxl's error value for a date Python cannot hold
                    elif formula is not None and totals is not None and value != 0:
                        totals.append((row, col, written, value))
                elif kind == "s":
                    value = _shared(book.strings, value)
                elif kind == "b":
                    value = bool(int(value))
                elif kind == "d":
                    value = from_ISO8601(value)
                elif kind == "e":
                    value = FormulaError(value)
                # "str" (a formula's text) and unknown types stay as written
            elif kind == "inlineStr":
                inline = cell.find(_INLINE)
                if inline is not None:
                    value = text(inline)
            elif formula is not None:
                # The formula it stands for kept (`xlsx_worked_out`), a shared or array one's too
                value = Uncached(written or None)
            if held.setdefault(col, value) != value:
                raise _no_such_cell(ref or f"{column_letters(col)}{row_no}", "twice", row_no)
            cells.append((row, col, value, style))
            if seen is not None:
                seen[(row, col)] = value
    except (ValueError, OverflowError) as exc:
        # openpyxl fails on such a cell too, and Excel would show no such value: name the cell. Only
        # what the cell's text raises: a TypeError or IndexError here is the hub's own (`faults`).
        where = cell.get("r") or f"{column_letters(col)}{row_no}"
        raise CellProblem(f"cell {where}", f"celle {where}", cell.findtext(_VALUE)) from exc
    return cells


def _no_such_cell(where: str, kind: str, row_no: int) -> NoSuchCell:
    """A cell of a type no workbook has, written twice with two values (`kind` "twice": which one the
    sender sees is the program's to choose), or written inside another row than its reference's."""
    if kind == "twice":
        return NoSuchCell(
            f"cell {where}",
            f"celle {where}",
            "the cell is written twice, with two values",
            "cellen er skrevet to gange, med to værdier",
        )
    if kind not in TYPES:
        shown = readable(kind, 20)
        said_en, said_da = (f' "{shown}"', f' "{shown}"') if shown else ("", "")
        return NoSuchCell(
            f"cell {where}",
            f"celle {where}",
            f"the cell's type{said_en} is not one a workbook has",
            f"cellens type{said_da} findes ikke i en projektmappe",
        )
    return NoSuchCell(
        f"cell {where}",
        f"celle {where}",
        f"the cell is written inside row {row_no}, not in its own row",
        f"cellen er skrevet inde i række {row_no}, ikke i sin egen række",
    )


def _shared(strings: list[str], value: str) -> str:
    """The shared string a cell of type "s" names by its index; a ValueError where there is none."""
    if not value.isascii() or not value.isdigit() or int(value) >= len(strings):  # "-1" was the last
        raise ValueError(f"{value!r} is no shared string's index")
    return strings[int(value)]


def _number(value: str) -> int | float:
    """openpyxl's `_cast_number`: a float where the text has a point or an exponent, else an int; and
    only a number as the file format writes one (ASCII digits, a finite double). Python's int() and
    float() take more: "1_000", "٣" (Arabic-Indic digits) and " 3" read as numbers, and "1e309" as
    infinity, so a cell no spreadsheet writes was read as a number a form was then accepted with
    (stop 47's mutation fuzzing, decision 0064); such a cell is refused where it is, as "abc" is."""
    if not _NUMBER.fullmatch(value):
        raise ValueError(f"{value!r} is not a number as a workbook writes one")
    if "." in value or "E" in value or "e" in value:
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"{value!r} is beyond a double")
        return number
    return int(value)
