"""The label lookups of a csv or xlsx document's cells, for `selectors.SourceIndex`: what a tabular
selector (`label:`, `below:`, `next:`, `under:`, a cell reference) names among the cells `TabularCells`
indexes. A label printed twice names neither unless the selector says which; a value left blank before
the next label the form reads (under a heading: before the form's next part) is blank, not that label;
a formula Excel never calculated is said so.

Apart from `tabular_cells`, the cells indexed by place, row, column and text: here only which cell a
selector's label path leads to. A mixin, as `TabularCells` (here through `NextPart`) is.
"""

from __future__ import annotations

import sys

from hub.adapters.mapping.next_part import NextPart
from hub.adapters.mapping.selector_text import ADJACENT, FILLED, label_path, tabular_step
from hub.adapters.readers.base import SourceValue

__all__ = ["TabularLabels"]


class TabularLabels(NextPart):
    """The tabular selectors' lookups of a `SourceIndex`, on the cells `TabularCells` indexes."""

    def _resolve_tabular(self, selector: str) -> SourceValue | None:
        step = tabular_step(selector)
        if step.kind == ADJACENT:
            # The cell straight right of / under the label, even when it is blank: in a header row over
            # several records a blank must stay blank, not borrow the next record's value.
            found = self._label_at(step.path)
            if found is None:
                return None
            end = self._merged_end(self.default_sheet, *found, step.down)
            row, col = (end + 1, found[1]) if step.down else (found[0], end + 1)
            return self.cell(self.default_sheet, row, col) or self.blank(row, col)
        if step.kind == FILLED:
            found = self._label_at(step.path)
            if found is None:
                return None
            return self._next_filled(self.default_sheet, *found, step.down, step.nth)
        parsed = step.cell
        if parsed is None:
            return None
        sheet = parsed[0] if parsed[0] is not None else self.default_sheet
        value = self.cell(sheet, parsed[1], parsed[2])
        if value is None and sheet == self.default_sheet and self._never_calculated(parsed[1], parsed[2]):
            return self.blank(parsed[1], parsed[2])  # a formula never calculated: empty, and said so
        return value

    def _uncalculated_before(
        self, sheet: str, at: tuple[int, int], down: bool, last: int, pos: int
    ) -> SourceValue | None:
        """A formula never calculated between a label's last counted cell and the value found: it was the
        value (Excel shows one there), so the value found further on is not; None where there is none."""
        row, col = at
        between = sorted(
            (r, c)
            for s, r, c in self._uncached
            if s == sheet and ((c == col and last < r < pos) if down else (r == row and last < c < pos))
        )
        return self.blank(*between[0]) if between and sheet == self.default_sheet else None

    def _label_cell(self, text: str) -> tuple[int, int] | None:
        """The cell of the default sheet a label path names; None when none, or several and no choice.

        A label printed twice ("Dato" at the top and again in the signature block) names neither, unless
        the selector says which: by occurrence (`Dato#2`, the second in reading order: row by row, left to
        right) or by the block it sits in (`Underskrevet af > Dato`, the first `Dato` after the one cell
        printed `Underskrevet af`). Of a text found more than once, a cell straight right of a label the
        form reads with `label:` or `next:`, or straight under one it reads with `below:` or `under:`,
        does not count: it is that label's value ("Mentor ansat hos;Virksomhed" is no second
        "Virksomhed" label, in a row or under a header row).
        """
        return self._label_at(label_path(text))

    def _label_at(self, path: tuple[tuple[str, int | None], ...]) -> tuple[int, int] | None:
        """`_label_cell` of a label path already split and normalised (`label_path`)."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        found: tuple[int, int] | None = None
        for depth, (label, nth) in enumerate(path):
            cells = self._labels.get((sheet, label), [])
            if depth and found is not None:  # inside the block: cells after its label, before the next
                end = self.block_end(sheet, *found)
                cells = [at for at in cells if found < at and at[0] < end]
            if nth is not None:
                found = cells[nth - 1] if len(cells) >= nth else None
            elif depth:
                found = cells[0] if cells else None
            else:
                if len(cells) > 1:
                    cells = [at for at in cells if not self._is_a_value(sheet, *at)]
                found = cells[0] if len(cells) == 1 else None
            if found is None:
                return None
        return found

    def _is_a_value(self, sheet: str, row: int, col: int) -> bool:
        """Whether a cell sits straight right of a label the form reads rightwards, or straight under
        one it reads downwards."""
        left = self._cells.get((sheet, row, col - 1))
        above = self._cells.get((sheet, row - 1, col))
        return (left is not None and self.cell_text(left.value or "") in self._row_labels) or (
            above is not None and self.cell_text(above.value or "") in self._column_labels
        )

    def _next_filled(self, sheet: str, row: int, col: int, down: bool, nth: int) -> SourceValue | None:
        """The nth filled cell right of (below) a label, stopping at the next label the form uses (below
        a heading, too at the form's next part, `next_part`).

        At such a label this one's value was left blank: the result is the blank cell after the label (or
        after the last filled cell counted), so that `Fornavn;;Efternavn;Hansen` gives an empty first name
        rather than "Efternavn"; None when there is no cell in between. The cell straight after the label
        is always its value ("Mentor ansat hos;Virksomhed").
        """
        line = self._cols.get((sheet, col), []) if down else self._rows.get((sheet, row), [])
        start = self._merged_end(sheet, row, col, down)  # a label merged over B:C ends at C
        last = start
        for pos in line:
            if pos <= start:
                continue
            at = (pos, col) if down else (row, pos)
            value = self._cells[(sheet, *at)]
            if not (value.value and value.value.strip()):
                continue
            uncalculated = (
                self._uncalculated_before(sheet, (row, col), down, last, pos) if self._uncached else None
            )
            if pos > start + 1 and (
                self.cell_text(value.value) in self.labels
                or (down and self.starts_next_part(sheet, row, col, pos))  # a heading past it: not its value
            ):
                if pos == last + 1:
                    return None
                blank = (last + 1, col) if down else (row, last + 1)
                return uncalculated or self._cells.get((sheet, *blank)) or self.blank(*blank)
            nth -= 1
            if nth == 0:
                return uncalculated or value
            last = pos
        # Nothing filled after the label, but a formula never calculated: that was its value (Excel shows
        # one), said so rather than "no value to the right of it" (52/xlsx/formula/75).
        if not self._uncached:
            return None
        return self._uncalculated_before(sheet, (row, col), down, last, sys.maxsize)
