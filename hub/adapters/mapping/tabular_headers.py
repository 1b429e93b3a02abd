"""The header lookups of a csv or xlsx document, for `selectors.SourceIndex`: a table's header row (one
row or two, a header path under its headings), the headings over a column, and a sheet's label column.

Apart from `tabular_cells` because a table's header is its own rule set (headings merged over a group,
a header split across two rows) on top of the cells it indexes: the row and label lookups stay there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from hub.adapters.mapping.selector_text import header_key, normalise_label
from hub.adapters.mapping.tabular_cells import TabularCells

__all__ = ["TabularHeaders"]


class TabularHeaders(TabularCells):
    """The header-row and label-column lookups of a `SourceIndex`, on the cells `TabularCells` indexes."""

    def find_header_row(
        self, headers: Iterable[str], sheet: str | None = None
    ) -> tuple[int, dict[str, int]] | None:
        """Find the first row of the default sheet (or `sheet`) holding every header text; return it and
        each column. Failing that, a header of two rows: a row holding some of the headers, and the rest
        in the row above over a blank cell of it (a cell merged down over both rows, "CPR-nummer" beside
        "Karakter" over "Fremmøde | Punktlighed", keeps its text in the upper row only). A header path,
        `Mentor > Navn`, is the `Navn` whose heading in the row above is `Mentor` (see `under_headings`)."""
        wanted = {header_key(h): h for h in headers}
        sheet = (self.default_sheet if sheet is None else sheet) if self.format == "xlsx" else ""
        rows = [(row, cols) for (cell_sheet, row), cols in sorted(self._rows.items()) if cell_sheet == sheet]
        for row, cols in rows:
            found = self._headers_in(sheet, row, cols, wanted, {})
            if len(found) == len(wanted):
                return row, found
        for row, cols in rows:
            found = self._headers_in(sheet, row, cols, wanted, {})
            if found:
                above = [c for c in self._rows.get((sheet, row - 1), []) if c not in cols]
                found = self._headers_in(sheet, row - 1, above, wanted, found)
                if len(found) == len(wanted):
                    return row, found
        return None

    def under_headings(self, sheet: str, row: int, col: int, headings: Sequence[str]) -> bool:
        """Whether the header cell at (row, col) sits under `headings` (normalised, outermost first): the
        last in the row above, the one before it in the row above that, and so on. A heading is the
        nearest filled cell at or left of the column in its row: a cell merged across its group's columns
        keeps its text in the leftmost one only (and a csv prints it once, `Mentor;;` over `Navn;Ansat
        hos`), so every column up to the next heading is under it."""
        for heading in reversed(headings):
            row -= 1
            at = self._heading_column(sheet, row, col)
            if at is None or self._text(sheet, row, at) != heading:
                return False
            col = at
        return True

    def _heading_column(self, sheet: str, row: int, col: int) -> int | None:
        """The column of the nearest filled cell of `row` at or left of `col` (None: there is none)."""
        filled = [c for c in self._rows.get((sheet, row), []) if c <= col and self._text(sheet, row, c)]
        return filled[-1] if filled else None

    def printed_in_row(self, row: int, text: str) -> list[tuple[int, str | None]]:
        """The columns of a row of the default sheet printing `text` (compared as labels are), each with
        the heading printed over it in the row above (see `under_headings`), or None."""
        sheet = self.default_sheet if self.format == "xlsx" else ""
        norm = normalise_label(text)
        found: list[tuple[int, str | None]] = []
        for col in self._rows.get((sheet, row), []):
            if self._text(sheet, row, col) == norm:
                at = self._heading_column(sheet, row - 1, col)
                cell = self._cells.get((sheet, row - 1, at)) if at is not None else None
                found.append((col, " ".join((cell.value or "").split()) if cell is not None else None))
        return found

    def _text(self, sheet: str, row: int, col: int) -> str:
        cell = self._cells.get((sheet, row, col))
        return self.cell_text(cell.value or "") if cell is not None else ""

    def find_label_column(self, labels: Iterable[str]) -> tuple[int, dict[str, int]] | None:
        """Find the first column of the default sheet holding every label (a sheet of one item a column,
        its labels down column A); return it and each label's row."""
        wanted = {normalise_label(h): h for h in labels}
        sheet = self.default_sheet if self.format == "xlsx" else ""
        for (cell_sheet, col), rows in sorted(self._cols.items()):
            if cell_sheet != sheet:
                continue
            found: dict[str, int] = {}
            for row in rows:
                norm = self.cell_text(self._cells[(sheet, row, col)].value or "")
                if norm in wanted and wanted[norm] not in found:
                    found[wanted[norm]] = row
            if len(found) == len(wanted):
                return col, found
        return None

    def _headers_in(
        self,
        sheet: str,
        row: int,
        cols: Iterable[int],
        wanted: dict[tuple[str, ...], str],
        found: dict[str, int],
    ) -> dict[str, int]:
        """`found` with the wanted headers printed in these cells of a row (each header once; a header
        path's own text under its headings)."""
        found = dict(found)
        by_text = _by_own_text(tuple(wanted.items()))
        for col in cols:
            for key, header in by_text.get(self._text(sheet, row, col), ()):
                if header not in found and (len(key) == 1 or self.under_headings(sheet, row, col, key[:-1])):
                    found[header] = col
        return found


@lru_cache(maxsize=256)
def _by_own_text(
    wanted: tuple[tuple[tuple[str, ...], str], ...],
) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The wanted headers by their own (last) text, so that a row's cell is one lookup, as before header
    paths: a sheet's every row is searched for its header row."""
    found: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, header in wanted:
        found.setdefault(key[-1], []).append((key, header))
    return found
