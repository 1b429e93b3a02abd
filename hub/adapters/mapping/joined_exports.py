"""A table that holds its own rows again below its header printed again: two exports put together.

A case system's report printed over pages repeats its header at the top of each page, and the table
reader skips that row (`tables.page_break_row`). Two exports joined into one file (`cat`, an export
appended to the last one) leave the same mark, the header again, often with the second file's byte order
mark before it, and below it the first file's rows once more. Read as pages, every grant or week of
hours is there twice (fuzz-62: Langeland's two grants read as four). A page break
never repeats the rows above it, so a row below a header printed again that holds, cell for cell, what a
row above that header holds is refused there, not read a second time.

Where the table ended before the second header (a blank line between the exports, or the first's total
line its stop rule ends at), the second export's rows were not read at all, in silence: Lemvig's report
reads to "I alt", and another month's export joined below it was lost. The table's header printed again
below the table's end, with a row under it, is refused at that header: a page break never ends a table.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.mapping.tables import TableRows, page_break_row
from hub.adapters.readers.base import SourceValue, describe_locator


def _text(value: SourceValue | None) -> str:
    return (value.value or "").strip() if value is not None else ""


def _header_again(index: SourceIndex, row: int, columns: dict[str, int]) -> bool:
    """Whether every one of the table's cells in `row` holds its own header (`columns`: normalised
    header -> column), as a page break or a second export's header prints it."""
    cells = {norm: index.cell(index.default_sheet, row, col) for norm, col in columns.items()}
    return bool(cells) and all(index.cell_text(_text(v)) == norm for norm, v in cells.items())


def _at_row(
    index: SourceIndex, row: int, columns: dict[str, int], en: str, da: str
) -> tuple[str, str, str, str]:
    """A problem said at the row's cell in the table's first column: reasons, then locators."""
    first = min(columns.values())
    where = index.cell(index.default_sheet, row, first) or index.blank(row, first)
    return en, da, describe_locator(where, index.format, "en"), describe_locator(where, index.format, "da")


def repeated_below_header(
    index: SourceIndex, header_row: int, rows: Sequence[int], columns: dict[str, int]
) -> tuple[str, str, str, str] | None:
    """The problem (English, Danish, locator in English and Danish) of the first table row below a header
    printed again that repeats, in every one of the table's cells, a row above that header; None when
    there is none. `rows` are the table's rows (`tables.table_rows`), `columns` as for `_header_again`."""
    if len(rows) < 2:
        return None
    sheet = index.default_sheet
    again = [r for r in index.filled_rows() if rows[0] < r < rows[-1] and _header_again(index, r, columns)]
    if not again:
        return None
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        cells = tuple(_text(index.cell(sheet, row, col)) for col in columns.values())
        if not any(cells):
            continue
        earlier = seen.setdefault(cells, row)
        header = next((r for r in again if earlier < r < row), None)
        if header is None:
            continue
        return _at_row(
            index,
            row,
            columns,
            f"row {row} holds row {earlier} again, cell for cell, below the table's header printed again "
            f"in row {header}: the file holds the same rows twice, as two exports put into one file do; "
            "send the file with each row once",
            f"række {row} er række {earlier} igen, celle for celle, under tabellens overskrift, der står "
            f"igen i række {header}: filen har de samme rækker to gange, som når to udtræk er lagt i én "
            "fil; send filen med hver række én gang",
        )
    return None


def _holds_headers(index: SourceIndex, row: int, columns: dict[str, int]) -> bool:
    """Whether `row` prints every one of the table's headers, in whichever columns."""
    return bool(columns) and set(columns) <= {index.cell_text(_text(v)) for v in index.row_values(row)}


def _row_texts(index: SourceIndex, row: int) -> tuple[tuple[int, str], ...]:
    return tuple((int(v.meta.get("col", 0)), index.cell_text(_text(v))) for v in index.row_values(row))


