"""A total's defined names as the ranges they stand for (decision 0061, "Stop 66: fixes-102").

`SUM(Timer)` adds the cells the workbook's name "Timer" stands for (workbook.xml's `definedNames`), which
the check of a saved total against its cells (`xlsx_saved_totals`) did not read: such a total was read as
saved and said nothing, as if checked. Each name is put in the formula as its range, so the check reads
it as the range written out: a range of this sheet is compared with its cells, one of another sheet is
said not checked as fixes-100's `Uger!B2:B5` is. A name Excel looks up first among its sheet's own
(`localSheetId`), then the book's; one qualified by a sheet (`Uger!Timer`) among that sheet's alone.

A name that stands for anything but one plain range on one sheet (a whole column, several areas, a
constant, a formula, `#REF!`), or that the book does not define, is not put in: its total is said not
checked, naming it (`unread_name`).
"""

from __future__ import annotations

import re

__all__ = ["unread_name", "with_ranges"]

_SHEET = r"(?:'(?:[^']|'')+'|[A-Za-z_\\][\w.\\]*)"
# A quoted text or a bracketed part (a table's column, another book's number: skipped, their words are
# no names), or a name, perhaps after its sheet, that is not a
# function's (`SUM(`), a sheet's (`Uger!`), part of a reference (`$B$2`, `B2:B5`), of an error (`#REF!`),
# of a number (`1E5`) or of another book's reference (`[1]Uger!`).
_TOKEN = re.compile(
    rf'"[^"]*"|\[(?:[^\[\]]|\[[^\[\]]*\])*\]|(?<![\w.\\$#!:\]\'])(?:(?P<sheet>{_SHEET})!)?(?P<name>[A-Za-z_\\][\w.\\]*)(?![\w.\\(!:\[\'])'
)
_CELL_NAME = re.compile(r"[A-Za-z]{1,3}[0-9]{1,7}|TRUE|FALSE", re.IGNORECASE)
_CELL = r"\$?[A-Za-z]{1,3}\$?[0-9]{1,7}"
# What a name may stand for to be put in: one cell or one range, on one sheet.
_PLAIN_RANGE = re.compile(rf"{_SHEET}!{_CELL}(?::{_CELL})?")

Names = tuple[dict[str, str], dict[tuple[str, str], str]]  # a book's `names` and `local_names`


def _range_of(sheet: str | None, name: str, here: str, names: Names) -> str | None:
    """The plain range the name stands for where it is used on sheet `here`; None for none."""
    book, local = names
    if sheet is not None:
        owner = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
        found = local.get((owner.casefold(), name.casefold()))
    else:
        found = local.get((here.casefold(), name.casefold())) or book.get(name.casefold())
    return found if found is not None and _PLAIN_RANGE.fullmatch(found) else None


def with_ranges(formula: str, here: str, names: Names) -> str:
    """`formula` (of sheet `here`) with each defined name that stands for a plain range written as that
    range (`SUM(Timer)` as `SUM(Uger!$B$2:$B$5)`); any other text as it is."""
    if not (names[0] or names[1]):
        return formula  # nearly every book: no name to put in

    def put(match: re.Match[str]) -> str:
        name = match["name"]
        if name is None or _CELL_NAME.fullmatch(name):
            return match[0]
        return _range_of(match["sheet"], name, here, names) or match[0]

    return _TOKEN.sub(put, formula)


def unread_name(formula: str, here: str, names: Names) -> str | None:
    """The first name in `formula` (of sheet `here`) not put in as a plain range (`with_ranges`), as
    written; None where there is none."""
    for match in _TOKEN.finditer(formula):
        name = match["name"]
        if name is None or _CELL_NAME.fullmatch(name):
            continue
        if _range_of(match["sheet"], name, here, names) is None:
            return match[0]
    return None
