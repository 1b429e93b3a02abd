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
    labels was found or a block of them cannot be read, in English and Danish. A sheet that prints its
    labels again lower down (a second block of grants under the first, as a page is filled) has items
    in each block, read on the block's own rows."""
    found = index.find_label_column(labels)
    if found is None:
        names = ", ".join(dict.fromkeys(labels))
        # Where it was looked (the sheet, its rows) is the problem's locator (`items.scopes`).
        return f"no column with the labels: {names}", f"ingen kolonne med etiketterne: {names}"
    label_col = found[0]
    sheet = index.default_sheet
    blocks = label_blocks(index, label_col, labels)
    items = []
    for rows in blocks:
        if len(rows) < len(set(labels)):
            return _unread_block(rows, labels)
        for col in range(label_col + 1, index.last_column() + 1):
            cells = [index.cell(sheet, row, col) for row in rows.values()]
            if any(cell is not None and (cell.value or "").strip() for cell in cells):
                items.append((col, {normalise_label(label): row for label, row in rows.items()}))
    return items


def label_blocks(index: SourceIndex, label_col: int, labels: Sequence[str]) -> list[dict[str, int]]:
    """The blocks of labels down the label column, each label -> its row: a label printed again once
    every label has its row starts the next block (a label twice in one block: the first is read). A
    later block counts when it holds the key's label or most of the labels (`_a_block`): one other
    label again below (a note headed "Bemærkning") is no block of records."""
    wanted = {normalise_label(label): label for label in labels}
    sheet = index.default_sheet
    blocks: list[dict[str, int]] = []
    current: dict[str, int] = {}
    for row in index.filled_rows():
        cell = index.cell(sheet, row, label_col)
        label = wanted.get(index.cell_text(cell.value or "")) if cell is not None else None
        if label is None:
            continue
        if label in current:
            if len(current) < len(wanted):
                continue
            blocks.append(current)
            current = {}
        current[label] = row
    key = normalise_label(labels[0]) if labels else ""  # `headers_of`: the key's label comes first
    if current and (not blocks or _a_block(current, wanted, key)):
        blocks.append(current)
    return blocks


def _a_block(rows: dict[str, int], wanted: dict[str, str], key: str) -> bool:
    """Whether a later run of labels is a block of records: it names its items (the key's label, the
    row of CPR numbers) or holds most of the labels (more than half, two at least)."""
    return wanted.get(key) in rows or (len(rows) >= 2 and 2 * len(rows) > len(wanted))


def _unread_block(rows: dict[str, int], labels: Sequence[str]) -> tuple[str, str]:
    """Why a later block of labels is not read: it lacks some (said, with its rows, rather than its
    grants passed over in silence)."""
    first, last = min(rows.values()), max(rows.values())
    where, where_da = (
        (f"row {first}", f"række {first}")
        if first == last
        else (
            f"rows {first}–{last}",
            f"rækkerne {first}–{last}",
        )
    )
    lacking = ", ".join(label for label in dict.fromkeys(labels) if label not in rows)
    return (
        f"another block of records at {where} is not read: its labels lack {lacking}",
        f"endnu en blok af poster i {where_da} læses ikke: dens etiketter mangler {lacking}",
    )
