"""The header rows of a CSV file or a workbook for `hub adapters suggest`: which cells read as labels, a
header of two rows made one, a label printed twice in a header named by the heading over it, and a row
of section headings over blocks of labels side by side.

Apart from `sheets`, which walks a sheet's rows into candidates and tables, because these rules shape
the rows before that walk and answer one question: what the header row says.
"""

from __future__ import annotations

import re
from collections import Counter

from hub.adapters.mapping.selector_text import normalise_text
from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.sections import section_of


def label_like(text: str | None) -> bool:
    """A cell that reads as a label or header: letters and no digits."""
    return bool(text and re.search(r"[^\W\d_]", text) and not re.search(r"\d", text))


def two_row_headers(rows: dict[int, list[SourceValue]]) -> dict[int, list[SourceValue]]:
    """The rows with each header of two rows made one (the lower): labels over a row of labels with
    values below it, the upper ones standing where the lower row is blank. A cell merged down over both
    rows ("CPR-nummer" beside "Karakter" over "Fremmøde | Punktlighed") keeps its text in the upper."""
    joined = dict(rows)
    for number in sorted(rows):
        upper, lower, below = joined.get(number, []), rows.get(number + 1, []), rows.get(number + 2, [])
        if len(upper) < 2 or len(lower) < 2 or not below or number not in joined:
            continue
        if not all(label_like(c.value) for c in lower) or label_like(below[0].value):
            continue
        named = headed(lower, upper)
        joined[number + 1] = named
        taken = {int(c.meta.get("col", 0)) for c in named}
        beside = [c for c in upper if int(c.meta.get("col", 0)) not in taken]
        # The heading over the lower labels ("Karakter (1-5)") may be anything; what moves down is labels.
        if beside and all(label_like(c.value) for c in beside):
            joined[number + 1] = sorted([*named, *beside], key=lambda c: int(c.meta.get("col", 0)))
            del joined[number]
        elif not beside and named != lower:
            # Group headings over every column (`Borger` over A:B, `Mentor` over E:F), now in the names
            # they gave (`Mentor > Navn`): read again as labels, `Borger` took `Praktiksted` beside it
            # as its value and `label:Mentor` drew the mentor's name (decision 0060, "Stop 74: trial-138").
            del joined[number]
    return joined


def headed(lower: list[SourceValue], upper: list[SourceValue]) -> list[SourceValue]:
    """A header row whose label is printed twice (`Navn` under `Borger` and again under `Mentor`) with
    each such label named by the heading over it, `Mentor > Navn`, as `column:` names it: the nearest
    upper cell at or left of it (a heading merged across its columns keeps its text leftmost). Left as
    it is where the headings do not tell the copies apart (the mapping refuses it then)."""
    count = Counter(normalise_text(c.value or "") for c in lower)
    named = []
    for cell in lower:
        heading = next(
            (u for u in reversed(upper) if col_of(u) <= col_of(cell) and (u.value or "").strip()), None
        )
        if count[normalise_text(cell.value or "")] > 1 and heading is not None:
            cell = cell._replace(
                value=f"{' '.join((heading.value or '').split())} > {(cell.value or '').strip()}"
            )
        named.append(cell)
    if len({normalise_text(c.value or "") for c in named}) < len(named):
        return lower
    return named


def col_of(cell: SourceValue) -> int:
    """The column number its reader gave a cell (0: none given)."""
    return int(cell.meta.get("col", 0))


def side_by_side(cells: list[SourceValue], below: list[SourceValue]) -> bool:
    """A row of section headings, one over each block of labels beside another ("Borger" over A-B,
    "Virksomhed" over D-E), each with a label under it: no label and its value ("Mentor ansat hos" beside
    "Virksomheden", side by side), no table's header."""
    cols = [col_of(c) for c in cells]
    under = {col_of(c) for c in below if label_like(c.value)}
    return (
        len(cells) > 1
        and all(section_of(t) and not t.endswith(":") for t in ((c.value or "").strip() for c in cells))
        and all(b - a > 1 for a, b in zip(cols, cols[1:], strict=False))
        and set(cols) <= under
    )


def heads_its_row(cells: list[SourceValue], below: list[SourceValue]) -> bool:
    """Whether a row's first cell is a section heading left of the block's first label and its value
    ("Mentor" | "Navn" | "Lise Dahl"), not a label with its value and another label ("Borger" | "Mads
    Hansen" | "Telefon"): the row below holds a label under the second cell and nothing under the first,
    or (a block of one row) the third cell is a value, not a label."""
    first = (cells[0].value or "").strip()
    if len(cells) < 3 or first.endswith(":") or section_of(first) is None or not label_like(cells[1].value):
        return False
    under = {col_of(c): c.value for c in below}
    if col_of(cells[1]) in under:
        return col_of(cells[0]) not in under and label_like(under[col_of(cells[1])])
    return not label_like(cells[2].value)
