"""R's missing value in a CSV R wrote: `write.csv`, `write.csv2` and `write.table` quote every text cell
and the header (their default `quote = TRUE`) and write a missing value as `NA` unquoted.

Read as any CSV, the cell is the text "NA": a mentor's hours not yet approved by anyone had the signer
"NA", stored in silence, and the day signed refused as "not a date: 'NA'" (decision 0060, "Stop 62:
trial-79"). R writes a text "NA" quoted (`"NA"`), so where the header's cells are all quoted an unquoted
`NA` is no text anybody wrote: it is read as an empty cell, as a database's `\\N` is (`csv_copy`).

In a file whose header is not quoted throughout (a person's, Excel's, or R's with `quote = FALSE`) a
missing value cannot be told from the text here: each `NA` cell keeps its text and is marked (`NA_MARK`,
`mark_na`), and the mapping decides by the field's kind (`mapping.r_missing`, stop 63, fixes-77).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from hub.adapters.readers.base import SourceValue

NA = "NA"
# The mark of an `NA` cell of a CSV not quoted as R quotes (`mark_na`): R's missing value or the text.
NA_MARK = "na"
_QUOTED = r'"(?:[^"]|"")*"'


def is_r_text(text: str, delimiter: str) -> bool:
    """True for a CSV whose first line's cells are all quoted and which holds an unquoted `NA` cell."""
    # A line ends in LF, CR LF or a CR alone, as `_cells` reads them (a file edited on another system,
    # or two joined, may hold more than one kind: fuzz-107's csv/line_ends).
    first = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    sep = re.escape(delimiter)
    if re.fullmatch(f"{_QUOTED}(?:{sep}{_QUOTED})*", first) is None:
        return False
    # Split cell by cell only where a line holds `NA` between separators: a quoted file without is
    # read by the csv module, quicker.
    if re.search(f"(?:^|{sep}|\r|\n)NA(?:{sep}|\r|\n|$)", text) is None:
        return False
    try:
        # Every row split, not up to the first `NA`: a stray quote in an unquoted cell further down (a row
        # typed in after R wrote the file, or the file cut short) raised out of `r_rows` as the reading
        # reached it (decision 0064, "Stop 63: fuzz-79").
        rows = list(_cells(text, delimiter))
    except ValueError:  # a quote inside an unquoted cell: no file R wrote, read as any CSV
        return False
    return any((NA, False) in row for row in rows)


def r_rows(text: str, delimiter: str) -> Iterator[list[str]]:
    """The rows of a CSV R wrote (`is_r_text`), quoted cells unquoted, an unquoted `NA` empty."""
    for row in _cells(text, delimiter):
        yield ["" if (value, quoted) == (NA, False) else value for value, quoted in row]


def mark_na(values: list[SourceValue]) -> None:
    """Mark each cell whose whole text is `NA` (`NA_MARK`) in a CSV read neither as R's quoted output nor
    as a database's export: the mapping reads it by its field's kind."""
    for value in values:
        if value.value == NA:
            value.meta[NA_MARK] = True


_END = re.compile(r"\r\n|\n|\r|$")


def _cells(text: str, delimiter: str) -> Iterator[list[tuple[str, bool]]]:
    """Each row's cells as (value, quoted), split as the csv module splits them (a quoted cell may hold
    the delimiter, a doubled quote and line breaks; an empty line is a row of no cells)."""
    cell = re.compile(f'({_QUOTED})|([^"{re.escape(delimiter)}\\r\\n]*)')
    at, row = 0, []
    while at < len(text):
        found = cell.match(text, at)
        assert found is not None  # its second branch matches the empty string
        quoted = found[1] is not None
        if found.end() - at > csv.field_size_limit():  # as the csv module refuses it (`tabular`)
            raise csv.Error(f"field larger than field limit ({csv.field_size_limit()})")
        row.append((found[1][1:-1].replace('""', '"') if quoted else found[2], quoted))
        at = found.end()
        if text.startswith(delimiter, at):
            at += len(delimiter)
            continue
        end = _END.match(text, at)
        if end is None:
            raise ValueError(f"a quote in an unquoted cell at character {at}")
        yield [] if row == [("", False)] else row
        row, at = [], end.end()
