"""A table header the config names that its header row prints twice (decision 0060, "Seventh trial").

A header of two rows often repeats a sub-header under different group headings (`Borger` over
`CPR-nr. | Navn`, `Mentor` over `Navn | Ansat hos`). A table's columns are found by their text, each
header once, so `column:Navn` read the first `Navn`, the citizen's, as the mentor's name: silently. Such a
header is refused instead, naming the cells and, where each has a heading above it, the header paths that
tell them apart (`Mentor > Navn`).
"""

from __future__ import annotations

from collections.abc import Mapping

from hub.adapters.mapping.selector_text import header_key, normalise_label
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers.base import column_letters

__all__ = ["header_printed_twice"]


def header_printed_twice(
    index: SourceIndex, header_row: int, columns: Mapping[str, int]
) -> tuple[str, str, str, str] | None:
    """Why a table's header is ambiguous, or None: the first plain header (no `>`) of `columns` (header
    text to column, as `find_header_row` gives it) printed in two or more cells of its header row (the
    row found, or the row above for a header merged down over two rows). English and Danish reasons, then
    where (English, Danish)."""
    for header, col in columns.items():
        if len(header_key(header)) > 1:
            continue
        row = header_row if _prints(index, header_row, col, header) else header_row - 1
        cells = index.printed_in_row(row, header)
        if len(cells) < 2:
            continue
        refs = ", ".join(f"{column_letters(c)}{row}" for c, _ in cells)
        en = (
            f"'{header}' is printed {len(cells)} times in the header row ({refs}), and the form does not"
            " say which column it means"
        )
        da = (
            f"'{header}' står {len(cells)} gange i overskriftsrækken ({refs}), og blanketten siger ikke,"
            " hvilken kolonne den mener"
        )
        headings = [heading for _, heading in cells]
        if all(headings) and len(set(headings)) == len(headings):
            paths = ", ".join(f"'{heading} > {header}'" for heading in headings)
            en += f"; name it by the heading above it: {paths}"
            da += f"; navngiv den ved overskriften over den: {paths}"
        if index.format == "xlsx":
            sheet = index.default_sheet
            return en, da, f'sheet "{sheet}", row {row}', f'ark "{sheet}", række {row}'
        return en, da, f"the file, row {row}", f"filen, række {row}"
    return None


def _prints(index: SourceIndex, row: int, col: int, header: str) -> bool:
    cell = index.cell(index.default_sheet, row, col)
    return cell is not None and index.cell_text(cell.value or "") == normalise_label(header)
