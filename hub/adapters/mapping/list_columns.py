"""A list laid out one entry a column (`[[forms.lists]] table = {...}`, `across = true`): a pivot.

A report pivoted on its week or day (DuckDB's `PIVOT visits ON week USING sum(hours) GROUP BY kind`, a
spreadsheet's pivot table) prints a week a column and a kind of hours a row: the header row's first cell
names the grouping (`Art`), each cell right of it an entry's week or day, and each row below it, named by
its first cell (`Mentortimer`), that kind's figure for each entry. It is a list's table turned a quarter,
as `items_across` turns an item table: the table's keys name rows, not columns, down one column of labels
(`find_label_column`), and each column right of that one holding a value on one of those rows is an
entry. A column blank on all of them (a spacer) is skipped, as a table skips a wholly empty row; any other
is read, so a figure under no week is refused at its cell as a day with no date is. One mechanism for both
tabular readers: their cells carry row and column, and each names its own place (a sheet's cell, a CSV's
row and column).

A column holding its week (or day) and nothing on any other row read is no entry either (`heading_only`;
decision 0060, "Stop 67: fixes-105"): a pivot prints a column for every week any kind of hours had, and a
kind with no visits that week is blank there (DuckDB's NULL), so the blank is no hours, not a week whose
hours were left out. With one kind read no config could say so (`sum` wants two sources), and the week
was refused. A config that sums kinds with `empty_is_zero` keeps its `0.0` week, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.header_not_found import rows_searched
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue, column_letters

__all__ = ["entry_columns", "heading_only"]

Found = list[dict[str, SourceValue]]
Unfound = tuple[tuple[str, str], str, str]  # where (English, Danish), why in English, in Danish


def entry_columns(index: SourceIndex, labels: Sequence[str]) -> Found | Unfound:
    """Each entry's cells (label -> the cell on that label's row in the entry's column, a blank one with
    its place where the file has none), left to right; or where the rows were looked for and why they
    were not found, in English and Danish."""
    found = index.find_label_column(labels)
    if found is None:
        return _unfound(index, labels)
    label_col, rows = found
    sheet = index.default_sheet
    entries: Found = []
    for col in range(label_col + 1, index.last_column() + 1):
        cells = {
            label: index.shown_cell(sheet, row, col) or index.blank(row, col) for label, row in rows.items()
        }
        if any((cell.value or "").strip() for cell in cells.values()):
            entries.append(cells)
    return entries


def heading_only(cells: dict[str, SourceValue], heads: set[str]) -> bool:
    """Whether a pivot's column holds its week or day (`heads`: the labels of those rows) and nothing
    else on the rows read: no visit of the kinds read that week."""
    return all(label in heads or not (cell.value or "").strip() for label, cell in cells.items())


def _unfound(index: SourceIndex, labels: Sequence[str]) -> Unfound:
    """Where the rows were looked for and which are missing: the column holding most of the labels (the
    pivot's own, a row's label misspelt or the kind not in this month's file), its cells named as the
    reader names them; with no label found at all, the rows of the sheet or file searched."""
    wanted = {normalise_label(label): label for label in labels}
    by_column: dict[int, dict[str, int]] = {}
    for text, row, col in sorted(index.label_cells(), key=lambda cell: (cell[2], cell[1])):
        if text in wanted:
            by_column.setdefault(col, {}).setdefault(wanted[text], row)
    names = ", ".join(dict.fromkeys(labels))
    if not by_column:
        return (
            rows_searched(index),
            f"no column with rows labelled: {names}",
            f"ingen kolonne med rækker med etiketterne: {names}",
        )
    col, held = max(by_column.items(), key=lambda found: (len(found[1]), -found[0]))
    lacking = ", ".join(label for label in dict.fromkeys(labels) if label not in held)
    first, last = min(held.values()), max(held.values())
    letter = column_letters(col)
    cells = f"{letter}{first}" if first == last else f"{letter}{first}:{letter}{last}"
    if index.format == "xlsx":
        where = (
            f'sheet "{index.default_sheet}", cells {cells}',
            f'ark "{index.default_sheet}", cellerne {cells}',
        )
    else:
        rows = (
            (f"row {first}", f"række {first}")
            if first == last
            else (f"rows {first}–{last}", f"rækkerne {first}–{last}")
        )
        where = (f"{rows[0]}, column {col} ({cells})", f"{rows[1]}, kolonne {col} ({cells})")
    return (
        where,
        f"no row labelled {lacking}: column {letter} labels the rows {', '.join(held)}, one entry a column",
        f"ingen række med etiketten {lacking}: kolonne {letter} har rækkerne {', '.join(held)}, én post pr."
        " kolonne",
    )
