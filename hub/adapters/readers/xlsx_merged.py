"""Values a workbook holds but does not show: a cell inside a merged range other than its top-left one.

Excel and LibreOffice show a merged range's top-left value across the whole range; a value in any other
cell of it is kept in the file but shown nowhere (LibreOffice's "keep the contents of the hidden cells"
and Apache POI's merged regions write such files; Excel's own merge empties them). openpyxl's read-only
mode, which the reader follows (decision 0049), gives them as values all the same, so a label merged
over A12:B12 with an old `275,00` left in B12 had `label:Timepris` read 275,00 where the sheet shows
`412,50 kr.` in C12 (decision 0060, "Twelfth trial"). The reader keeps the values as openpyxl gives
them and names these cells in the extraction's meta (`merged_hidden`), so that the mapping reads the
sheet as it is shown (`tabular_cells`). It names the merged ranges over a filled top-left cell too
(`merged`): the cell "straight right of" a label merged over A12:B12 is C12, not B12, which was read
empty under the label (`next:`, `under:`).
"""

from __future__ import annotations

from openpyxl.utils.cell import range_boundaries

from hub.adapters.readers.xlsx_problems import BookProblem, CellProblem
from hub.quantities import number_text

# Cells of merged ranges looked at, a workbook: a range is clipped to the cells that hold values, so a
# form's few merged labels cost a few cells; only a sheet of many large ranges over many values gets
# near this, and it is refused rather than read for minutes.
MAX_MERGED_CELLS = 1_000_000


Span = tuple[int, int, int, int]  # a merged range: its top row, left column, bottom row, right column


def merged_cells(
    merges: list[str], filled: set[tuple[int, int]], budget: list[int]
) -> tuple[list[tuple[int, int]], list[Span]]:
    """The (row, column) of each filled cell inside a merged range that is not the range's top-left
    cell, in sheet order; and each range whose top-left cell is filled (a label or a value shown over
    the range). `budget` holds the cells still to be looked at (shared by a book's sheets)."""
    if not merges or not filled:
        return [], []
    last_row = max(row for row, _ in filled)
    last_col = max(col for _, col in filled)
    hidden: set[tuple[int, int]] = set()
    spans: list[Span] = []
    for ref in merges:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (TypeError, ValueError) as exc:  # openpyxl refuses such a range too
            raise CellProblem(f"merged range {ref}", f"flettet område {ref}", ref) from exc
        if min_col is None or min_row is None or max_col is None or max_row is None:
            continue  # a whole row or column ("A:A") names no top-left cell Excel writes so
        top = (min_row, min_col)
        if top in filled and (max_row, max_col) != top:
            spans.append((min_row, min_col, max_row, max_col))
        max_row, max_col = min(max_row, last_row), min(max_col, last_col)
        budget[0] -= max(0, max_row - min_row + 1) * max(0, max_col - min_col + 1)
        if budget[0] < 0:
            en, da = number_text(MAX_MERGED_CELLS, "en"), number_text(MAX_MERGED_CELLS, "da")
            raise BookProblem(
                f"the workbook merges more than {en} cells, the most the hub looks through: unmerge the "
                "cells around the values (in Excel: Home, Merge & Center), or save only the sheet with the "
                "timesheet in a file of its own",
                f"projektmappen fletter mere end {da} celler, det meste hubben gennemgår: ophæv fletningen "
                "af cellerne omkring værdierne (i Excel: Startside, Flet og centrer), eller gem kun arket "
                "med timesedlen i en fil for sig",
            )
        hidden.update(
            (row, col)
            for row in range(min_row, max_row + 1)
            for col in range(min_col, max_col + 1)
            if (row, col) != top and (row, col) in filled
        )
    return sorted(hidden), sorted(spans)
