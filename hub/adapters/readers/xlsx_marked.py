"""The values a workbook's cell reader keeps marked (`xlsx_row_cells`), so that what reads them later can
say why: a formula never calculated (`Uncached`), the error Excel shows for one it could not calculate
(`FormulaError`), a program's word for no value in a number cell (`NoValueWord`).

Apart from `xlsx_row_cells`, which makes them from a row's children, because the readers after it
(`xlsx_values`, `xlsx_uncalculated`) read the marks and not the row.
"""

from __future__ import annotations

__all__ = ["FormulaError", "NoValueWord", "Uncached"]


class Uncached:
    """A formula cell whose value was never calculated: no `<v>` beside its `<f>` (a workbook written by
    a program and never saved in Excel), or `0` in a workbook that asks to be calculated when opened
    (`fullCalcOnLoad`): XlsxWriter saves `0` for every formula whose value its caller did not give, and
    Excel shows the sum, not the 0 (unless the cells a `SUM` adds up are known to make 0: `xlsx_zero_sum`).
    openpyxl reads None, as for an empty cell; the reader keeps no
    value either, but names the cell, so that a refusal can say why it is empty.

    `formula`: the formula the cell stands for (`xlsx_formula_text`: a plain one's text, a shared one's
    moved to its cell), which may be worked out (`xlsx_worked_out`); None where there is none to work
    out. `placeholder`: the cell saved XlsxWriter's `0`, not no value at all (said
    where the value is shown). `unasked`: a `0` saved in a workbook that does not ask to be calculated
    on opening, which is the file's own 0 unless the cells it adds make another number (`xlsx_values`:
    then the spreadsheet was saved without calculating, "Stop 64: fixes-85")."""

    __slots__ = ("formula", "placeholder", "unasked")

    def __init__(self, formula: str | None = None, placeholder: bool = False, unasked: bool = False) -> None:
        self.formula = formula
        self.placeholder = placeholder
        self.unasked = unasked

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Uncached)
            and other.formula == self.formula
            and other.placeholder == self.placeholder
            and other.unasked == self.unasked
        )

    def __hash__(self) -> int:
        return hash((self.formula, self.placeholder, self.unasked))

    def __repr__(self) -> str:
        return "UNCACHED" if self.formula is None else f"UNCACHED({self.formula!r})"


class FormulaError(str):
    """A cell of type "e": the error Excel shows for a formula it could not calculate (`#N/A`, `#REF!`,
    `#DIV/0!`), read as openpyxl reads it (its text), and marked, so that a value read from it is refused
    at the cell rather than taken as a name or a note (a mentor called "#N/A")."""

    __slots__ = ()


class NoValueWord(str):
    """A number cell holding a program's word for no value (`null`: zipcelx writes a JavaScript null as
    `String(value)`), kept as its text and marked, so that a value read from it is refused at the cell
    and a cell no field reads refuses nothing (decision 0060, "Stop 71: fixes-119")."""

    __slots__ = ()
