"""A CSV saved again by a program that read it split at another separator than its own.

LibreOffice Calc opens a CSV separated by commas unless told otherwise (its defaults, and any case
system converting files with it headless). A file separated by semicolons is then one column. Saved
again, a line holding a quote is written as one quoted cell, read back as the one cell
`Bemærkning;"Møder hver dag; …"`; and a line holding a comma is split there, so that every line gets
commas to the widest line's width (`Navn;Ahmad Rahimi,`). Read with the form's semicolons, the first is
one cell where a label and its value were: Herlev's note and purpose were dropped without a word
(decision 0064, stop 53); the second puts a comma at the end of a line's last value.

Neither is a file anyone writes by hand: the file is refused at the row, asking for the file as it was
saved before, or saved again separated by the form's separator.
"""

from __future__ import annotations

import csv

from hub.adapters.readers.base import SourceValue
from hub.quoting import readable

_NAMES = {";": ("semicolons", "semikolon"), ",": ("commas", "komma"), "\t": ("tabs", "tabulatorer"),
          "|": ("vertical bars", "lodrette streger")}  # fmt: skip
_ONE = {";": ("a semicolon", "et semikolon"), ",": ("a comma", "et komma"), "\t": ("a tab", "en tabulator"),
        "|": ("a vertical bar", "en lodret streg")}  # fmt: skip


def whole_line(values: list[SourceValue], delimiter: str) -> SourceValue | None:
    """The first row's cell that holds a whole line of the file: the row's only cell, in column A, that
    holds the separator and a quote and reads, split again, as two cells or more with text."""
    by_row: dict[int, list[SourceValue]] = {}
    for value in values:
        by_row.setdefault(value.meta["row"], []).append(value)
    for cells in by_row.values():
        text = str(cells[0].value)
        if len(cells) != 1 or cells[0].meta["col"] != 1 or delimiter not in text or '"' not in text:
            continue
        again = next(csv.reader([text], delimiter=delimiter), [])
        if sum(1 for cell in again if cell.strip()) >= 2:
            return cells[0]
    return None


def padded(text: str, delimiter: str) -> tuple[str, int] | None:
    """The other separator a program padded the lines with, and the first line ending with it: every line
    with text holds it as often (the widest line's cells less one) and two lines or more end with it.
    None where the file is not so (a decimal comma inside a line of a form separated by semicolons is)."""
    lines = [line for line in text.splitlines() if line.strip()]
    for other in _NAMES:
        ending = [number for number, line in enumerate(lines, 1) if line.endswith(other)]
        if other != delimiter and len(ending) >= 2 and len({line.count(other) for line in lines}) == 1:
            return other, ending[0]
    return None


def whole_line_reason(cell: SourceValue, delimiter: str) -> tuple[str, str]:
    """Why a file with a line quoted whole is refused (English, Danish), quoting the line."""
    own_en, own_da = _NAMES.get(delimiter, (repr(delimiter), repr(delimiter)))
    line = readable(str(cell.value), 60)
    en = (
        f'the line is one cell, "{line}": the file was saved again by a program that read it split at '
        f"another separator; send the file as it was before, or save it again separated by {own_en}"
    )
    da = (
        f'linjen er én celle, "{line}": filen er gemt igen af et program, der læste den delt ved et andet '
        f"skilletegn; send filen, som den var før, eller gem den igen adskilt med {own_da}"
    )
    return en, da


def padded_reason(end: str, delimiter: str) -> tuple[str, str]:
    """Why a file whose every line ends with another separator is refused (English, Danish)."""
    end_en, end_da = _NAMES[end]
    one_en, one_da = _ONE[end]
    own_en, own_da = _NAMES.get(delimiter, (repr(delimiter), repr(delimiter)))
    en = (
        f"the lines are filled up with {end_en} to one width (this one ends with {one_en}): the file was "
        f"saved again by a program that read it separated by {end_en}, and a line's last value would end "
        f"so; send the file as it was before, or save it again separated by {own_en}"
    )
    da = (
        f"linjerne er fyldt op med {end_da} til samme bredde (denne slutter med {one_da}): filen er gemt "
        f"igen af et program, der læste den adskilt med {end_da}, og en linjes sidste værdi ville slutte "
        f"sådan; send filen, som den var før, eller gem den igen adskilt med {own_da}"
    )
    return en, da
