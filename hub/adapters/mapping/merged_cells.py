"""A workbook's merged ranges as the mapping reads them (the reader names them: `readers.xlsx_merged`):
a value a range hides is no cell's value, a label merged over several cells ends at its range's edge, and
a table row under a cell merged down over rows shows that cell's value (decision 0060, "Twelfth trial").

A mixin of `tabular_cells.TabularCells`, apart because the three rules are one concern and the cells'
lookups were long enough without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.adapters.readers.base import SourceValue


class MergedCells:
    """The merged ranges of a `SourceIndex` (set by `_set_merged`, before the cells are indexed)."""

    format: str
    default_sheet: str
    _cells: dict[tuple[str, int, int], SourceValue]
    _merged_hidden: frozenset[tuple[str, int, int]]  # filled cells a merged range hides (left out)
    _merged_ends: dict[tuple[str, int, int], tuple[int, int]]  # a range's far corner by its top-left
    _merged_down: dict[tuple[str, int], list[tuple[int, int]]]  # cells merged down, by sheet and column
    # Cells merged across, by sheet and each row they span: (left, right, top). As many entries as the
    # ranges have rows, fewer than the cells the reader lets a workbook merge; looked up by row, so that
    # a blank cell of a table costs its row's ranges, not the sheet's.
    _merged_across: dict[tuple[str, int], list[tuple[int, int, int]]]

    def _set_merged(self, meta: Mapping[str, Any]) -> None:
        self._merged_hidden = frozenset(
            (str(sheet), int(row), int(col)) for sheet, row, col in meta.get("merged_hidden") or ()
        )
        self._merged_ends = {
            (str(sheet), int(top), int(left)): (int(bottom), int(right))
            for sheet, top, left, bottom, right in meta.get("merged") or ()
        }
        self._merged_down, self._merged_across = {}, {}
        for (sheet, top, left), (bottom, right) in self._merged_ends.items():
            if bottom > top:
                self._merged_down.setdefault((sheet, left), []).append((top, bottom))
            if right > left:
                for row in range(top, bottom + 1):
                    self._merged_across.setdefault((sheet, row), []).append((left, right, top))

    def _merged_end(self, sheet: str, row: int, col: int, down: bool) -> int:
        """The last row (`down`) or column a cell is shown over: its merged range's, else its own. The
        cell straight right of a label merged over A12:B12 is C12: B12 is the label too, shown empty."""
        end = self._merged_ends.get((sheet, row, col))
        if end is None:
            return row if down else col
        return end[0] if down else end[1]

    def merged_spans(self) -> list[tuple[int, int, int, int]]:
        """The default sheet's merged ranges over a filled top-left cell: (top, left, bottom, right)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return sorted((t, c, b, r) for (s, t, c), (b, r) in self._merged_ends.items() if s == sheet)

    def shown_end(self, row: int, col: int, down: bool) -> int:
        """The last row (`down`) or column the default sheet's cell at (row, col) is shown over."""
        return self._merged_end(self.default_sheet if self.format == "xlsx" else "", row, col, down)

    def shown_cell(self, sheet: str, row: int, col: int, header_row: int | None = None) -> SourceValue | None:
        """A table row's cell as the sheet shows it: its own value, or, under a cell merged over several
        rows or columns (a citizen's CPR over their two grants, hours merged from a blank-headed column
        into the one headed `Timer`), the merged cell's. With the table's `header_row`, a header merged
        over several columns (`Timer` over D3:F3) shows a value anywhere under it: typed, or merged from,
        E5. A range under two headers is refused before any row is read (`merged_across`). Only a row
        already in a table reads so: which rows a table has is still told by the cells themselves."""
        sheet = sheet if self.format == "xlsx" else ""
        found = self._cells.get((sheet, row, col))
        if found is not None or not self._merged_ends:
            return found
        for top, bottom in self._merged_down.get((sheet, col), ()):
            if top < row <= bottom:
                return self._cells.get((sheet, top, col))
        for left, right, top in self._merged_across.get((sheet, row), ()):
            if left < col <= right:
                return self._cells.get((sheet, top, left))  # merged across from a column to the left
        right = col if header_row is None else self._merged_end(sheet, header_row, col, False)
        return next(
            (
                cell
                for c in range(col + 1, right + 1)
                if (cell := self._cells.get((sheet, row, c))) is not None
            ),
            None,
        )
