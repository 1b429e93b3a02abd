"""A sheet of one record a column, for `hub adapters suggest`: the labels down one column and each
citizen's values in a column of their own to the right (a caseworker's overview of grants, laid out to
print on one page), drafted as `[forms.items] key = "CPR-nr."` with `across = true`.

Told from a label with its values run on to the right (`CPR-nr.;010190-1234;0202...`, which a one-record
form may print too, a CPR number in two cells) by a block of at least three such rows under one column of
labels, one of them a CPR label whose cells name more than one citizen.
"""

from __future__ import annotations

import re

from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.candidates import Table
from hub.adapters.suggest.words import guess_path

__all__ = ["across_table"]

_LABEL = re.compile(r"[^\W\d_]")


def _col(cell: SourceValue) -> int:
    return int(cell.meta.get("col", 0))


def _labelled(cells: list[SourceValue]) -> bool:
    """A row whose first cell is a label: letters, no digits."""
    text = (cells[0].value or "").strip() if cells else ""
    return bool(_LABEL.search(text)) and not re.search(r"\d", text)


def _label_row(cells: list[SourceValue]) -> bool:
    """A row that is a label (letters, no digits) in its first cell and two values or more right of it."""
    return _labelled(cells) and len(cells) >= 3


def across_table(rows: dict[int, list[SourceValue]], where: str) -> tuple[Table, set[int]] | None:
    """The sheet's block of one record a column as a table (its labels the headers, each column a row of
    values), and the rows it takes; None when the sheet has none. A label with fewer values (a grant
    not dated yet, a note on one grant) belongs to the block when a label row of it follows: else the
    block stopped there, and every label under it was drafted as the document's, one value for all."""
    block: list[int] = []
    pending: list[int] = []  # labels with fewer values, inside the block if a label row follows them
    for number in sorted(rows):
        cells = rows[number]
        joins = block and number == (pending or block)[-1] + 1 and _col(cells[0]) == _col(rows[block[0]][0])
        if joins and not _label_row(cells) and _labelled(cells):
            pending.append(number)
            continue
        if _label_row(cells) and (joins or not block):
            block += pending
            block.append(number)
        elif _label_row(cells):
            if _names_citizens(rows, block):
                break
            block = [number]
        elif block and _names_citizens(rows, block):
            break
        else:
            block = []
        pending = []
    if len(block) < 3 or not _names_citizens(rows, block):
        return None
    headers = tuple((rows[n][0].value or "").strip() for n in block)
    columns = sorted({_col(c) for n in block for c in rows[n][1:]})
    table = Table(f"{where}row {block[0]}", headers, across=True)
    for col in columns:
        table.rows.append(
            {
                (rows[n][0].value or "").strip(): c.value or ""
                for n in block
                for c in rows[n][1:]
                if _col(c) == col
            }
        )
    return table, set(block)


def _names_citizens(rows: dict[int, list[SourceValue]], block: list[int]) -> bool:
    """Whether a block of label rows holds a CPR label whose values name more than one citizen."""
    for number in block:
        label, *values = rows[number]
        if (found := guess_path(label.value or "")) and found[0] == "citizen.cpr":
            digits = {"".join(ch for ch in (v.value or "") if ch.isdigit()) for v in values}
            return len(digits - {""}) > 1
    return False