def header_below_end(
    index: SourceIndex, end: int, columns: dict[str, int], blank: bool, header_row: int | None = None
) -> tuple[str, str, str, str] | None:
    """The problem (as `repeated_below_header`) of the table's header printed again below `end`, the row
    the table ended at (its stop rule's row, or, `blank`, the first blank row), with a filled row under
    it. A blank row may also have cut one report's table short: the advice says both. A header of other
    columns holding the table's (`header_row`'s row not printed again, but one with a column more or
    less: Miller's CSV of records whose fields change, a blank line and a new header each time) is a
    table of its own, said so (decision 0060, "Stop 66: lang-100, a CSV of several header blocks")."""
    filled = [r for r in index.filled_rows() if r > end]
    for at, row in enumerate(filled):
        again = _header_again(index, row, columns)
        if not again and not _holds_headers(index, row, columns):
            continue
        below = [r for r in filled[at + 1 :] if not _holds_headers(index, r, columns)]
        if header_row is not None and below and _row_texts(index, row) != _row_texts(index, header_row):
            return _other_header(index, row, header_row, columns)
        sheet = index.default_sheet
        if not again or not any(
            _text(index.cell(sheet, r, col)) for r in below[:1] for col in columns.values()
        ):
            continue
        if blank:
            return _at_row(
                index,
                row,
                columns,
                f"the table's header is printed again in row {row}, below the blank row {end} that ends the "
                "table: the rows under it are not read; send each export as a file of its own, or, if the "
                "table goes on there, remove the blank row",
                f"tabellens overskrift står igen i række {row}, under den tomme række {end}, der afslutter "
                "tabellen: rækkerne under den bliver ikke læst; send hvert udtræk som sin egen fil, eller "
                "fjern den tomme række, hvis tabellen fortsætter der",
            )
        return _at_row(
            index,
            row,
            columns,
            f"the table's header is printed again in row {row}, below the end of the table in row {end}: "
            "the rows under it are not read; send each export as a file of its own",
            f"tabellens overskrift står igen i række {row}, under tabellens slutning i række {end}: "
            "rækkerne under den bliver ikke læst; send hvert udtræk som sin egen fil",
        )
    return None


def _other_header(
    index: SourceIndex, row: int, header_row: int, columns: dict[str, int]
) -> tuple[str, str, str, str]:
    """A second table under a header of its own (see `header_below_end`): not read as the first's rows
    (its columns are others), and not two exports either, whose headers are one. The sender's program
    can write every row under one header (Miller's verb `unsparsify`)."""
    return _at_row(
        index,
        row,
        columns,
        f"a table with other columns starts in row {row}: its header is not the one in row {header_row}, "
        "so the file holds several tables, each under its own header (as Miller 6.6 writes CSV when the "
        "records' fields change), and the rows under it are not read; "
        "send the file with every row under one header (Miller: add the verb unsparsify)",
        f"en tabel med andre kolonner begynder i række {row}: dens overskrift er ikke den i række "
        f"{header_row}, så filen har flere tabeller, hver under sin egen overskrift (som Miller 6.6 skriver "
        "CSV, når posternes felter skifter), og rækkerne under den "
        "bliver ikke læst; send filen med alle rækker under én overskrift (Miller: tilføj verbet unsparsify)",
    )


def joined_exports(
    index: SourceIndex, header_row: int, table: TableRows, columns: dict[str, int]
) -> tuple[str, str, str, str] | None:
    """The problem of a table that holds a second export (see the module): its rows again below its
    header printed again, or its header again below where it ended. None when neither."""
    again = repeated_below_header(index, header_row, table.rows, columns)
    if again is not None:
        return again
    if table.stop_row is not None:
        return header_below_end(index, table.stop_row, columns, blank=False, header_row=header_row)
    end = (table.rows[-1] if table.rows else header_row) + 1
    while page_break_row(index, end, columns):
        end += 1  # a page number under the last row is skipped by the table walk too
    return header_below_end(index, end, columns, blank=True, header_row=header_row)
