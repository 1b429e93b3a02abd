"""The cells of a csv or xlsx document, for `selectors.SourceIndex`: indexed by place, by label text, by
row and by column, and the lookups of the tabular selectors (a cell reference, `label:`, `below:`,
`next:`, `under:`). A table's header row is found in `tabular_headers`, on these cells.

Apart from `selectors` because only the two tabular formats have cells, and their lookups (a label
printed twice, a value left blank before the next label) are most of the index's rules. A mixin: the
index's other parts (its format, default sheet and the form's labels) are set by `SourceIndex`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import Any

from hub.adapters.mapping.merged_cells import MergedCells
from hub.adapters.mapping.selector_text import (
    ADJACENT,
    FILLED,
    WORDS,
    CellTexts,
    label_path,
    normalise_label,
    normalise_text,
    parse_cell,
    tabular_step,
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

    def _never_calculated(self, row: int, col: int) -> bool:
        """Whether the default sheet's cell holds a formula Excel never calculated (no value)."""
        return (self.default_sheet, row, col) in self._uncached

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

    def label_cells(self) -> list[tuple[str, int, int]]:
        """Every filled cell of the default sheet: its text as labels are compared, row and column."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        return [(text, r, c) for (s, text), at in self._labels.items() if s == sheet for r, c in at]

    def printed(self, text: str, sheet: str | None = None) -> int:
        """How many cells of the default sheet (or `sheet`, a label selector's own) print `text` as a
        label (compared as labels are)."""
        sheet = (sheet or self.default_sheet) if self.format == "xlsx" else ""
        return len(self._labels.get((sheet, normalise_label(text)), []))

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
            if depth:  # inside the block: only cells after the block's label count
                cells = [at for at in cells if found is not None and at > found]
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
        """The nth filled cell right of (below) a label, stopping at the next label the form uses.

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
            if pos > start + 1 and self.cell_text(value.value) in self.labels:
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
