"""A CSV file cut short in its last date (decision 0060, "Stop 55: stray-63").

A file cut off in sending or copying ends where it was cut: `Dato;01-09-2026` cut to `Dato;01-09-20` is
a date with a two-digit year, which the window of "Two-digit years (stop 38)" reads as 1 September 2020,
without a word (a year 20YY cut after two digits always leaves `20`). It is refused at its cell where the
file shows it was cut: its last line has no line break, the file has other lines, the date is the file's
last text, and the file writes its other dates with four digits. A date with two digits for its year
that a person wrote in a form (`1/9-26`) is read as before: its line ends, or the file writes none with
four.

A file cut anywhere else in its last line (`0,5` cut to `0`, a name cut short, the signature's lines
lost) is refused where the file shows it (stop 56): its last line has no line break and fewer cells
than every other line of the file, all as wide as each other (a writer that pads its rows pads each).
A cut inside a quoted cell is the quote's (`csv_refusals.open_quote_refusal`); one inside the last cell of
a line as wide as the others cannot be told from a file whose writer ends without a line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.readers.base import SourceValue, describe_locator
from hub.errors import FieldProblem, UnreadableDocument
from hub.quoting import quoted, quoted_da

__all__ = ["cut_date", "cut_row"]

# A day and a month in digits and two digits of a year (`01-09-20`, `1/9-20`, `1.9.20`), as the `date`
# transform reads them; and the same with four (`01-09-2026`), anywhere in a cell.
_SHORT = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2}")
_LONG = re.compile(r"(?<!\d)\d{1,2}[-./]\d{1,2}[-./]\d{4}(?!\d)")


def cut_date(values: Sequence[SourceValue], text: str, filename: str) -> UnreadableDocument | None:
    """The refusal of a CSV whose last cell is a date with two digits for its year and no line break
    after it, in a file that writes its other dates with four digits (`text`: the decoded file); None
    when the file is not so."""
    if not values or not text or text[-1] in "\r\n" or ("\n" not in text and "\r" not in text):
        return None
    last = values[-1]
    shown = str(last.value).strip()
    if not _SHORT.fullmatch(shown) or not text.rstrip(" \t\"'").endswith(shown):
        return None
    written = next((m.group() for v in values[:-1] if (m := _LONG.search(str(v.value)))), None)
    if written is None:
        return None
    en = (
        f"the file ends with the date {quoted(shown)} and no line break, and its year has two digits where"
        f" the file's other dates have four ({quoted(written)}): the file looks cut off here (a year such"
        " as 2026 cut after '20' would be read as 2020); send the whole file again, or write the year with"
        " four digits"
    )
    da = (
        f"filen slutter med datoen {quoted_da(shown)} uden linjeskift, og dens år har to cifre, hvor filens"
        f" andre datoer har fire ({quoted_da(written)}): filen ser ud til at være skåret af her (et år som"
        " 2026 afskåret efter '20' ville blive læst som 2020); send hele filen igen, eller skriv året med"
        " fire cifre"
    )
    return _refused_at(last, en, da, filename)


def cut_row(
    values: Sequence[SourceValue], text: str, widths: Sequence[int], row_no: int, filename: str
) -> UnreadableDocument | None:
    """The refusal of a CSV whose last line (`row_no`) has no line break and fewer cells than each other
    line, all of one width (`widths`: each line's number of cells, an empty line's 0); None otherwise."""
    end = text.rstrip("\x1a")  # a DOS end-of-file mark after the last line break ends the file rightly
    if not values or not end or end[-1] in "\r\n" or values[-1].meta["row"] != row_no:
        return None
    lines = [width for width in widths if width]
    if len(lines) < 2 or len(set(lines[:-1])) != 1 or lines[-1] >= lines[0]:
        return None
    last = values[-1]
    row, cells, wide, shown = last.meta["row"], lines[-1], lines[0], str(last.value).strip()
    en = (
        f"the file ends in row {row} after {cells} cells and no line break, where its other rows have"
        f" {wide}: the file looks cut off here, and its last value {quoted(shown)} may be cut short too;"
        " send the whole file again"
    )
    da = (
        f"filen slutter i række {row} efter {cells} celler uden linjeskift, hvor dens andre rækker har"
        f" {wide}: filen ser ud til at være skåret af her, og dens sidste værdi {quoted_da(shown)} kan også"
        " være afkortet; send hele filen igen"
    )
    return _refused_at(last, en, da, filename)


def _refused_at(last: SourceValue, en: str, da: str, filename: str) -> UnreadableDocument:
    """The whole file refused, said at its last cell, where it was cut."""
    locator, locator_da = describe_locator(last, "csv", "en"), describe_locator(last, "csv", "da")
    return UnreadableDocument([FieldProblem(en, da, file=filename, locator=locator, locator_da=locator_da)])
