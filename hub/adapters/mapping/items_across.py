"""The items of a sheet laid out one item a column (`[forms.items] key = "CPR-nr."`, `across = true`).

A caseworker's overview of grants or placements is often one column a citizen, the labels down column
A (`CPR-nr.`, `Timer pr. uge`, ...), so that it prints on one page; a case system's export is one row a
citizen. Both are a table of items, turned a quarter: here the labels play the header row's part, and
`column:Label` reads the item's cell on that label's row. The items are the columns right of the label
column that hold a value on one of those rows. A column empty on all of them (a spacer, a grant not yet
filled in) is skipped rather than ending the items: a sheet of columns has no trailer to stop at, and a
grant right of an empty column must not be passed over in silence.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex

__all__ = ["item_columns"]


def item_columns(
    index: SourceIndex, labels: Sequence[str]
) -> list[tuple[int, dict[str, int]]] | tuple[str, str]:
    """Each item's column and the row of each label (normalised label -> row), or why no column of
    labels was found, in English and Danish."""
    found = index.find_label_column(labels)
    if found is None:
        names = ", ".join(dict.fromkeys(labels))
        # Where it was looked (the sheet, its rows) is the problem's locator (`items.scopes`).
        return f"no column with the labels: {names}", f"ingen kolonne med etiketterne: {names}"
    label_col, rows = found
    sheet = index.default_sheet
    items = []
    for col in range(label_col + 1, index.last_column() + 1):
        cells = [index.cell(sheet, row, col) for row in rows.values()]
        if any(cell is not None and (cell.value or "").strip() for cell in cells):
            items.append(col)
    by_norm = {normalise_label(label): row for label, row in rows.items()}
    return [(col, by_norm) for col in items]
