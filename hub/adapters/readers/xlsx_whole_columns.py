"""A total over whole columns (`SUM($B:$B)`, `SUM(B:B)`), read as the range of cells the sheet uses there
(decision 0061, "Stop 67: fixes-104"); whole rows (`SUM(2:40)`) alike, each row's first to last such
cell ("Stop 68: fixes-111").

Excel adds every number of the column but the total's own cell (a total inside its column is a circular
reference Excel leaves out of itself). The check of a saved total against its cells
(`xlsx_saved_totals`) adds ranges, so each whole column is written as the range from the column's first
to its last cell holding a value that is not text (a header or a label above or below is text, which
`SUM` passes over), split around the total's own cell where it lies inside: `SUM(B:B)` in B6 over
B1 "Timer", B2:B5 and B9 is `SUM(B2:B5,B7:B9)`. Text between the numbers stays in the range, so the
total is read as saved, as `SUM(B2:B5)`'s with text is. A whole column with no number but the total (only
text, or nothing) is left as written, and a total adding it is said not checked (`left_whole`; decision
0061, "Stop 68: fixes-111"), unless the total is 0, what `SUM` makes of text and empty cells (decision
0060, "Stop 69: fixes-113"). A formula's quoted text is no reference: `SUM(B2:B5)-"0:30"` subtracts half
an hour, and its `0:30` was read as rows 0 to 30 (review-110). A whole column or row inside a formula that
is more than a plain `SUM` (`SUM(B:B)/2`) is named by `whole_in`, so the total is said not checked.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.utils.cell import column_index_from_string, get_column_letter

from hub.adapters.readers.xlsx_worked_out import summed_areas

__all__ = ["Spans", "left_whole", "spelled_out", "whole_in"]

# A whole column or columns (`B:B`), or whole rows (`2:40`, Stop 68: fixes-111), not another sheet's
# (`Uger!B:B`, said unchecked as another sheet's cells); or a quoted text, matched so that nothing inside
# it is taken for one (`"0:30"`, a time a formula subtracts: Stop 69, fixes-113)
_WHOLE = re.compile(
    r'"[^"]*"|(?<![\w.$!:\'\]])(?:\$?(?P<left>[A-Za-z]{1,3}):\$?(?P<right>[A-Za-z]{1,3})'
    r"|\$?(?P<top>[0-9]{1,7}):\$?(?P<bottom>[0-9]{1,7}))(?![\w.(!:\[])"
)
Spans = dict[int, tuple[int, int]]  # each column's first and last row holding a value that is not text


def spans(held: dict[tuple[int, int], Any]) -> tuple[Spans, Spans]:
    """Each column's first and last row holding a value that is not text, and each row's first and last
    column: one pass over the sheet."""
    columns: Spans = {}
    rows: Spans = {}
    for (row, col), value in held.items():
        if value is not None and type(value) is not str:
            top, bottom = columns.get(col, (row, row))
            columns[col] = (min(top, row), max(bottom, row))
            left, right = rows.get(row, (col, col))
            rows[row] = (min(left, col), max(right, col))
    return columns, rows


def spelled_out(
    formula: str, own: tuple[int, int], held: dict[tuple[int, int], Any], cache: dict[str, Spans]
) -> str:
    """`formula` (of the cell at `own`, in this sheet whose cells are `held`) with each whole column or
    row written as the range of its used cells, `own` left out; the formula as it is where it has none.
    `cache` keeps the sheet's spans, worked out at the first whole column or row met."""
    if ":" not in formula or whole_in(formula) is None:
        return formula

    def ranges(match: re.Match[str]) -> str:
        if match["left"] is None and match["top"] is None:
            return match[0]  # quoted text
        if "cols" not in cache:
            cache["cols"], cache["rows"] = spans(held)
        if match["left"] is not None:
            left, right = sorted(
                column_index_from_string(end.upper()) for end in (match["left"], match["right"])
            )
            used = [span for col, span in cache["cols"].items() if left <= col <= right]
            if not used:
                return match[0]  # no number there: left as written, said not checked (`left_whole`)
            top, bottom = min(span[0] for span in used), max(span[1] for span in used)
        else:
            top, bottom = sorted(int(end) for end in (match["top"], match["bottom"]))
            used = [span for row, span in cache["rows"].items() if top <= row <= bottom]
            if not used:
                return match[0]
            left, right = min(span[0] for span in used), max(span[1] for span in used)
        return _around((top, bottom, left, right), own) or match[0]

    return _WHOLE.sub(ranges, formula)


def _around(area: tuple[int, int, int, int], own: tuple[int, int]) -> str:
    """The ranges of `area` (top, bottom, left, right) but the cell at `own`: the rows above it whole,
    its own row left and right of it, the rows below it whole ("" where nothing is left)."""
    top, bottom, left, right = area
    row, col = own
    if not (left <= col <= right and top <= row <= bottom):
        return f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}"
    parts = [(top, row - 1, left, right), (row, row, left, col - 1), (row, row, col + 1, right)]
    parts.append((row + 1, bottom, left, right))
    return ",".join(
        f"{get_column_letter(a)}{t}:{get_column_letter(b)}{u}" for t, u, a, b in parts if a <= b and t <= u
    )


def whole_in(formula: str) -> str | None:
    """The first whole column or row in `formula` as written (`B:B`, `2:40`), outside its quoted text;
    None where it has none."""
    for match in _WHOLE.finditer(formula):
        if match["left"] is not None or match["top"] is not None:
            return match[0]
    return None


def left_whole(formula: str) -> str | None:
    """The first whole column or row `spelled_out` left as written in `formula` (it holds no number but
    the total) where the formula is otherwise a plain `SUM` of this sheet's cells, which the check would
    have added: its total was not checked, and its place says so. None for any other formula."""
    found = whole_in(formula)
    if found is None or summed_areas(_WHOLE.sub(_cell_for_whole, formula)) is None:
        return None
    return found


def _cell_for_whole(match: re.Match[str]) -> str:
    """A cell in place of a whole column or row, to ask whether the rest is a plain `SUM`; quoted text
    kept (`SUM(E:E,"x")` is no plain sum)."""
    return match[0] if match["left"] is None and match["top"] is None else "A1"
