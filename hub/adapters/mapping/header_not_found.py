"""Why a table of a csv/xlsx form was not found, in English and Danish: the rows searched for its header
row, the headers that row needs (and, of the row nearest to it, those it lacks), and in a workbook the
other sheet that holds them.

Apart from `tables` (where a found table ends) because this is said only when there is no table, and is
mostly wording for the sender; `golden` asks `other_sheet` for the author's hint too.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.language.missing_words import sheet_names
from hub.adapters.mapping.selector_text import normalise_label
from hub.adapters.mapping.selectors import SourceIndex


def rows_searched(index: SourceIndex) -> tuple[str, str]:
    """Where a table's header row was looked for, in English and Danish: the rows of the sheet (a
    workbook) or of the file (csv) that hold anything, first to last."""
    rows = index.filled_rows()
    if index.format == "xlsx":
        where, where_da = f'sheet "{index.default_sheet}"', f'ark "{index.default_sheet}"'
    else:
        where, where_da = "the file", "filen"
    if not rows:
        return f"{where} (empty)", f"{where_da} (tom)"
    if rows[0] == rows[-1]:
        return f"{where}, row {rows[0]}", f"{where_da}, række {rows[0]}"
    return f"{where}, rows {rows[0]}–{rows[-1]}", f"{where_da}, rækkerne {rows[0]}–{rows[-1]}"


def no_header_row(index: SourceIndex, headers: Sequence[str], say_sheet: bool = True) -> tuple[str, str]:
    """Why a table was not found, in English and Danish: the headers it needs, and in a workbook the sheet
    read (unless the problem's locator says it: `say_sheet`) and, when another sheet has them (a guide
    sheet first, the table on the second), which one and the workbook's sheets. Said to the sender, who
    cannot act on config syntax: the option that reads the other sheet is the author's, said by
    `hub adapters test` (`golden.sheet_hints`; decision 0064, "Stop 47 (2)")."""
    names = ", ".join(dict.fromkeys(headers))
    en, da = f"no header row with: {names}", f"ingen overskriftsrække med: {names}"
    near = _nearest_header_row(index, headers)
    if near is not None:
        # A misspelt or missing column ("Tirs" for "Tir" in a grid of seven days) said by name, rather
        # than left to be spotted in a list of every header.
        lacking = ", ".join(near[1])
        en += f"; row {near[0]} has all but: {lacking}"
        da += f"; række {near[0]} har dem alle undtagen: {lacking}"
    if index.format != "xlsx":
        return en, da
    read = index.default_sheet
    if say_sheet:
        en, da = f'{en} on sheet "{read}"', f'{da} på arket "{read}"'
    other = other_sheet(index, headers)
    if other is not None:
        names, names_da = sheet_names(_sheets(index))
        en += (
            f'; the table is on sheet "{other}", and this form is read from sheet "{read}"'
            f" (the workbook's sheets: {names})"
        )
        da += (
            f'; tabellen står på arket "{other}", og blanketten læses fra arket "{read}"'
            f" (projektmappens ark: {names_da})"
        )
    return en, da


def _sheets(index: SourceIndex) -> list[str]:
    return [str(s) for s in index.extraction.meta.get("sheets") or []]


def other_sheet(index: SourceIndex, headers: Sequence[str]) -> str | None:
    """The sheet of a workbook, other than the one read, whose rows hold a table's headers (None: no
    such sheet, or no workbook)."""
    if index.format != "xlsx":
        return None
    read = index.default_sheet
    return next((s for s in _sheets(index) if s != read and index.find_header_row(headers, s)), None)


def _nearest_header_row(index: SourceIndex, headers: Sequence[str]) -> tuple[int, list[str]] | None:
    """The first row holding most of a table's headers (more than half, at least two) and the headers
    it lacks, or None when no row comes that close."""
    wanted = {normalise_label(h): h for h in headers}
    best: tuple[int, list[str]] | None = None
    for row in index.filled_rows():
        printed = {index.cell_text(v.value or "") for v in index.row_values(row)}
        lacking = [h for norm, h in wanted.items() if norm not in printed]
        held = len(wanted) - len(lacking)
        if held >= 2 and held * 2 > len(wanted) and (best is None or len(lacking) < len(best[1])):
            best = (row, lacking)
    return best
