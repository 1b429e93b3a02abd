"""A total's defined names as the ranges they stand for (decision 0061, "Stop 66: fixes-102").

`SUM(Timer)` adds the cells the workbook's name "Timer" stands for (workbook.xml's `definedNames`), which
the check of a saved total against its cells (`xlsx_saved_totals`) did not read: such a total was read as
saved and said nothing, as if checked. Each name is put in the formula as its range, so the check reads
it as the range written out: a range of this sheet is compared with its cells, one of another sheet is
said not checked as fixes-100's `Uger!B2:B5` is. A name Excel looks up first among its sheet's own
(`localSheetId`), then the book's; one qualified by a sheet (`Uger!Timer`) among that sheet's alone.

A name Excel looks up qualified by a sheet with no name of its own so falls back to the book's
(`Uger!Timer`, Microsoft's KB 107077); a range between two names of one cell each (`SUM(Start:Slut)`)
is the range between their cells; a whole column (`Timer!$B:$B`) is put in as one, which
`xlsx_saved_totals` reads as that column's used cells; a table's column (`Tabel1[Timer]`, the table
part xl/tables/tableN.xml naming its columns and ref) is the column's data rows, its header and totals
rows left out (`xlsx_tables`; decision 0061, "Stop 67: fixes-104"). A cell and a name of one cell
(`SUM(B2:Slut)`) are the range between them too, and a name may stand for whole rows (`Timer!$2:$40`)
as for whole columns ("Stop 68: fixes-111").

A name that stands for anything but one plain range on one sheet (several areas, a constant, a formula,
`#REF!`), that the book does not define, or a table's part other than one column's data (`#Totals`,
`Tabel1[@Timer]`, two columns), is not put in: its total is said not checked, naming it (`unread_name`).
"""

from __future__ import annotations

import re

__all__ = ["unread_name", "with_ranges"]

_SHEET = r"(?:'(?:[^']|'')+'|[A-Za-z_\\][\w.\\]*)"
_NAME = r"[A-Za-z_\\][\w.\\]*"
_BRACKETS = r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]"
# A quoted text, a table's reference (`Tabel1[Timer]`), a bracketed part (another book's number: skipped,
# its words are no names), or a name, perhaps after its sheet, perhaps a range's end with another after
# its colon (`Start:Slut`), that is not a function's (`SUM(`), a sheet's (`Uger!`), part of a reference
# (`$B$2`), of an error (`#REF!`), of a number (`1E5`) or of another book's reference (`[1]Uger!`).
# A range's end: a name, or a cell with a `$` (`$B$2` of `$B$2:Slut`; a plain `B2` is read as a name
# first, then found to be a cell)
_END = rf"\$[A-Za-z]{{1,3}}\$?[0-9]{{1,7}}|[A-Za-z]{{1,3}}\$[0-9]{{1,7}}|{_NAME}"
_TOKEN = re.compile(
    rf'"[^"]*"|(?<![\w.\\$#!:\]\'])(?P<table>{_NAME})(?P<part>{_BRACKETS})|{_BRACKETS}'
    rf"|(?<![\w.\\$#!:\]'])(?:(?P<sheet>{_SHEET})!)?(?P<name>{_END})"
    rf"(?::(?:(?P<sheet2>{_SHEET})!)?(?P<name2>{_END}))?(?![\w.\\(!:\['])"
)
_CELL_NAME = re.compile(r"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}|TRUE|FALSE", re.IGNORECASE)
_COLUMN = re.compile(r"[A-Za-z]{1,3}")  # `B:B`'s ends: a whole column, no names
_CELL = r"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}"
_WHOLE_COLUMN = r"\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}"
_WHOLE_ROW = r"\$?[0-9]{1,7}:\$?[0-9]{1,7}"
# What a name may stand for to be put in: one cell, one range, whole columns or rows, on one sheet.
_PLAIN_RANGE = re.compile(rf"{_SHEET}!(?:{_CELL}(?::{_CELL})?|{_WHOLE_COLUMN}|{_WHOLE_ROW})")
_ONE_CELL = re.compile(rf"(?P<sheet>{_SHEET})!(?P<cell>{_CELL})")
# A table's one column of data, as Excel saves it: `[Timer]` or `[[#Data],[Timer]]`.
_TABLE_COLUMN = re.compile(r"\[(?:\[#Data\],\s*)?\[?(?P<column>[^\[\]#@',:]+)\]?\]", re.IGNORECASE)

# Each table's sheet and its columns' data ranges (`xlsx_tables`), by names in lower case.
Tables = dict[str, tuple[str, dict[str, str]]]
# A book's `names` and `local_names`, and its tables.
Names = tuple[dict[str, str], dict[tuple[str, str], str], Tables]


