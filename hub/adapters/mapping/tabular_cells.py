"""The cells of a csv or xlsx document, for `selectors.SourceIndex`: indexed by place, by label text, by
row and by column, and a cell found by its place. What a tabular selector (a cell reference, `label:`,
`below:`, `next:`, `under:`) names among them is `tabular_labels`'; a table's header row is found in
`tabular_headers`, on these cells.

Apart from `selectors` because only the two tabular formats have cells. A mixin: the index's other parts
(its format, default sheet and the form's labels) are set by `SourceIndex`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from hub.adapters.mapping.merged_cells import MergedCells
from hub.adapters.mapping.selector_text import (
    WORDS,
    CellTexts,
    normalise_label,
    normalise_text,
    parse_cell,
)
from hub.adapters.readers.base import SourceValue, column_letters

__all__ = ["TabularCells"]


class TabularCells(MergedCells):
    """The cell indexes and tabular lookups of a `SourceIndex` (filled by `_index_cells`); merged ranges
    as `merged_cells` reads them."""

    format: str
    default_sheet: str
    labels: frozenset[str]
    _row_labels: frozenset[str]
    _column_labels: frozenset[str]
    _cells: dict[tuple[str, int, int], SourceValue]
    _labels: dict[tuple[str, str], list[tuple[int, int]]]
    _rows: dict[tuple[str, int], list[int]]
    _cols: dict[tuple[str, int], list[int]]
    _cell_texts: CellTexts
    cell_text: Callable[[str], str]  # a cell's text normalised, kept for this document (`CellTexts`)
    _uncached: frozenset[tuple[str, int, int]]  # formula cells Excel never calculated (see `blank`)

    def _index_cells(self, values: Iterable[SourceValue]) -> None:
        cells, hidden = self._cells, self._merged_hidden
        sheet_of = self.format == "xlsx"
        for value in values:
            # `_where` written out for a reader's row and column: some 35 cells a CSV form, each document.
            meta = value.meta
            row, col = meta.get("row"), meta.get("col")
            if isinstance(row, int) and isinstance(col, int):
                where: tuple[str, int, int] | None = (
                    (str(meta.get("sheet") or "") if sheet_of else ""),
                    row,
                    col,
                )
            else:
                where = self._where(value)
            if where is None or where in hidden:
                continue  # a value Excel shows nowhere is no cell's value (`readers.xlsx_merged`)
            cells.setdefault(where, value)
        # One pass in reading order fills the labels, rows and columns (it was a sort for each).
        labels, rows, cols = self._labels, self._rows, self._cols
        # Written out (no `__missing__` call): every filled cell of every document comes here once.
        texts, words = self._cell_texts, WORDS
        for where in sorted(cells):
            sheet, row, col = where
            text = cells[where].value
            if text and text.strip():
                norm = texts.get(text)
                if norm is None:
                    norm = texts[text] = words.get(text) or normalise_text(text)
                labels.setdefault((sheet, norm), []).append((row, col))
            rows.setdefault((sheet, row), []).append(col)
            cols.setdefault((sheet, col), []).append(row)

    def _where(self, value: SourceValue) -> tuple[str, int, int] | None:
        row, col = value.meta.get("row"), value.meta.get("col")
        sheet = str(value.meta.get("sheet") or "") if self.format == "xlsx" else ""
        if isinstance(row, int) and isinstance(col, int):
            return sheet, row, col
        parsed = parse_cell(value.key)  # a reader that left out row/col still has the cell in its key
        return (parsed[0] or sheet, parsed[1], parsed[2]) if parsed else None

    def _never_calculated(self, row: int, col: int) -> bool:
        """Whether the default sheet's cell holds a formula Excel never calculated (no value)."""
        return (self.default_sheet, row, col) in self._uncached

    def label_cells(self) -> list[tuple[str, int, int]]:
        """Every filled cell of the default sheet: its text as labels are compared, row and column."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return [(text, r, c) for (s, text), at in self._labels.items() if s == sheet for r, c in at]

    def printed(self, text: str, sheet: str | None = None) -> int:
        """How many cells of the default sheet (or `sheet`, a label selector's own) print `text` as a
        label (compared as labels are)."""
        sheet = (sheet or self.default_sheet) if self.format == "xlsx" else ""
        return len(self._labels.get((sheet, normalise_label(text)), []))

    def blank(self, row: int, col: int) -> SourceValue:
        """A cell the reader left out because it was empty, as an empty value with its locator."""
        ref = f"{column_letters(col)}{row}"
        meta: dict[str, Any] = {"row": row, "col": col}
        if self._never_calculated(row, col):  # a CSV's `=SUM(B8:B12)` too (`readers.csv_formulas`)
            meta["uncached_formula"] = True  # so that a refusal says why the cell is empty
        if self.format == "xlsx":
            return SourceValue(f"{self.default_sheet}!{ref}", "", {"sheet": self.default_sheet, **meta})
        return SourceValue(ref, "", meta)

    def cell(self, sheet: str, row: int, col: int) -> SourceValue | None:
        """Return the value of one cell (csv: sheet ""), or None."""
        return self._cells.get((sheet if self.format == "xlsx" else "", row, col))

    def row_values(self, row: int) -> list[SourceValue]:
        """The cells of one row of the default sheet the reader gave, left to right."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return [self._cells[(sheet, row, col)] for col in self._rows.get((sheet, row), [])]

    def filled_rows(self) -> list[int]:
        """The rows of the default sheet holding a cell, in order: what a walk down a sheet visits, so
        that one value at row 1048576 costs one row, not a million (decision 0064, "Stop 47")."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return sorted(row for cell_sheet, row in self._rows if cell_sheet == sheet)

    def last_row(self) -> int:
        """The last row of the default sheet holding a cell (0 for an empty sheet)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return max((row for cell_sheet, row in self._rows if cell_sheet == sheet), default=0)

    def last_column(self) -> int:
        """The last column of the default sheet holding a cell (0 for an empty sheet)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return max((col for cell_sheet, col in self._cols if cell_sheet == sheet), default=0)
