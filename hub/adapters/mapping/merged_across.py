"""A table cell merged across columns with headers of their own (decision 0060, "Stop 52: xlsx-59").

A value merged over two columns of a table (`Uge` and `Timer`) is shown across both, but stored in its
range's left cell only: the table read it under the left column's header and the right one as empty,
or under the wrong header, without a word. Which of the two columns the sender meant is not in the file,
so such a row is refused, naming the sheet, the range and both headers. A value merged over columns that
are one field's (under a header itself merged over them) is no such doubt: it is read as that field's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import column_letters

__all__ = ["merged_across_headers"]


def merged_across_headers(
    index: SourceIndex, header_row: int, rows: Sequence[int], columns: Mapping[str, int]
) -> tuple[str, str, str, str] | None:
    """Why a table row cannot be read, or None: a value merged over columns under two or more headers
    (the header row's own cells, or a header merged over several columns as one), one of them a column
    the table reads (`columns`: header -> column). English and Danish reasons, then where (English,
    Danish), as `header_printed_twice` gives them."""
    spans = index.merged_spans()
    across = [s for s in spans if s[3] > s[1] and s[0] > header_row]
    if not across or not rows:
        return None
    ordered, read = sorted(rows), set(columns.values())
    over_header = [s for s in spans if s[0] <= header_row <= s[2]]
    for top, left, bottom, right in across:
        at = bisect_left(ordered, top)
        if at == len(ordered) or ordered[at] > bottom or not read & set(range(left, right + 1)):
            continue  # not in the table's rows, or over no column the table reads
        headers = _headers_over(index, header_row, left, right, over_header)
        if len(headers) < 2:
            continue  # one field's columns (or one header and blank ones): read as that field's
        ref = f"{column_letters(left)}{top}:{column_letters(right)}{bottom}"
        named = " and ".join(f"'{h}'" for h in headers)
        named_da = " og ".join(f"'{h}'" for h in headers)
        en = f"a value merged over the columns {named} cannot be read under one of them; unmerge the cells"
        da = f"en værdi flettet over kolonnerne {named_da} kan ikke læses under én af dem; ophæv fletningen"
        if index.format == "xlsx":
            sheet = index.default_sheet
            return en, da, f'sheet "{sheet}", cells {ref}', f'ark "{sheet}", cellerne {ref}'
        return en, da, f"the file, cells {ref}", f"filen, cellerne {ref}"
    return None


def _headers_over(
    index: SourceIndex, header_row: int, left: int, right: int, over_header: list[tuple[int, int, int, int]]
) -> list[str]:
    """The distinct headers printed over columns `left`..`right` of the header row, left to right: a
    header merged over several columns (or down into the header row) is one header, its top-left's."""
    found: dict[tuple[int, int], str] = {}
    for col in range(left, right + 1):
        owner = next(((t, c) for t, c, b, r in over_header if c <= col <= r), (header_row, col))
        cell = index.cell(index.default_sheet, *owner)
        text = " ".join((cell.value or "").split()) if cell is not None else ""
        if text:
            found.setdefault(owner, text)
    return list(found.values())
