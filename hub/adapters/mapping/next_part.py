"""Where a `below:` value left out ends: the next part of the form, never the value.

A heading standing alone in its row ("Formål med praktikken" merged over A31:D31) has its value under it,
after a blank row or not. With that value left out, the first filled cell further down is the form's next
part: a heading over a block of labels ("Underskrifter" over `Dato | 02-09-2026`) or such a label itself.
Reading it as the value stored a heading as the purpose (decision 0064, "Stop 64: lang-90"). A cell reads
as a label the way the index reads a form's lines: a filled cell straight right of it (past its merged
range) is its value; a heading is a cell alone in its row over such a label.

A block (`Borger > Navn`) ends alike, at the next heading down its column: with the citizen's `Navn` left
out, the first `Navn` after `Borger` was the mentor's (`block_end`).

Only under a label alone in its row: under a table's header (`Timer` beside `Dato`) the cells of a row
side by side are that row's values, not a label and its value. A mixin, as `TabularCells` is.
"""

from __future__ import annotations

import sys

from hub.adapters.mapping.tabular_cells import TabularCells

__all__ = ["NextPart"]


class NextPart(TabularCells):
    """Whether a cell under a heading begins the form's next part (see the module's docstring)."""

    def starts_next_part(self, sheet: str, label_row: int, col: int, row: int) -> bool:
        """Whether the filled cell at (row, col), further down than straight under the label at
        (label_row, col), is a label or a heading of the form's next part rather than the label's value.
        """
        if not self._alone(sheet, label_row, col):
            return False
        return self._reads_as_label(sheet, row, col) or (
            self._alone(sheet, row, col) and self._reads_as_label(sheet, row + 1, col)
        )

    def block_end(self, sheet: str, row: int, col: int) -> int:
        """The row of the first heading (see `starts_next_part`) down the column of a block's label at
        (row, col): the next block begins there (`Borger`'s `Navn` is not the one under `Mentor`). A
        large number where none follows, or where the block's label shares its row (blocks side by side:
        read in row order, as before)."""
        if self._alone(sheet, row, col):
            for below in self._cols.get((sheet, col), []):
                if (
                    below > row + 1
                    and self._alone(sheet, below, col)
                    and self._reads_as_label(sheet, below + 1, col)
                ):
                    return below
        return sys.maxsize

    def _filled(self, sheet: str, row: int, col: int) -> bool:
        cell = self._cells.get((sheet, row, col))
        return cell is not None and bool(cell.value and cell.value.strip())

    def _alone(self, sheet: str, row: int, col: int) -> bool:
        """Whether (row, col) is the one filled cell of its row."""
        return all(c == col or not self._filled(sheet, row, c) for c in self._rows.get((sheet, row), []))

    def _reads_as_label(self, sheet: str, row: int, col: int) -> bool:
        """Whether (row, col) is filled and so is the cell straight right of it (its value)."""
        end = self._merged_end(sheet, row, col, False)
        return self._filled(sheet, row, col) and self._filled(sheet, row, end + 1)
