"""A value typed in a table's row right of its header's last column: refused at its cell, not dropped.

A table's rows are read by their header's columns only, so a value in a column without a header (a row
shifted one column right by an extra delimiter, hours typed beside the `Timer` column) was read by no
rule and vanished in silence (decision 0064, fuzz recipe 65/csv/rows/3). It is refused at its cell, so
that the sender moves it under its header or clears it. A cell merged over several columns (`Bemærkning`
over D7:F7, or down over a two-row header from the row above) shows its header over each of them, and
an empty or whitespace-only cell (the trailing delimiters of a CSV export) holds nothing to lose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hub.adapters.mapping.selector_text import parse_cell
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import SourceValue, column_letters, describe_locator
from hub.quoting import quoted, quoted_da


def _column(value: SourceValue) -> int | None:
    """A cell's column: from the reader's meta, else from its key (`Ark1!E8`), as the index places it."""
    col = value.meta.get("col")
    if isinstance(col, int):
        return col
    parsed = parse_cell(value.key)
    return parsed[2] if parsed else None


def _last_header_column(index: SourceIndex, header_row: int, columns: Mapping[str, int]) -> int:
    """The last column the header row shows a header over (a merged header's right end)."""
    filled = [_column(v) for v in index.row_values(header_row) if (v.value or "").strip()]
    cols = [col for col in filled if col is not None]
    cols.extend(columns.values())  # a header of a two-row header printed in the row above
    last = max((index.shown_end(header_row, col, False) for col in cols), default=0)
    # A header cell merged down over a two-row header from the row above (`Bemærkning` over D3:D4, beside
    # `Mentorstøtte` over `Timer | Aktivitet`) is shown in the header row too: its column is headed.
    merged = (right for top, _, bottom, right in index.merged_spans() if top <= header_row <= bottom)
    return max([last, *merged])


def value_past_header(
    index: SourceIndex, header_row: int, rows: Sequence[int], columns: Mapping[str, int]
) -> tuple[tuple[str, str], str, str] | None:
    """The first filled cell of a table row right of the header's last column: its place (English,
    Danish), then the reason in English and Danish; None when every such cell is empty."""
    last = _last_header_column(index, header_row, columns)
    for row in rows:
        for value in index.row_values(row):
            col = _column(value)
            if col is None or col <= last or not (value.value or "").strip():
                continue
            cell = f"{column_letters(col)}{row}"
            header = f"{column_letters(last)}{header_row}"
            where = describe_locator(value, index.format, "en"), describe_locator(value, index.format, "da")
            return (
                where,
                f"row {row}, column {col} (cell {cell}) holds {quoted(value.value)} right of the table's "
                f"last header ({header}), in a column without a header, which is not read: move the value "
                f"under its header or clear the cell",
                f"række {row}, kolonne {col} (celle {cell}) har {quoted_da(value.value)} til højre for "
                f"tabellens sidste overskrift ({header}), i en kolonne uden overskrift, som ikke læses: "
                f"flyt værdien ind under sin overskrift, eller tøm cellen",
            )
    return None