def _range_of(sheet: str | None, name: str, here: str, names: Names) -> str | None:
    """The plain range the name stands for where it is used on sheet `here`; None for none."""
    book, local, _tables = names
    # `Uger!Timer` means Uger's own name, else the book's (as `Timer` on a sheet with none of its own)
    owner = here.casefold() if sheet is None else _unquoted(sheet)
    found = local.get((owner, name.casefold())) or book.get(name.casefold())
    return found if found is not None and _PLAIN_RANGE.fullmatch(found) else None


def _cell_end(sheet: str | None, name: str, here: str) -> str | None:
    """A range's end that is a cell, not a name (`B2` of `B2:Slut`), as that cell of its sheet (the one
    it is qualified by, else `here`); None for a name (decision 0061, "Stop 68: fixes-111")."""
    if _CELL_NAME.fullmatch(name) is None or name.upper() in ("TRUE", "FALSE"):
        return None
    return f"{sheet or _quoted(here)}!{name}"


def _quoted(sheet: str) -> str:
    """A sheet's name as a formula quotes it."""
    return "'" + sheet.replace("'", "''") + "'"


def _unquoted(sheet: str) -> str:
    """A sheet's name as a formula writes it (`'Mine timer'`, `Timer`), unquoted, in lower case: Excel's
    sheet names ignore case."""
    return (sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet).casefold()


def _between(match: re.Match[str], here: str, names: Names) -> str | None:
    """The range between two names of one cell each on one sheet (`Start:Slut`, Start `Timer!$B$2` and
    Slut `Timer!$B$5`: `Timer!$B$2:$B$5`), or a cell and such a name (`B2:Slut`); ends on two sheets each
    with its sheet (`Uger!B2:Timer!$B$12`, which no check adds); None for any other pair."""
    ends = [
        _cell_end(match[sheet], match[name], here) or _range_of(match[sheet], match[name], here, names)
        for sheet, name in (("sheet", "name"), ("sheet2", "name2"))
    ]
    cells = [_ONE_CELL.fullmatch(end) if end else None for end in ends]
    if cells[0] is None or cells[1] is None:
        return None
    if _unquoted(cells[0]["sheet"]) != _unquoted(cells[1]["sheet"]):
        # `Uger!B2:Slut`, Slut a cell of Timer: each end its sheet's cell, so the total is said to use
        # another sheet's cells (it does), not a name that is no range (decision 0060, "Stop 69: fixes-113")
        return f"{cells[0][0]}:{cells[1][0]}"
    return f"{cells[0][0]}:{cells[1]['cell']}"


def _table_range(match: re.Match[str], names: Names) -> str | None:
    """The data rows of the table column a reference names (`Tabel1[Timer]`), as a range of its sheet;
    None for a table the book does not hold or any other part of it."""
    table = names[2].get(match["table"].casefold())
    column = _TABLE_COLUMN.fullmatch(match["part"])
    if table is None or column is None:
        return None
    sheet, columns = table
    found = columns.get(column["column"].strip().casefold())
    return f"{_quoted(sheet)}!{found}" if found else None


def _resolved(match: re.Match[str], here: str, names: Names) -> str | None:
    """What a token of `_TOKEN` stands for as a range; the token itself where it names nothing to put
    in (quoted text, a cell, a range of cells, whole columns); None where it is a name of no range."""
    if match["table"] is not None:
        return _table_range(match, names)
    name = match["name"]
    if name is None:
        return match[0]  # quoted text, another book's number
    if match["name2"] is None:
        return match[0] if _CELL_NAME.fullmatch(name) else _range_of(match["sheet"], name, here, names)
    pair = (match["name"], match["name2"])
    if all(_CELL_NAME.fullmatch(end) for end in pair) or all(_COLUMN.fullmatch(end) for end in pair):
        return match[0]  # `B2:B5`, `B:B`, `Uger!B2:B5`: cells, not names
    return _between(match, here, names)


def with_ranges(formula: str, here: str, names: Names) -> str:
    """`formula` (of sheet `here`) with each defined name, pair of names or table column that stands for a
    plain range written as that range (`SUM(Timer)` as `SUM(Uger!$B$2:$B$5)`); any other text as it is."""
    if not (names[0] or names[1] or names[2]):
        return formula  # nearly every book: no name to put in
    return _TOKEN.sub(lambda match: _resolved(match, here, names) or match[0], formula)


def unread_name(formula: str, here: str, names: Names) -> str | None:
    """The first name in `formula` (of sheet `here`) not put in as a plain range (`with_ranges`), as
    written; None where there is none."""
    for match in _TOKEN.finditer(formula):
        if _resolved(match, here, names) is None:
            return match[0]
    return None
