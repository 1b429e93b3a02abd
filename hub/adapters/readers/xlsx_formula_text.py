"""The formula a cell's `<f>` stands for, where one can be worked out (`xlsx_worked_out`), whatever the
form Excel saved it in (decision 0061, "Stop 63: fixes-78").

- A plain formula (`<f>SUM(B2:B5)</f>`) is its text.
- An array formula over its own cell alone (`<f t="array" ref="B6">SUM(B2:B5)</f>`, what Ctrl+Shift+Enter
  saves) shows the same value as the plain one; one over a range of cells spreads values over cells that
  have no `<f>` themselves, and is left unread.
- A shared formula (`<f t="shared" ref="B6:C6" si="0">SUM(B2:B5)</f>`, what Excel saves for a formula
  filled right or down) is written out at its first cell only; each other cell of it has `<f t="shared"
  si="0"/>` and stands for the first cell's formula moved as Excel moves it (relative references shift,
  `$` ones stay): `SUM(C2:C5)` in C6. The first cell comes before the others in the sheet (it is the
  range's top left), so a cell whose first one was not read is left unread.

Only a formula `added_cells` takes is kept for the others of a shared formula: they are looked up per
cell, and a hostile sheet has as many of them as it likes.
"""

from __future__ import annotations

from lxml import etree
from openpyxl.formula.translate import Translator, TranslatorError
from openpyxl.utils.cell import get_column_letter

from hub.adapters.readers.xlsx_worked_out import added_cells


class FormulaTexts:
    """One sheet's shared formulas, read so far: the text a cell's `<f>` stands for (`text`)."""

    __slots__ = ("_shared",)

    def __init__(self) -> None:
        self._shared: dict[str, tuple[str, str]] = {}  # si: (the first cell's formula, its coordinate)

    def text(self, formula: etree._Element, row: int, col: int) -> str | None:
        """The formula `formula` (a cell's `<f>`, at `row`, `col`) stands for, as written in its cell;
        None where there is none to work out (a data table, an array over several cells, a shared
        formula's other cell whose first was not a sum, or was not read)."""
        kind = formula.get("t", "normal")
        written = formula.text
        if kind == "normal":
            return written
        at = f"{get_column_letter(col)}{row}"
        if kind == "array":
            return written if (formula.get("ref") or at) == at else None
        if kind != "shared" or (si := formula.get("si")) is None:
            return None
        if written:  # the first cell of the shared formula: the others are it, moved
            if added_cells(written) is not None:
                self._shared[si] = (written, at)
            return written
        if (first := self._shared.get(si)) is None:
            return None
        try:
            moved = Translator(f"={first[0]}", origin=first[1]).translate_formula(at)
        except TranslatorError:  # moved off the sheet (above row 1): Excel shows #REF!
            return None
        return moved[1:]
